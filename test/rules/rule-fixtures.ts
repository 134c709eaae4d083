/**
 * Compliant and non-compliant Terraform JSON fixtures for every rule of the pack, as small resource
 * objects (what `toTerraform()` or a hand-written `.tf.json` holds). test/rules/rules.test.ts runs
 * each rule on its fixtures and fails when a rule has none.
 */
import { IMAGE_RULE_FIXTURES } from './image-rule-fixtures';
import { STATE_RULE_FIXTURES } from './state-rule-fixtures';
import { statementFinding } from '../../lib/controls';

import type { CheckOptions } from '../../lib/rules';

/** One resource of a fixture document: [type, name, body]. */
export type Res = [type: string, name: string, body: Record<string, any>];

/** One fixture: a document and the resource the rule is judged on. */
export interface RuleCase {
  /** What the case shows. */
  readonly name: string;
  /** The document's resources; the first one is the target unless `target` says otherwise. */
  readonly resources: Res[];
  /** Address of the resource under test. @default - the first resource */
  readonly target?: string;
  /** Non-compliant cases: the expected finding ids, in order (`-` = the resource as a whole). */
  readonly findings?: string[];
  /** Check options (e.g. an acknowledgement policy). @default - none */
  readonly options?: Omit<CheckOptions, 'rules'>;
  /** Other top-level blocks of the document (`terraform`, `data`). @default - resources only */
  readonly blocks?: Record<string, any>;
}

/** The fixtures of one rule. */
export interface RuleFixtures {
  readonly compliant: RuleCase[];
  readonly nonCompliant: RuleCase[];
  /** Cases in which the rule does not apply. @default - none */
  readonly notApplicable?: RuleCase[];
}

/** Builds the document of a case: its resources plus its other top-level blocks. */
export function caseDoc(c: RuleCase): Record<string, any> {
  return { ...(c.blocks ?? {}), ...doc(...c.resources) };
}

/** Builds a Terraform JSON document from resources. */
export function doc(...resources: Res[]): Record<string, any> {
  const resource: Record<string, Record<string, any>> = {};
  for (const [type, name, body] of resources) (resource[type] ??= {})[name] = body;
  return { resource };
}

const KEY = '${alicloud_kms_key.key.id}';
const POLICY = '${alicloud_ecs_auto_snapshot_policy.daily.id}';

/** An instance that passes every instance rule. */
export const GOOD_INSTANCE: Record<string, any> = Object.freeze({
  image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  instance_type: 'ecs.g7.large',
  vswitch_id: '${alicloud_vswitch.a.id}',
  security_groups: ['${alicloud_security_group.sg.id}'],
  http_tokens: 'required',
  system_disk_encrypted: true,
  system_disk_kms_key_id: KEY,
  system_disk_auto_snapshot_policy_id: POLICY,
  internet_max_bandwidth_out: 0,
  security_enhancement_strategy: 'Active',
  deletion_protection: true,
  role_name: '${alicloud_ram_role.role.role_name}',
  data_disks: [{ size: 40, encrypted: true, kms_key_id: KEY, auto_snapshot_policy_id: POLICY }],
});

function instance(overrides: Record<string, any>, name = 'web'): Res {
  const body: Record<string, any> = { ...GOOD_INSTANCE, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return ['alicloud_instance', name, body];
}

const GOOD_DISK = { zone_id: 'cn-hangzhou-h', size: 100, category: 'cloud_essd', encrypted: true, kms_key_id: KEY };
const DISK_ATTACHMENT: Res = ['alicloud_ecs_auto_snapshot_policy_attachment', 'backup', {
  auto_snapshot_policy_id: POLICY, disk_id: '${alicloud_ecs_disk.data.id}',
}];
const GOOD_LT = {
  launch_template_name: 'web',
  image_id: 'img',
  instance_type: 'ecs.g7.large',
  http_tokens: 'required',
  system_disk: { category: 'cloud_essd', encrypted: true, kms_key_id: KEY },
  data_disks: [{ size: 40, encrypted: true, kms_key_id: KEY }],
};
const SG_RULE = { security_group_id: '${alicloud_security_group.sg.id}', nic_type: 'intranet', policy: 'accept', description: 'why' };
const GOOD_KMS = { automatic_rotation: 'Enabled', rotation_interval: '365d', deletion_protection: 'Enabled', pending_window_in_days: 30, status: 'Enabled' };
const ECS_TRUST = JSON.stringify({ Version: '1', Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['ecs.aliyuncs.com'] } }] });
const HTTPS = { Bool: { 'acs:SecureTransport': 'true' } };
const policy = (...statements: object[]) => JSON.stringify({ Version: '1', Statement: statements });

