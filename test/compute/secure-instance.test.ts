import { Construct } from 'constructs';
import {
  AlicloudProvider, DiskCategory, EncryptAlgorithm, EncryptionKey, EncryptionKeySpec, Grant, HardenedSecurityGroup,
  InstanceMetadata, InstanceRole, OptOut, PerformanceLevel, PolicyStatement, Port, SecureInstance, SecureInstanceProps,
  PLATFORM_LIMITS, SnapshotPolicy,
} from '../../lib';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/cdktf';
import { evaluateTerraformJson } from '../../lib/rules';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds, optOutsOnResource } from '../util';

const BASE: SecureInstanceProps = {
  vswitchId: 'vsw-bp1test0001',
  vpcId: 'vpc-bp1test0001',
  imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  instanceType: 'ecs.g7.large',
};

/** A `${type.id_HASH.attr}` reference to a resource created under construct id `id`. */
const REF = (type: string, id: string, attr = 'id') => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.${attr}\\}$`));

function instanceOf(json: any): any {
  return onlyResource(json, 'alicloud_instance');
}

function decode(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8');
}

/** Every resource of the synthesized stack as [type, logical id, body]. */
function allResources(json: any): Array<[string, string, any]> {
  return Object.entries(json.resource ?? {}).flatMap(([type, byId]) =>
    Object.entries(byId as Record<string, any>).map(([id, body]) => [type, id, body] as [string, string, any]));
}

describe('SecureInstance defaults', () => {
  test('every hardened default on the alicloud_instance', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', BASE);
    const json = synthJson(stack);
    expect(instanceOf(json)).toEqual({
      instance_name: 'test-web',
      image_id: BASE.imageId,
      instance_type: 'ecs.g7.large',
      vswitch_id: 'vsw-bp1test0001',
      security_groups: [REF('alicloud_security_group', 'web_SecurityGroup')],
      http_endpoint: 'enabled',
      http_tokens: 'required',
      system_disk_category: 'cloud_essd',
      system_disk_size: 40,
      system_disk_performance_level: 'PL1',
      system_disk_encrypted: true,
      system_disk_kms_key_id: REF('alicloud_kms_key', 'DefaultEncryptionKey'),
      system_disk_encrypt_algorithm: 'aes-256',
      internet_max_bandwidth_out: 0,
      security_enhancement_strategy: 'Active',
      deletion_protection: true,
      instance_charge_type: 'PostPaid',
    });
    // Never set: password, inline data disks, the deprecated role_name / key_name, public IP charge type.
    const instance = instanceOf(json);
    for (const absent of ['password', 'kms_encrypted_password', 'password_inherit', 'data_disks', 'role_name', 'key_name',
      'internet_charge_type', 'user_data', 'force_delete', 'spot_strategy', 'period', 'tags', 'volume_tags']) {
      expect(instance[absent]).toBeUndefined();
    }
    expect(warningIds(stack)).toEqual([]);
    expect(optOutIds(stack)).toEqual([]);
  });

  test('role via alicloud_ecs_ram_role_attachment, an ECS-only InstanceRole without permissions', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_ram_role_attachment')).toEqual({
      instance_id: REF('alicloud_instance', 'web'),
      ram_role_name: REF('alicloud_ram_role', 'web_Role', 'role_name'),
    });
    const role = onlyResource(json, 'alicloud_ram_role');
    expect(JSON.parse(role.assume_role_policy_document).Statement[0].Principal.Service).toEqual(['ecs.aliyuncs.com']);
    expect(resourcesOf(json, 'alicloud_ram_policy')).toEqual({});
    expect(instance.role).toBeInstanceOf(InstanceRole);
    expect(instance.roleAttachment).toBeDefined();
  });

  test('system disk backed up by the default snapshot policy; no key pair attachment without keyPairName', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).toEqual({
      auto_snapshot_policy_id: REF('alicloud_ecs_auto_snapshot_policy', 'DefaultSnapshotPolicy'),
      disk_id: REF('alicloud_instance', 'web', 'system_disk_id'),
    });
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy')).toMatchObject({ retention_days: 30, time_points: ['2'] });
    expect(resourcesOf(json, 'alicloud_ecs_key_pair_attachment')).toEqual({});
    expect(instance.keyPairAttachment).toBeUndefined();
    expect(instance.encryptionKey).toBe(EncryptionKey.defaultFor(stack));
    expect(instance.snapshotPolicy).toBe(SnapshotPolicy.defaultFor(stack));
  });

  test('a HardenedSecurityGroup in vpcId (no ingress, drop-all egress), exposed through connections', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_security_group')).toMatchObject({ vpc_id: 'vpc-bp1test0001', inner_access_policy: 'Drop' });
    const rules = Object.values(resourcesOf(json, 'alicloud_security_group_rule'));
    expect(rules.filter((r: any) => r.type === 'ingress')).toEqual([]);
    expect(rules.filter((r: any) => r.policy === 'drop').map((r: any) => r.cidr_ip ?? r.ipv6_cidr_ip).sort()).toEqual(['0.0.0.0/0', '::/0']);
    expect(instance.connections.securityGroups).toHaveLength(1);
  });

  test('key pair login through alicloud_ecs_key_pair_attachment, rebooting once so the key takes effect', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', { ...BASE, keyPairName: 'ops-key' });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_key_pair_attachment')).toEqual({
      key_pair_name: 'ops-key', instance_ids: [REF('alicloud_instance', 'web')], force: true,
    });
    expect(instance.keyPairAttachment).toBeDefined();
    expect(instanceOf(json).key_name).toBeUndefined();

    const noReboot = testStack();
    new SecureInstance(noReboot, 'web', { ...BASE, keyPairName: 'ops-key', keyPairReboot: false });
    expect(onlyResource(synthJson(noReboot), 'alicloud_ecs_key_pair_attachment').force).toBe(false);
  });

  test('metadata endpoint can be disabled entirely', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, metadata: InstanceMetadata.DISABLED });
    expect(instanceOf(synthJson(stack))).toMatchObject({ http_endpoint: 'disabled', http_tokens: 'required' });
    expect(optOutIds(stack)).toEqual([]);
  });

  test('tags on the instance, its system disk, its security group and its data disks', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', { ...BASE, tags: { env: 'prod', team: 'web' } });
    instance.addDataDisk('data', { size: 100, tags: { team: 'storage', purpose: 'db' } });
    const json = synthJson(stack);
    expect(instanceOf(json)).toMatchObject({ tags: { env: 'prod', team: 'web' }, volume_tags: { env: 'prod', team: 'web' } });
    expect(onlyResource(json, 'alicloud_security_group').tags).toEqual({ env: 'prod', team: 'web' });
    expect(onlyResource(json, 'alicloud_ecs_disk').tags).toEqual({ env: 'prod', team: 'storage', purpose: 'db' });
  });

  test('instance names are derived from the construct path and start with a letter', () => {
    const stack = testStack('1stack');
    const parent = new Construct(stack, 'tier');
    new SecureInstance(parent, 'app.server', BASE);
    expect(instanceOf(synthJson(stack)).instance_name).toBe('stack-tier-app.server');
  });
});

describe('SecureInstance opt-outs', () => {
  const REASON = 'Needed for this test because of reasons';
  const cases: Array<[string, Partial<SecureInstanceProps>, string, Record<string, unknown>]> = [
    ['allowMetadataWithoutToken', { allowMetadataWithoutToken: OptOut.because(REASON) }, 'SecureInstance.MetadataWithoutToken', { http_tokens: 'optional', http_endpoint: 'enabled' }],
    ['passwordInherit', { passwordInherit: OptOut.because(REASON) }, 'SecureInstance.PasswordInherit', { password_inherit: true }],
    ['publicIp', { publicIp: { bandwidthMbps: 5, optOut: OptOut.because(REASON) } }, 'SecureInstance.PublicIp', { internet_max_bandwidth_out: 5, internet_charge_type: 'PayByTraffic' }],
    ['publicIp by bandwidth', { publicIp: { bandwidthMbps: 100, chargeType: 'PayByBandwidth', optOut: OptOut.because(REASON) } }, 'SecureInstance.PublicIp', { internet_max_bandwidth_out: 100, internet_charge_type: 'PayByBandwidth' }],
    ['disableSecurityCenterAgent', { disableSecurityCenterAgent: OptOut.because(REASON) }, 'SecureInstance.SecurityCenterAgent', { security_enhancement_strategy: 'Deactive' }],
    ['disableDeletionProtection', { disableDeletionProtection: OptOut.because(REASON) }, 'SecureInstance.DeletionProtection', { deletion_protection: false }],
  ];

  test.each(cases)('%s changes the value and is recorded with its reason in "//" metadata', (_name, extra, id, expected) => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, ...extra });
    const json = synthWithMetadata(stack);
    const instance = instanceOf(json);
    expect(instance).toMatchObject(expected);
    expect(optOutsOnResource(instance)).toEqual([{ id, reason: REASON }]);
    expect(optOutIds(stack)).toEqual([id]);
  });

  test('disableBackups: no snapshot policy for the system disk or the data disks, recorded on both', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', { ...BASE, disableBackups: OptOut.because(REASON) });
    instance.addDataDisk('data', { size: 50 });
    const json = synthWithMetadata(stack);
    expect(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy')).toEqual({});
    expect(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).toEqual({});
    expect(instance.snapshotPolicy).toBeUndefined();
    expect(optOutsOnResource(instanceOf(json))).toEqual([{ id: 'SecureInstance.Backups', reason: REASON }]);
    expect(optOutsOnResource(onlyResource(json, 'alicloud_ecs_disk'))).toEqual([{ id: 'EncryptedDisk.Backups', reason: REASON }]);
  });

  test('several opt-outs are all recorded on the instance', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', {
      ...BASE,
      publicIp: { bandwidthMbps: 1, optOut: OptOut.because('Bastion reached from the office only') },
      disableDeletionProtection: OptOut.because('Ephemeral CI runner, recreated daily'),
    });
    expect(optOutsOnResource(instanceOf(synthWithMetadata(stack)))).toEqual([
      { id: 'SecureInstance.PublicIp', reason: 'Bastion reached from the office only' },
      { id: 'SecureInstance.DeletionProtection', reason: 'Ephemeral CI runner, recreated daily' },
    ]);
  });

  test.each([
    ['allowMetadataWithoutToken', { allowMetadataWithoutToken: OptOut.because('short') }],
    ['disableBackups', { disableBackups: { reason: '' } as unknown as OptOut }],
    ['passwordInherit', { passwordInherit: true as unknown as OptOut }],
    ['publicIp.optOut', { publicIp: { bandwidthMbps: 5 } as any }],
    ['disableSecurityCenterAgent', { disableSecurityCenterAgent: 'because' as unknown as OptOut }],
    ['disableDeletionProtection', { disableDeletionProtection: OptOut.because('   tiny   ') }],
  ])('an opt-out without a real reason is rejected: %s', (property, extra) => {
    const stack = testStack();
    const err = expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, ...extra }), { code: 'OptOut.ReasonRequired', property, path: 'test/web' });
    expect(err.allowed).toContain('at least 10 characters');
  });
});

describe('SecureInstance options', () => {
  test('system disk options', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', {
      ...BASE,
      systemDisk: { category: 'cloud_essd', size: 500, performanceLevel: 'PL2', name: 'web-system', description: 'System disk of web' },
    });
    expect(instanceOf(synthJson(stack))).toMatchObject({
      system_disk_category: 'cloud_essd',
      system_disk_size: 500,
      system_disk_performance_level: 'PL2',
      system_disk_name: 'web-system',
      system_disk_description: 'System disk of web',
    });
  });

  test('system_disk_performance_level is only sent for cloud_essd', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, systemDisk: { category: 'cloud_auto', size: 20 } });
    const instance = instanceOf(synthJson(stack));
    expect(instance.system_disk_category).toBe('cloud_auto');
    expect(instance.system_disk_performance_level).toBeUndefined();
    expect(instance.system_disk_encrypted).toBe(true);
  });

  test('SM4: system disk and data disks use sm4-128 with an Aliyun_SM4 key', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'sm4', { keySpec: EncryptionKeySpec.SM4 });
    const instance = new SecureInstance(stack, 'web', { ...BASE, encryptionKey: key, systemDisk: { encryptAlgorithm: 'sm4-128' } });
    instance.addDataDisk('data', { size: 100 });
    const json = synthJson(stack);
    expect(instanceOf(json)).toMatchObject({ system_disk_encrypt_algorithm: 'sm4-128', system_disk_kms_key_id: REF('alicloud_kms_key', 'sm4') });
    expect(onlyResource(json, 'alicloud_ecs_disk')).toMatchObject({ encrypt_algorithm: 'sm4-128', kms_key_id: REF('alicloud_kms_key', 'sm4') });
  });

  test('given key, snapshot policy, role and security groups are used; no defaults are created', () => {
    const stack = testStack();
    const key = EncryptionKey.fromKeyId(stack, 'key', 'key-hzz62f1cb66fa42qo0001');
    const policy = SnapshotPolicy.weekly1YearRetention(stack, 'weekly');
    const role = InstanceRole.fromRoleName(stack, 'role', 'existing-app-role');
    const sg1 = HardenedSecurityGroup.fromSecurityGroupId(stack, 'sg1', 'sg-bp1existing0001');
    const sg2 = HardenedSecurityGroup.fromSecurityGroupId(stack, 'sg2', 'sg-bp1existing0002');
    const { vpcId: _vpc, ...noVpc } = BASE;
    const instance = new SecureInstance(stack, 'web', { ...noVpc, encryptionKey: key, snapshotPolicy: policy, role, securityGroups: [sg1, sg2] });
    const json = synthJson(stack);
    expect(instanceOf(json)).toMatchObject({
      system_disk_kms_key_id: 'key-hzz62f1cb66fa42qo0001',
      security_groups: ['sg-bp1existing0001', 'sg-bp1existing0002'],
    });
    expect(onlyResource(json, 'alicloud_ecs_ram_role_attachment').ram_role_name).toBe('existing-app-role');
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy_attachment').auto_snapshot_policy_id).toEqual(REF('alicloud_ecs_auto_snapshot_policy', 'weekly'));
    for (const type of ['alicloud_kms_key', 'alicloud_ram_role', 'alicloud_security_group']) expect(resourcesOf(json, type)).toEqual({});
    expect(Object.keys(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy'))).toHaveLength(1);
    expect(instance.role).toBe(role);
    expect(instance.connections.securityGroups).toEqual([sg1, sg2]);
  });

  test('userData is base64-encoded at synth time; shell ${...} survives untouched', () => {
    const stack = testStack();
    const script = '#!/bin/bash\necho "home is ${HOME}" > /tmp/hello\nyum install -y nginx\n';
    new SecureInstance(stack, 'web', { ...BASE, userData: script });
    const userData = instanceOf(synthJson(stack)).user_data;
    expect(userData).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decode(userData)).toBe(script);
    expect(warningIds(stack)).toEqual([]);
  });

  test('PrePaid: subscription fields, no deletion_protection, warning with a stable id', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, prePaid: { period: 12 } });
    const instance = instanceOf(synthJson(stack));
    expect(instance).toMatchObject({ instance_charge_type: 'PrePaid', period: 12, period_unit: 'Month' });
    expect(instance.deletion_protection).toBeUndefined();
    expect(instance.force_delete).toBeUndefined();
    expect(instance.renewal_status).toBeUndefined();
    expect(warningIds(stack)).toEqual(['SecureInstance.DeletionProtectionPrePaid']);
  });

  test('PrePaid with automatic renewal', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, prePaid: { period: 2, periodUnit: 'Week', autoRenewPeriod: 6 } });
    expect(instanceOf(synthJson(stack))).toMatchObject({
      instance_charge_type: 'PrePaid', period: 2, period_unit: 'Week', renewal_status: 'AutoRenewal', auto_renew_period: 6,
    });
    expect(warningIds(stack)).toEqual(['SecureInstance.DeletionProtectionPrePaid']);
  });

  test('spot: strategy, price limit, Stop on reclaim by default, warning with a stable id', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.123 } });
    expect(instanceOf(synthJson(stack))).toMatchObject({
      instance_charge_type: 'PostPaid',
      spot_strategy: 'SpotWithPriceLimit',
      spot_price_limit: 0.123,
      spot_interruption_behavior: 'Stop',
      deletion_protection: true,
    });
    expect(warningIds(stack)).toEqual(['SecureInstance.SpotReclaim']);

    const other = testStack();
    new SecureInstance(other, 'web', { ...BASE, spot: { strategy: 'SpotAsPriceGo', interruptionBehavior: 'Terminate' } });
    const instance = instanceOf(synthJson(other));
    expect(instance).toMatchObject({ spot_strategy: 'SpotAsPriceGo', spot_interruption_behavior: 'Terminate' });
    expect(instance.spot_price_limit).toBeUndefined();
  });

  test('connections add rules on the instance security group', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    const lb = new HardenedSecurityGroup(stack, 'lb', { vpcId: 'vpc-bp1test0001' });
    instance.connections.allowFrom(lb, Port.HTTPS);
    const ingress = Object.values(resourcesOf(synthJson(stack), 'alicloud_security_group_rule')).filter((r: any) => r.type === 'ingress');
    expect(ingress).toEqual([expect.objectContaining({
      security_group_id: REF('alicloud_security_group', 'web_SecurityGroup'),
      source_security_group_id: REF('alicloud_security_group', 'lb'),
      port_range: '443/443',
      policy: 'accept',
    })]);
  });
});

describe('SecureInstance.addDataDisk', () => {
  test('an EncryptedDisk in the instance zone, attached, backed up, with the instance key', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key');
    const instance = new SecureInstance(stack, 'web', { ...BASE, encryptionKey: key });
    const disk = instance.addDataDisk('data', { size: 200 });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_disk')).toMatchObject({
      zone_id: REF('alicloud_instance', 'web', 'availability_zone'),
      size: 200,
      category: 'cloud_essd',
      performance_level: 'PL1',
      encrypted: true,
      kms_key_id: REF('alicloud_kms_key', 'key'),
      encrypt_algorithm: 'aes-256',
      delete_with_instance: false,
    });
    expect(onlyResource(json, 'alicloud_ecs_disk_attachment')).toEqual({
      disk_id: REF('alicloud_ecs_disk', 'web_data'),
      instance_id: REF('alicloud_instance', 'web'),
      delete_with_instance: false,
    });
    const policyAttachments = Object.values(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).map((a: any) => a.disk_id);
    expect(policyAttachments).toEqual(expect.arrayContaining([
      REF('alicloud_instance', 'web', 'system_disk_id'),
      REF('alicloud_ecs_disk', 'web_data'),
    ]));
    expect(policyAttachments).toHaveLength(2);
    expect(instance.dataDisks).toEqual([disk]);
    expect(disk.encryptionKey).toBe(key);
    expect(disk.snapshotPolicy).toBe(instance.snapshotPolicy);
  });

  test('disk options override the instance defaults', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    const weekly = SnapshotPolicy.weekly1YearRetention(stack, 'weekly');
    const otherKey = EncryptionKey.fromKeyId(stack, 'other', 'key-hzz62f1cb66fa42qo0002');
    instance.addDataDisk('fast', { size: 500, performanceLevel: PerformanceLevel.PL2, snapshotPolicy: weekly, encryptionKey: otherKey, name: 'fast-data' });
    instance.addDataDisk('scratch', {
      size: 20,
      category: DiskCategory.ESSD_ENTRY,
      deleteWithInstance: true,
      disableBackups: OptOut.because('Scratch space rebuilt on every boot'),
    });
    const json = synthJson(stack);
    const disks = resourcesOf(json, 'alicloud_ecs_disk');
    const fast = Object.entries(disks).find(([id]) => id.startsWith('web_fast'))![1];
    const scratch = Object.entries(disks).find(([id]) => id.startsWith('web_scratch'))![1];
    expect(fast).toMatchObject({ size: 500, performance_level: 'PL2', kms_key_id: 'key-hzz62f1cb66fa42qo0002', disk_name: 'fast-data' });
    expect(scratch).toMatchObject({ category: 'cloud_essd_entry', delete_with_instance: true });
    const attachments = Object.values(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment'));
    expect(attachments.map((a: any) => a.disk_id)).not.toContainEqual(REF('alicloud_ecs_disk', 'web_scratch'));
    expect(attachments).toContainEqual({ auto_snapshot_policy_id: REF('alicloud_ecs_auto_snapshot_policy', 'weekly'), disk_id: REF('alicloud_ecs_disk', 'web_fast') });
    expect(Object.values(resourcesOf(json, 'alicloud_ecs_disk_attachment')).map((a: any) => a.delete_with_instance).sort()).toEqual([false, true]);
    expect(warningIds(stack)).toEqual(['EncryptedDisk.DeleteWithInstance']);
  });

  test('a data disk of an instance without backups can still get a policy of its own', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', { ...BASE, disableBackups: OptOut.because('System disk is rebuilt from the image') });
    const daily = SnapshotPolicy.daily7DayRetention(stack, 'daily');
    const disk = instance.addDataDisk('data', { size: 100, snapshotPolicy: daily });
    expect(disk.snapshotPolicy).toBe(daily);
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy_attachment').disk_id).toEqual(REF('alicloud_ecs_disk', 'web_data'));
  });

  test('invalid disk options are rejected by EncryptedDisk', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    expectValidationError(() => instance.addDataDisk('data', {}), { code: 'EncryptedDisk.SizeRequired', property: 'size', path: 'test/web/data' });
    expectValidationError(() => instance.addDataDisk('bad', null as any), { code: 'SecureInstance.NotObject', property: 'options' });
  });
});

describe('SecureInstance shared defaults and providers', () => {
  test('two instances share the default key and snapshot policy; same ids under different parents do not clash', () => {
    const stack = testStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    const one = new SecureInstance(a, 'web', BASE);
    const two = new SecureInstance(b, 'web', BASE);
    one.addDataDisk('data', { size: 40 });
    two.addDataDisk('data', { size: 40 });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'alicloud_kms_key'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment'))).toHaveLength(4);
    expect(Object.keys(resourcesOf(json, 'alicloud_ram_role'))).toHaveLength(2);
    expect(one.encryptionKey).toBe(two.encryptionKey);
    expect(one.snapshotPolicy).toBe(two.snapshotPolicy);
    const names = Object.values(resourcesOf(json, 'alicloud_instance')).map((i: any) => i.instance_name).sort();
    expect(names).toEqual(['test-a-web', 'test-b-web']);
  });

  test('every resource gets the given provider (and the defaults are per provider)', () => {
    const stack = testStack();
    const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
    const instance = new SecureInstance(stack, 'web', { ...BASE, provider: dr, keyPairName: 'ops-key', tags: { env: 'dr' } });
    instance.addDataDisk('data', { size: 40 });
    instance.addToRolePolicy(new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:bucket/object'] }));
    const json = synthJson(stack);
    const resources = allResources(json);
    expect(resources.length).toBeGreaterThan(15);
    for (const [type, id, body] of resources) {
      expect({ type, id, provider: body.provider }).toEqual({ type, id, provider: 'alicloud.dr' });
    }
    expect(instance.encryptionKey).toBe(EncryptionKey.defaultFor(stack, dr));
    expect(instance.encryptionKey).not.toBe(EncryptionKey.defaultFor(stack));
  });

  test('tokens pass through unchecked', () => {
    const stack = testStack();
    const v = (name: string, type = 'string') => new TerraformVariable(stack, name, { type });
    const vswitch = v('vswitch').stringValue;
    const instanceType = v('instance_type').stringValue;
    const image = v('image').stringValue;
    const size = v('size', 'number').numberValue;
    const bandwidth = v('bandwidth', 'number').numberValue;
    const script = v('script').stringValue;
    new SecureInstance(stack, 'web', {
      vswitchId: vswitch,
      vpcId: v('vpc').stringValue,
      imageId: image,
      instanceType,
      keyPairName: v('key').stringValue,
      hostName: v('host').stringValue,
      instanceName: v('name').stringValue,
      systemDisk: { size },
      publicIp: { bandwidthMbps: bandwidth, optOut: OptOut.because('Bandwidth is decided per environment') },
      userData: script,
    });
    const instance = instanceOf(synthJson(stack));
    expect(instance).toMatchObject({
      vswitch_id: '${var.vswitch}',
      instance_type: '${var.instance_type}',
      image_id: '${var.image}',
      system_disk_size: '${var.size}',
      internet_max_bandwidth_out: '${var.bandwidth}',
      host_name: '${var.host}',
      instance_name: '${var.name}',
      user_data: '${base64encode(var.script)}',
    });
  });

  test('a token subscription period passes through', () => {
    const stack = testStack();
    const period = new TerraformVariable(stack, 'period', { type: 'number' }).numberValue;
    new SecureInstance(stack, 'web', { ...BASE, prePaid: { period } });
    expect(instanceOf(synthJson(stack)).period).toBe('${var.period}');
  });
});

describe('SecureInstance grants', () => {
  test('key.grantEncryptDecrypt(instance.role) lands in the role\'s least-privilege policy', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'app-key');
    const instance = new SecureInstance(stack, 'web', BASE);
    const grant = key.grantEncryptDecrypt(instance.role);
    expect(grant.success).toBe(true);
    const json = synthJson(stack);
    const doc = JSON.parse(onlyResource(json, 'alicloud_ram_policy').policy_document);
    expect(doc.Statement).toEqual([{
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
      Resource: [expect.stringMatching(/^\$\{alicloud_kms_key\.app-key_[0-9A-F]+\.arn\}$/)],
      Condition: { Bool: { 'acs:SecureTransport': ['true'] } },
    }]);
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment')).toMatchObject({ role_name: REF('alicloud_ram_role', 'web_Role', 'role_name') });
  });

  test('addToRolePolicy, grantPrincipal and Grant.addToPrincipal with the instance as grantee', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', BASE);
    expect(instance.grantPrincipal).toBe(instance.role);
    instance.addToRolePolicy(new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:app-bucket/*'] }));
    Grant.addToPrincipal({ grantee: instance, actions: ['kms:Decrypt'], resourceArns: ['acs:kms:cn-hangzhou:*:key/key-1'] });
    const doc = JSON.parse(onlyResource(synthJson(stack), 'alicloud_ram_policy').policy_document);
    expect(doc.Statement.map((s: any) => s.Action)).toEqual([['oss:GetObject'], ['kms:Decrypt']]);
  });

  test('a role given as a plain IInstanceRole still takes grants (policy attached by name)', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'web', { ...BASE, role: { roleName: 'legacy-role', roleArn: 'acs:ram::123:role/legacy-role' } });
    expect(instance.role.roleName).toBe('legacy-role');
    expect(instance.role.roleArn).toBe('acs:ram::123:role/legacy-role');
    instance.addToRolePolicy(new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:app-bucket/*'] }));
    const json = synthJson(stack);
    expect(resourcesOf(json, 'alicloud_ram_role')).toEqual({});
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment').role_name).toBe('legacy-role');
    expect(onlyResource(json, 'alicloud_ecs_ram_role_attachment').ram_role_name).toBe('legacy-role');
    expectValidationError(() => instance.addToRolePolicy({} as PolicyStatement), { code: 'SecureInstance.NotAStatement', property: 'statement' });
  });
});

describe('SecureInstance rejected inputs', () => {
  const aesKey = (s: TerraformStack) => new EncryptionKey(s, 'aes');
  const cases: Array<[string, (s: TerraformStack) => any, string, string, string]> = [
    // [name, props, code, property, fragment of what is allowed]
    ['missing vswitchId', () => ({ ...BASE, vswitchId: undefined }), 'SecureInstance.Required', 'vswitchId', 'non-empty string'],
    ['empty imageId', () => ({ ...BASE, imageId: ' ' }), 'SecureInstance.Required', 'imageId', 'non-empty string'],
    ['instance type without ecs.', () => ({ ...BASE, instanceType: 'g7.large' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'starting with "ecs."'],
    ['instance size typo (ecs.g7.lage)', () => ({ ...BASE, instanceType: 'ecs.g7.lage' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'did you mean "ecs.g7.large"?'],
    ['instance size missing', () => ({ ...BASE, instanceType: 'ecs.g7' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'ecs.<family>.<size>'],
    ['1xlarge is not a size', () => ({ ...BASE, instanceType: 'ecs.g7.1xlarge' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'not an instance size'],
    ['upper-case family', () => ({ ...BASE, instanceType: 'ecs.G7.large' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'family "G7"'],
    ['four parts', () => ({ ...BASE, instanceType: 'ecs.g7.large.x' }), 'SecureInstance.InvalidInstanceType', 'instanceType', 'ecs.<family>.<size>'],
    ['no vpcId and no security groups', () => ({ ...BASE, vpcId: undefined }), 'SecureInstance.VpcRequired', 'vpcId', 'VPC of the vSwitch'],
    ['a security group id instead of a group', () => ({ ...BASE, securityGroups: ['sg-bp1existing0001'] }), 'SecureInstance.InvalidSecurityGroup', 'securityGroups[0]', 'not a security group id'],
    ['empty security group list', () => ({ ...BASE, securityGroups: [] }), 'SecureInstance.NoSecurityGroup', 'securityGroups', 'at least one'],
    ['a password', () => ({ ...BASE, password: 'Sup3r-secret!' }), 'SecureInstance.PasswordNotSupported', 'password', 'key-pair login only'],
    ['a KMS-encrypted password', () => ({ ...BASE, kmsEncryptedPassword: 'abc' }), 'SecureInstance.PasswordNotSupported', 'kmsEncryptedPassword', 'key-pair login only'],
    ['basic disk as system disk', () => ({ ...BASE, systemDisk: { category: 'cloud' } }), 'SecureInstance.NotAllowed', 'systemDisk.category', '"cloud_essd"'],
    ['performance level without ESSD', () => ({ ...BASE, systemDisk: { category: 'cloud_ssd', performanceLevel: 'PL1' } }), 'SecureInstance.PerformanceLevelNeedsEssd', 'systemDisk.performanceLevel', 'cloud_essd'],
    ['system disk too small', () => ({ ...BASE, systemDisk: { size: 10 } }), 'SecureInstance.SystemDiskSizeOutOfRange', 'systemDisk.size', 'from 20 to 2048'],
    ['system disk too large', () => ({ ...BASE, systemDisk: { size: 4096 } }), 'SecureInstance.SystemDiskSizeOutOfRange', 'systemDisk.size', 'from 20 to 2048'],
    ['fractional system disk size', () => ({ ...BASE, systemDisk: { size: 40.5 } }), 'SecureInstance.SystemDiskSizeOutOfRange', 'systemDisk.size', 'whole number'],
    ['PL3 on the default 40 GiB', () => ({ ...BASE, systemDisk: { performanceLevel: 'PL3' } }), 'SecureInstance.SystemDiskSizeOutOfRange', 'systemDisk.size', 'from 1261 to 2048'],
    ['unknown algorithm', () => ({ ...BASE, systemDisk: { encryptAlgorithm: 'aes-128' } }), 'SecureInstance.NotAllowed', 'systemDisk.encryptAlgorithm', '"sm4-128"'],
    ['sm4 with the default AES key', () => ({ ...BASE, systemDisk: { encryptAlgorithm: 'sm4-128' } }), 'SecureInstance.KeySpecMismatch', 'encryptionKey', 'Aliyun_SM4'],
    ['sm4 with an AES key', (s) => ({ ...BASE, encryptionKey: aesKey(s), systemDisk: { encryptAlgorithm: 'sm4-128' } }), 'SecureInstance.KeySpecMismatch', 'systemDisk.encryptAlgorithm', 'Aliyun_AES_256'],
    ['system disk name too short', () => ({ ...BASE, systemDisk: { name: 'x' } }), 'SecureInstance.InvalidText', 'systemDisk.name', '2 to 128'],
    ['unknown metadata mode', () => ({ ...BASE, metadata: 'OPTIONAL' }), 'SecureInstance.NotAllowed', 'metadata', '"TOKEN_REQUIRED"'],
    ['token opt-out with the endpoint disabled', () => ({ ...BASE, metadata: InstanceMetadata.DISABLED, allowMetadataWithoutToken: OptOut.because('Old image without cloud-init') }), 'SecureInstance.MetadataConflict', 'allowMetadataWithoutToken', 'DISABLED'],
    ['backups off with a policy', (s) => ({ ...BASE, disableBackups: OptOut.because('No backups for this one'), snapshotPolicy: SnapshotPolicy.defaultFor(s) }), 'SecureInstance.BackupConflict', 'snapshotPolicy', 'disableBackups'],
    ['PrePaid spot', () => ({ ...BASE, prePaid: { period: 1 }, spot: { strategy: 'SpotAsPriceGo' } }), 'SecureInstance.SpotIsPayAsYouGo', 'spot', 'pay-as-you-go'],
    ['invalid period', () => ({ ...BASE, prePaid: { period: 10 } }), 'SecureInstance.InvalidPeriod', 'prePaid.period', '1 to 9, 12, 24, 36, 48 or 60'],
    ['invalid period unit', () => ({ ...BASE, prePaid: { period: 1, periodUnit: 'Year' } }), 'SecureInstance.NotAllowed', 'prePaid.periodUnit', '"Week"'],
    ['invalid auto-renew period', () => ({ ...BASE, prePaid: { period: 1, autoRenewPeriod: 4 } }), 'SecureInstance.InvalidAutoRenewPeriod', 'prePaid.autoRenewPeriod', '1, 2, 3, 6 or 12'],
    ['spot price limit missing', () => ({ ...BASE, spot: { strategy: 'SpotWithPriceLimit' } }), 'SecureInstance.PriceLimitRequired', 'spot.priceLimit', 'maximum hourly price'],
    ['spot price limit with market price', () => ({ ...BASE, spot: { strategy: 'SpotAsPriceGo', priceLimit: 1 } }), 'SecureInstance.PriceLimitNotAllowed', 'spot.priceLimit', 'SpotWithPriceLimit'],
    ['negative spot price', () => ({ ...BASE, spot: { strategy: 'SpotWithPriceLimit', priceLimit: -1 } }), 'SecureInstance.InvalidPriceLimit', 'spot.priceLimit', 'greater than 0'],
    ['spot price with four decimals', () => ({ ...BASE, spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.1234 } }), 'SecureInstance.InvalidPriceLimit', 'spot.priceLimit', 'at most three decimals'],
    ['unknown spot strategy', () => ({ ...BASE, spot: { strategy: 'NoSpot' } }), 'SecureInstance.NotAllowed', 'spot.strategy', '"SpotAsPriceGo"'],
    ['unknown interruption behavior', () => ({ ...BASE, spot: { strategy: 'SpotAsPriceGo', interruptionBehavior: 'Hibernate' } }), 'SecureInstance.NotAllowed', 'spot.interruptionBehavior', '"Terminate"'],
    ['public IP bandwidth 0', () => ({ ...BASE, publicIp: { bandwidthMbps: 0, optOut: OptOut.because('Bastion host for the ops team') } }), 'SecureInstance.OutOfRange', 'publicIp.bandwidthMbps', 'from 1 to 100'],
    ['public IP bandwidth 101', () => ({ ...BASE, publicIp: { bandwidthMbps: 101, optOut: OptOut.because('Bastion host for the ops team') } }), 'SecureInstance.OutOfRange', 'publicIp.bandwidthMbps', 'from 1 to 100'],
    ['public IP charge type', () => ({ ...BASE, publicIp: { bandwidthMbps: 1, chargeType: 'Free', optOut: OptOut.because('Bastion host for the ops team') } }), 'SecureInstance.NotAllowed', 'publicIp.chargeType', '"PayByTraffic"'],
    ['host name starting with a hyphen', () => ({ ...BASE, hostName: '-web' }), 'SecureInstance.InvalidText', 'hostName', 'not starting or ending'],
    ['description that is a URL', () => ({ ...BASE, description: 'https://example.com' }), 'SecureInstance.InvalidDescription', 'description', 'not start with http'],
    ['instance name too short', () => ({ ...BASE, instanceName: 'w' }), 'SecureInstance.InvalidText', 'instanceName', '2 to 128'],
    ['key pair name too short', () => ({ ...BASE, keyPairName: 'k' }), 'SecureInstance.InvalidText', 'keyPairName', '2 to 128'],
    ['non-boolean keyPairReboot', () => ({ ...BASE, keyPairName: 'ops-key', keyPairReboot: 'yes' }), 'SecureInstance.NotBoolean', 'keyPairReboot', 'true or false'],
    ['reserved tag key', () => ({ ...BASE, tags: { 'aliyun:owner': 'me' } }), 'SecureInstance.InvalidTags', 'tags', 'do not start with "aliyun"'],
    ['non-string tag value', () => ({ ...BASE, tags: { env: 1 } }), 'SecureInstance.InvalidTags', 'tags.env', 'string tag value'],
    ['user data too large', () => ({ ...BASE, userData: 'x'.repeat(PLATFORM_LIMITS.maxUserDataBytes + 1) }), 'SecureInstance.UserDataTooLarge', 'userData', `at most ${PLATFORM_LIMITS.maxUserDataBytes} bytes`],
    ['empty user data', () => ({ ...BASE, userData: '' }), 'SecureInstance.EmptyUserData', 'userData', 'non-empty script'],
    ['non-string user data', () => ({ ...BASE, userData: { script: 'x' } }), 'SecureInstance.InvalidUserData', 'userData', 'plain-text script'],
    ['a provider name instead of a provider', () => ({ ...BASE, provider: 'alicloud' }), 'SecureInstance.InvalidProvider', 'provider', 'TerraformProvider'],
    ['a key that is not an IEncryptionKey', () => ({ ...BASE, encryptionKey: 'alias/app' }), 'SecureInstance.InvalidKey', 'encryptionKey', 'IEncryptionKey'],
    ['a policy that is not an ISnapshotPolicy', () => ({ ...BASE, snapshotPolicy: { policyId: 'sp-1' } }), 'SecureInstance.InvalidSnapshotPolicy', 'snapshotPolicy', 'ISnapshotPolicy'],
    ['a role that is not an IInstanceRole', () => ({ ...BASE, role: 'app-role' }), 'SecureInstance.InvalidRole', 'role', 'IInstanceRole'],
    ['props missing', () => undefined, 'SecureInstance.Required', 'props', 'SecureInstanceProps'],
  ];

  test.each(cases)('%s', (_name, props, code, property, allowed) => {
    const stack = testStack();
    const p = props(stack);
    const err = expectValidationError(() => new SecureInstance(stack, 'web', p), { code, property, path: 'test/web' });
    expect(err.code).toBe(code);
    expect(err.constructPath).toBe('test/web');
    expect(err.message).toContain(allowed);
    expect(err.allowed).toContain(allowed);
  });

  test('the rejected password is never echoed in the error', () => {
    const stack = testStack();
    const err = expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, password: 'Sup3r-secret!' } as any), { code: 'PasswordNotSupported' });
    expect(err.message).not.toContain('Sup3r-secret!');
    expect(err.value).toBe('<redacted>');
  });

  test.each([
    'ecs.g7.large', 'ecs.g7.xlarge', 'ecs.r7.2xlarge', 'ecs.ebmgn7e.32xlarge', 'ecs.g6.26xlarge', 'ecs.t6-c1m1.large',
    'ecs.t5-lc2m1.nano', 'ecs.n1.tiny', 'ecs.t1.xsmall', 'ecs.n4.small', 'ecs.s6-c1m2.medium', 'ecs.sgn7i-vws-m2.xlarge',
    'ecs.gn7i-c8g1.2xlarge', 'ecs.e-c1m1.large', 'ecs.hfg7.8xlarge', 'ecs.re6.104xlarge',
  ])('accepts the instance type %s', (instanceType) => {
    expect(() => new SecureInstance(testStack(), 'web', { ...BASE, instanceType })).not.toThrow();
  });

  test('never judges a token, whole or embedded, as a literal instance type', () => {
    const stack = testStack();
    const size = new TerraformVariable(stack, 'size', { type: 'string' }).stringValue;
    expect(() => new SecureInstance(stack, 'a', { ...BASE, instanceType: new TerraformVariable(stack, 'type', { type: 'string' }).stringValue })).not.toThrow();
    expect(() => new SecureInstance(stack, 'b', { ...BASE, instanceType: `ecs.g7.${size}` })).not.toThrow();
  });

  test('the value is named in the message', () => {
    const stack = testStack();
    const err = expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, instanceType: 'g7.large' }), { property: 'instanceType' });
    expect(err.message).toContain('"g7.large"');
  });
});

describe('SecureInstance tags: one validator for the instance and what it creates (issue #14)', () => {
  const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`team-${i}`, `value-${i}`]));

  test('21 tags are refused by SecureInstance itself, not by the security group it creates', () => {
    const stack = testStack();
    const err = expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, tags: tags(21) }),
      { code: 'SecureInstance.InvalidTags', property: 'tags', path: 'test/web' });
    expect(err.constructPath).toBe('test/web');
    expect(err.message).toContain('at most 20 tags');
  });

  test('20 tags are accepted by SecureInstance, its security group and its data disks', () => {
    const stack = testStack();
    const web = new SecureInstance(stack, 'web', { ...BASE, tags: tags(20) });
    web.addDataDisk('data', { size: 40 });
    const json = synthJson(stack);
    expect(Object.keys(onlyResource(json, 'alicloud_security_group').tags)).toHaveLength(20);
    expect(Object.keys(onlyResource(json, 'alicloud_instance').tags)).toHaveLength(20);
  });

  test('a tag value the security group would reject is refused by SecureInstance', () => {
    const stack = testStack();
    expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, tags: { owner: 'x'.repeat(129) } }), { code: 'SecureInstance.InvalidTags', path: 'test/web' });
    expectValidationError(() => new SecureInstance(stack, 'web2', { ...BASE, tags: { owner: 'acs:reserved' } }), { code: 'SecureInstance.InvalidTags', path: 'test/web2' });
  });
});

describe('SecureInstance user data secrets (ALI-ECS-014)', () => {
  const SECRET = 'export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tAbCdEfGhIjKlMnOp12\n';
  const REASON = 'Bootstrap id reviewed by the security team';

  test('user data that looks like it carries a secret is refused, without echoing it', () => {
    const stack = testStack();
    const err = expectValidationError(() => new SecureInstance(stack, 'web', { ...BASE, userData: SECRET }),
      { code: 'SecureInstance.UserDataSecret', property: 'userData', path: 'test/web' });
    expect(err.message).toContain('an Alibaba Cloud AccessKey ID');
    expect(err.message).not.toContain('LTAI5tAbCdEfGhIjKlMnOp12');
    expect(err.allowed).toContain('allowUserDataSecrets');
  });

  test('allowUserDataSecrets accepts it: warned with a stable id, recorded, and the pack acknowledges ALI-ECS-014 [user_data]', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, userData: SECRET, allowUserDataSecrets: OptOut.because(REASON) });
    expect(warningIds(stack)).toEqual(['SecureInstance.UserDataSecret']);
    const metadata = stack.node.findChild('web').node.metadata.find((m) => m.type === '@cdktf/warn');
    expect(String(metadata?.data)).toContain('[SecureInstance.UserDataSecret]');
    const json = synthWithMetadata(stack);
    expect(optOutsOnResource(instanceOf(json))).toEqual([{ id: 'SecureInstance.UserDataSecrets', reason: REASON }]);
    const f = evaluateTerraformJson(json).findings.filter((x) => x.ruleId === 'ALI-ECS-014');
    expect(f.map((x) => [x.status, x.finding])).toEqual([['acknowledged', 'user_data']]);
  });

  test('the opt-out is not recorded when the user data holds no secret (it would waive nothing)', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...BASE, userData: '#!/bin/sh\nyum update -y\n', allowUserDataSecrets: OptOut.because(REASON) });
    expect(optOutIds(stack)).toEqual([]);
    expect(warningIds(stack)).toEqual([]);
  });
});

describe('SecureInstance snapshots', () => {
  test('default instance', () => {
    const stack = testStack();
    new SecureInstance(stack, 'web', BASE);
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('fully optioned instance', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key', { alias: 'alias/app/web' });
    const policy = SnapshotPolicy.daily7DayRetention(stack, 'daily');
    const role = new InstanceRole(stack, 'role', { roleName: 'web-instance-role' });
    const sg = new HardenedSecurityGroup(stack, 'sg', { vpcId: 'vpc-bp1test0001', securityGroupName: 'web' });
    const instance = new SecureInstance(stack, 'web', {
      ...BASE,
      instanceName: 'web-1',
      description: 'Web server',
      hostName: 'web-1',
      metadata: InstanceMetadata.TOKEN_REQUIRED,
      encryptionKey: key,
      snapshotPolicy: policy,
      role,
      securityGroups: [sg],
      systemDisk: { category: 'cloud_essd', size: 100, performanceLevel: 'PL0', encryptAlgorithm: 'aes-256', name: 'web-system', description: 'System disk' },
      keyPairName: 'ops-key',
      passwordInherit: OptOut.because('Image preset password is rotated by the vault agent'),
      publicIp: { bandwidthMbps: 10, chargeType: 'PayByTraffic', optOut: OptOut.because('Public web server behind no load balancer') },
      disableSecurityCenterAgent: OptOut.because('Custom image without agent support'),
      disableDeletionProtection: OptOut.because('Immutable server, replaced on every release'),
      allowMetadataWithoutToken: OptOut.because('Legacy agent needs normal-mode metadata'),
      userData: '#!/bin/bash\nsystemctl enable --now nginx\n',
      tags: { env: 'prod', app: 'web' },
      spot: { strategy: 'SpotWithPriceLimit', priceLimit: 0.2, interruptionBehavior: 'Stop' },
    });
    instance.addDataDisk('data', { size: 200, encryptAlgorithm: EncryptAlgorithm.AES_256, name: 'web-data' });
    key.grantEncryptDecrypt(instance.role);
    expect(Testing.synth(stack)).toMatchSnapshot();
    expect(JSON.stringify(synthWithMetadata(stack).resource.alicloud_instance)).toContain('SecureInstance.PublicIp');
  });
});
