/**
 * The rule catalogue: every rule of the hardening pack with its level, whether it can be
 * acknowledged, its title, fix hint, public references and the resource types it inspects. Data
 * only: the rule files in lib/rules/ import their metadata from here (`defineRule('ALI-ECS-001',
 * check)`), the constructs ask it whether a finding may be acknowledged, and the README rule table
 * is generated from it (`npm run docs:rules`).
 */
import {
  ALB_TLS_SECURITY_POLICIES, checkov, cis, ControlReference, doc, ECS_DATA_SECURITY, ECS_METADATA_HARDENING, ECS_SHARED_RESPONSIBILITY,
  ESS_GROUP_DELETION_PROTECTION, infraGuard, kics,
} from './references';

/** How serious a rule's finding is. Errors fail synthesis (and the CLI); warnings and infos do not. */
export type ControlLevel = 'error' | 'warning' | 'info';

/** One rule of the catalogue. */
export interface RuleControl {
  /** Stable id, e.g. `ALI-ECS-001`. Never reused or renumbered. */
  readonly id: string;
  /** Short PascalCase name, e.g. `InstanceMetadataTokenRequired`. */
  readonly name: string;
  /** Level of the rule's findings. */
  readonly level: ControlLevel;
  /** One-line statement of what compliant looks like. */
  readonly title: string;
  /** How to fix a violation. */
  readonly fixHint: string;
  /** Whether a finding may be acknowledged (by `Acknowledgements` or a construct opt-out). */
  readonly acknowledgeable: boolean;
  /** Resource types the rule inspects (`*` = every resource). */
  readonly resourceTypes: readonly string[];
  /** Public standards and documents the rule implements. */
  readonly references: readonly ControlReference[];
}

const DISK_TYPES = ['alicloud_ecs_disk', 'alicloud_disk'];
const NO_SCANNER = 'not checked by checkov or KICS';

