/**
 * Fixtures for the rules (and rule extensions) of issue #16: equivalent resource types, other paths
 * to the internet, admin-equivalent access, secrets in user data and references resolved inside the
 * document. test/rules/rules.test.ts merges them with RULE_FIXTURES (cases of an existing rule are
 * appended to its own).
 */
import { GOOD_INSTANCE, Res, RuleFixtures } from './rule-fixtures';
import { portFinding, sensitivePortsIn, statementFinding } from '../../lib/controls';

const KEY = '${alicloud_kms_key.key.id}';

function instance(overrides: Record<string, any>, name = 'web'): Res {
  const body: Record<string, any> = { ...GOOD_INSTANCE, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return ['alicloud_instance', name, body];
}

/** A hardened launch template (both type names share the schema). */
export const HARDENED_LT: Record<string, any> = Object.freeze({
  launch_template_name: 'web',
  image_id: 'img',
  instance_type: 'ecs.g7.large',
  http_tokens: 'required',
  security_enhancement_strategy: 'Active',
  ram_role_name: 'web-role',
  system_disk: { category: 'cloud_essd', encrypted: true, kms_key_id: KEY },
  data_disks: [{ size: 40, encrypted: true, kms_key_id: KEY }],
});
const LT: Res = ['alicloud_ecs_launch_template', 'lt', HARDENED_LT];
const WEAK_LT: Res = ['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, http_tokens: 'optional', system_disk: { category: 'cloud_essd' }, security_enhancement_strategy: undefined }];
/** An instance that leaves metadata, system-disk encryption and the agent to its launch template. */
const FROM_LT = (extra: Record<string, any> = {}) => instance({
  http_tokens: undefined,
  system_disk_encrypted: undefined,
  system_disk_kms_key_id: undefined,
  security_enhancement_strategy: undefined,
  role_name: undefined,
  launch_template_id: '${alicloud_ecs_launch_template.lt.id}',
  ...extra,
});

const GOOD_SC: Record<string, any> = Object.freeze({
  scaling_group_id: '${alicloud_ess_scaling_group.g.id}',
  image_id: 'img',
  instance_type: 'ecs.g7.large',
  security_group_id: '${alicloud_security_group.sg.id}',
  system_disk_encrypted: true,
  system_disk_kms_key_id: KEY,
  data_disk: [{ size: 40, category: 'cloud_essd', encrypted: true, kms_key_id: KEY }],
  role_name: '${alicloud_ram_role.role.role_name}',
  key_name: 'ops',
  http_endpoint: 'disabled',
});
const sc = (overrides: Record<string, any>): Res => {
  const body: Record<string, any> = { ...GOOD_SC, ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
  return ['alicloud_ess_scaling_configuration', 'sc', body];
};
const SET = { amount: 3, image_id: 'img', instance_type: 'ecs.g7.large', security_group_ids: ['${alicloud_security_group.sg.id}'], vswitch_id: '${alicloud_vswitch.a.id}' };

/** Fixtures by rule id (new rules, and extra cases for existing ones). */
export const COVERAGE_FIXTURES: Record<string, RuleFixtures> = {
  // ---- references resolved inside the document: instance <- launch template (and version)
  'ALI-ECS-001': {
    compliant: [
      { name: 'token required by the hardened launch template it is launched from', resources: [FROM_LT(), LT] },
      { name: 'the legacy alicloud_launch_template, found by launch_template_name', resources: [FROM_LT({ launch_template_id: undefined, launch_template_name: 'web' }), ['alicloud_launch_template', 'legacy', HARDENED_LT]] },
      { name: 'template version by reference to its latest_version_number', resources: [FROM_LT({ launch_template_version: '${alicloud_ecs_launch_template.lt.latest_version_number}' }), LT] },
    ],
    nonCompliant: [
      { name: 'launch template that does not require tokens', resources: [FROM_LT(), WEAK_LT], findings: ['-'] },
      { name: 'the instance overrides the template with http_tokens = "optional"', resources: [FROM_LT({ http_tokens: 'optional' }), LT], findings: ['-'] },
      { name: 'launch template from a variable (not in the document)', resources: [FROM_LT({ launch_template_id: '${var.lt_id}' })], findings: ['-'] },
      { name: 'a literal template version the document does not show', resources: [FROM_LT({ launch_template_version: '1' }), LT], findings: ['-'] },
    ],
  },
  'ALI-ECS-002': {
    compliant: [{ name: 'system disk encrypted by the launch template', resources: [FROM_LT(), LT] }],
    nonCompliant: [
      { name: 'launch template leaves the system disk unencrypted', resources: [FROM_LT(), WEAK_LT], findings: ['system_disk'] },
      { name: 'launch template literal id outside the document', resources: [FROM_LT({ launch_template_id: 'lt-bp1abc' }), LT], findings: ['system_disk'] },
    ],
  },
  'ALI-ECS-004': {
    compliant: [{ name: 'system disk key from the launch template', resources: [FROM_LT(), LT] }],
    nonCompliant: [{ name: 'template without a key', resources: [FROM_LT(), WEAK_LT], findings: ['system_disk'] }],
  },
  'ALI-ECS-005': {
    compliant: [{ name: 'alicloud_ecs_instance_set without bandwidth', resources: [['alicloud_ecs_instance_set', 's', SET]] }],
    nonCompliant: [
      { name: 'bandwidth from the launch template', resources: [FROM_LT({ internet_max_bandwidth_out: undefined }), ['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: 10 }]], findings: ['internet_max_bandwidth_out'] },
      {
        name: 'internet_max_bandwidth_out = 0 on the instance is not sent: the template bandwidth applies',
        resources: [FROM_LT({ internet_max_bandwidth_out: 0 }), ['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: 10 }]],
        findings: ['internet_max_bandwidth_out'],
      },
      { name: 'alicloud_ecs_instance_set with bandwidth "5"', resources: [['alicloud_ecs_instance_set', 's', { ...SET, internet_max_bandwidth_out: '5' }]], findings: ['internet_max_bandwidth_out'] },
    ],
  },
  'ALI-ECS-006': {
    compliant: [{ name: 'alicloud_ecs_instance_set with a key pair', resources: [['alicloud_ecs_instance_set', 's', { ...SET, key_pair_name: 'ops' }]] }],
    nonCompliant: [{ name: 'alicloud_ecs_instance_set with a password variable', resources: [['alicloud_ecs_instance_set', 's', { ...SET, password: '${var.pw}' }]], findings: ['password'] }],
  },
  'ALI-ECS-003': {
    compliant: [{ name: 'alicloud_ecs_instance_set data disk encrypted', resources: [['alicloud_ecs_instance_set', 's', { ...SET, data_disks: [{ disk_size: 40, encrypted: true }] }]] }],
    nonCompliant: [{ name: 'alicloud_ecs_instance_set data disk "false"', resources: [['alicloud_ecs_instance_set', 's', { ...SET, data_disks: [{ disk_size: 40, encrypted: 'false' }] }]], findings: ['data_disks[0]'] }],
  },
  'ALI-ECS-007': {
    compliant: [
      { name: 'agent from the launch template', resources: [FROM_LT(), LT] },
      { name: 'alicloud_ecs_instance_set Active', resources: [['alicloud_ecs_instance_set', 's', { ...SET, security_enhancement_strategy: 'Active' }]] },
    ],
    nonCompliant: [
      { name: 'template without the agent', resources: [FROM_LT(), WEAK_LT], findings: ['-'] },
      { name: 'alicloud_ecs_instance_set without the agent', resources: [['alicloud_ecs_instance_set', 's', SET]], findings: ['-'] },
    ],
  },
  'ALI-ECS-010': {
    compliant: [
      { name: 'role from the launch template ram_role_name', resources: [FROM_LT(), LT] },
      { name: 'alicloud_ecs_instance_set ram_role_name', resources: [['alicloud_ecs_instance_set', 's', { ...SET, ram_role_name: 'web-role' }]] },
    ],
    nonCompliant: [{ name: 'template without a role', resources: [FROM_LT(), ['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, ram_role_name: undefined }]], findings: ['-'] }],
  },
  'ALI-ECS-011': {
    compliant: [
      {
        name: 'alicloud_ecs_instance_set with policies on the system and data disks',
        resources: [['alicloud_ecs_instance_set', 's', { ...SET, system_disk_auto_snapshot_policy_id: '${alicloud_snapshot_policy.daily.id}', data_disks: [{ disk_size: 40, encrypted: true, auto_snapshot_policy_id: '${alicloud_snapshot_policy.daily.id}' }] }]],
      },
    ],
    nonCompliant: [{ name: 'alicloud_ecs_instance_set without policies', resources: [['alicloud_ecs_instance_set', 's', { ...SET, data_disks: [{ disk_size: 40, encrypted: true }] }]], findings: ['system_disk', 'data_disks[0]'] }],
  },
  'ALI-ECS-008': {
    compliant: [{ name: 'alicloud_ecs_instance_set with deletion protection', resources: [['alicloud_ecs_instance_set', 's', { ...SET, deletion_protection: true }]] }],
    nonCompliant: [{ name: 'alicloud_ecs_instance_set without deletion protection', resources: [['alicloud_ecs_instance_set', 's', SET]], findings: ['-'] }],
  },
  'ALI-ECS-012': {
    compliant: [
      { name: 'through a hardened launch template', resources: [['alicloud_ecs_instance_set', 's', { ...SET, launch_template_id: '${alicloud_ecs_launch_template.lt.id}' }], LT] },
      { name: 'through a legacy template by name', resources: [['alicloud_ecs_instance_set', 's', { ...SET, launch_template_name: 'web' }], ['alicloud_launch_template', 'legacy', HARDENED_LT]] },
    ],
    nonCompliant: [
      { name: 'no launch template', resources: [['alicloud_ecs_instance_set', 's', SET]], findings: ['http_tokens', 'system_disk'] },
      { name: 'a weak launch template', resources: [['alicloud_ecs_instance_set', 's', { ...SET, launch_template_id: '${alicloud_ecs_launch_template.lt.id}' }], WEAK_LT], findings: ['http_tokens', 'system_disk'] },
      { name: 'a template from a variable', resources: [['alicloud_ecs_instance_set', 's', { ...SET, launch_template_id: '${var.lt}' }]], findings: ['http_tokens', 'system_disk'] },
    ],
  },
  // ---- equivalent resource types
  'ALI-LT-001': {
    compliant: [{ name: 'legacy alicloud_launch_template encrypted', resources: [['alicloud_launch_template', 'lt', HARDENED_LT]] }],
    nonCompliant: [{ name: 'legacy alicloud_launch_template without system_disk', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, system_disk: undefined, data_disks: undefined }]], findings: ['system_disk'] }],
  },
  'ALI-LT-002': {
    compliant: [{ name: 'legacy alicloud_launch_template with keys', resources: [['alicloud_launch_template', 'lt', HARDENED_LT]] }],
    nonCompliant: [{ name: 'legacy alicloud_launch_template service key', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, system_disk: { encrypted: true }, data_disks: undefined }]], findings: ['system_disk'] }],
  },
  'ALI-LT-003': {
    compliant: [{ name: 'legacy alicloud_launch_template required', resources: [['alicloud_launch_template', 'lt', HARDENED_LT]] }],
    nonCompliant: [{ name: 'legacy alicloud_launch_template unset', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, http_tokens: undefined }]], findings: ['-'] }],
  },
  'ALI-LT-004': {
    compliant: [
      { name: 'no bandwidth', resources: [LT] },
      { name: 'bandwidth 0', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: 0 }]] },
      { name: 'bandwidth from a variable', resources: [['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: '${var.bw}' }]] },
    ],
    nonCompliant: [
      { name: 'bandwidth 10', resources: [['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: 10 }]], findings: ['-'] },
      { name: 'legacy type, bandwidth "1"', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, internet_max_bandwidth_out: '1' }]], findings: ['-'] },
    ],
  },
  'ALI-SNP-001': {
    compliant: [{ name: 'legacy alicloud_snapshot_policy 30 days', resources: [['alicloud_snapshot_policy', 'daily', { retention_days: 30, time_points: ['2'], repeat_weekdays: ['1'] }]] }],
    nonCompliant: [{ name: 'legacy alicloud_snapshot_policy 1 day', resources: [['alicloud_snapshot_policy', 'daily', { retention_days: '1', time_points: ['2'], repeat_weekdays: ['1'] }]], findings: ['retention_days'] }],
  },
  'ALI-SNP-002': {
    compliant: [{ name: 'legacy type, copies encrypted', resources: [['alicloud_snapshot_policy', 'daily', { retention_days: 30, enable_cross_region_copy: true, copy_encryption_configuration: { encrypted: true } }]] }],
    nonCompliant: [{ name: 'legacy type, copies unencrypted', resources: [['alicloud_snapshot_policy', 'daily', { retention_days: 30, enable_cross_region_copy: true }]], findings: ['-'] }],
  },
  'ALI-ESS-001': {
    compliant: [{ name: 'no bandwidth', resources: [sc({})] }, { name: 'bandwidth from a variable', resources: [sc({ internet_max_bandwidth_out: '${var.bw}' })] }],
    nonCompliant: [{ name: 'bandwidth 100', resources: [sc({ internet_max_bandwidth_out: 100 })], findings: ['-'] }, { name: 'bandwidth "5"', resources: [sc({ internet_max_bandwidth_out: '5' })], findings: ['-'] }],
  },
  'ALI-ESS-002': {
    compliant: [{ name: 'key pair only', resources: [sc({})] }],
    nonCompliant: [
      { name: 'literal password', resources: [sc({ password: 'Passw0rd!Passw0rd' })], findings: ['password'] },
      { name: 'password from a variable', resources: [sc({ password: '${var.pw}' })], findings: ['password'] },
      { name: 'kms_encrypted_password and password_inherit', resources: [sc({ kms_encrypted_password: 'abc', password_inherit: 'true' })], findings: ['kms_encrypted_password', 'password_inherit'] },
    ],
  },
  'ALI-ESS-003': {
    compliant: [{ name: 'all encrypted', resources: [sc({})] }, { name: 'encryption from a variable', resources: [sc({ system_disk_encrypted: '${var.enc}' })] }],
    nonCompliant: [
      { name: 'system disk unset (sent as false)', resources: [sc({ system_disk_encrypted: undefined })], findings: ['system_disk'] },
      { name: 'data disk "false"', resources: [sc({ data_disk: [{ size: 40, encrypted: 'false' }] })], findings: ['data_disk[0]'] },
    ],
  },
  'ALI-ESS-004': {
    compliant: [{ name: 'customer keys', resources: [sc({})] }],
    nonCompliant: [{ name: 'service keys', resources: [sc({ system_disk_kms_key_id: undefined, data_disk: { size: 40, encrypted: true } })], findings: ['system_disk', 'data_disk[0]'] }],
  },
  'ALI-ESS-005': {
    compliant: [{ name: 'role_name', resources: [sc({})] }],
    nonCompliant: [{ name: 'no role', resources: [sc({ role_name: undefined })], findings: ['-'] }],
  },
  'ALI-ESS-006': {
    compliant: [{ name: 'metadata disabled', resources: [sc({})] }, { name: 'endpoint from a variable', resources: [sc({ http_endpoint: '${var.endpoint}' })] }],
    nonCompliant: [
      { name: 'metadata unset (enabled, no token possible)', resources: [sc({ http_endpoint: undefined })], findings: ['-'] },
      { name: 'metadata enabled', resources: [sc({ http_endpoint: 'enabled' })], findings: ['-'] },
    ],
  },
};

const SG = '${alicloud_security_group.sg.id}';
const rule = (name: string, body: Record<string, any>, group = SG): Res => ['alicloud_security_group_rule', name, {
  security_group_id: group, nic_type: 'intranet', type: 'ingress', policy: 'accept', description: 'why', ...body,
}];
const ssh = (name: string, extra: Record<string, any>) => rule(name, { ip_protocol: 'tcp', port_range: '22/22', ...extra });
const PL_ANY: Res = ['alicloud_ecs_prefix_list', 'any', { address_family: 'IPv4', max_entries: 2, prefix_list_name: 'any', entry: [{ cidr: '10.0.0.0/8' }, { cidr: '0.0.0.0/0' }] }];
const PL_OFFICE: Res = ['alicloud_ecs_prefix_list', 'office', { address_family: 'IPv4', max_entries: 1, prefix_list_name: 'office', entry: { cidr: '203.0.113.0/24' } }];

export const SG_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-SG-002': {
    compliant: [
      { name: 'accept 22 from anywhere shadowed by a drop at a higher priority (1 beats 2)', resources: [ssh('open', { cidr_ip: '0.0.0.0/0', priority: 2 }), ssh('deny', { cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 1 })] },
      { name: 'accept and drop at the same priority (drop wins)', resources: [ssh('open', { cidr_ip: '0.0.0.0/0' }), ssh('deny', { cidr_ip: '0.0.0.0/0', policy: 'drop' })] },
      { name: 'IPv6 accept shadowed by an IPv6 drop of all tcp', resources: [ssh('open', { ipv6_cidr_ip: '::/0', priority: 5 }), rule('deny', { ip_protocol: 'tcp', port_range: '1/65535', ipv6_cidr_ip: '::0/0', policy: 'drop', priority: 1 })] },
      { name: 'prefix list of an office range', resources: [ssh('open', { prefix_list_id: '${alicloud_ecs_prefix_list.office.id}' }), PL_OFFICE] },
      { name: 'half the address space on each of two ports (not one port)', resources: [ssh('a', { cidr_ip: '0.0.0.0/1' }), rule('b', { ip_protocol: 'tcp', port_range: '3389/3389', cidr_ip: '128.0.0.0/1' })] },
      { name: 'source from a variable (unknown)', resources: [ssh('open', { cidr_ip: '${var.admin_cidr}' })] },
    ],
    nonCompliant: [
      { name: '0.0.0.0/1 + 128.0.0.0/1 on port 22 = anywhere', resources: [ssh('low', { cidr_ip: '0.0.0.0/1' }), ssh('high', { cidr_ip: '128.0.0.0/1' })], findings: ['port:22'] },
      { name: 'the second half is flagged too', target: 'alicloud_security_group_rule.high', resources: [ssh('low', { cidr_ip: '0.0.0.0/1' }), ssh('high', { cidr_ip: '128.0.0.0/1' })], findings: ['port:22'] },
      { name: 'IPv6 "::0/0"', resources: [rule('rdp', { ip_protocol: 'tcp', port_range: '3389/3389', ipv6_cidr_ip: '::0/0' })], findings: ['port:3389'] },
      { name: 'IPv6 "0::0/0"', resources: [ssh('open', { ipv6_cidr_ip: '0::0/0' })], findings: ['port:22'] },
      { name: 'prefix list holding 0.0.0.0/0', resources: [ssh('open', { prefix_list_id: '${alicloud_ecs_prefix_list.any.id}' }), PL_ANY], findings: ['port:22'] },
      { name: 'the drop has a lower priority (2) than the accept (1)', resources: [ssh('open', { cidr_ip: '0.0.0.0/0', priority: 1 }), ssh('deny', { cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 2 })], findings: ['port:22'] },
      { name: 'the drop is in another security group', resources: [ssh('open', { cidr_ip: '0.0.0.0/0', priority: 2 }), rule('deny', { ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 1 }, '${alicloud_security_group.other.id}')], findings: ['port:22'] },
      { name: 'a drop from an unknown source does not shadow', resources: [ssh('open', { cidr_ip: '0.0.0.0/0', priority: 2 }), ssh('deny', { cidr_ip: '${var.x}', policy: 'drop', priority: 1 })], findings: ['port:22'] },
      { name: 'a drop of part of the internet leaves a union that still covers it', resources: [ssh('a', { cidr_ip: '0.0.0.0/0', priority: 1 }), ssh('b', { cidr_ip: '10.0.0.0/8', priority: 5 }), ssh('deny', { cidr_ip: '10.0.0.0/8', policy: 'drop', priority: 3 })], findings: ['port:22'] },
      { name: 'Kubernetes API, etcd and kubelet', resources: [rule('k8s', { ip_protocol: 'tcp', port_range: '2379/10250', cidr_ip: '0.0.0.0/0' })], findings: sensitivePortsIn(2379, 10250).map((x) => portFinding(x.port)) },
      { name: 'host bits set: 10.1.2.3/0 is anywhere', resources: [ssh('open', { cidr_ip: '10.1.2.3/0' })], findings: ['port:22'] },
    ],
  },
  'ALI-SG-003': {
    compliant: [
      { name: 'all traffic shadowed by a drop-all at a higher priority', resources: [rule('open', { ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0', priority: 10 }), rule('deny', { ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 1 })] },
    ],
    nonCompliant: [
      { name: 'all from "::0/0"', resources: [rule('open', { ip_protocol: 'all', port_range: '-1/-1', ipv6_cidr_ip: '::0/0' })], findings: ['-'] },
      { name: 'all from a prefix list holding 0.0.0.0/0', resources: [rule('open', { ip_protocol: 'all', port_range: '-1/-1', prefix_list_id: '${alicloud_ecs_prefix_list.any.id}' }), PL_ANY], findings: ['-'] },
      { name: 'all tcp from 0.0.0.0/1 + 128.0.0.0/1', resources: [rule('a', { ip_protocol: 'tcp', port_range: '1/65535', cidr_ip: '0.0.0.0/1' }), rule('b', { ip_protocol: 'tcp', port_range: '1/65535', cidr_ip: '128.0.0.0/1' })], findings: ['-'] },
    ],
  },
  'ALI-SG-004': {
    compliant: [{ name: 'all egress to an office prefix list', resources: [rule('out', { type: 'egress', ip_protocol: 'all', port_range: '-1/-1', prefix_list_id: '${alicloud_ecs_prefix_list.office.id}' }), PL_OFFICE] }],
    nonCompliant: [{ name: 'all egress to a prefix list holding 0.0.0.0/0', resources: [rule('out', { type: 'egress', ip_protocol: 'all', port_range: '-1/-1', prefix_list_id: '${alicloud_ecs_prefix_list.any.id}' }), PL_ANY], findings: ['-'] }],
  },
};

const eip = (body: Record<string, any>): Res => ['alicloud_eip_association', 'a', { allocation_id: '${alicloud_eip_address.ip.id}', ...body }];
const dnat = (body: Record<string, any>): Res => ['alicloud_forward_entry', 'f', {
  forward_table_id: '${alicloud_nat_gateway.ngw.forward_table_ids}', external_ip: '${alicloud_eip_address.ip.ip_address}', internal_ip: '10.0.0.5', ip_protocol: 'tcp', ...body,
}];

export const NET_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-NET-001': {
    compliant: [
      { name: 'an EIP on a load balancer by literal id', resources: [eip({ instance_id: 'lb-bp1abc' })] },
      { name: 'an EIP on the NAT gateway', resources: [eip({ instance_id: '${alicloud_nat_gateway.ngw.id}' })] },
      { name: 'instance_type Nat', resources: [eip({ instance_id: '${var.id}', instance_type: 'Nat' })] },
    ],
    nonCompliant: [
      { name: 'an EIP on an instance in the document', resources: [eip({ instance_id: '${alicloud_instance.web.id}' })], findings: ['-'] },
      { name: 'an EIP on an ENI', resources: [eip({ instance_id: '${alicloud_ecs_network_interface.eni.id}', instance_type: 'NetworkInterface' })], findings: ['-'] },
      { name: 'a literal instance id', resources: [eip({ instance_id: 'i-bp1abc' })], findings: ['-'] },
      { name: 'an unknown id (sent as EcsInstance)', resources: [eip({ instance_id: '${var.instance_id}' })], findings: ['-'] },
    ],
  },
  'ALI-NET-002': {
    compliant: [
      { name: 'HTTPS 443 -> 8443', resources: [dnat({ external_port: '443', internal_port: '8443' })] },
      { name: 'ports from variables', resources: [dnat({ external_port: '${var.ext}', internal_port: '${var.int}' })] },
    ],
    nonCompliant: [
      { name: 'SSH 22 -> 22', resources: [dnat({ external_port: '22', internal_port: '22' })], findings: ['port:22'] },
      { name: 'a high external port to internal RDP', resources: [dnat({ external_port: '33389', internal_port: '3389' })], findings: ['port:3389'] },
      { name: 'every port (any)', resources: [dnat({ ip_protocol: 'any', external_port: 'any', internal_port: 'any' })], findings: ['all-ports'] },
      { name: 'a range over MySQL', resources: [dnat({ external_port: '3300/3310', internal_port: '3300/3310', port_break: true })], findings: ['port:3306'] },
      { name: 'Kafka 9092 (the catalogue\'s SENSITIVE_PORTS, shared with ALI-SG-002)', resources: [dnat({ external_port: '9092', internal_port: '9092' })], findings: ['port:9092'] },
    ],
  },
};

const policy = (...statements: object[]) => JSON.stringify({ Version: '1', Statement: statements });
const HTTPS = { Bool: { 'acs:SecureTransport': 'true' } };
const ramPolicy = (name: string, ...statements: object[]): Res => ['alicloud_ram_policy', name, { policy_name: name, policy_document: policy(...statements) }];
const ECS_TRUST = policy({ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['ecs.aliyuncs.com'] } });
const ROLE: Res = ['alicloud_ram_role', 'role', { role_name: 'web-role', assume_role_policy_document: ECS_TRUST }];
const roleAttach = (name: string, body: Record<string, any>): Res => ['alicloud_ram_role_policy_attachment', name, { role_name: '${alicloud_ram_role.role.role_name}', ...body }];
const GOOD_PWP = {
  minimum_password_length: 14,
  require_lowercase_characters: true,
  require_uppercase_characters: true,
  require_numbers: true,
  require_symbols: true,
  max_password_age: 90,
  password_reuse_prevention: 24,
  max_login_attempts: 5,
};

/** Statements without a Sid: their finding id is the Sid generated from their content. */
const ANON_KMS_ECS = { Effect: 'Allow', Action: ['KMS:*', 'ecs:*'], Resource: ['*'] };
const ANON_DECRYPT = { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*', Principal: '*' };

export const IAM_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-RAM-001': {
    compliant: [],
    nonCompliant: [{ name: 'Allow * on acs:*:*:*:*', resources: [ramPolicy('p', { Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: 'acs:*:*:*:*', Condition: HTTPS })], findings: ['Sid:Admin'] }],
  },
  'ALI-RAM-004': {
    compliant: [{ name: 'the role of a scaling configuration trusts ECS only', resources: [ROLE, sc({ role_name: 'web-role' })] }],
    nonCompliant: [
      {
        name: 'the role of a legacy launch template trusts only an account',
        resources: [['alicloud_ram_role', 'role', { role_name: 'web-role', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: 'acs:ram::1234567890123456:root' } }) }], ['alicloud_launch_template', 'lt', HARDENED_LT]],
        findings: ['RAM:acs:ram::1234567890123456:root', 'Service:ecs.aliyuncs.com'],
      },
    ],
  },
  'ALI-RAM-005': {
    compliant: [
      { name: 'scoped ecs actions', resources: [ramPolicy('p', { Effect: 'Allow', Action: ['ecs:DescribeInstances'], Resource: '*', Condition: HTTPS })] },
      { name: 'kms:* on one key', resources: [ramPolicy('p', { Effect: 'Allow', Action: 'kms:*', Resource: 'acs:kms:cn-hangzhou:123:key/abc', Condition: HTTPS })] },
      { name: 'Deny with NotAction', resources: [ramPolicy('p', { Effect: 'Deny', NotAction: 'ecs:Describe*', Resource: '*' })] },
    ],
    notApplicable: [{ name: 'document from a data source', resources: [['alicloud_ram_policy', 'p', { policy_name: 'p', policy_document: '${data.alicloud_ram_policy_document.d.document}' }]] }],
    nonCompliant: [
      { name: 'NotAction with Allow', resources: [ramPolicy('p', { Sid: 'AllButRam', Effect: 'Allow', NotAction: ['ram:*'], Resource: '*' })], findings: ['Sid:AllButRam'] },
      { name: 'ram:* on every RAM resource (acs:ram:*:*:*)', resources: [ramPolicy('p', { Sid: 'Ram', Effect: 'Allow', Action: 'ram:*', Resource: 'acs:ram:*:*:*', Condition: HTTPS })], findings: ['Sid:Ram'] },
      { name: 'ram:*, sts:*, kms:*, ecs:* on every resource', resources: [ramPolicy('p', { Sid: 'Ram', Effect: 'Allow', Action: ['ram:*'], Resource: '*' }, { Sid: 'Sts', Effect: 'Allow', Action: 'sts:*', Resource: 'acs:*:*:*:*' }, ANON_KMS_ECS)], findings: ['Sid:Ram', 'Sid:Sts', statementFinding(ANON_KMS_ECS)] },
    ],
  },
  'ALI-RAM-006': {
    compliant: [
      { name: 'a read-only system policy', resources: [roleAttach('a', { policy_type: 'System', policy_name: 'AliyunECSReadOnlyAccess' }), ROLE] },
      { name: 'a scoped custom policy', resources: [roleAttach('a', { policy_type: 'Custom', policy_name: '${alicloud_ram_policy.p.policy_name}' }), ramPolicy('p', { Effect: 'Allow', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/*', Condition: HTTPS })] },
      { name: 'a policy name from a variable (unknown)', resources: [roleAttach('a', { policy_type: 'System', policy_name: '${var.policy}' })] },
    ],
    nonCompliant: [
      { name: 'AdministratorAccess on a role', resources: [roleAttach('a', { policy_type: 'System', policy_name: 'AdministratorAccess' }), ROLE], findings: ['-'] },
      { name: 'AliyunRAMFullAccess on a group', resources: [['alicloud_ram_group_policy_attachment', 'g', { group_name: 'ops', policy_type: 'System', policy_name: 'AliyunRAMFullAccess' }]], findings: ['-'] },
      { name: 'an admin custom policy by reference', resources: [roleAttach('a', { policy_type: 'Custom', policy_name: '${alicloud_ram_policy.admin.policy_name}' }), ramPolicy('admin', { Effect: 'Allow', Action: '*', Resource: '*' })], findings: ['-'] },
      { name: 'a custom policy by literal name with sts:*', resources: [roleAttach('a', { policy_type: 'Custom', policy_name: 'assume-anything' }), ramPolicy('assume-anything', { Effect: 'Allow', Action: 'sts:*', Resource: '*' })], findings: ['-'] },
    ],
  },
  'ALI-RAM-007': {
    compliant: [{ name: 'an inactive key', resources: [['alicloud_ram_access_key', 'k', { user_name: 'ci', status: 'Inactive' }]] }],
    nonCompliant: [
      { name: 'an active key', resources: [['alicloud_ram_access_key', 'k', { user_name: 'ci' }]], findings: ['-'] },
      { name: 'a key for a referenced user, PGP-encrypted', resources: [['alicloud_ram_access_key', 'k', { user_name: '${alicloud_ram_user.ci.name}', pgp_key: 'keybase:ops', status: 'Active' }]], findings: ['-'] },
    ],
  },
  'ALI-RAM-008': {
    compliant: [
      { name: 'trusts ECS', resources: [ROLE] },
      { name: 'another account with an ExternalId', resources: [['alicloud_ram_role', 'x', { role_name: 'x', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: ['acs:ram::1234567890123456:root'] }, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }) }]] },
      { name: 'a specific role ARN', resources: [['alicloud_ram_role', 'x', { role_name: 'x', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: 'acs:ram::1234567890123456:role/ci' } }) }]] },
    ],
    notApplicable: [{ name: 'trust policy from a variable', resources: [['alicloud_ram_role', 'x', { role_name: 'x', assume_role_policy_document: '${var.trust}' }]] }],
    nonCompliant: [
      { name: '"RAM": "*"', resources: [['alicloud_ram_role', 'x', { role_name: 'x', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: '*' } }) }]], findings: ['RAM:*'] },
      { name: 'another account root without a condition', resources: [['alicloud_ram_role', 'x', { role_name: 'x', assume_role_policy_document: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { RAM: ['acs:ram::1234567890123456:root'] } }) }]], findings: ['RAM:acs:ram::1234567890123456:root'] },
      { name: 'deprecated ram_users with a wildcard account', resources: [['alicloud_ram_role', 'x', { name: 'x', ram_users: ['acs:ram::*:root'] }]], findings: ['RAM:acs:ram::*:root'] },
    ],
  },
  'ALI-RAM-009': {
    compliant: [
      { name: 'CIS values', resources: [['alicloud_ram_account_password_policy', 'p', GOOD_PWP]] },
      { name: 'values from variables', resources: [['alicloud_ram_account_password_policy', 'p', { ...GOOD_PWP, minimum_password_length: '${var.len}', max_password_age: '${var.age}' }]] },
    ],
    nonCompliant: [
      { name: 'provider defaults (12, never expires, reuse allowed)', resources: [['alicloud_ram_account_password_policy', 'p', {}]], findings: ['minimum_password_length', 'max_password_age', 'password_reuse_prevention'] },
      { name: 'length 8, no symbols, 10 attempts', resources: [['alicloud_ram_account_password_policy', 'p', { ...GOOD_PWP, minimum_password_length: '8', require_symbols: 'false', max_login_attempts: 10 }]], findings: ['minimum_password_length', 'require_symbols', 'max_login_attempts'] },
      { name: 'expiry 365 days, reuse 2, lockout off', resources: [['alicloud_ram_account_password_policy', 'p', { ...GOOD_PWP, max_password_age: 365, password_reuse_prevention: 2, max_login_attempts: 0 }]], findings: ['max_password_age', 'password_reuse_prevention', 'max_login_attempts'] },
    ],
  },
  'ALI-KMS-005': {
    compliant: [
      { name: 'the account root', resources: [['alicloud_kms_key', 'key', { policy: policy({ Effect: 'Allow', Action: ['kms:*'], Resource: ['*'], Principal: { RAM: ['acs:ram::1234567890123456:*'] } }) }]] },
      { name: 'anyone, with a condition', resources: [['alicloud_kms_key', 'key', { policy: policy({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: ['*'], Principal: { RAM: ['*'] }, Condition: { StringEquals: { 'acs:SourceVpc': 'vpc-1' } } }) }]] },
    ],
    notApplicable: [{ name: 'no key policy', resources: [['alicloud_kms_key', 'key', {}]] }],
    nonCompliant: [
      { name: 'kms:* to "RAM": "*"', resources: [['alicloud_kms_key', 'key', { policy: policy({ Sid: 'Everyone', Effect: 'Allow', Action: 'kms:*', Resource: '*', Principal: { RAM: '*' } }) }]], findings: ['Sid:Everyone'] },
      { name: 'kms:Decrypt to Principal "*"', resources: [['alicloud_kms_key', 'key', { policy: policy(ANON_DECRYPT) }]], findings: [statementFinding(ANON_DECRYPT)] },
    ],
  },
  'ALI-ECS-013': {
    compliant: [
      { name: 'a role with a scoped policy', resources: [instance({}), ROLE, roleAttach('a', { policy_type: 'System', policy_name: 'AliyunOSSReadOnlyAccess' })] },
      { name: 'a role from a variable (unknown)', resources: [instance({ role_name: '${var.role}' }), roleAttach('a', { policy_type: 'System', policy_name: 'AdministratorAccess' })] },
    ],
    nonCompliant: [
      { name: 'the instance role holds AdministratorAccess', resources: [instance({}), ROLE, roleAttach('a', { policy_type: 'System', policy_name: 'AdministratorAccess' })], findings: ['role:alicloud_ram_role.role'] },
      { name: 'the role by literal name holds an admin custom policy', resources: [instance({ role_name: 'web-role' }), ROLE, roleAttach('a', { role_name: 'web-role', policy_type: 'Custom', policy_name: '${alicloud_ram_policy.admin.policy_name}' }), ramPolicy('admin', { Effect: 'Allow', Action: 'ecs:*', Resource: '*' })], findings: ['role:alicloud_ram_role.role'] },
      { name: 'a role attached by alicloud_ecs_ram_role_attachment', resources: [instance({ role_name: undefined }), ['alicloud_ecs_ram_role_attachment', 'r', { instance_id: '${alicloud_instance.web.id}', ram_role_name: '${alicloud_ram_role.role.role_name}' }], ROLE, roleAttach('a', { policy_type: 'System', policy_name: 'AliyunRAMFullAccess' })], findings: ['role:alicloud_ram_role.role'] },
      { name: 'a launch template role (ram_role_name)', resources: [['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, ram_role_name: '${alicloud_ram_role.role.role_name}' }], ROLE, roleAttach('a', { policy_type: 'System', policy_name: 'AdministratorAccess' })], findings: ['role:alicloud_ram_role.role'] },
      { name: 'a scaling configuration role', resources: [sc({}), ROLE, roleAttach('a', { policy_type: 'System', policy_name: 'AliyunKMSFullAccess' })], findings: ['role:alicloud_ram_role.role'] },
    ],
  },
};

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const AK_SCRIPT = '#!/bin/sh\nexport ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tAbCdEfGhIjKlMnOp12\n';

export const USER_DATA_FIXTURES: Record<string, RuleFixtures> = {
  'ALI-ECS-014': {
    compliant: [
      { name: 'a plain boot script', resources: [instance({ user_data: b64('#!/bin/sh\nyum -y update\n') })] },
      { name: 'a script from a variable', resources: [instance({ user_data: '${var.user_data}' })] },
      { name: 'a template script with a role-based fetch', resources: [['alicloud_ecs_launch_template', 'lt', { ...HARDENED_LT, user_data: b64('#!/bin/sh\naliyun kms GetSecretValue --SecretName db\n') }]] },
    ],
    nonCompliant: [
      { name: 'an AccessKey id in base64 user data', resources: [instance({ user_data: b64(AK_SCRIPT) })], findings: ['user_data'] },
      { name: 'a private key in plain user data', resources: [instance({ user_data: '#!/bin/sh\ncat > /root/.ssh/id_rsa <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\nEOF\n' })], findings: ['user_data'] },
      { name: 'a password inside base64encode(...)', resources: [instance({ user_data: '${base64encode("DB_PASSWORD=hunter2hunter2")}' })], findings: ['user_data'] },
      { name: 'deprecated launch template userdata', resources: [['alicloud_launch_template', 'lt', { ...HARDENED_LT, userdata: b64(AK_SCRIPT) }]], findings: ['userdata'] },
      { name: 'a scaling configuration with an AccessKey secret', resources: [sc({ user_data: 'ACCESS_KEY_SECRET=abcdefghijklmnop' })], findings: ['user_data'] },
    ],
  },
};

/** Merges fixture sets: cases of the same rule are concatenated. */
export function mergeFixtures(...sets: Array<Record<string, RuleFixtures>>): Record<string, RuleFixtures> {
  const out: Record<string, RuleFixtures> = {};
  for (const set of sets) {
    for (const [id, f] of Object.entries(set)) {
      const prev = out[id];
      out[id] = prev
        ? {
          compliant: [...prev.compliant, ...f.compliant],
          nonCompliant: [...prev.nonCompliant, ...f.nonCompliant],
          notApplicable: [...(prev.notApplicable ?? []), ...(f.notApplicable ?? [])],
        }
        : f;
    }
  }
  return out;
}
