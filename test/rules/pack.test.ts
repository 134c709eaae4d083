import * as fs from 'fs';
import * as path from 'path';
import { GOOD_INSTANCE, Res, doc } from './rule-fixtures';
import { DocumentIndex, evaluateTerraformJson, findRule, HARDENING_RULES, rules as ruleExports } from '../../lib/rules';
import { BACKEND_RESOURCE_TYPE } from '../../lib/rules/state/backend';

/** Provider resource types checked by the pack without a generated binding (see the schema test). */
const RAW_ONLY_TYPES = [
  'alicloud_launch_template', 'alicloud_snapshot_policy', 'alicloud_ess_scaling_configuration', 'alicloud_ecs_instance_set',
  'alicloud_eip_association', 'alicloud_forward_entry', 'alicloud_ecs_prefix_list', 'alicloud_ram_access_key',
  'alicloud_ram_account_password_policy',
];

describe('the rule pack', () => {
  test('rule ids are stable (never renumbered, never reused)', () => {
    expect(HARDENING_RULES.map((r) => `${r.id} ${r.name} ${r.level}${r.acknowledgeable ? '' : ' (not acknowledgeable)'}`)).toEqual([
      'ALI-ECS-001 InstanceMetadataTokenRequired error',
      'ALI-ECS-002 InstanceSystemDiskEncrypted error',
      'ALI-ECS-003 InstanceDataDisksEncrypted error',
      'ALI-ECS-004 InstanceDisksCustomerKey error',
      'ALI-ECS-005 InstanceNoPublicIp error',
      'ALI-ECS-006 InstanceNoPassword error',
      'ALI-ECS-007 InstanceSecurityCenterAgent warning',
      'ALI-ECS-008 InstanceDeletionProtection warning',
      'ALI-ECS-009 InstanceInVswitch error',
      'ALI-ECS-010 InstanceRoleAttached warning',
      'ALI-ECS-011 InstanceDisksSnapshotPolicy error',
      'ALI-ECS-012 InstanceSetHardenedByLaunchTemplate error',
      'ALI-ECS-013 InstanceRoleNotAdmin error',
      'ALI-ECS-014 UserDataNoSecrets error',
      'ALI-DSK-001 DiskEncrypted error',
      'ALI-DSK-002 DiskCustomerKey error',
      'ALI-DSK-003 DiskSnapshotPolicy error',
      'ALI-DSK-004 DiskKeepsSnapshotsOnRelease warning',
      'ALI-LT-001 LaunchTemplateDisksEncrypted error',
      'ALI-LT-002 LaunchTemplateDisksCustomerKey error',
      'ALI-LT-003 LaunchTemplateMetadataToken error',
      'ALI-LT-004 LaunchTemplateNoPublicIp error',
      'ALI-ESS-001 ScalingConfigurationNoPublicIp error',
      'ALI-ESS-002 ScalingConfigurationNoPassword error',
      'ALI-ESS-003 ScalingConfigurationDisksEncrypted error',
      'ALI-ESS-004 ScalingConfigurationDisksCustomerKey error',
      'ALI-ESS-005 ScalingConfigurationRoleAttached warning',
      'ALI-ESS-006 ScalingConfigurationMetadataDisabled error',
      'ALI-ASG-001 ScalingGroupLaunchTemplateMetadataToken error',
      'ALI-ASG-002 ScalingGroupDeletionProtection warning',
      'ALI-ASG-003 ScalingGroupMultiZone warning',
      'ALI-ALB-001 AlbListenerNoPlainHttp error',
      'ALI-ALB-002 AlbTlsPolicy error',
      'ALI-SG-001 SecurityGroupInnerPolicyDrop error',
      'ALI-SG-002 SecurityGroupNoInternetAdminPorts error',
      'ALI-SG-003 SecurityGroupNoAllTrafficInternetIngress error (not acknowledgeable)',
      'ALI-SG-004 SecurityGroupEgressNotWideOpen warning',
      'ALI-SG-005 SecurityGroupDescriptions warning',
      'ALI-KMS-001 KmsKeyRotation error',
      'ALI-KMS-002 KmsKeyEnabled error',
      'ALI-KMS-003 KmsKeyDeletionProtection warning',
      'ALI-KMS-004 KmsKeyPendingWindow warning',
      'ALI-KMS-005 KmsKeyPolicyNotPublic error',
      'ALI-RAM-001 RamPolicyNoAdminAccess error (not acknowledgeable)',
      'ALI-RAM-002 RamNoUserPolicyAttachments error',
      'ALI-RAM-003 RamPolicySecureTransport warning',
      'ALI-RAM-004 RamInstanceRoleTrustEcsOnly error',
      'ALI-RAM-005 RamPolicyNoAdminEquivalent error',
      'ALI-RAM-006 RamNoAdminPolicyAttachment error',
      'ALI-RAM-007 RamNoAccessKeys error',
      'ALI-RAM-008 RamRoleTrustNoWildcard error',
      'ALI-RAM-009 RamPasswordPolicyStrong error',
      'ALI-SNP-001 SnapshotPolicyRetention warning',
      'ALI-SNP-002 SnapshotPolicyCrossRegionCopyEncrypted error',
      'ALI-VPC-001 VpcFlowLog warning',
      'ALI-IMG-001 ImageCopyEncryptedWithCustomerKey error',
      'ALI-IMG-002 ImageNotSharedOutsideAccount warning',
      'ALI-IMG-003 ImagePipelineNoPublicBandwidth warning',
      'ALI-IMG-004 ImageSourceEncryptedWithCustomerKey error',
      'ALI-NET-001 EipAssociationNotToInstance error',
      'ALI-NET-002 NatDnatNoAdminPorts error',
      'ALI-ENC-001 AccountDiskEncryptionCustomerKey warning',
      'ALI-STATE-001 OssBackendEncrypted error (not acknowledgeable)',
      'ALI-STATE-002 OssBackendPrivateAcl error (not acknowledgeable)',
      'ALI-STATE-003 OssBackendLocking warning (not acknowledgeable)',
      'ALI-STATE-004 LocalBackendMultiStack info (not acknowledgeable)',
      'ALI-STATE-005 LockInstanceNetworkRestricted warning',
      'ALI-OSS-001 StateBucketVersioning error (not acknowledgeable)',
      'ALI-OSS-002 StateBucketCustomerKey error (not acknowledgeable)',
      'ALI-OSS-003 StateBucketPreventDestroy warning',
      'ALI-SEC-001 KmsSecretCustomerKey error',
      'ALI-SEC-002 KmsSecretRotation warning',
      'ALI-SEC-003 KmsSecretDataNotLiteral warning',
      'ALI-META-002 InvalidAcknowledgement error (not acknowledgeable)',
      'ALI-META-003 AcknowledgementRefusedByPolicy error (not acknowledgeable)',
      'ALI-META-004 AcknowledgementExpired warning (not acknowledgeable)',
    ]);
  });

  test.each(HARDENING_RULES.map((r) => [r.id, r]))('%s carries its metadata', (_id, rule) => {
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.fixHint.length).toBeGreaterThan(10);
    // The ALI-META rules check the pack's own records; every other rule cites public references.
    // (ALI-META-001, an info for acknowledgements of unknown rules, is retired: ALI-META-002 makes them errors.)
    if (!rule.id.startsWith('ALI-META-')) expect(rule.controls.length).toBeGreaterThan(0);
    expect(rule.resourceTypes.length).toBeGreaterThan(0);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(findRule(rule.id)).toBe(rule);
    // Exported by name for custom packs.
    expect(Object.values(ruleExports)).toContain(rule);
  });

  test('rules only inspect resource types of the provider schema (or every type)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'alicloud.pruned.json'), 'utf8'));
    const types = new Set(Object.keys((Object.values(schema.provider_schemas)[0] as any).resource_schemas));
    // Types the pack reads in raw Terraform but the library has no binding for (so they are not in the
    // pruned schema). Each is in provider 1.285.0's ResourcesMap (alicloud/provider.go), and the
    // reviewer fixtures that use them pass `terraform validate` (test/fixtures/reviewer/README.md).
    for (const t of RAW_ONLY_TYPES) types.add(t);
    for (const rule of HARDENING_RULES) {
      // BACKEND_RESOURCE_TYPE: the `terraform.backend` block, evaluated as a pseudo resource by the state rules.
      for (const t of rule.resourceTypes) expect(t === '*' || t === BACKEND_RESOURCE_TYPE || types.has(t)).toBe(true);
    }
  });

  test('rejects a document that is not an object, and rules that are not rules', () => {
    expect(() => evaluateTerraformJson([])).toThrow(/\[HardeningChecks.InvalidDocument\]/);
    expect(() => evaluateTerraformJson({}, { rules: [{ id: 'x' } as any] })).toThrow(/\[HardeningChecks.InvalidRules\]/);
    expect(evaluateTerraformJson({}).summary).toEqual({
      resources: 0,
      evaluations: 0,
      passed: 0,
      failed: 0,
      acknowledgedEvaluations: 0,
      notApplicable: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      acknowledged: 0,
    });
    expect(evaluateTerraformJson({ resource: { alicloud_vpc: { a: [{ cidr_block: '10.0.0.0/8' }] } } }).summary.resources).toBe(1);
    // A shape Terraform rejects is invalid input, never "0 resources, OK".
    const junk = { resource: { alicloud_vpc: { a: [{ cidr_block: '10.0.0.0/8' }], b: 'junk' } } };
    expect(() => evaluateTerraformJson(junk)).toThrow(/\[HardeningChecks.InvalidDocument\].*resource\.alicloud_vpc\.b/);
  });

  test('the document index is built once: cross-resource facts for every rule', () => {
    const index = new DocumentIndex(doc(
      ['alicloud_instance', 'web', GOOD_INSTANCE],
      ['alicloud_ecs_auto_snapshot_policy_attachment', 'sys', { disk_id: '${alicloud_instance.web.system_disk_id}' }],
      ['alicloud_ram_role_attachment', 'legacy', { instance_ids: ['${alicloud_instance.web.id}'], role_name: 'legacy-role' }],
      ['alicloud_ram_role', 'legacy', { role_name: 'legacy-role', services: ['ecs.aliyuncs.com'] }],
      ['alicloud_vpc_flow_log', 'fl', { resource_id: '${alicloud_vpc.main.id}' }],
      ['alicloud_ecs_disk_default_kms_key', 'k', { kms_key_id: 'key' }],
    ));
    expect([...index.snapshotAttached]).toEqual(['alicloud_instance.web#system_disk']);
    expect([...index.roleAttachedInstances]).toEqual(['alicloud_instance.web']);
    expect([...index.instanceRoles].sort()).toEqual(['alicloud_ram_role.legacy', 'alicloud_ram_role.role']);
    expect([...index.flowLogTargets]).toEqual(['alicloud_vpc.main']);
    expect(index.hasDefaultKmsKey).toBe(true);
  });

  // Speed is measured by `npm run bench` (rule pack over a 1000-instance stack), never in a timed test.
  test('evaluates a 1000-instance stack: every resource seen, no false errors', () => {
    const resources: Res[] = [['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/8' }], ['alicloud_kms_key', 'key', { automatic_rotation: 'Enabled' }]];
    for (let i = 0; i < 1000; i++) {
      resources.push(
        ['alicloud_instance', `web${i}`, { ...GOOD_INSTANCE, role_name: undefined, system_disk_auto_snapshot_policy_id: undefined }],
        ['alicloud_ecs_ram_role_attachment', `role${i}`, { instance_id: `\${alicloud_instance.web${i}.id}`, ram_role_name: '${alicloud_ram_role.role.role_name}' }],
        ['alicloud_ecs_auto_snapshot_policy_attachment', `sys${i}`, { auto_snapshot_policy_id: 'p', disk_id: `\${alicloud_instance.web${i}.system_disk_id}` }],
        ['alicloud_ecs_disk', `data${i}`, { zone_id: 'z', size: 40, encrypted: true, kms_key_id: 'k' }],
        ['alicloud_ecs_auto_snapshot_policy_attachment', `data${i}`, { auto_snapshot_policy_id: 'p', disk_id: `\${alicloud_ecs_disk.data${i}.id}` }],
        ['alicloud_security_group_rule', `rule${i}`, { type: 'ingress', ip_protocol: 'tcp', port_range: '443/443', cidr_ip: '10.0.0.0/8', description: 'https' }],
      );
    }
    const tf = JSON.parse(JSON.stringify(doc(...resources)));
    const result = evaluateTerraformJson(tf);
    expect(result.summary.errors).toBe(0);
    expect(result.summary.resources).toBe(resources.length);
  });
});
