import {
  AlicloudProvider, EncryptedDisk, EncryptedImage, EncryptedSnapshot, EncryptionKey, evaluateTerraformJson, MachineImage, OptOut, SecureInstance,
} from '../../lib';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const REF = (type: string, id: string, attr = 'id') => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.${attr}\\}$`));

function instanceIn(stack: TerraformStack, key?: EncryptionKey): SecureInstance {
  return new SecureInstance(stack, 'builder', {
    vswitchId: 'vsw-bp1build0001', vpcId: 'vpc-bp1build0001', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large', encryptionKey: key,
  });
}

/** Every image-producing resource of a document, with the rule pack's verdict on it. */
function imageFindings(stack: TerraformStack) {
  const result = evaluateTerraformJson(synthWithMetadata(stack));
  return {
    summary: result.summary,
    failed: result.results.filter((r) => r.status === 'fail').map((r) => `${r.ruleId} ${r.address}`),
    imageResults: result.results.filter((r) => r.ruleId.startsWith('ALI-IMG')).map((r) => `${r.ruleId} ${r.address.split('.')[0]} ${r.status}`),
  };
}

describe('EncryptedImage', () => {
  test('fromInstance: alicloud_image of the instance, keyed by the instance key, its snapshots deleted with it', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key');
    const instance = instanceIn(stack, key);
    const image = EncryptedImage.fromInstance(stack, 'golden', instance, {
      imageName: 'golden-base.v1', imageFamily: 'golden-base', description: 'Hardened base image', tags: { team: 'platform' },
    });
    expect(image.encryptionKey).toBe(key);
    expect(image.source).toBe('instance');
    expect(onlyResource(synthJson(stack), 'alicloud_image')).toEqual({
      instance_id: REF('alicloud_instance', 'builder'),
      image_name: 'golden-base.v1',
      image_family: 'golden-base',
      description: 'Hardened base image',
      delete_auto_snapshot: true,
      tags: { team: 'platform' },
      // instance_id is not ForceNew: a replaced instance gives a new image.
      lifecycle: { replace_triggered_by: [expect.stringMatching(/^alicloud_instance\.builder_[0-9A-F]+\.id$/)] },
    });
    expect(imageFindings(stack).imageResults).toContain('ALI-IMG-004 alicloud_image pass');
    expect(warningIds(stack)).toEqual([]);
  });

  test('fromSnapshot: keyed by the snapshotted disk, the source snapshot is kept', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key');
    const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, encryptionKey: key });
    const snapshot = new EncryptedSnapshot(stack, 'snap', { disk, snapshotName: 'before-upgrade', retentionDays: 30 });
    const image = EncryptedImage.fromSnapshot(stack, 'img', snapshot, { architecture: 'x86_64', platform: 'Aliyun' });
    expect(snapshot.encryptionKey).toBe(key);
    expect(image.encryptionKey).toBe(key);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_snapshot')).toEqual({ disk_id: REF('alicloud_ecs_disk', 'disk'), snapshot_name: 'before-upgrade', retention_days: 30 });
    expect(onlyResource(json, 'alicloud_image')).toEqual({
      snapshot_id: REF('alicloud_ecs_snapshot', 'snap'),
      architecture: 'x86_64',
      platform: 'Aliyun',
      delete_auto_snapshot: false,
      lifecycle: { replace_triggered_by: [expect.stringMatching(/^alicloud_ecs_snapshot\.snap_[0-9A-F]+\.id$/)] },
    });
    // An imported snapshot (or a source in another stack) cannot be referenced: no lifecycle.
    const imported = EncryptedSnapshot.fromSnapshotAttributes(stack, 'imported', { snapshotId: 's-bp1imported0001', encryptionKey: key });
    EncryptedImage.fromSnapshot(stack, 'from-imported', imported);
    const other = testStack('other');
    EncryptedImage.fromSnapshot(other, 'cross-stack', snapshot);
    expect(onlyResource(synthJson(other), 'alicloud_image').lifecycle).toBeUndefined();
    const images = Object.entries<any>(synthJson(stack).resource.alicloud_image);
    expect(images.find(([k]) => k.startsWith('from-imported'))![1]).toEqual({ snapshot_id: 's-bp1imported0001', delete_auto_snapshot: false });
    expect(warningIds(stack)).toEqual([]);
    EncryptedImage.fromSnapshot(stack, 'img2', snapshot, { deleteSnapshotsOnDestroy: true });
    expect(warningIds(stack)).toEqual(['EncryptedImage.DeletesSourceSnapshot']);
  });

  test('image-based backup: a snapshot of a SecureInstance system disk, then an image of it', () => {
    const stack = testStack();
    const instance = instanceIn(stack);
    const snapshot = new EncryptedSnapshot(stack, 'sys', { disk: { diskId: instance.resource.systemDiskId, encryptionKey: instance.encryptionKey } });
    const image = EncryptedImage.fromSnapshot(stack, 'restore-point', snapshot);
    expect(image.encryptionKey).toBe(instance.encryptionKey);
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_snapshot').disk_id).toEqual(REF('alicloud_instance', 'builder', 'system_disk_id'));
    const f = imageFindings(stack);
    expect(f.imageResults).toEqual(['ALI-IMG-004 alicloud_image pass']);
    expect(f.failed).toEqual([]);
  });

  test('copyOf: encrypted with the default customer key of the provider, same region', () => {
    const stack = testStack();
    const image = EncryptedImage.copyOf(stack, 'copy', 'aliyun_3_x64_20G_alibase_20240819.vhd', { sourceRegion: 'cn-hangzhou', imageName: 'al3-encrypted' });
    expect(image.encryptionKey).toBe(EncryptionKey.defaultFor(stack));
    expect(onlyResource(synthJson(stack), 'alicloud_image_copy')).toEqual({
      source_image_id: 'aliyun_3_x64_20G_alibase_20240819.vhd',
      source_region_id: 'cn-hangzhou',
      image_name: 'al3-encrypted',
      encrypted: true,
      kms_key_id: REF('alicloud_kms_key', 'DefaultEncryptionKey'),
      delete_auto_snapshot: true,
    });
    expect(imageFindings(stack).imageResults).toEqual(['ALI-IMG-001 alicloud_image_copy pass']);
  });

  test('copyOf to another region: aliased provider, key of that region; a key of another region is refused', () => {
    const stack = testStack();
    const shanghai = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    const source = EncryptedImage.fromInstance(stack, 'golden', instanceIn(stack));
    const drKey = new EncryptionKey(stack, 'dr-key', { provider: shanghai });
    const copy = EncryptedImage.copyOf(stack, 'dr', source, { sourceRegion: 'cn-hangzhou', encryptionKey: drKey, provider: shanghai });
    expect(onlyResource(synthJson(stack), 'alicloud_image_copy')).toMatchObject({
      provider: 'alicloud.sh', source_image_id: REF('alicloud_image', 'golden'), kms_key_id: REF('alicloud_kms_key', 'dr-key'), encrypted: true,
    });
    expect(copy.encryptionKey).toBe(drKey);
    const hzKey = new EncryptionKey(stack, 'hz-key');
    expectValidationError(() => EncryptedImage.copyOf(stack, 'bad', source, { sourceRegion: 'cn-hangzhou', encryptionKey: hzKey, provider: shanghai }),
      { code: 'EncryptedImage.KeyInOtherRegion', property: 'encryptionKey' });
    // An imported key's region is unknown: accepted.
    EncryptedImage.copyOf(stack, 'imported', source, { sourceRegion: 'cn-hangzhou', encryptionKey: EncryptionKey.fromKeyId(stack, 'k', 'key-sh0001'), provider: shanghai });
  });

  test('shareWith: an opt-out on the share permission, acknowledging ALI-IMG-002 with the reason', () => {
    const stack = testStack();
    const image = EncryptedImage.copyOf(stack, 'copy', MachineImage.fromId('m-bp1source0001'), { sourceRegion: 'cn-hangzhou' });
    image.shareWith('1234567890123456', OptOut.because('The partner account runs our appliance'));
    expect(onlyResource(synthJson(stack), 'alicloud_image_share_permission')).toEqual({ image_id: REF('alicloud_image_copy', 'copy'), account_id: '1234567890123456' });
    expect(optOutIds(stack)).toEqual(['EncryptedImage.Share']);
    const result = evaluateTerraformJson(synthWithMetadata(stack));
    const share = result.results.find((r) => r.ruleId === 'ALI-IMG-002')!;
    expect(share.status).toBe('acknowledged');
    expect(share.findings[0]).toMatchObject({ finding: 'account:1234567890123456', acknowledgement: { source: 'opt-out', optOutId: 'EncryptedImage.Share', reason: 'The partner account runs our appliance' } });
    expectValidationError(() => image.shareWith('1234567890123456', OptOut.because('The partner account runs our appliance')), { code: 'EncryptedImage.AlreadyShared' });
    expectValidationError(() => image.shareWith('partner', OptOut.because('The partner account runs our appliance')), { code: 'EncryptedImage.InvalidAccountId', property: 'accountId' });
    expectValidationError(() => image.shareWith('6543210987654321', undefined as any), { code: 'OptOut.ReasonRequired' });
    image.shareWith(new TerraformVariable(stack, 'partner', { type: 'string' }).stringValue, OptOut.because('The partner account runs our appliance'));
  });

  test('fromImageAttributes: an imported image with its stated key', () => {
    const stack = testStack();
    const key = EncryptionKey.fromKeyId(stack, 'k', 'key-hzz62f1cb66fa42qo0001');
    const image = EncryptedImage.fromImageAttributes(stack, 'imported', { imageId: 'm-bp1golden0001', encryptionKey: key });
    expect(image.imageId).toBe('m-bp1golden0001');
    expect(image.encryptionKey).toBe(key);
    expectValidationError(() => EncryptedImage.fromImageAttributes(stack, 'public', { imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', encryptionKey: key }),
      { code: 'EncryptedImage.InvalidImageId', property: 'imageId' });
    expectValidationError(() => EncryptedImage.fromImageAttributes(stack, 'nokey', { imageId: 'm-bp1golden0001' } as any), { code: 'EncryptedImage.InvalidKey' });
    expectValidationError(() => EncryptedImage.fromImageAttributes(stack, 'alias', { imageId: 'm-bp1golden0001', encryptionKey: { keyId: 'alias/x' } as any }),
      { code: 'EncryptedImage.NotPlainKeyId', property: 'encryptionKey.keyId' });
  });

  test('snapshot of every path', () => {
    const stack = testStack();
    const instance = instanceIn(stack);
    const fromInstance = EncryptedImage.fromInstance(stack, 'from-instance', instance, { imageName: 'golden-1' });
    const snapshot = new EncryptedSnapshot(stack, 'sys', { disk: { diskId: instance.resource.systemDiskId, encryptionKey: instance.encryptionKey } });
    EncryptedImage.fromSnapshot(stack, 'from-snapshot', snapshot, { imageName: 'golden-restore-1' });
    EncryptedImage.copyOf(stack, 'copy', fromInstance, { sourceRegion: 'cn-hangzhou', imageName: 'golden-copy-1' });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('every image the library produces is encrypted with a customer key, proven by the rule pack', () => {
    const stack = testStack();
    const shanghai = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    const instance = instanceIn(stack);
    const disk = instance.addDataDisk('data', { size: 100 });
    const a = EncryptedImage.fromInstance(stack, 'a', instance);
    EncryptedImage.fromSnapshot(stack, 'b', new EncryptedSnapshot(stack, 's', { disk }));
    EncryptedImage.copyOf(stack, 'c', a, { sourceRegion: 'cn-hangzhou', provider: shanghai });
    EncryptedImage.copyOf(stack, 'd', 'aliyun_3_x64_20G_alibase_20240819.vhd', { sourceRegion: 'cn-hangzhou' });
    const json = synthJson(stack);
    for (const copy of Object.values<any>(resourcesOf(json, 'alicloud_image_copy'))) {
      expect(copy.encrypted).toBe(true);
      expect(copy.kms_key_id).toMatch(/^\$\{alicloud_kms_key\./);
    }
    const f = imageFindings(stack);
    expect(f.failed).toEqual([]);
    expect(f.imageResults.sort()).toEqual([
      'ALI-IMG-001 alicloud_image_copy pass', 'ALI-IMG-001 alicloud_image_copy pass',
      'ALI-IMG-004 alicloud_image pass', 'ALI-IMG-004 alicloud_image pass',
    ]);
  });

  test('escape hatches that weaken an image are caught by the rule pack', () => {
    const stack = testStack();
    const instance = new SecureInstance(stack, 'plain', {
      vswitchId: 'vsw-1', vpcId: 'vpc-1', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large',
    });
    instance.resource.addOverride('system_disk_kms_key_id', null);
    EncryptedImage.fromInstance(stack, 'from-plain', instance);
    const copy = EncryptedImage.copyOf(stack, 'copy', 'm-bp1source0001', { sourceRegion: 'cn-hangzhou' });
    copy.resource.addOverride('encrypted', false);
    copy.resource.addOverride('kms_key_id', null);
    const failed = evaluateTerraformJson(synthWithMetadata(stack)).findings.filter((f) => f.status === 'fail' && f.ruleId.startsWith('ALI-IMG'));
    expect(failed.map((f) => `${f.ruleId} ${f.finding}`).sort()).toEqual(['ALI-IMG-001 encrypted', 'ALI-IMG-001 kms_key_id', 'ALI-IMG-004 instance_id']);
  });

  describe('bad input: typed errors; tokens are never rejected', () => {
    const stack = testStack();
    const instance = instanceIn(stack);
    let n = 0;
    const id = () => `i${n++}`;
    test.each([
      ['1golden', 'InvalidImageName'], ['a', 'InvalidImageName'], ['aliyun-base', 'InvalidImageName'], ['acs:base', 'InvalidImageName'],
      ['http://x', 'InvalidImageName'], ['golden base', 'InvalidImageName'], ['g'.repeat(129), 'InvalidImageName'],
    ])('imageName %j', (imageName, code) => {
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, { imageName }), { code: `EncryptedImage.${code}`, property: 'imageName' });
    });
    test.each(['golden', 'Golden-1.2:x_y', 'g'.repeat(128)])('imageName %j is accepted', (imageName) => {
      EncryptedImage.fromInstance(stack, id(), instance, { imageName });
    });
    test.each([['CN-Hangzhou'], ['hangzhou'], [''], ['cn_hangzhou']])('sourceRegion %j', (sourceRegion) => {
      const err = expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion }), { property: 'sourceRegion' });
      expect(err.code).toMatch(/^EncryptedImage\.(InvalidRegion|Required)$/);
    });
    test('sourceRegion must be a known region (lib/controls/regions.ts), with a suggestion for a near miss', () => {
      const err = expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion: 'cn-shangai' }),
        { code: 'EncryptedImage.InvalidRegion', property: 'sourceRegion' });
      expect(err.message).toContain('did you mean "cn-shanghai"');
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion: 'xx-nowhere-1' }), { code: 'EncryptedImage.InvalidRegion' });
      for (const region of ['cn-hangzhou', 'ap-southeast-1', 'cn-shanghai-finance-1']) EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion: region });
    });
    test('missing sourceRegion, bad key, bad image', () => {
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', {} as any), { code: 'EncryptedImage.Required', property: 'sourceRegion' });
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion: 'cn-hangzhou', encryptionKey: 'key-1' as any }), { code: 'EncryptedImage.InvalidKey' });
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), 'm-abc0001', { sourceRegion: 'cn-hangzhou', encryptionKey: { keyId: 'acs:kms:cn-hangzhou:1:key/k' } as any }),
        { code: 'EncryptedImage.NotPlainKeyId' });
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), '', { sourceRegion: 'cn-hangzhou' }), { code: 'EncryptedImage.Required', property: 'image' });
      expectValidationError(() => EncryptedImage.copyOf(stack, id(), { id: 'm-1' } as any, { sourceRegion: 'cn-hangzhou' }), { code: 'EncryptedImage.InvalidImage', property: 'image' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), { instanceId: 'i-1' } as any), { code: 'EncryptedImage.InvalidInstance' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), 'i-1' as any), { code: 'EncryptedImage.InvalidInstance' });
      expectValidationError(() => EncryptedImage.fromSnapshot(stack, id(), { snapshotId: 's-1' } as any), { code: 'EncryptedImage.InvalidSnapshot' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, { tags: { 'aliyun:x': 'y' } }), { code: 'EncryptedImage.InvalidTags' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, { description: 'https://x' }), { property: 'description' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, { deleteSnapshotsOnDestroy: 'yes' as any }), { code: 'EncryptedImage.NotBoolean' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, null as any), { code: 'EncryptedImage.NotObject' });
      expectValidationError(() => EncryptedImage.fromInstance(stack, id(), instance, { provider: {} as any }), { code: 'EncryptedImage.InvalidProvider' });
    });
    test('tokens pass', () => {
      const s = testStack('tokens');
      const v = (name: string) => new TerraformVariable(s, name, { type: 'string' }).stringValue;
      const img = EncryptedImage.copyOf(s, 'c', v('image'), { sourceRegion: v('region'), imageName: v('name'), description: v('desc'), encryptionKey: EncryptionKey.fromKeyId(s, 'k', v('key')) });
      EncryptedImage.fromSnapshot(s, 'snap', EncryptedSnapshot.fromSnapshotAttributes(s, 'imported', { snapshotId: v('snapshot_id'), encryptionKey: img.encryptionKey }), { imageName: v('n2') });
      img.shareWith(v('account'), OptOut.because('Shared with the account given at deploy time'));
      expect(Object.keys(resourcesOf(synthJson(s), 'alicloud_image_copy'))).toHaveLength(1);
    });
  });
});

describe('EncryptedSnapshot', () => {
  test('bad input', () => {
    const stack = testStack();
    const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40 });
    expectValidationError(() => new EncryptedSnapshot(stack, 'a', { disk: { diskId: 'd-1' } as any }), { code: 'EncryptedSnapshot.InvalidDisk', property: 'disk' });
    expectValidationError(() => new EncryptedSnapshot(stack, 'b', { disk: 'd-1' as any }), { code: 'EncryptedSnapshot.InvalidDisk' });
    expectValidationError(() => new EncryptedSnapshot(stack, 'c', { disk, retentionDays: 0 }), { code: 'EncryptedSnapshot.RetentionOutOfRange', property: 'retentionDays' });
    expectValidationError(() => new EncryptedSnapshot(stack, 'd', { disk, retentionDays: 65537 }), { code: 'EncryptedSnapshot.RetentionOutOfRange' });
    expectValidationError(() => new EncryptedSnapshot(stack, 'e', { disk, snapshotName: '1x' }), { code: 'EncryptedSnapshot.InvalidName' });
    expectValidationError(() => new EncryptedSnapshot(stack, 'f', undefined as any), { code: 'EncryptedSnapshot.Required' });
    expectValidationError(() => EncryptedSnapshot.fromSnapshotAttributes(stack, 'g', { snapshotId: 'snap-1', encryptionKey: disk.encryptionKey }), { code: 'EncryptedSnapshot.InvalidSnapshotId' });
    expectValidationError(() => EncryptedSnapshot.fromSnapshotAttributes(stack, 'h', { snapshotId: 's-1' } as any), { code: 'EncryptedSnapshot.InvalidKey' });
    new EncryptedSnapshot(stack, 'ok', { disk, retentionDays: 65536 });
  });
});
