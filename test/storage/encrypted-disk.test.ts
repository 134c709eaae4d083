import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, DiskCategory, EncryptAlgorithm, EncryptedDisk, EncryptionKey, EncryptionKeySpec,
  OptOut, PerformanceLevel, SnapshotPolicy,
} from '../../lib';
import { Fn, Testing } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds, optOutsOnResource } from '../util';

const REF = (type: string, id: string) => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.id\\}$`));

describe('EncryptedDisk', () => {
  test('hardened defaults: ESSD PL1, encrypted with the default key, backed up by the default policy', () => {
    const stack = testStack();
    const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_disk')).toEqual({
      zone_id: 'cn-hangzhou-h',
      size: 40,
      category: 'cloud_essd',
      performance_level: 'PL1',
      encrypted: true,
      kms_key_id: REF('alicloud_kms_key', 'DefaultEncryptionKey'),
      encrypt_algorithm: 'aes-256',
      delete_auto_snapshot: false,
      delete_with_instance: false,
      multi_attach: 'Disabled',
    });
    expect(onlyResource(json, 'alicloud_kms_key')).toMatchObject({ automatic_rotation: 'Enabled', deletion_protection: 'Enabled', key_spec: 'Aliyun_AES_256' });
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy')).toMatchObject({ time_points: ['2'], retention_days: 30 });
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).toEqual({
      auto_snapshot_policy_id: REF('alicloud_ecs_auto_snapshot_policy', 'DefaultSnapshotPolicy'),
      disk_id: REF('alicloud_ecs_disk', 'disk'),
    });
    expect(disk.deleteWithInstance).toBe(false);
    expect(disk.multiAttach).toBe(false);
    expect(disk.encryptionKey).toBe(EncryptionKey.defaultFor(stack));
    expect(disk.snapshotPolicy).toBe(SnapshotPolicy.defaultFor(stack));
    expect(warningIds(stack)).toEqual([]);
    expect(optOutIds(stack)).toEqual([]);
  });

  test('snapshot', () => {
    const stack = testStack();
    const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 100, name: 'data', description: 'Application data' });
    disk.attachTo('i-bp1instance0001');
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('disks of a stack share one default key and one default policy per provider', () => {
    const stack = testStack();
    const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
    const a = new Construct(stack, 'a');
    new EncryptedDisk(a, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    new EncryptedDisk(stack, 'disk2', { zoneId: 'cn-hangzhou-i', size: 40 });
    const drDisk = new EncryptedDisk(stack, 'disk3', { zoneId: 'cn-shanghai-b', size: 40, provider: dr });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'alicloud_kms_key'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment'))).toHaveLength(3);
    const drResources = [
      ...Object.values<any>(resourcesOf(json, 'alicloud_ecs_disk')),
      ...Object.values<any>(resourcesOf(json, 'alicloud_kms_key')),
      ...Object.values<any>(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy')),
      ...Object.values<any>(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment')),
    ].filter((r) => r.provider === 'alicloud.dr');
    expect(drResources).toHaveLength(4);
    drDisk.attachTo('i-bp1instance0001');
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_disk_attachment').provider).toBe('alicloud.dr');
  });

  test('options: key, SM4, category, performance level, policy, names, tags, multi-attach, snapshot id', () => {
    const stack = testStack();
    const sm4 = new EncryptionKey(stack, 'sm4', { keySpec: EncryptionKeySpec.SM4 });
    const policy = SnapshotPolicy.weekly1YearRetention(stack, 'weekly');
    new EncryptedDisk(stack, 'disk', {
      zoneId: 'cn-hangzhou-h',
      size: 2000,
      category: DiskCategory.ESSD,
      performanceLevel: PerformanceLevel.PL3,
      encryptionKey: sm4,
      encryptAlgorithm: EncryptAlgorithm.SM4_128,
      snapshotPolicy: policy,
      name: 'db.data-1',
      description: 'Database data',
      tags: { app: 'db' },
      multiAttach: true,
    });
    new EncryptedDisk(stack, 'from-snapshot', { zoneId: 'cn-hangzhou-h', snapshotId: 's-bp1snap0001', category: DiskCategory.ESSD_AUTO_PL });
    const json = synthJson(stack);
    const disks = resourcesOf(json, 'alicloud_ecs_disk');
    const disk = Object.entries<any>(disks).find(([k]) => k.startsWith('disk_'))![1];
    expect(disk).toEqual({
      zone_id: 'cn-hangzhou-h',
      size: 2000,
      category: 'cloud_essd',
      performance_level: 'PL3',
      encrypted: true,
      kms_key_id: REF('alicloud_kms_key', 'sm4'),
      encrypt_algorithm: 'sm4-128',
      delete_auto_snapshot: false,
      delete_with_instance: false,
      multi_attach: 'Enabled',
      disk_name: 'db.data-1',
      description: 'Database data',
      tags: { app: 'db' },
    });
    const fromSnapshot = Object.entries<any>(disks).find(([k]) => k.startsWith('from-snapshot'))![1];
    expect(fromSnapshot).toMatchObject({ snapshot_id: 's-bp1snap0001', category: 'cloud_auto', encrypted: true });
    expect(fromSnapshot.performance_level).toBeUndefined();
    expect(fromSnapshot.size).toBeUndefined();
    const attachments = Object.values<any>(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment'));
    expect(attachments.map((a) => a.auto_snapshot_policy_id)).toEqual(expect.arrayContaining([
      REF('alicloud_ecs_auto_snapshot_policy', 'weekly'), REF('alicloud_ecs_auto_snapshot_policy', 'DefaultSnapshotPolicy'),
    ]));
  });

  test.each([
    [DiskCategory.ESSD, PerformanceLevel.PL0, 1, 65536],
    [DiskCategory.ESSD, PerformanceLevel.PL1, 20, 65536],
    [DiskCategory.ESSD, PerformanceLevel.PL2, 461, 65536],
    [DiskCategory.ESSD, PerformanceLevel.PL3, 1261, 65536],
    [DiskCategory.ESSD_AUTO_PL, undefined, 1, 65536],
    [DiskCategory.ESSD_ENTRY, undefined, 10, 32768],
    [DiskCategory.SSD, undefined, 20, 32768],
    [DiskCategory.EFFICIENCY, undefined, 20, 32768],
    [DiskCategory.BASIC, undefined, 5, 2000],
  ])('size range of %s %s is %d..%d', (category, performanceLevel, min, max) => {
    const stack = testStack();
    new EncryptedDisk(stack, 'min', { zoneId: 'cn-hangzhou-h', size: min, category, performanceLevel });
    new EncryptedDisk(stack, 'max', { zoneId: 'cn-hangzhou-h', size: max, category, performanceLevel });
    expect(Object.keys(resourcesOf(synthJson(stack), 'alicloud_ecs_disk'))).toHaveLength(2);
    const err = expectValidationError(() => new EncryptedDisk(stack, 'below', { zoneId: 'cn-hangzhou-h', size: min - 1, category, performanceLevel }),
      { code: 'EncryptedDisk.SizeOutOfRange', property: 'size' });
    expect(err.allowed).toBe(`a whole number from ${min} to ${max}`);
    expectValidationError(() => new EncryptedDisk(stack, 'above', { zoneId: 'cn-hangzhou-h', size: max + 1, category, performanceLevel }),
      { code: 'EncryptedDisk.SizeOutOfRange', property: 'size' });
  });

  test('opt-outs: backups off, snapshots deleted on release; recorded in metadata', () => {
    const stack = testStack();
    new EncryptedDisk(stack, 'disk', {
      zoneId: 'cn-hangzhou-h',
      size: 40,
      disableBackups: OptOut.because('Scratch space rebuilt by the pipeline'),
      deleteSnapshotsOnRelease: OptOut.because('No snapshots kept for scratch space'),
    });
    const tf = synthWithMetadata(stack);
    expect(tf.resource.alicloud_ecs_auto_snapshot_policy).toBeUndefined();
    expect(tf.resource.alicloud_ecs_auto_snapshot_policy_attachment).toBeUndefined();
    const disk = Object.values<any>(tf.resource.alicloud_ecs_disk)[0];
    expect(disk.delete_auto_snapshot).toBe(true);
    expect(disk.encrypted).toBe(true);
    expect(optOutsOnResource(disk)).toEqual([
      { id: 'EncryptedDisk.DeleteSnapshotsOnRelease', reason: 'No snapshots kept for scratch space' },
      { id: 'EncryptedDisk.Backups', reason: 'Scratch space rebuilt by the pipeline' },
    ]);
    expect(optOutIds(stack).sort()).toEqual(['EncryptedDisk.Backups', 'EncryptedDisk.DeleteSnapshotsOnRelease']);
  });

  test('there is no way to turn encryption off', () => {
    const stack = testStack();
    new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, encrypted: false } as any);
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_disk').encrypted).toBe(true);
  });

  describe('attachTo', () => {
    test('delete_with_instance is consistent on disk and attachment (false by default)', () => {
      const stack = testStack();
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
      const attachment = disk.attachTo('i-bp1instance0001');
      const json = synthJson(stack);
      expect(onlyResource(json, 'alicloud_ecs_disk_attachment')).toEqual({
        disk_id: REF('alicloud_ecs_disk', 'disk'), instance_id: 'i-bp1instance0001', delete_with_instance: false,
      });
      expect(Object.keys(resourcesOf(json, 'alicloud_ecs_disk_attachment'))[0]).toContain('Attach-i-bp1instance0001');
      expect(disk.attachments).toEqual([attachment]);
    });

    test('deleteWithInstance: true on both resources, with a warning', () => {
      const stack = testStack();
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, deleteWithInstance: true });
      disk.attachTo({ instanceId: 'i-bp1instance0001' });
      const json = synthJson(stack);
      expect(onlyResource(json, 'alicloud_ecs_disk').delete_with_instance).toBe(true);
      expect(onlyResource(json, 'alicloud_ecs_disk_attachment').delete_with_instance).toBe(true);
      expect(warningIds(stack)).toEqual(['EncryptedDisk.DeleteWithInstance']);
    });

    test('accepts an L1 instance, a construct with instanceId, and tokens', () => {
      const stack = testStack();
      const instance = new alicloud.instance.Instance(stack, 'vm', { imageId: 'img', instanceType: 'ecs.g7.large' });
      class Vm extends Construct { public readonly instanceId = 'i-bp1instance0002'; }
      const vm = new Vm(stack, 'vm2');
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, multiAttach: true });
      disk.attachTo(instance);
      disk.attachTo(vm);
      disk.attachTo(Fn.lower('${var.instance}'));
      disk.attachTo({ instanceId: Fn.lower('${var.other}') }, { id: 'other' });
      const attachments = Object.values<any>(resourcesOf(synthJson(stack), 'alicloud_ecs_disk_attachment'));
      expect(attachments.map((a) => a.instance_id)).toEqual(expect.arrayContaining(['${alicloud_instance.vm.id}', 'i-bp1instance0002']));
      expect(attachments).toHaveLength(4);
    });

    test('a second attachment needs multiAttach (validated at synth)', () => {
      const stack = testStack();
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
      disk.attachTo('i-1');
      disk.attachTo('i-2');
      expect(() => synthJson(stack)).toThrow(/EncryptedDisk\.MultipleAttachments.*test\/disk.*attachTo/);
    });

    test('at most 16 instances per multi-attach disk (validated at synth)', () => {
      const stack = testStack();
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, multiAttach: true });
      for (let i = 1; i <= 16; i++) disk.attachTo(`i-${i}`);
      expect(() => synthJson(stack)).not.toThrow();
      disk.attachTo('i-17');
      expect(() => synthJson(stack)).toThrow(/EncryptedDisk\.TooManyAttachments/);
    });

    test.each([
      ['instance', '', 'EncryptedDisk.Required'],
      ['instance', {}, 'EncryptedDisk.Required'],
      ['instance', null, 'EncryptedDisk.Required'],
      ['options', 'id', 'EncryptedDisk.NotObject'],
      ['options.id', { id: '' }, 'EncryptedDisk.InvalidId'],
    ])('rejects %s', (property, value, code) => {
      const disk = new EncryptedDisk(testStack(), 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
      const instance = property === 'instance' ? value : 'i-1';
      const options = property === 'instance' ? undefined : value;
      expectValidationError(() => disk.attachTo(instance as any, options as any), { code, property });
    });

    test('rejects attaching twice to the same instance', () => {
      const disk = new EncryptedDisk(testStack(), 'disk', { zoneId: 'cn-hangzhou-h', size: 40, multiAttach: true });
      disk.attachTo('i-1');
      expectValidationError(() => disk.attachTo('i-1'), { code: 'EncryptedDisk.AlreadyAttached', property: 'instance' });
    });
  });

  describe('fromDiskId', () => {
    test('imports a disk and attaches it', () => {
      const stack = testStack();
      const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      const disk = EncryptedDisk.fromDiskId(stack, 'imported', 'd-bp1disk0001', { provider: dr });
      expect(disk.diskId).toBe('d-bp1disk0001');
      disk.attachTo('i-bp1instance0001');
      expect(onlyResource(synthJson(stack), 'alicloud_ecs_disk_attachment')).toEqual({
        disk_id: 'd-bp1disk0001', instance_id: 'i-bp1instance0001', delete_with_instance: false, provider: 'alicloud.dr',
      });
      expect(EncryptedDisk.fromDiskId(stack, 'token', Fn.lower('${var.disk}')).diskId).toMatch(/TOKEN/);
      expect(resourcesOf(synthJson(stack), 'alicloud_ecs_disk')).toEqual({});
    });

    test.each([
      ['diskId', 'vol-123', 'EncryptedDisk.InvalidDiskId'],
      ['diskId', '', 'EncryptedDisk.Required'],
      ['diskId', 5, 'EncryptedDisk.Required'],
    ])('rejects %s %j', (property, diskId, code) => {
      expectValidationError(() => EncryptedDisk.fromDiskId(testStack(), 'imported', diskId as any), { code, property });
    });
  });

  test('tokens pass through unvalidated', () => {
    const stack = testStack();
    new EncryptedDisk(stack, 'disk', {
      zoneId: Fn.lower('${var.zone}'),
      size: Fn.tonumber('${var.size}'),
      category: Fn.lower('${var.category}') as DiskCategory,
      name: Fn.lower('${var.name}'),
      encryptionKey: EncryptionKey.fromKeyId(stack, 'key', Fn.lower('${var.key}')),
    });
    const disk = onlyResource(synthJson(stack), 'alicloud_ecs_disk');
    expect(disk.zone_id).toMatch(/lower/);
    expect(disk.size).toMatch(/tonumber/);
    expect(disk.category).toMatch(/lower/);
    expect(disk.kms_key_id).toMatch(/lower/);
    expect(disk.performance_level).toBeUndefined();
  });

  test.each([
    ['zoneId', { size: 40 }, 'EncryptedDisk.Required'],
    ['zoneId', { zoneId: '', size: 40 }, 'EncryptedDisk.Required'],
    ['zoneId', { zoneId: 'Hangzhou H', size: 40 }, 'EncryptedDisk.InvalidZone'],
    ['size', { zoneId: 'cn-hangzhou-h' }, 'EncryptedDisk.SizeRequired'],
    ['size', { zoneId: 'cn-hangzhou-h', size: '40' }, 'EncryptedDisk.SizeOutOfRange'],
    ['size', { zoneId: 'cn-hangzhou-h', size: 40.5 }, 'EncryptedDisk.SizeOutOfRange'],
    ['category', { zoneId: 'cn-hangzhou-h', size: 40, category: 'elastic_ephemeral_disk_standard' }, 'EncryptedDisk.NotAllowed'],
    ['performanceLevel', { zoneId: 'cn-hangzhou-h', size: 40, performanceLevel: 'PL4' }, 'EncryptedDisk.NotAllowed'],
    ['performanceLevel', { zoneId: 'cn-hangzhou-h', size: 40, category: DiskCategory.SSD, performanceLevel: PerformanceLevel.PL1 }, 'EncryptedDisk.PerformanceLevelNeedsEssd'],
    ['multiAttach', { zoneId: 'cn-hangzhou-h', size: 40, category: DiskCategory.ESSD_AUTO_PL, multiAttach: true }, 'EncryptedDisk.MultiAttachNeedsEssd'],
    ['multiAttach', { zoneId: 'cn-hangzhou-h', size: 40, multiAttach: 'yes' }, 'EncryptedDisk.NotBoolean'],
    ['deleteWithInstance', { zoneId: 'cn-hangzhou-h', size: 40, deleteWithInstance: 'no' }, 'EncryptedDisk.NotBoolean'],
    ['encryptAlgorithm', { zoneId: 'cn-hangzhou-h', size: 40, encryptAlgorithm: 'aes-128' }, 'EncryptedDisk.NotAllowed'],
    ['encryptionKey', { zoneId: 'cn-hangzhou-h', size: 40, encryptAlgorithm: EncryptAlgorithm.SM4_128 }, 'EncryptedDisk.KeySpecMismatch'],
    ['encryptionKey', { zoneId: 'cn-hangzhou-h', size: 40, encryptionKey: 'key-1' }, 'EncryptedDisk.InvalidKey'],
    ['encryptionKey', { zoneId: 'cn-hangzhou-h', size: 40, encryptionKey: null }, 'EncryptedDisk.InvalidKey'],
    ['snapshotPolicy', { zoneId: 'cn-hangzhou-h', size: 40, snapshotPolicy: 'sp-1' }, 'EncryptedDisk.InvalidSnapshotPolicy'],
    ['snapshotPolicy', { zoneId: 'cn-hangzhou-h', size: 40, snapshotPolicy: { policyId: 'sp-1', applyTo: () => undefined }, disableBackups: OptOut.because('Backed up by the app itself') }, 'EncryptedDisk.BackupConflict'],
    ['disableBackups', { zoneId: 'cn-hangzhou-h', size: 40, disableBackups: true }, 'OptOut.ReasonRequired'],
    ['deleteSnapshotsOnRelease', { zoneId: 'cn-hangzhou-h', size: 40, deleteSnapshotsOnRelease: OptOut.because('') }, 'OptOut.ReasonRequired'],
    ['name', { zoneId: 'cn-hangzhou-h', size: 40, name: '-data' }, 'EncryptedDisk.InvalidName'],
    ['description', { zoneId: 'cn-hangzhou-h', size: 40, description: 'http://x.example' }, 'EncryptedDisk.InvalidDescription'],
    ['tags', { zoneId: 'cn-hangzhou-h', size: 40, tags: 'a' }, 'EncryptedDisk.NotObject'],
    ['snapshotId', { zoneId: 'cn-hangzhou-h', snapshotId: '' }, 'EncryptedDisk.Required'],
    ['provider', { zoneId: 'cn-hangzhou-h', size: 40, provider: 'alicloud' }, 'EncryptedDisk.InvalidProvider'],
    ['props', undefined, 'EncryptedDisk.NotObject'],
    ['props', 'disk', 'EncryptedDisk.NotObject'],
  ])('rejects %s %j', (property, props, code) => {
    const err = expectValidationError(() => new EncryptedDisk(testStack(), 'disk', props as any), { code, property });
    expect(err.code).toBe(code);
    expect(err.constructPath).toBe('test/disk');
  });

  test('rejects an algorithm that does not match the key spec', () => {
    const stack = testStack();
    const aes = new EncryptionKey(stack, 'aes');
    const sm4 = new EncryptionKey(stack, 'sm4', { keySpec: EncryptionKeySpec.SM4 });
    expectValidationError(() => new EncryptedDisk(stack, 'a', { zoneId: 'cn-hangzhou-h', size: 40, encryptionKey: aes, encryptAlgorithm: EncryptAlgorithm.SM4_128 }),
      { code: 'EncryptedDisk.KeySpecMismatch', property: 'encryptAlgorithm' });
    expectValidationError(() => new EncryptedDisk(stack, 'b', { zoneId: 'cn-hangzhou-h', size: 40, encryptionKey: sm4 }),
      { code: 'EncryptedDisk.KeySpecMismatch', property: 'encryptAlgorithm' });
  });
});