const LT_REF = '${alicloud_ecs_launch_template.lt.id}';
const GOOD_ASG = {
  min_size: 2,
  max_size: 6,
  launch_template_id: LT_REF,
  launch_template_version: '${alicloud_ecs_launch_template.lt.latest_version_number}',
  vswitch_ids: ['${alicloud_vswitch.a.id}', '${alicloud_vswitch.b.id}'],
  multi_az_policy: 'BALANCE',
  group_deletion_protection: true,
};
const VSW_A: Res = ['alicloud_vswitch', 'a', { vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24', zone_id: 'cn-hangzhou-h' }];
const VSW_B: Res = ['alicloud_vswitch', 'b', { vpc_id: 'vpc-1', cidr_block: '10.0.2.0/24', zone_id: 'cn-hangzhou-i' }];
const asg = (overrides: Record<string, any>): Res => {
  const body: Record<string, any> = { ...GOOD_ASG, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return ['alicloud_ess_scaling_group', 'asg', body];
};
const HTTP_LISTENER: Res = ['alicloud_alb_listener', 'http', {
  load_balancer_id: '${alicloud_alb_load_balancer.lb.id}',
  listener_protocol: 'HTTP',
  listener_port: 80,
  default_actions: [{ type: 'ForwardGroup', forward_group_config: { server_group_tuples: [{ server_group_id: '${alicloud_alb_server_group.sink.id}' }] } }],
}];
const redirectRule = (overrides: Record<string, any> = {}): Res => ['alicloud_alb_rule', 'redirect', {
  listener_id: '${alicloud_alb_listener.http.id}',
  priority: 1,
  rule_name: 'redirect',
  direction: 'Request',
  rule_conditions: [{ type: 'Path', path_config: { values: ['/*'] } }],
  rule_actions: [{ order: 1, type: 'Redirect', redirect_config: { protocol: 'HTTPS', port: '443', http_code: '301' } }],
  ...overrides,
}];
const HTTPS_LISTENER = {
  load_balancer_id: '${alicloud_alb_load_balancer.lb.id}',
  listener_protocol: 'HTTPS',
  listener_port: 443,
  certificates: [{ certificate_id: '1234567-cn-hangzhou' }],
  security_policy_id: '${alicloud_alb_security_policy.tls.id}',
  default_actions: [{ type: 'ForwardGroup', forward_group_config: { server_group_tuples: [{ server_group_id: '${alicloud_alb_server_group.web.id}' }] } }],
};

/** Fixtures by rule id. */
export const RULE_FIXTURES: Record<string, RuleFixtures> = {
  ...STATE_RULE_FIXTURES,
  'ALI-ECS-001': {
    compliant: [
      { name: 'http_tokens required', resources: [instance({})] },
      { name: 'metadata endpoint disabled', resources: [instance({ http_tokens: undefined, http_endpoint: 'disabled' })] },
      { name: 'http_tokens from a variable (unknown until apply)', resources: [instance({ http_tokens: '${var.tokens}' })] },
    ],
    nonCompliant: [
      { name: 'http_tokens optional', resources: [instance({ http_tokens: 'optional' })], findings: ['-'] },
      { name: 'http_tokens unset (provider default optional)', resources: [instance({ http_tokens: undefined })], findings: ['-'] },
    ],
  },
  'ALI-ECS-002': {
    compliant: [
      { name: 'encrypted', resources: [instance({})] },
      { name: 'encrypted given as the string "true"', resources: [instance({ system_disk_encrypted: 'true' })] },
    ],
    nonCompliant: [
      { name: 'not encrypted', resources: [instance({ system_disk_encrypted: false })], findings: ['system_disk'] },
      { name: 'unset', resources: [instance({ system_disk_encrypted: undefined })], findings: ['system_disk'] },
      { name: 'the string "false"', resources: [instance({ system_disk_encrypted: 'false' })], findings: ['system_disk'] },
    ],
  },
  'ALI-ECS-003': {
    compliant: [
      { name: 'every data disk encrypted', resources: [instance({})] },
      { name: 'no inline data disks', resources: [instance({ data_disks: undefined })] },
      { name: 'a single data_disks object with "true"', resources: [instance({ data_disks: { size: 40, encrypted: 'true' } })] },
    ],
    nonCompliant: [
      {
        name: 'the second data disk is not encrypted',
        resources: [instance({ data_disks: [{ size: 40, encrypted: true }, { size: 50 }] })],
        findings: ['data_disks[1]'],
      },
    ],
  },
  'ALI-ECS-004': {
    compliant: [{ name: 'customer keys everywhere', resources: [instance({})] }],
    nonCompliant: [
      {
        name: 'system disk and data disk without a key',
        resources: [instance({ system_disk_kms_key_id: undefined, data_disks: [{ size: 40, encrypted: true }] })],
        findings: ['system_disk', 'data_disks[0]'],
      },
    ],
  },
  'ALI-ECS-005': {
    compliant: [
      { name: 'bandwidth 0', resources: [instance({})] },
      { name: 'bandwidth unset', resources: [instance({ internet_max_bandwidth_out: undefined })] },
    ],
    nonCompliant: [
      { name: 'bandwidth 5', resources: [instance({ internet_max_bandwidth_out: 5 })], findings: ['internet_max_bandwidth_out'] },
      { name: 'bandwidth "10" as a string', resources: [instance({ internet_max_bandwidth_out: '10' })], findings: ['internet_max_bandwidth_out'] },
      { name: 'allocate_public_ip "true"', resources: [instance({ allocate_public_ip: 'true' })], findings: ['allocate_public_ip'] },
    ],
  },
  'ALI-ECS-006': {
    compliant: [
      { name: 'no password', resources: [instance({})] },
      { name: 'password_inherit false', resources: [instance({ password_inherit: false })] },
    ],
    nonCompliant: [
      { name: 'literal password', resources: [instance({ password: 'Secr3t!Passw0rd' })], findings: ['password'] },
      { name: 'password from a variable', resources: [instance({ password: '${var.pw}' })], findings: ['password'] },
      { name: 'kms_encrypted_password', resources: [instance({ kms_encrypted_password: 'abc' })], findings: ['kms_encrypted_password'] },
      { name: 'password_inherit "true"', resources: [instance({ password_inherit: 'true' })], findings: ['password_inherit'] },
    ],
  },
  'ALI-ECS-007': {
    compliant: [{ name: 'Active', resources: [instance({})] }],
    nonCompliant: [
      { name: 'Deactive', resources: [instance({ security_enhancement_strategy: 'Deactive' })], findings: ['-'] },
      { name: 'unset', resources: [instance({ security_enhancement_strategy: undefined })], findings: ['-'] },
    ],
  },
  'ALI-ECS-008': {
    compliant: [
      { name: 'true', resources: [instance({})] },
      { name: '"true"', resources: [instance({ deletion_protection: 'true' })] },
    ],
    nonCompliant: [
      { name: 'false', resources: [instance({ deletion_protection: false })], findings: ['-'] },
      { name: 'unset', resources: [instance({ deletion_protection: undefined })], findings: ['-'] },
    ],
    notApplicable: [
      { name: 'subscription (PrePaid): ECS ignores deletion protection', resources: [instance({ deletion_protection: undefined, instance_charge_type: 'PrePaid' })] },
    ],
  },
  'ALI-ECS-009': {
    compliant: [
      { name: 'vswitch_id', resources: [instance({})] },
      { name: 'vSwitch on the primary network interface', resources: [instance({ vswitch_id: undefined, network_interfaces: { vswitch_id: 'vsw-1', network_card_index: 0 } })] },
      { name: 'launched from a launch template', resources: [instance({ vswitch_id: undefined, launch_template_id: '${alicloud_ecs_launch_template.lt.id}' })] },
    ],
    nonCompliant: [{ name: 'no vSwitch (classic network)', resources: [instance({ vswitch_id: undefined })], findings: ['-'] }],
  },
  'ALI-ECS-010': {
    compliant: [
      { name: 'role_name', resources: [instance({})] },
      {
        name: 'alicloud_ecs_ram_role_attachment',
        resources: [instance({ role_name: undefined }), ['alicloud_ecs_ram_role_attachment', 'role', {
          instance_id: '${alicloud_instance.web.id}', ram_role_name: '${alicloud_ram_role.role.role_name}',
        }]],
      },
    ],
    nonCompliant: [
      { name: 'no role', resources: [instance({ role_name: undefined })], findings: ['-'] },
      {
        name: 'an attachment for another instance',
        resources: [instance({ role_name: undefined }), ['alicloud_ecs_ram_role_attachment', 'role', {
          instance_id: '${alicloud_instance.other.id}', ram_role_name: 'r',
        }]],
        findings: ['-'],
      },
    ],
  },
  'ALI-ECS-011': {
    compliant: [
      { name: 'policy ids on the system disk and data disks', resources: [instance({})] },
      {
        name: 'system disk policy by attachment',
        resources: [instance({ system_disk_auto_snapshot_policy_id: undefined }), ['alicloud_ecs_auto_snapshot_policy_attachment', 'sys', {
          auto_snapshot_policy_id: POLICY, disk_id: '${alicloud_instance.web.system_disk_id}',
        }]],
      },
    ],
    nonCompliant: [
      {
        name: 'no policy anywhere',
        resources: [instance({ system_disk_auto_snapshot_policy_id: undefined, data_disks: [{ size: 40, encrypted: true, kms_key_id: KEY }] })],
        findings: ['system_disk', 'data_disks[0]'],
      },
      {
        name: 'an attachment to the instance id, not its system disk',
        resources: [instance({ system_disk_auto_snapshot_policy_id: undefined }), ['alicloud_ecs_auto_snapshot_policy_attachment', 'sys', {
          auto_snapshot_policy_id: POLICY, disk_id: '${alicloud_instance.other.system_disk_id}',
        }]],
        findings: ['system_disk'],
      },
    ],
  },
  'ALI-DSK-001': {
    compliant: [
      { name: 'alicloud_ecs_disk encrypted', resources: [['alicloud_ecs_disk', 'data', GOOD_DISK]] },
      { name: 'alicloud_disk encrypted "true"', resources: [['alicloud_disk', 'legacy', { ...GOOD_DISK, encrypted: 'true' }]] },
    ],
    nonCompliant: [
      { name: 'alicloud_ecs_disk unset', resources: [['alicloud_ecs_disk', 'data', { ...GOOD_DISK, encrypted: undefined }]], findings: ['-'] },
      { name: 'alicloud_disk false', resources: [['alicloud_disk', 'legacy', { ...GOOD_DISK, encrypted: false }]], findings: ['-'] },
    ],
  },
  'ALI-DSK-002': {
    compliant: [{ name: 'kms_key_id', resources: [['alicloud_ecs_disk', 'data', GOOD_DISK]] }],
    nonCompliant: [
      { name: 'service key', resources: [['alicloud_ecs_disk', 'data', { ...GOOD_DISK, kms_key_id: undefined }]], findings: ['-'] },
      { name: 'alicloud_disk service key', resources: [['alicloud_disk', 'legacy', { encrypted: true, size: 20 }]], findings: ['-'] },
    ],
  },
  'ALI-DSK-003': {
    compliant: [{ name: 'attachment references the disk', resources: [['alicloud_ecs_disk', 'data', GOOD_DISK], DISK_ATTACHMENT] }],
    nonCompliant: [
      { name: 'no attachment', resources: [['alicloud_ecs_disk', 'data', GOOD_DISK]], findings: ['-'] },
      { name: 'attachment of another disk', resources: [['alicloud_ecs_disk', 'logs', GOOD_DISK], DISK_ATTACHMENT], findings: ['-'] },
    ],
  },
  'ALI-DSK-004': {
    compliant: [
      { name: 'unset', resources: [['alicloud_ecs_disk', 'data', GOOD_DISK]] },
      { name: 'false', resources: [['alicloud_ecs_disk', 'data', { ...GOOD_DISK, delete_auto_snapshot: false }]] },
    ],
    nonCompliant: [
      { name: 'true', resources: [['alicloud_ecs_disk', 'data', { ...GOOD_DISK, delete_auto_snapshot: true }]], findings: ['-'] },
      { name: '"true" on alicloud_disk', resources: [['alicloud_disk', 'legacy', { ...GOOD_DISK, delete_auto_snapshot: 'true' }]], findings: ['-'] },
    ],
  },
  'ALI-LT-001': {
    compliant: [{ name: 'system and data disks encrypted', resources: [['alicloud_ecs_launch_template', 'lt', GOOD_LT]] }],
    nonCompliant: [
      {
        name: 'no system_disk block and an unencrypted data disk (checkov CKV_ALI_32 sees only the data disk)',
        resources: [['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, system_disk: undefined, data_disks: [{ size: 40, encrypted: false }] }]],
        findings: ['system_disk', 'data_disks[0]'],
      },
    ],
  },
  'ALI-LT-002': {
    compliant: [{ name: 'keys everywhere', resources: [['alicloud_ecs_launch_template', 'lt', GOOD_LT]] }],
    nonCompliant: [
      {
        name: 'encrypted with the service key',
        resources: [['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, system_disk: [{ encrypted: true }], data_disks: [{ size: 40, encrypted: true }] }]],
        findings: ['system_disk', 'data_disks[0]'],
      },
    ],
  },
  'ALI-LT-003': {
    compliant: [{ name: 'required', resources: [['alicloud_ecs_launch_template', 'lt', GOOD_LT]] }],
    nonCompliant: [{ name: 'optional', resources: [['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, http_tokens: 'optional' }]], findings: ['-'] }],
  },
  'ALI-ASG-001': {
    compliant: [
      { name: 'template with http_tokens required', resources: [asg({}), ['alicloud_ecs_launch_template', 'lt', GOOD_LT]] },
      { name: 'template with metadata disabled', resources: [asg({}), ['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, http_tokens: undefined, http_endpoint: 'disabled' }]] },
    ],
    nonCompliant: [
      { name: 'template with http_tokens optional', resources: [asg({}), ['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, http_tokens: 'optional' }]], findings: ['http_tokens'] },
      { name: 'template without http_tokens (provider default optional)', resources: [asg({}), ['alicloud_ecs_launch_template', 'lt', { ...GOOD_LT, http_tokens: undefined }]], findings: ['http_tokens'] },
      { name: 'scaling configuration instead of a template', resources: [asg({ launch_template_id: undefined, launch_template_version: undefined })], findings: ['launch_template'] },
      { name: 'a literal template id from outside the document', resources: [asg({ launch_template_id: 'lt-bp1abc' })], findings: ['launch_template'] },
      { name: 'a reference to a template missing from the document', resources: [asg({})], findings: ['launch_template'] },
    ],
  },
  'ALI-ASG-002': {
    compliant: [
      { name: 'protected', resources: [asg({})] },
      { name: 'protected as a string', resources: [asg({ group_deletion_protection: 'true' })] },
    ],
    nonCompliant: [
      { name: 'false', resources: [asg({ group_deletion_protection: false })], findings: ['-'] },
      { name: 'unset (provider default false)', resources: [asg({ group_deletion_protection: undefined })], findings: ['-'] },
    ],
  },
  'ALI-ASG-003': {
    compliant: [
      { name: 'two vSwitches in two zones', resources: [asg({}), VSW_A, VSW_B] },
      { name: 'two vSwitch ids outside the document', resources: [asg({ vswitch_ids: ['vsw-1', 'vsw-2'] })] },
      { name: 'a list variable', resources: [asg({ vswitch_ids: '${var.vswitch_ids}' })] },
    ],
    nonCompliant: [
      { name: 'one vSwitch', resources: [asg({ vswitch_ids: ['${alicloud_vswitch.a.id}'] }), VSW_A], findings: ['vswitch_ids'] },
      { name: 'the same vSwitch twice', resources: [asg({ vswitch_ids: ['vsw-1', 'vsw-1'] })], findings: ['vswitch_ids'] },
      { name: 'deprecated vswitch_id only', resources: [asg({ vswitch_ids: undefined, vswitch_id: 'vsw-1' })], findings: ['vswitch_ids'] },
      {
        name: 'two vSwitches in the same zone',
        resources: [asg({}), VSW_A, ['alicloud_vswitch', 'b', { vpc_id: 'vpc-1', cidr_block: '10.0.2.0/24', zone_id: 'cn-hangzhou-h' }]],
        findings: ['zones'],
      },
    ],
  },
  'ALI-ALB-001': {
    compliant: [
      { name: 'HTTPS listener', resources: [['alicloud_alb_listener', 'https', HTTPS_LISTENER]] },
      { name: 'HTTP listener redirecting every path to HTTPS', resources: [HTTP_LISTENER, redirectRule()] },
    ],
    nonCompliant: [
      { name: 'HTTP listener without rules', resources: [HTTP_LISTENER], findings: ['-'] },
      { name: 'redirect of one path only', resources: [HTTP_LISTENER, redirectRule({ rule_conditions: [{ type: 'Path', path_config: { values: ['/login'] } }] })], findings: ['-'] },
      {
        name: 'redirect to HTTP',
        resources: [HTTP_LISTENER, redirectRule({ rule_actions: [{ order: 1, type: 'Redirect', redirect_config: { protocol: 'HTTP', port: '8080' } }] })],
        findings: ['-'],
      },
      {
        name: 'a forwarding rule instead of a redirect',
        resources: [HTTP_LISTENER, redirectRule({ rule_actions: [{ order: 1, type: 'ForwardGroup', forward_group_config: { server_group_tuples: [{ server_group_id: 'sgp-1' }] } }] })],
        findings: ['-'],
      },
      { name: 'a redirect rule on another listener', resources: [HTTP_LISTENER, redirectRule({ listener_id: '${alicloud_alb_listener.other.id}' })], findings: ['-'] },
      { name: 'protocol in lower case', resources: [['alicloud_alb_listener', 'http', { ...HTTP_LISTENER[2], listener_protocol: 'http' }]], findings: ['-'] },
    ],
  },
  'ALI-ALB-002': {
    compliant: [
      { name: 'TLS 1.2 and 1.3', resources: [['alicloud_alb_security_policy', 'tls', { security_policy_name: 'tls', tls_versions: ['TLSv1.2', 'TLSv1.3'], ciphers: ['ECDHE-RSA-AES128-GCM-SHA256'] }]] },
      { name: 'HTTPS listener with a custom policy', resources: [['alicloud_alb_listener', 'https', HTTPS_LISTENER]] },
      { name: 'HTTPS listener with the strict system policy', resources: [['alicloud_alb_listener', 'https', { ...HTTPS_LISTENER, security_policy_id: 'tls_cipher_policy_1_2_strict_with_1_3' }]] },
    ],
    nonCompliant: [
      {
        name: 'TLS 1.0 and 1.1 allowed',
        resources: [['alicloud_alb_security_policy', 'tls', { security_policy_name: 'tls', tls_versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'], ciphers: ['AES128-SHA'] }]],
        findings: ['TLSv1.0', 'TLSv1.1'],
      },
      { name: 'HTTPS listener without a policy (default tls_cipher_policy_1_0)', resources: [['alicloud_alb_listener', 'https', { ...HTTPS_LISTENER, security_policy_id: undefined }]], findings: ['security_policy_id'] },
      { name: 'HTTPS listener with tls_cipher_policy_1_1', resources: [['alicloud_alb_listener', 'https', { ...HTTPS_LISTENER, security_policy_id: 'tls_cipher_policy_1_1' }]], findings: ['security_policy_id'] },
    ],
    notApplicable: [{ name: 'HTTP listener', resources: [HTTP_LISTENER] }],
  },
  'ALI-SG-001': {
    compliant: [
      { name: 'Drop', resources: [['alicloud_security_group', 'sg', { vpc_id: 'vpc-1', inner_access_policy: 'Drop', description: 'd' }]] },
      { name: 'enterprise group (always isolated)', resources: [['alicloud_security_group', 'sg', { vpc_id: 'vpc-1', security_group_type: 'enterprise', description: 'd' }]] },
      { name: 'deprecated inner_access = "false"', resources: [['alicloud_security_group', 'sg', { vpc_id: 'vpc-1', inner_access: 'false', description: 'd' }]] },
    ],
    nonCompliant: [
      { name: 'Accept', resources: [['alicloud_security_group', 'sg', { vpc_id: 'vpc-1', inner_access_policy: 'Accept' }]], findings: ['-'] },
      { name: 'unset (provider default Accept)', resources: [['alicloud_security_group', 'sg', { vpc_id: 'vpc-1' }]], findings: ['-'] },
    ],
  },
  'ALI-SG-002': {
    compliant: [
      { name: 'SSH from the VPN range', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '10.8.0.0/16' }]] },
      { name: 'HTTPS from the internet', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '0.0.0.0/0' }]] },
      { name: 'egress to 22', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'egress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0' }]] },
      { name: 'a drop rule', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', policy: 'drop', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0' }]] },
    ],
    nonCompliant: [
      { name: 'SSH from 0.0.0.0/0', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0' }]], findings: ['port:22'] },
      {
        name: 'a range over MySQL and RDP from ::/0',
        resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '3300/3400', ipv6_cidr_ip: '::/0' }]],
        findings: ['port:3306', 'port:3389'],
      },
    ],
  },
  'ALI-SG-003': {
    compliant: [
      { name: 'all protocols from the VPC', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '10.0.0.0/8' }]] },
      { name: 'one port from the internet', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '0.0.0.0/0' }]] },
    ],
    nonCompliant: [
      { name: 'all/-1/-1 from 0.0.0.0/0 (checkov misses it)', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0' }]], findings: ['-'] },
      { name: 'tcp 1/65535 from 0.0.0.0/0', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '1/65535', cidr_ip: '0.0.0.0/0' }]], findings: ['-'] },
    ],
  },
  'ALI-SG-004': {
    compliant: [
      { name: 'egress 443', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'egress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '0.0.0.0/0' }]] },
      { name: 'drop-all egress', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'egress', policy: 'drop', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0' }]] },
    ],
    nonCompliant: [
      { name: 'accept all egress', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'egress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0' }]], findings: ['-'] },
      { name: 'all udp egress to ::/0', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'egress', ip_protocol: 'udp', port_range: '1/65535', ipv6_cidr_ip: '::/0' }]], findings: ['-'] },
    ],
  },
  'ALI-SG-005': {
    compliant: [
      { name: 'group with description', resources: [['alicloud_security_group', 'sg', { description: 'web tier' }]] },
      { name: 'rule with description', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, type: 'ingress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '10.0.0.0/8' }]] },
    ],
    nonCompliant: [
      { name: 'group without description', resources: [['alicloud_security_group', 'sg', { inner_access_policy: 'Drop' }]], findings: ['-'] },
      { name: 'rule with an empty description', resources: [['alicloud_security_group_rule', 'r', { ...SG_RULE, description: ' ', type: 'ingress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '10.0.0.0/8' }]], findings: ['-'] },
    ],
  },
  'ALI-KMS-001': {
    compliant: [
      { name: 'rotation every 365 days', resources: [['alicloud_kms_key', 'key', GOOD_KMS]] },
      { name: 'rotation every 604800s', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, rotation_interval: '604800s' }]] },
    ],
    notApplicable: [
      { name: 'asymmetric key', resources: [['alicloud_kms_key', 'key', { key_spec: 'RSA_2048', key_usage: 'SIGN/VERIFY' }]] },
      { name: 'imported key material', resources: [['alicloud_kms_key', 'key', { origin: 'EXTERNAL' }]] },
    ],
    nonCompliant: [
      { name: 'rotation off', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, automatic_rotation: 'Disabled' }]], findings: ['automatic_rotation'] },
      { name: 'rotation unset', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, automatic_rotation: undefined }]], findings: ['automatic_rotation'] },
      { name: 'rotation every 366 days', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, rotation_interval: '366d' }]], findings: ['rotation_interval'] },
      { name: 'rotation every 8784h', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, rotation_interval: '8784h' }]], findings: ['rotation_interval'] },
      { name: 'an interval the provider does not understand', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, rotation_interval: '1y' }]], findings: ['rotation_interval'] },
    ],
  },
  'ALI-KMS-002': {
    compliant: [
      { name: 'Enabled', resources: [['alicloud_kms_key', 'key', GOOD_KMS]] },
      { name: 'status unset', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, status: undefined }]] },
    ],
    nonCompliant: [
      { name: 'Disabled', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, status: 'Disabled' }]], findings: ['status'] },
      { name: 'deprecated key_state PendingDeletion', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, status: undefined, key_state: 'PendingDeletion' }]], findings: ['key_state'] },
      { name: 'deprecated is_enabled "false"', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, is_enabled: 'false' }]], findings: ['is_enabled'] },
    ],
  },
  'ALI-KMS-003': {
    compliant: [{ name: 'Enabled', resources: [['alicloud_kms_key', 'key', GOOD_KMS]] }],
    nonCompliant: [
      { name: 'Disabled', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, deletion_protection: 'Disabled' }]], findings: ['-'] },
      { name: 'unset', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, deletion_protection: undefined }]], findings: ['-'] },
    ],
  },
  'ALI-KMS-004': {
    compliant: [
      { name: '30 days', resources: [['alicloud_kms_key', 'key', GOOD_KMS]] },
      { name: 'deprecated deletion_window_in_days "7"', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, pending_window_in_days: undefined, deletion_window_in_days: '7' }]] },
    ],
    nonCompliant: [
      { name: 'unset (the key cannot even be destroyed)', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, pending_window_in_days: undefined }]], findings: ['-'] },
      { name: 'out of range', resources: [['alicloud_kms_key', 'key', { ...GOOD_KMS, pending_window_in_days: 3 }]], findings: ['-'] },
    ],
  },
  'ALI-RAM-001': {
    compliant: [
      { name: 'scoped actions', resources: [['alicloud_ram_policy', 'p', { policy_name: 'p', policy_document: policy({ Effect: 'Allow', Action: ['ecs:Describe*'], Resource: '*', Condition: HTTPS }) }]] },
      { name: 'Deny *:*', resources: [['alicloud_ram_policy', 'p', { policy_name: 'p', policy_document: policy({ Effect: 'Deny', Action: '*', Resource: '*' }) }]] },
    ],
    notApplicable: [
      { name: 'document from an expression', resources: [['alicloud_ram_policy', 'p', { policy_name: 'p', policy_document: '${data.alicloud_ram_policy_document.d.document}' }]] },
    ],
    nonCompliant: [
      {
        name: 'Allow * on * in policy_document (KICS reads only `document`)',
        resources: [['alicloud_ram_policy', 'p', { policy_name: 'p', policy_document: policy({ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }, { Effect: 'Allow', Action: '*', Resource: '*' }) }]],
        findings: [statementFinding({ Effect: 'Allow', Action: '*', Resource: '*' })],
      },
      {
        name: 'Allow *:* in the deprecated document',
        resources: [['alicloud_ram_policy', 'p', { name: 'p', document: policy({ Sid: 'Admin', Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }) }]],
        findings: ['Sid:Admin'],
      },
      {
        name: 'Allow * in the deprecated statement blocks',
        resources: [['alicloud_ram_policy', 'p', { name: 'p', statement: [{ effect: 'Deny', action: ['ram:*'], resource: ['*'] }, { effect: 'Allow', action: ['*'], resource: ['*'] }] }]],
        findings: [statementFinding({ effect: 'Allow', action: ['*'], resource: ['*'] })],
      },
    ],
  },
  'ALI-RAM-002': {
    compliant: [],
    nonCompliant: [
      { name: 'any user attachment', resources: [['alicloud_ram_user_policy_attachment', 'a', { policy_name: 'p', policy_type: 'Custom', user_name: 'alice' }]], findings: ['-'] },
    ],
  },
  'ALI-RAM-003': {
    compliant: [
      { name: 'HTTPS-only Allow', resources: [['alicloud_ram_policy', 'p', { policy_document: policy({ Effect: 'Allow', Action: 'ecs:DescribeInstances', Resource: '*', Condition: HTTPS }) }]] },
      { name: 'a Deny without condition', resources: [['alicloud_ram_policy', 'p', { policy_document: policy({ Effect: 'Deny', Action: 'ecs:DeleteInstance', Resource: '*' }) }]] },
    ],
    nonCompliant: [
      {
        name: 'the second Allow works over HTTP',
        resources: [['alicloud_ram_policy', 'p', {
          policy_document: policy(
            { Effect: 'Allow', Action: 'ecs:DescribeInstances', Resource: '*', Condition: HTTPS },
            { Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/*', Condition: { Bool: { 'acs:SecureTransport': 'false' } } },
          ),
        }]],
        findings: [statementFinding({ Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/*', Condition: { Bool: { 'acs:SecureTransport': 'false' } } })],
      },
    ],
  },
  'ALI-RAM-004': {
    compliant: [
      { name: 'trusts ECS only', resources: [['alicloud_ram_role', 'role', { role_name: 'web', assume_role_policy_document: ECS_TRUST }]] },
      { name: 'deprecated services = [ecs]', resources: [['alicloud_ram_role', 'role', { name: 'web', services: ['ecs.aliyuncs.com'] }]] },
    ],
    notApplicable: [
      {
        name: 'a role for another service, used by no instance',
        resources: [['alicloud_ram_role', 'role', { role_name: 'fc', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: ['fc.aliyuncs.com'] } }) }]],
      },
    ],
    nonCompliant: [
      {
        name: 'ECS and an account root',
        resources: [['alicloud_ram_role', 'role', { role_name: 'web', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: ['ecs.aliyuncs.com'], RAM: ['acs:ram::1234567890:root'] } }) }]],
        findings: ['RAM:acs:ram::1234567890:root'],
      },
      {
        name: 'used by an instance but trusting only an account',
        resources: [
          ['alicloud_ram_role', 'role', { role_name: 'web', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: 'acs:ram::1234567890:root' } }) }],
          instance({}),
        ],
        findings: ['RAM:acs:ram::1234567890:root', 'Service:ecs.aliyuncs.com'],
      },
      {
        name: 'deprecated services = [ecs, fc]',
        resources: [['alicloud_ram_role', 'role', { name: 'web', services: ['ecs.aliyuncs.com', 'fc.aliyuncs.com'] }]],
        findings: ['Service:fc.aliyuncs.com'],
      },
    ],
  },
  'ALI-SNP-001': {
    compliant: [
      { name: '30 days', resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 30, time_points: ['2'], repeat_weekdays: ['1'] }]] },
      { name: 'forever (-1) with copies kept 7 days', resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: -1, enable_cross_region_copy: true, copied_snapshots_retention_days: 7 }]] },
    ],
    nonCompliant: [
      { name: '3 days', resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 3 }]], findings: ['retention_days'] },
      {
        name: 'copies kept 1 day',
        resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: '30', enable_cross_region_copy: 'true', copied_snapshots_retention_days: 1 }]],
        findings: ['copied_snapshots_retention_days'],
      },
    ],
  },
  'ALI-SNP-002': {
    compliant: [{
      name: 'copies encrypted',
      resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 30, enable_cross_region_copy: true, target_copy_regions: ['cn-shanghai'], copy_encryption_configuration: { encrypted: true, kms_key_id: 'key-sh' } }]],
    }],
    notApplicable: [{ name: 'no cross-region copy', resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 30 }]] }],
    nonCompliant: [
      {
        name: 'copies not encrypted',
        resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 30, enable_cross_region_copy: 'true', target_copy_regions: ['cn-shanghai'] }]],
        findings: ['-'],
      },
      {
        name: 'encryption block with encrypted = false',
        resources: [['alicloud_ecs_auto_snapshot_policy', 'daily', { retention_days: 30, enable_cross_region_copy: true, copy_encryption_configuration: [{ encrypted: false }] }]],
        findings: ['-'],
      },
    ],
  },
  'ALI-VPC-001': {
    compliant: [{
      name: 'flow log on the VPC',
      resources: [['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }], ['alicloud_vpc_flow_log', 'fl', { resource_type: 'VPC', resource_id: '${alicloud_vpc.main.id}', traffic_type: 'All' }]],
    }],
    nonCompliant: [
      { name: 'no flow log', resources: [['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }]], findings: ['-'] },
      {
        name: 'flow log on another VPC',
        resources: [['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }], ['alicloud_vpc_flow_log', 'fl', { resource_type: 'VPC', resource_id: '${alicloud_vpc.other.id}' }]],
        findings: ['-'],
      },
    ],
  },
  'ALI-ENC-001': {
    compliant: [{
      name: 'encrypted by default with a customer key',
      resources: [['alicloud_ecs_disk_encryption_by_default', 'd', { encrypted: true }], ['alicloud_ecs_disk_default_kms_key', 'k', { kms_key_id: KEY }]],
    }, {
      name: 'a default key of the same provider alias',
      resources: [
        ['alicloud_ecs_disk_encryption_by_default', 'd', { encrypted: true, provider: 'alicloud.shanghai' }],
        ['alicloud_ecs_disk_default_kms_key', 'k', { kms_key_id: KEY, provider: 'alicloud.shanghai' }],
      ],
    }],
    nonCompliant: [
      { name: 'service key', resources: [['alicloud_ecs_disk_encryption_by_default', 'd', { encrypted: 'true' }]], findings: ['customer_key'] },
      { name: 'off', resources: [['alicloud_ecs_disk_encryption_by_default', 'd', { encrypted: false }]], findings: ['encrypted', 'customer_key'] },
      {
        name: 'the only default key is in another region (provider alias)',
        resources: [
          ['alicloud_ecs_disk_encryption_by_default', 'd', { encrypted: true, provider: 'alicloud.shanghai' }],
          ['alicloud_ecs_disk_default_kms_key', 'k', { kms_key_id: KEY }],
        ],
        findings: ['customer_key'],
      },
    ],
  },
  'ALI-META-002': {
    compliant: [
      {
        name: 'a valid acknowledgement and opt-out',
        resources: [instance({
          '//': {
            hardening: {
              acknowledgements: [
                { ruleId: 'ALI-ECS-005', reason: 'public web tier', optOut: 'SecureInstance.PublicIp' },
                { ruleId: 'ALI-ECS-008', reason: 'cattle, not pets', appliesTo: ['x'], expires: '2999-01-01' },
              ],
            },
          },
        })],
      },
    ],
    nonCompliant: [
      {
        name: 'every way a record can be wrong',
        resources: [instance({
          '//': {
            hardening: {
              acknowledgements: [
                { ruleId: 'ALI-ECS-005', reason: '' },
                { ruleId: 'ALI-ECS-005', reason: 'x' },
                { ruleId: 'ALI-ECS-005', reason: 'a long enough reason', appliesTo: 'port:22' },
                { ruleId: 'ALI-ECS-005', reason: 'a long enough reason', appliesTo: [] },
                { ruleId: 'ALI-XXX-999', reason: 'a long enough reason' },
                { ruleId: 'ALI-SG-003', reason: 'a long enough reason' },
                { ruleId: 'ALI-ECS-005', reason: 'a long enough reason', expires: 'tomorrow' },
                'ALI-ECS-005',
                { ruleId: 'ALI-ECS-005', reason: 'x', optOut: 'SecureInstance.PublicIp' },
                { ruleId: 'ALI-ECS-005', reason: 'a long enough reason', optOut: 'Foo.Bar' },
                { ruleId: 'ALI-ECS-008', reason: 'a long enough reason', optOut: 'SecureInstance.PublicIp' },
              ],
              // The pre-catalogue opt-out list is not read (it would acknowledge without naming a rule).
              optOuts: [{ id: 'SecureInstance.PublicIp', reason: 'public web tier' }],
            },
          },
        })],
        findings: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `acknowledgements[${i}]`).concat('optOuts'),
      },
      {
        name: 'acknowledgements that are not a list',
        resources: [instance({ '//': { hardening: { acknowledgements: { ruleId: 'ALI-ECS-005', reason: 'a long enough reason' } } } })],
        findings: ['acknowledgements'],
      },
    ],
    notApplicable: [{ name: 'no records', resources: [instance({})] }],
  },
  'ALI-META-003': {
    compliant: [
      {
        name: 'an acknowledgement the policy allows',
        resources: [instance({ '//': { hardening: { acknowledgements: [{ ruleId: 'ALI-ECS-008', reason: 'SEC-123 cattle, not pets', expires: '2999-01-01' }] } } })],
        options: { acknowledgementPolicy: { requireExpiry: true, reasonPattern: 'SEC-[0-9]+', forbiddenRules: ['ALI-ECS-005'] } },
      },
    ],
    nonCompliant: [
      {
        name: 'a forbidden rule, no ticket, no expiry, an opt-out without expiry',
        resources: [instance({
          '//': {
            hardening: {
              acknowledgements: [
                { ruleId: 'ALI-ECS-005', reason: 'SEC-1 public bastion', expires: '2999-01-01' },
                { ruleId: 'ALI-ECS-008', reason: 'no ticket in here', expires: '2999-01-01' },
                { ruleId: 'ALI-ECS-008', reason: 'SEC-2 but no expiry' },
                { ruleId: 'ALI-ECS-008', reason: 'SEC-3 cattle, not pets', optOut: 'SecureInstance.DeletionProtection' },
              ],
            },
          },
        })],
        findings: ['acknowledgements[0]', 'acknowledgements[1]', 'acknowledgements[2]', 'acknowledgements[3]'],
        options: { acknowledgementPolicy: { requireExpiry: true, reasonPattern: /SEC-[0-9]+/, forbiddenRules: ['ALI-ECS-005'] } },
      },
    ],
  },
  'ALI-META-004': {
    compliant: [
      {
        name: 'an acknowledgement that has not expired',
        resources: [instance({ '//': { hardening: { acknowledgements: [{ ruleId: 'ALI-ECS-008', reason: 'cattle, not pets', expires: '2030-01-01' }] } } })],
        options: { acknowledgementPolicy: { now: new Date('2030-01-01T12:00:00Z') } },
      },
    ],
    nonCompliant: [
      {
        name: 'an expired acknowledgement',
        resources: [instance({ '//': { hardening: { acknowledgements: [{ ruleId: 'ALI-ECS-008', reason: 'cattle, not pets', expires: '2029-12-31' }] } } })],
        findings: ['acknowledgements[0]'],
        options: { acknowledgementPolicy: { now: new Date('2030-01-01T12:00:00Z') } },
      },
    ],
  },
  ...IMAGE_RULE_FIXTURES,
};
