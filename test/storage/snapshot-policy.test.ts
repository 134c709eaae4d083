import { Construct } from 'constructs';
import { AlicloudProvider, EncryptedDisk, EncryptionKey, EVERY_DAY, OptOut, SnapshotPolicy, SnapshotRetention, Weekday } from '../../lib';
import { Fn, TerraformStack, TerraformVariable, Testing } from '../../lib/cdktf';
import { ALICLOUD_REGIONS } from '../../lib/controls/regions';
import { warningsOf } from '../../lib/core/warnings';
import { expectValidationError, onlyResource, optOutIds, optOutsOnResource, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

describe('SnapshotPolicy', () => {
  test('hardened defaults: daily at 02:00 UTC+8, kept 30 days, no copy', () => {
    const stack = testStack();
    const policy = new SnapshotPolicy(stack, 'policy');
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy')).toEqual({
      auto_snapshot_policy_name: 'test-policy',
      time_points: ['2'],
      repeat_weekdays: ['1', '2', '3', '4', '5', '6', '7'],
      retention_days: 30,
    });
    expect(resourcesOf(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).toEqual({});
    expect(policy.retentionDays).toBe(30);
    expect(policy.copyRegion).toBeUndefined();
    expect(policy.attachmentCount).toBe(0);
    expect(warningIds(stack)).toEqual([]);
  });

  test('snapshot', () => {
    const stack = testStack();
    const policy = new SnapshotPolicy(stack, 'policy', { schedule: { hours: [1, 13], weekdays: [Weekday.MONDAY, Weekday.FRIDAY] } });
    policy.copyTo({ region: 'cn-shanghai', encryptionKey: EncryptionKey.fromKeyId(stack, 'dr-key', 'key-dr0001') });
    policy.applyTo('d-bp1disk0001');
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('typed schedule, retention forever, name, tags, resource group, provider', () => {
    const stack = testStack();
    const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
    const policy = new SnapshotPolicy(stack, 'policy', {
      name: 'app-data:daily_1',
      schedule: { hours: [0, 23], weekdays: [Weekday.SATURDAY, Weekday.SUNDAY] },
      retention: SnapshotRetention.forever(),
      resourceGroupId: 'rg-acfm0001',
      tags: { env: 'prod' },
      provider: dr,
    });
    policy.applyTo('d-bp1disk0001');
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy')).toEqual({
      auto_snapshot_policy_name: 'app-data:daily_1',
      time_points: ['0', '23'],
      repeat_weekdays: ['6', '7'],
      retention_days: -1,
      resource_group_id: 'rg-acfm0001',
      tags: { env: 'prod' },
      provider: 'alicloud.dr',
    });
    expect(onlyResource(json, 'alicloud_ecs_auto_snapshot_policy_attachment')).toEqual({
      auto_snapshot_policy_id: expect.stringMatching(/^\$\{alicloud_ecs_auto_snapshot_policy\.policy_[0-9A-F]+\.id\}$/),
      disk_id: 'd-bp1disk0001',
      provider: 'alicloud.dr',
    });
    expect(policy.attachmentCount).toBe(1);
  });

  test('all 24 hours are accepted', () => {
    const stack = testStack();
    new SnapshotPolicy(stack, 'policy', { schedule: { hours: Array.from({ length: 24 }, (_, i) => i) } });
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy').time_points).toHaveLength(24);
  });

  test('short retention needs an opt-out, recorded in metadata', () => {
    const stack = testStack();
    new SnapshotPolicy(stack, 'policy', { retention: SnapshotRetention.days(1), allowShortRetention: OptOut.because('Scratch data rebuilt nightly') });
    const tf = synthWithMetadata(stack);
    const res = Object.values<any>(tf.resource.alicloud_ecs_auto_snapshot_policy)[0];
    expect(res.retention_days).toBe(1);
    expect(optOutsOnResource(res)).toEqual([{ id: 'SnapshotPolicy.ShortRetention', reason: 'Scratch data rebuilt nightly' }]);
    expect(optOutIds(stack)).toEqual(['SnapshotPolicy.ShortRetention']);
  });

  describe('copyTo', () => {
    test('copies are always encrypted, with the given key', () => {
      const stack = testStack();
      const key = EncryptionKey.fromKeyId(stack, 'dr-key', 'key-dr0001');
      const policy = new SnapshotPolicy(stack, 'policy');
      policy.copyTo({ region: 'cn-shanghai', retentionDays: 14, encryptionKey: key });
      expect(onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy')).toMatchObject({
        enable_cross_region_copy: true,
        target_copy_regions: ['cn-shanghai'],
        copied_snapshots_retention_days: 14,
        copy_encryption_configuration: { encrypted: true, kms_key_id: 'key-dr0001' },
      });
      expect(policy.copyRegion).toBe('cn-shanghai');
      expect(warningIds(stack)).toEqual([]);
    });

    test('without a key: service key of the destination region, with a warning; retention defaults to the policy', () => {
      const stack = testStack();
      new SnapshotPolicy(stack, 'policy', { retention: SnapshotRetention.forever(), copy: { region: 'ap-southeast-1' } });
      const res = onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy');
      expect(res.copy_encryption_configuration).toEqual({ encrypted: true });
      expect(res.copied_snapshots_retention_days).toBe(-1);
      expect(warningIds(stack)).toEqual(['SnapshotPolicy.CopyServiceKey']);
    });

    test('short copy retention needs an opt-out', () => {
      const stack = testStack();
      const policy = new SnapshotPolicy(stack, 'policy');
      expectValidationError(() => policy.copyTo({ region: 'cn-shanghai', retentionDays: 3 }), { code: 'SnapshotPolicy.ShortRetention', property: 'copy.retentionDays' });
      policy.copyTo({ region: 'cn-shanghai', retentionDays: 3, allowShortRetention: OptOut.because('Drill copies only, kept 3 days') });
      const res = Object.values<any>(synthWithMetadata(stack).resource.alicloud_ecs_auto_snapshot_policy)[0];
      expect(optOutsOnResource(res)).toEqual([{ id: 'SnapshotPolicy.ShortCopyRetention', reason: 'Drill copies only, kept 3 days' }]);
    });

    test('only one destination region', () => {
      const policy = new SnapshotPolicy(testStack(), 'policy', { copy: { region: 'cn-shanghai' } });
      expectValidationError(() => policy.copyTo({ region: 'cn-beijing' }), { code: 'SnapshotPolicy.CopyAlreadyConfigured', property: 'copy.region' });
    });

    test.each([
      ['copy.region', { region: 'Shanghai' }, 'SnapshotPolicy.InvalidRegion'],
      ['copy.region', { region: '' }, 'SnapshotPolicy.Required'],
      ['copy.retentionDays', { region: 'cn-shanghai', retentionDays: 65536 }, 'SnapshotPolicy.RetentionOutOfRange'],
      ['copy.retentionDays', { region: 'cn-shanghai', retentionDays: 0 }, 'SnapshotPolicy.RetentionOutOfRange'],
      ['copy.encryptionKey', { region: 'cn-shanghai', encryptionKey: 'key-1' }, 'SnapshotPolicy.InvalidKey'],
      ['copy.allowShortRetention', { region: 'cn-shanghai', allowShortRetention: OptOut.because('no') }, 'OptOut.ReasonRequired'],
      ['copy', 'cn-shanghai', 'SnapshotPolicy.NotObject'],
      ['copy', null, 'SnapshotPolicy.NotObject'],
    ])('rejects %s %j', (property, copy, code) => {
      const policy = new SnapshotPolicy(testStack(), 'policy');
      const err = expectValidationError(() => policy.copyTo(copy as any), { code, property });
      expect(err.code).toBe(code);
    });

    test('tokens pass through', () => {
      const stack = testStack();
      const policy = new SnapshotPolicy(stack, 'policy');
      policy.copyTo({ region: Fn.lower('${var.region}'), retentionDays: Fn.tonumber('${var.days}') });
      const res = onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy');
      expect(res.target_copy_regions[0]).toMatch(/^\$\{lower\(/);
      expect(res.copied_snapshots_retention_days).toMatch(/^\$\{tonumber\(/);
    });
  });

  describe('applyTo', () => {
    test('accepts disk ids, disks and tokens; one attachment per disk', () => {
      const stack = testStack();
      const policy = new SnapshotPolicy(stack, 'policy');
      const disk = new EncryptedDisk(stack, 'disk', { zoneId: 'cn-hangzhou-h', size: 40, disableBackups: OptOut.because('Attached to a custom policy below') });
      policy.applyTo(disk);
      policy.applyTo('d-bp1disk0001');
      policy.applyTo(Fn.lower('${var.disk}'));
      policy.applyTo({ diskId: Fn.lower('${var.other}') }, 'other');
      const attachments = Object.entries<any>(resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy_attachment'));
      expect(attachments).toHaveLength(4);
      expect(attachments.map(([k]) => k).some((k) => k.includes('Apply-d-bp1disk0001'))).toBe(true);
      expect(attachments.map(([k]) => k).some((k) => k.includes('other'))).toBe(true);
      expect(policy.attachmentCount).toBe(4);
      expectValidationError(() => policy.applyTo(disk), { code: 'SnapshotPolicy.AlreadyApplied', property: 'disk' });
      expectValidationError(() => policy.applyTo('d-bp1disk0001'), { code: 'SnapshotPolicy.AlreadyApplied', property: 'disk' });
    });

    test.each([
      ['disk', '', 'SnapshotPolicy.Required'],
      ['disk', {}, 'SnapshotPolicy.Required'],
      ['disk', null, 'SnapshotPolicy.Required'],
      ['disk', 42, 'SnapshotPolicy.Required'],
    ])('rejects %s %j', (property, disk, code) => {
      const policy = new SnapshotPolicy(testStack(), 'policy');
      expectValidationError(() => policy.applyTo(disk as any), { code, property });
    });

    test('rejects an empty attachment id', () => {
      const policy = new SnapshotPolicy(testStack(), 'policy');
      expectValidationError(() => policy.applyTo('d-1', ''), { code: 'SnapshotPolicy.InvalidId', property: 'id' });
    });
  });

  describe('presets', () => {
    test('daily30DayRetention, daily7DayRetention, weekly1YearRetention', () => {
      const stack = testStack();
      SnapshotPolicy.daily30DayRetention(stack, 'd30', { tags: { tier: 'gold' } });
      SnapshotPolicy.daily7DayRetention(stack, 'd7');
      SnapshotPolicy.weekly1YearRetention(stack, 'w1y');
      const all = resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy');
      const byName = (n: string) => Object.values<any>(all).find((p) => p.auto_snapshot_policy_name === `test-${n}`);
      expect(byName('d30')).toEqual({ auto_snapshot_policy_name: 'test-d30', time_points: ['2'], repeat_weekdays: [...EVERY_DAY], retention_days: 30, tags: { tier: 'gold' } });
      expect(byName('d7')).toMatchObject({ time_points: ['2'], repeat_weekdays: [...EVERY_DAY], retention_days: 7 });
      expect(byName('w1y')).toMatchObject({ time_points: ['3'], repeat_weekdays: ['7'], retention_days: 365 });
    });

    test('dailyWithCrossRegionCopy: daily 30 days + encrypted copy kept 7 days', () => {
      const stack = testStack();
      const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      const drKey = new EncryptionKey(stack, 'dr-key', { provider: dr });
      SnapshotPolicy.dailyWithCrossRegionCopy(stack, 'dr-policy', { region: 'cn-shanghai', encryptionKey: drKey });
      SnapshotPolicy.dailyWithCrossRegionCopy(stack, 'dr-policy-14', { region: 'cn-beijing', copyRetentionDays: 14, retention: SnapshotRetention.days(60) });
      const all = resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy');
      const byName = (n: string) => Object.values<any>(all).find((p) => p.auto_snapshot_policy_name === `test-${n}`);
      expect(byName('dr-policy')).toEqual({
        auto_snapshot_policy_name: 'test-dr-policy',
        time_points: ['2'],
        repeat_weekdays: [...EVERY_DAY],
        retention_days: 30,
        enable_cross_region_copy: true,
        target_copy_regions: ['cn-shanghai'],
        copied_snapshots_retention_days: 7,
        copy_encryption_configuration: { encrypted: true, kms_key_id: expect.stringMatching(/^\$\{alicloud_kms_key\.dr-key_[0-9A-F]+\.id\}$/) },
      });
      expect(byName('dr-policy-14')).toMatchObject({ retention_days: 60, copied_snapshots_retention_days: 14, target_copy_regions: ['cn-beijing'] });
    });

    test('dailyWithCrossRegionCopy: errors and the service-key warning name the preset\'s own props', () => {
      const stack = testStack();
      SnapshotPolicy.dailyWithCrossRegionCopy(stack, 'p', { region: 'cn-shanghai' });
      const warning = warningsOf(stack).find((w) => w.id === 'SnapshotPolicy.CopyServiceKey');
      expect(warning?.message).toContain('pass encryptionKey (a customer key in cn-shanghai)');
      expect(warning?.message).not.toContain('copy.encryptionKey');
      expectValidationError(() => SnapshotPolicy.dailyWithCrossRegionCopy(testStack(), 'p', { region: 'cn-shangai' }), { code: 'SnapshotPolicy.InvalidRegion', property: 'region' });
      expectValidationError(() => SnapshotPolicy.dailyWithCrossRegionCopy(testStack(), 'p', { region: 'cn-shanghai', copyRetentionDays: 3 }),
        { code: 'SnapshotPolicy.ShortRetention', property: 'copyRetentionDays' });
      expectValidationError(() => SnapshotPolicy.dailyWithCrossRegionCopy(testStack(), 'p', { region: 'cn-shanghai', encryptionKey: 'key-1' as any }),
        { code: 'SnapshotPolicy.InvalidKey', property: 'encryptionKey' });
    });

    test('dailyWithCrossRegionCopy rejects missing props', () => {
      expectValidationError(() => SnapshotPolicy.dailyWithCrossRegionCopy(testStack(), 'p', 'cn-shanghai' as any), { code: 'SnapshotPolicy.NotObject', property: 'props' });
    });
  });

  describe('copy regions', () => {
    test('a misspelt region is rejected with a suggestion (the region catalogue, lib/controls/regions.ts)', () => {
      const policy = new SnapshotPolicy(testStack(), 'policy');
      const err = expectValidationError(() => policy.copyTo({ region: 'cn-shangai' }), { code: 'SnapshotPolicy.InvalidRegion', property: 'copy.region' });
      expect(err.message).toContain('did you mean "cn-shanghai"?');
      expectValidationError(() => policy.copyTo({ region: 'mars-north-1' }), { code: 'SnapshotPolicy.InvalidRegion' });
    });

    test.each(['cn-shanghai', 'ap-southeast-1', 'eu-central-1', 'cn-shanghai-finance-1', 'me-central-1'])('accepts the region %s', (region) => {
      const stack = testStack();
      new SnapshotPolicy(stack, 'policy', { copy: { region } });
      expect(() => synthJson(stack)).not.toThrow();
    });

    test('the catalogue has no duplicates and only region-shaped ids', () => {
      expect(new Set(ALICLOUD_REGIONS).size).toBe(ALICLOUD_REGIONS.length);
      for (const r of ALICLOUD_REGIONS) expect(r).toMatch(/^[a-z]{2,3}(-[a-z0-9]+)+$/);
    });

    test('copying to the policy\'s own region fails at synth (default provider and an aliased one)', () => {
      const stack = testStack(); // default provider: cn-hangzhou
      new SnapshotPolicy(stack, 'own', { copy: { region: 'cn-hangzhou' } });
      expect(() => synthJson(stack)).toThrow(/SnapshotPolicy\.CopyToOwnRegion\] test\/own: invalid copy\.region "cn-hangzhou": a region other than the policy's own region cn-hangzhou/);
      const stack2 = testStack();
      const dr = new AlicloudProvider(stack2, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      new SnapshotPolicy(stack2, 'drPolicy', { provider: dr, copy: { region: 'cn-shanghai' } });
      expect(() => synthJson(stack2)).toThrow(/CopyToOwnRegion.*test\/drPolicy/);
    });

    test('the copy key must live in the copy region', () => {
      const stack = testStack();
      const sourceKey = new EncryptionKey(stack, 'sourceKey'); // default provider: cn-hangzhou
      SnapshotPolicy.dailyWithCrossRegionCopy(stack, 'p', { region: 'cn-shanghai', encryptionKey: sourceKey });
      expect(() => synthJson(stack)).toThrow(/SnapshotPolicy\.CopyKeyRegion\] test\/p: invalid encryptionKey "test\/sourceKey": a KMS key in the copy region cn-shanghai \(this key is in cn-hangzhou/);
      const stack2 = testStack();
      const imported = EncryptionKey.fromKeyId(stack2, 'imported', 'key-1', 'acs:kms:cn-beijing:123456789:key/key-1');
      new SnapshotPolicy(stack2, 'p', { copy: { region: 'cn-shanghai', encryptionKey: imported } });
      expect(() => synthJson(stack2)).toThrow(/CopyKeyRegion.*invalid copy\.encryptionKey.*this key is in cn-beijing/);
    });

    test('the compliant twin: a key created with a provider for the copy region', () => {
      const stack = testStack();
      const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      SnapshotPolicy.dailyWithCrossRegionCopy(stack, 'p', { region: 'cn-shanghai', encryptionKey: new EncryptionKey(stack, 'drKey', { provider: dr }) });
      expect(() => synthJson(stack)).not.toThrow();
    });

    test('regions that are tokens are never judged (copy region, provider region, key region)', () => {
      const stack = new TerraformStack(Testing.app(), 'tok');
      const region = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
      new AlicloudProvider(stack, 'alicloud', { region });
      const other = new AlicloudProvider(stack, 'other', { region: new TerraformVariable(stack, 'dr', { type: 'string' }).stringValue, alias: 'other' });
      new SnapshotPolicy(stack, 'a', { copy: { region, encryptionKey: new EncryptionKey(stack, 'k', { provider: other }) } });
      new SnapshotPolicy(stack, 'b', { copy: { region: 'cn-hangzhou' } });
      expect(() => synthJson(stack)).not.toThrow();
    });

    test('a provider without a region (read from ALICLOUD_REGION) is not judged', () => {
      const stack = new TerraformStack(Testing.app(), 'noregion');
      new AlicloudProvider(stack, 'alicloud', {});
      new SnapshotPolicy(stack, 'p', { copy: { region: 'cn-hangzhou' } });
      expect(() => synthJson(stack)).not.toThrow();
    });
  });

  describe('defaultFor', () => {
    test('one policy per stack and provider, at stack level', () => {
      const stack = testStack();
      const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      const inner = new Construct(stack, 'inner');
      const a = SnapshotPolicy.defaultFor(inner);
      expect(SnapshotPolicy.defaultFor(stack)).toBe(a);
      const b = SnapshotPolicy.defaultFor(inner, dr);
      expect(b).not.toBe(a);
      expect(a.node.path).toBe('test/DefaultSnapshotPolicy');
      const all = Object.values<any>(resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy'));
      expect(all).toHaveLength(2);
      for (const p of all) expect(p).toMatchObject({ time_points: ['2'], retention_days: 30 });
    });
  });

  test('tokens pass through unvalidated', () => {
    const stack = testStack();
    new SnapshotPolicy(stack, 'policy', {
      name: Fn.lower('${var.name}'),
      schedule: { hours: [Fn.tonumber('${var.hour}'), 4], weekdays: Fn.split(',', '${var.days}') as Weekday[] },
      retention: SnapshotRetention.days(Fn.tonumber('${var.keep}')),
    });
    const res = onlyResource(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy');
    expect(res.time_points[0]).toMatch(/tonumber/);
    expect(res.time_points[1]).toBe('4');
    expect(res.repeat_weekdays).toMatch(/split/);
    expect(res.retention_days).toMatch(/tonumber/);
    const stack2 = testStack();
    new SnapshotPolicy(stack2, 'policy', { schedule: { hours: Fn.split(',', '${var.hours}') as unknown as number[] } });
    expect(onlyResource(synthJson(stack2), 'alicloud_ecs_auto_snapshot_policy').time_points).toMatch(/split/);
  });

  test.each([
    ['schedule.hours', { schedule: { hours: [24] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.hours', { schedule: { hours: [-1] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.hours', { schedule: { hours: [2.5] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.hours', { schedule: { hours: [2, 2] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.hours', { schedule: { hours: [] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.hours', { schedule: { hours: '2' } }, 'SnapshotPolicy.NotArray'],
    ['schedule.hours', { schedule: { hours: ['2'] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: ['8'] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: ['Monday'] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: [1] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: ['1', '1'] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: [] } }, 'SnapshotPolicy.InvalidSchedule'],
    ['schedule.weekdays', { schedule: { weekdays: 'Monday' } }, 'SnapshotPolicy.NotArray'],
    ['schedule', { schedule: 'daily' }, 'SnapshotPolicy.NotObject'],
    ['retention', { retention: SnapshotRetention.days(0) }, 'SnapshotPolicy.RetentionOutOfRange'],
    ['retention', { retention: SnapshotRetention.days(65537) }, 'SnapshotPolicy.RetentionOutOfRange'],
    ['retention', { retention: SnapshotRetention.days(6) }, 'SnapshotPolicy.ShortRetention'],
    ['retention', { retention: 30 }, 'SnapshotPolicy.InvalidRetention'],
    ['allowShortRetention', { retention: SnapshotRetention.days(3), allowShortRetention: OptOut.because('tiny') }, 'OptOut.ReasonRequired'],
    ['name', { name: '1policy' }, 'SnapshotPolicy.InvalidName'],
    ['name', { name: 'p' }, 'SnapshotPolicy.InvalidName'],
    ['name', { name: 'http://x' }, 'SnapshotPolicy.InvalidName'],
    ['name', { name: 'a'.repeat(129) }, 'SnapshotPolicy.InvalidName'],
    ['tags', { tags: [] }, 'SnapshotPolicy.NotObject'],
    ['resourceGroupId', { resourceGroupId: ' ' }, 'SnapshotPolicy.Required'],
    ['provider', { provider: {} }, 'SnapshotPolicy.InvalidProvider'],
    ['props', 7, 'SnapshotPolicy.NotObject'],
  ])('rejects %s %j', (property, props, code) => {
    const err = expectValidationError(() => new SnapshotPolicy(testStack(), 'policy', props as any), { code, property });
    expect(err.code).toBe(code);
    expect(err.constructPath).toBe('test/policy');
  });

  test('retention boundaries are accepted: 7 and 65536 days', () => {
    const stack = testStack();
    new SnapshotPolicy(stack, 'a', { retention: SnapshotRetention.days(7) });
    new SnapshotPolicy(stack, 'b', { retention: SnapshotRetention.days(65536) });
    const days = Object.values<any>(resourcesOf(synthJson(stack), 'alicloud_ecs_auto_snapshot_policy')).map((p) => p.retention_days).sort((x, y) => x - y);
    expect(days).toEqual([7, 65536]);
  });
});
