import {
  EncryptedDisk, EncryptionKey, HardenedSecurityGroup, InstanceRole, Peer, PolicyStatement, Port, SecurityGroupType, SnapshotPolicy,
} from '../lib';
import { expectValidationError, resourcesOf, synthJson, testStack } from './util';

describe('one import shape: fromXxxAttributes(scope, id, attrs) plus shorthands, on shared base classes', () => {
  test('SnapshotPolicy.fromSnapshotPolicyAttributes: applyTo works as on a created policy', () => {
    const stack = testStack();
    const policy = SnapshotPolicy.fromSnapshotPolicyAttributes(stack, 'daily', { policyId: 'sp-bp14yziiuvu3s6jn0001' });
    const disk = new EncryptedDisk(stack, 'data', { zoneId: 'cn-hangzhou-h', size: 40, snapshotPolicy: policy });
    policy.applyTo('d-bp1existing0001');
    const attachments = Object.values(resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy_attachment'));
    expect(attachments.map((a: any) => a.auto_snapshot_policy_id)).toEqual(['sp-bp14yziiuvu3s6jn0001', 'sp-bp14yziiuvu3s6jn0001']);
    expect(disk.diskId).toBeDefined();
    expect(SnapshotPolicy.fromSnapshotPolicyId(stack, 'weekly', 'sp-bp1weekly0001').policyId).toBe('sp-bp1weekly0001');
    expectValidationError(() => SnapshotPolicy.fromSnapshotPolicyId(stack, 'bad', 'policy-1'), { code: 'SnapshotPolicy.InvalidPolicyId', property: 'policyId', path: 'test/bad' });
    expectValidationError(() => SnapshotPolicy.fromSnapshotPolicyAttributes(stack, 'none', undefined as any), { property: 'attrs' });
  });

  test('EncryptionKey, EncryptedDisk, HardenedSecurityGroup and InstanceRole take attributes; the id shorthands are the same', () => {
    const stack = testStack();
    const key = EncryptionKey.fromEncryptionKeyAttributes(stack, 'key', { keyId: 'key-hzz62f1cb66fa42qo0001' });
    expect(key.keyArn).toBe('acs:kms:*:*:key/key-hzz62f1cb66fa42qo0001');
    expect(EncryptionKey.fromKeyId(stack, 'key2', 'key-hzz62f1cb66fa42qo0002', 'acs:kms:cn-hangzhou:123:key/key-hzz62f1cb66fa42qo0002').keyArn)
      .toBe('acs:kms:cn-hangzhou:123:key/key-hzz62f1cb66fa42qo0002');
    expectValidationError(() => EncryptionKey.fromEncryptionKeyAttributes(stack, 'alias', { keyId: 'alias/app' }), { code: 'EncryptionKey.NotPlainKeyId' });

    expect(EncryptedDisk.fromDiskAttributes(stack, 'disk', { diskId: 'd-bp1existing0002' }).diskId).toBe('d-bp1existing0002');
    expectValidationError(() => EncryptedDisk.fromDiskAttributes(stack, 'bad-disk', { diskId: 'vol-1' }), { code: 'EncryptedDisk.InvalidDiskId' });

    const sg = HardenedSecurityGroup.fromSecurityGroupAttributes(stack, 'sg', { securityGroupId: 'sg-bp1existing0001', securityGroupType: SecurityGroupType.ENTERPRISE });
    expect(sg.securityGroupType).toBe(SecurityGroupType.ENTERPRISE);
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS from the VPC');

    const role = InstanceRole.fromRoleAttributes(stack, 'role', { roleName: 'legacy-app' });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:legacy/*'] }));
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'alicloud_ram_role_policy_attachment')).map((a: any) => a.role_name)).toEqual(['legacy-app']);
    expect(Object.values(resourcesOf(json, 'alicloud_security_group_rule')).map((r: any) => r.security_group_id)).toEqual(['sg-bp1existing0001']);
  });
});