const RULES: readonly RuleControl[] = [
  {
    id: 'ALI-ECS-001',
    name: 'InstanceMetadataTokenRequired',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'Instance metadata is reachable only with a token (http_tokens = "required") or disabled',
    fixHint: 'Set http_tokens = "required" (or http_endpoint = "disabled").',
    references: [doc(ECS_DATA_SECURITY, 'access instance metadata in security hardening mode: SSRF and STS token theft'), infraGuard('ecs-instance-meta-data-mode-check')],
  },
  {
    id: 'ALI-ECS-002',
    name: 'InstanceSystemDiskEncrypted',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The instance system disk is encrypted',
    fixHint: 'Set system_disk_encrypted = true and system_disk_kms_key_id to a customer KMS key.',
    references: [cis('4.2'), doc(ECS_DATA_SECURITY, 'disk encryption'), infraGuard('ecs-disk-all-encrypted-by-kms')],
  },
  {
    id: 'ALI-ECS-003',
    name: 'InstanceDataDisksEncrypted',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'Every inline data disk (data_disks) of the instance is encrypted',
    fixHint: 'Set encrypted = true and kms_key_id on every data_disks block (or use separate encrypted alicloud_ecs_disk resources).',
    references: [cis('4.2'), doc(ECS_DATA_SECURITY, 'disk encryption'), infraGuard('ecs-disk-all-encrypted-by-kms')],
  },
  {
    id: 'ALI-ECS-004',
    name: 'InstanceDisksCustomerKey',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The system disk and every inline data disk name a customer KMS key',
    fixHint: 'Set system_disk_kms_key_id and data_disks[].kms_key_id to an alicloud_kms_key id (e.g. "${alicloud_kms_key.key.id}").',
    references: [cis('4.2'), checkov('CKV_ALI_8', 'alicloud_disk only'), kics('f262118c-1ac6-4bb3-8495-cc48f1775b85', 'alicloud_disk only')],
  },
  {
    id: 'ALI-ECS-005',
    name: 'InstanceNoPublicIp',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The instance has no public IP (internet_max_bandwidth_out = 0, no allocate_public_ip)',
    fixHint: 'Set internet_max_bandwidth_out = 0 and reach the instance through a load balancer, NAT gateway or bastion.',
    references: [infraGuard('ecs-instance-no-public-ip'), doc(ECS_SHARED_RESPONSIBILITY, 'the customer secures the network access to its instances')],
  },
  {
    id: 'ALI-ECS-006',
    name: 'InstanceNoPassword',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The instance sets no login password (password, kms_encrypted_password) and does not inherit one',
    fixHint: 'Remove password / kms_encrypted_password / password_inherit and log in with a key pair (key_name) or Session Manager.',
    references: [infraGuard('ecs-instance-login-use-keypair'), kics('passwords_and_secrets', 'literal passwords')],
  },
  {
    id: 'ALI-ECS-007',
    name: 'InstanceSecurityCenterAgent',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The Security Center agent is installed (security_enhancement_strategy = "Active")',
    fixHint: 'Set security_enhancement_strategy = "Active" (public images only).',
    references: [cis('4.6', 'endpoint protection'), doc(ECS_SHARED_RESPONSIBILITY, 'the customer secures the guest operating system')],
  },
  {
    id: 'ALI-ECS-008',
    name: 'InstanceDeletionProtection',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The pay-as-you-go instance has deletion protection (deletion_protection = true)',
    fixHint: 'Set deletion_protection = true.',
    references: [infraGuard('ecs-instance-deletion-protection-enabled')],
  },
  {
    id: 'ALI-ECS-009',
    name: 'InstanceInVswitch',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The instance is placed in a VPC vSwitch (vswitch_id)',
    fixHint: 'Set vswitch_id to a vSwitch of your VPC.',
    references: [cis('3.1', 'no legacy networks')],
  },
  {
    id: 'ALI-ECS-010',
    name: 'InstanceRoleAttached',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The instance has a RAM role (role_name or an alicloud_ecs_ram_role_attachment)',
    fixHint: 'Set role_name to an instance role trusted by ecs.aliyuncs.com, so software uses STS tokens instead of AccessKeys.',
    references: [infraGuard('ecs-instance-ram-role-attached'), doc(ECS_DATA_SECURITY, 'STS tokens of an instance RAM role instead of AccessKeys')],
  },
  {
    id: 'ALI-ECS-011',
    name: 'InstanceDisksSnapshotPolicy',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_instance'],
    title: 'The system disk and every inline data disk have an automatic snapshot policy',
    fixHint: 'Set system_disk_auto_snapshot_policy_id (or attach a policy to "${alicloud_instance.<name>.system_disk_id}") and data_disks[].auto_snapshot_policy_id.',
    references: [doc(ECS_DATA_SECURITY, 'data availability: snapshot-based backup'), infraGuard('ecs-disk-auto-snapshot-policy')],
  },
  {
    id: 'ALI-DSK-001',
    name: 'DiskEncrypted',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: DISK_TYPES,
    title: 'The disk is encrypted (encrypted = true)',
    fixHint: 'Set encrypted = true and kms_key_id to a customer KMS key.',
    references: [cis('4.1'), checkov('CKV_ALI_7', 'alicloud_disk only'), kics('39750e32-3fe9-453b-8c33-dd277acdb2cc', 'alicloud_disk only')],
  },
  {
    id: 'ALI-DSK-002',
    name: 'DiskCustomerKey',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: DISK_TYPES,
    title: 'The disk names a customer KMS key (kms_key_id)',
    fixHint: 'Set kms_key_id to an alicloud_kms_key id (e.g. "${alicloud_kms_key.key.id}").',
    references: [checkov('CKV_ALI_8', 'alicloud_disk only'), kics('f262118c-1ac6-4bb3-8495-cc48f1775b85', 'alicloud_disk only')],
  },
  {
    id: 'ALI-DSK-003',
    name: 'DiskSnapshotPolicy',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: DISK_TYPES,
    title: 'An alicloud_ecs_auto_snapshot_policy_attachment references the disk',
    fixHint: 'Add an alicloud_ecs_auto_snapshot_policy_attachment with disk_id = "${<disk>.id}".',
    references: [doc(ECS_DATA_SECURITY, 'data availability: snapshot-based backup'), infraGuard('ecs-disk-auto-snapshot-policy')],
  },
  {
    id: 'ALI-DSK-004',
    name: 'DiskKeepsSnapshotsOnRelease',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: DISK_TYPES,
    title: 'Automatic snapshots survive the disk (delete_auto_snapshot is not true)',
    fixHint: 'Remove delete_auto_snapshot (or set it to false), so the backups outlive an accidental release of the disk.',
    references: [doc(ECS_DATA_SECURITY, `data availability: snapshot-based backup; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-LT-001',
    name: 'LaunchTemplateDisksEncrypted',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_launch_template'],
    title: 'The launch template encrypts its system_disk and every data_disks block',
    fixHint: 'Add system_disk { encrypted = true, kms_key_id } and set encrypted = true on every data_disks block.',
    references: [cis('4.2'), checkov('CKV_ALI_32', 'data disks only'), infraGuard('ecs-launch-template-version-data-disk-encrypted')],
  },
  {
    id: 'ALI-LT-002',
    name: 'LaunchTemplateDisksCustomerKey',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_launch_template'],
    title: 'The launch template system_disk and every data_disks block name a customer KMS key',
    fixHint: 'Set kms_key_id on system_disk and on every data_disks block.',
    references: [cis('4.2'), doc(ECS_DATA_SECURITY, 'disk encryption')],
  },
  {
    id: 'ALI-LT-003',
    name: 'LaunchTemplateMetadataToken',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_launch_template'],
    title: 'The launch template requires metadata tokens (http_tokens = "required") or disables metadata',
    fixHint: 'Set http_tokens = "required" on the launch template.',
    references: [doc(ECS_DATA_SECURITY, 'access instance metadata in security hardening mode'), infraGuard('ecs-instance-meta-data-mode-check')],
  },
  {
    id: 'ALI-ASG-001',
    name: 'ScalingGroupLaunchTemplateMetadataToken',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ess_scaling_group'],
    title: 'The scaling group launches from a launch template (in this document) with http_tokens = "required" or metadata disabled',
    fixHint: 'Set launch_template_id to an alicloud_ecs_launch_template with http_tokens = "required" (SecureScalingGroup on a SecureLaunchTemplate).',
    references: [
      doc(ECS_METADATA_HARDENING, 'instances launched by Auto Scaling; alicloud_ess_scaling_configuration has no http_tokens (provider 1.285.0), so only a launch template can require tokens'),
      doc(ECS_DATA_SECURITY, 'access instance metadata in security hardening mode'),
      infraGuard('ecs-instance-meta-data-mode-check', 'checks running instances; this rule checks what a scaling group launches'),
    ],
  },
  {
    id: 'ALI-ASG-002',
    name: 'ScalingGroupDeletionProtection',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ess_scaling_group'],
    title: 'The scaling group sets group_deletion_protection = true',
    fixHint: 'Set group_deletion_protection = true (the provider defaults to false).',
    references: [doc(ESS_GROUP_DELETION_PROTECTION, `deletion protection of a scaling group, default false; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-ASG-003',
    name: 'ScalingGroupMultiZone',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ess_scaling_group'],
    title: 'The scaling group has vswitch_ids in at least two zones',
    fixHint: 'Give vswitch_ids at least two vSwitches in different zones (and multi_az_policy = "BALANCE").',
    references: [doc(ECS_SHARED_RESPONSIBILITY, `availability of the workload: deploy across zones; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-ALB-001',
    name: 'AlbListenerNoPlainHttp',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_alb_listener'],
    title: 'An HTTP ALB listener has an alicloud_alb_rule redirecting every path ("/*") to HTTPS',
    fixHint: 'Serve HTTPS (listener_protocol = "HTTPS"), or add an alicloud_alb_rule on the HTTP listener with a Path "/*" condition and a Redirect action to HTTPS.',
    references: [
      doc(ECS_DATA_SECURITY, 'encryption of data in transit'),
      kics('ALB Listening on HTTP', 'flags every HTTP listener, also one that only redirects'),
    ],
  },
  {
    id: 'ALI-ALB-002',
    name: 'AlbTlsPolicy',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_alb_security_policy', 'alicloud_alb_listener'],
    title: 'ALB TLS policies allow TLS 1.2+ only (custom policies without TLSv1.0/1.1; HTTPS listeners with such a policy)',
    fixHint: 'Use tls_versions = ["TLSv1.2", "TLSv1.3"] and set security_policy_id on HTTPS listeners to it (or tls_cipher_policy_1_2_strict_with_1_3).',
    references: [
      doc(ALB_TLS_SECURITY_POLICIES, 'the default tls_cipher_policy_1_0 allows TLS 1.0 and 1.1'),
      checkov('CKV_ALI_33', 'alicloud_slb_tls_cipher_policy only; the same control for CLB'),
    ],
  },
  {
    id: 'ALI-SG-001',
    name: 'SecurityGroupInnerPolicyDrop',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_security_group'],
    title: 'The security group drops traffic between its own members (inner_access_policy = "Drop", or an enterprise group)',
    fixHint: 'Set inner_access_policy = "Drop" and allow intra-group traffic with explicit rules.',
    references: [cis('3.5', `fine-grained rules; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-SG-002',
    name: 'SecurityGroupNoInternetAdminPorts',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_security_group_rule'],
    title: 'No ingress rule opens a sensitive port (remote administration, file sharing, container and cluster control, database, cache, search, message broker) to 0.0.0.0/0 or ::/0',
    fixHint: 'Restrict cidr_ip to the office/VPN range or a bastion security group, or use Session Manager / Cloud Assistant.',
    references: [cis('3.2'), cis('4.3'), cis('4.4'), checkov('CKV_ALI_2'), checkov('CKV_ALI_3'), kics('2ae9d554-23fb-4065-bfd1-fe43d5f7c419'), infraGuard('sg-risky-ports-check')],
  },
  {
    id: 'ALI-SG-003',
    name: 'SecurityGroupNoAllTrafficInternetIngress',
    level: 'error',
    acknowledgeable: false,
    resourceTypes: ['alicloud_security_group_rule'],
    title: 'No ingress rule opens all protocols or all ports to 0.0.0.0/0 or ::/0',
    fixHint: 'Open only the ports the service needs, from the narrowest peer.',
    references: [kics('60587dbd-6b67-432e-90f7-a8cf1892d968'), infraGuard('ecs-security-group-not-open-all-port'), infraGuard('ecs-security-group-not-open-all-protocol'), checkov('CKV_ALI_2/3', 'miss "-1/-1"')],
  },
  {
    id: 'ALI-SG-004',
    name: 'SecurityGroupEgressNotWideOpen',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_security_group_rule'],
    title: 'No egress rule allows all protocols or all ports to 0.0.0.0/0 or ::/0',
    fixHint: 'Allow egress only to the ports and destinations the workload needs (e.g. tcp 443).',
    references: [infraGuard('ecs-security-group-egress-not-all-access'), cis('3.5')],
  },
  {
    id: 'ALI-SG-005',
    name: 'SecurityGroupDescriptions',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_security_group', 'alicloud_security_group_rule'],
    title: 'Every security group and security group rule has a description',
    fixHint: 'Set description to why the group or rule exists.',
    references: [cis('3.5', 'reviewable, fine-grained rules'), { source: 'cdk-nag', id: 'EC2SecurityGroupDescription' }],
  },
  {
    id: 'ALI-KMS-001',
    name: 'KmsKeyRotation',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_kms_key'],
    title: 'Symmetric keys rotate automatically (automatic_rotation = "Enabled", rotation_interval <= 365d)',
    fixHint: 'Set automatic_rotation = "Enabled" and rotation_interval = "365d" (or shorter).',
    references: [checkov('CKV_ALI_27'), kics('cb319d87-b90f-485e-a7e7-f2408380f309')],
  },
  {
    id: 'ALI-KMS-002',
    name: 'KmsKeyEnabled',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_kms_key'],
    title: 'The key is enabled (status/key_state not Disabled or PendingDeletion, is_enabled not false)',
    fixHint: 'Remove status = "Disabled" / "PendingDeletion" (or set status = "Enabled").',
    references: [checkov('CKV_ALI_28'), kics('ed6e3ba0-278f-47b6-a1f5-173576b40b7e')],
  },
  {
    id: 'ALI-KMS-003',
    name: 'KmsKeyDeletionProtection',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_kms_key'],
    title: 'The key has deletion protection (deletion_protection = "Enabled")',
    fixHint: 'Set deletion_protection = "Enabled" and a deletion_protection_description.',
    references: [doc(ECS_DATA_SECURITY, 'data confidentiality: losing the key loses every encrypted disk and snapshot')],
  },
  {
    id: 'ALI-KMS-004',
    name: 'KmsKeyPendingWindow',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_kms_key'],
    title: 'The key sets its deletion pending window (pending_window_in_days, 7 to 366)',
    fixHint: 'Set pending_window_in_days = 30 (or longer), so a deletion can be cancelled.',
    references: [doc(ECS_DATA_SECURITY, 'data confidentiality'), { source: 'provider', id: 'alicloud_kms_key.pending_window_in_days', note: 'IntBetween(7, 366)' }],
  },
  {
    id: 'ALI-RAM-001',
    name: 'RamPolicyNoAdminAccess',
    level: 'error',
    acknowledgeable: false,
    resourceTypes: ['alicloud_ram_policy'],
    title: 'No RAM policy statement allows Action "*" (or "*:*") on Resource "*"',
    fixHint: 'Grant only the actions and resources the role needs.',
    references: [cis('1.15'), kics('e8e62026-da63-4904-b402-65adfe3ca975', 'reads only `document`')],
  },
  {
    id: 'ALI-RAM-002',
    name: 'RamNoUserPolicyAttachments',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ram_user_policy_attachment'],
    title: 'No alicloud_ram_user_policy_attachment (attach policies to groups or roles)',
    fixHint: 'Attach the policy to a RAM group (alicloud_ram_group_policy_attachment) or a role instead.',
    references: [cis('1.16'), kics('66505003-7aba-45a1-8d83-5162d5706ef5')],
  },
  {
    id: 'ALI-RAM-003',
    name: 'RamPolicySecureTransport',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ram_policy'],
    title: 'Every Allow statement has Condition Bool "acs:SecureTransport" = "true"',
    fixHint: 'Add "Condition": {"Bool": {"acs:SecureTransport": "true"}} to every Allow statement.',
    references: [doc(ECS_DATA_SECURITY, 'access ECS resources over HTTPS (acs:SecureTransport)')],
  },
  {
    id: 'ALI-RAM-004',
    name: 'RamInstanceRoleTrustEcsOnly',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ram_role'],
    title: 'A role used by instances (or trusting ecs.aliyuncs.com) trusts only Service ecs.aliyuncs.com',
    fixHint: 'Use a trust policy whose only principal is {"Service": ["ecs.aliyuncs.com"]}; create separate roles for people and other services.',
    references: [doc(ECS_DATA_SECURITY, `least privilege for ECS permissions; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-SNP-001',
    name: 'SnapshotPolicyRetention',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_auto_snapshot_policy'],
    title: 'Automatic snapshot policies keep snapshots, and cross-region copies, at least 7 days (>= 7, or -1 = until deleted)',
    fixHint: 'Set retention_days (and copied_snapshots_retention_days when copying) to 7 or more, or -1 to keep snapshots until deleted.',
    references: [infraGuard('ecs-snapshot-retention-days'), doc(ECS_DATA_SECURITY, `data availability; ${NO_SCANNER}`)],
  },
  {
    id: 'ALI-SNP-002',
    name: 'SnapshotPolicyCrossRegionCopyEncrypted',
    level: 'error',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_auto_snapshot_policy'],
    title: 'When cross-region copy is on, copies are encrypted (copy_encryption_configuration.encrypted = true)',
    fixHint: 'Add copy_encryption_configuration { encrypted = true, kms_key_id = <key in the target region> }.',
    references: [doc(ECS_DATA_SECURITY, 'snapshot encryption for cross-region copies')],
  },
  {
    id: 'ALI-VPC-001',
    name: 'VpcFlowLog',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_vpc'],
    title: 'An alicloud_vpc_flow_log references the VPC (resource_id = "${alicloud_vpc.<name>.id}")',
    fixHint: 'Add an alicloud_vpc_flow_log with resource_type = "VPC" and resource_id = the VPC id.',
    references: [cis('3.3'), cis('2.5'), kics('d2731f3d-a992-44ed-812e-f4f1c2747d71')],
  },
  {
    id: 'ALI-ENC-001',
    name: 'AccountDiskEncryptionCustomerKey',
    level: 'warning',
    acknowledgeable: true,
    resourceTypes: ['alicloud_ecs_disk_encryption_by_default'],
    title: 'ECS disk encryption by default is on (encrypted = true) with a customer default key (alicloud_ecs_disk_default_kms_key)',
    fixHint: 'Set encrypted = true and add an alicloud_ecs_disk_default_kms_key naming a customer KMS key in the same region.',
    references: [cis('4.1', 'disks encrypted'), cis('4.2'), doc(ECS_DATA_SECURITY, 'disk encryption by default for the account')],
  },
  {
    id: 'ALI-META-001',
    name: 'UnknownAcknowledgement',
    level: 'info',
    acknowledgeable: false,
    resourceTypes: ['*'],
    title: 'Every acknowledgement recorded on a resource names a rule of the pack',
    fixHint: 'Fix the acknowledged rule id (README "Rule pack" lists them), or remove the acknowledgement.',
    references: [],
  },
];

function freeze(r: RuleControl): RuleControl {
  return Object.freeze({ ...r, resourceTypes: Object.freeze([...r.resourceTypes]), references: Object.freeze([...r.references]) });
}

/** Every rule of the catalogue, by id, in pack order. */
export const RULE_CATALOGUE: Readonly<Record<string, RuleControl>> = Object.freeze(
  Object.fromEntries(RULES.map((r) => [r.id, freeze(r)])));

/** The catalogue entry of a rule id, or undefined. */
export function ruleControl(id: string): RuleControl | undefined {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(RULE_CATALOGUE, id) ? RULE_CATALOGUE[id] : undefined;
}
