import { AlicloudProvider, EncryptionKey, EncryptionKeySpec, KeyProtectionLevel, OptOut } from '../../lib';
import { Fn, TerraformOutput, Testing } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds, optOutsOnResource } from '../util';

describe('EncryptionKey', () => {
  test('hardened defaults', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key');
    const json = synthJson(stack);
    const kms = onlyResource(json, 'alicloud_kms_key');
    expect(kms).toEqual({
      automatic_rotation: 'Enabled',
      rotation_interval: '31536000s',
      pending_window_in_days: 30,
      deletion_protection: 'Enabled',
      deletion_protection_description: 'Protects the disks and snapshots encrypted with this key (alicloud-ecs-hardened)',
      status: 'Enabled',
      key_spec: 'Aliyun_AES_256',
      key_usage: 'ENCRYPT/DECRYPT',
      protection_level: 'SOFTWARE',
      description: 'Customer master key managed by alicloud-ecs-hardened',
    });
    expect(resourcesOf(json, 'alicloud_kms_alias')).toEqual({});
    new TerraformOutput(stack, 'id', { value: key.keyId });
    new TerraformOutput(stack, 'arn', { value: key.keyArn });
    const outputs = synthJson(stack).output;
    expect(outputs.id.value).toMatch(/^\$\{alicloud_kms_key\.key_[0-9A-F]+\.id\}$/);
    expect(outputs.arn.value).toMatch(/^\$\{alicloud_kms_key\.key_[0-9A-F]+\.arn\}$/);
    expect(key.keySpec).toBe('Aliyun_AES_256');
    expect(warningIds(stack)).toEqual([]);
    expect(optOutIds(stack)).toEqual([]);
  });

  test('snapshot', () => {
    const stack = testStack();
    new EncryptionKey(stack, 'key', { alias: 'alias/app/data', rotationIntervalDays: 90, tags: { team: 'storage' } });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('options: alias, SM4, HSM, rotation interval, pending window, KMS instance, tags, provider', () => {
    const stack = testStack();
    const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
    const key = new EncryptionKey(stack, 'key', {
      alias: 'alias/app/data',
      keySpec: EncryptionKeySpec.SM4,
      protectionLevel: KeyProtectionLevel.HSM,
      rotationIntervalDays: 7,
      pendingWindowDays: 366,
      kmsInstanceId: 'kst-hzz65f176a0ogplgq****',
      description: 'Data key',
      tags: { team: 'storage' },
      provider: dr,
    });
    const json = synthJson(stack);
    const kms = onlyResource(json, 'alicloud_kms_key');
    expect(kms).toMatchObject({
      key_spec: 'Aliyun_SM4',
      protection_level: 'HSM',
      rotation_interval: '604800s',
      pending_window_in_days: 366,
      dkms_instance_id: 'kst-hzz65f176a0ogplgq****',
      description: 'Data key',
      tags: { team: 'storage' },
      provider: 'alicloud.dr',
    });
    const alias = onlyResource(json, 'alicloud_kms_alias');
    expect(alias).toEqual({ alias_name: 'alias/app/data', key_id: expect.stringMatching(/^\$\{alicloud_kms_key\.key_[0-9A-F]+\.id\}$/), provider: 'alicloud.dr' });
    expect(key.aliasName).toBe('alias/app/data');
    expect(key.keySpec).toBe('Aliyun_SM4');
    expect(warningIds(stack)).toEqual(['EncryptionKey.HsmRotation']);
  });

  test('opt-outs are recorded in the resource metadata', () => {
    const stack = testStack();
    new EncryptionKey(stack, 'long', { rotationIntervalDays: 730, allowLongRotationInterval: OptOut.because('Legacy KMS allows two years') });
    new EncryptionKey(stack, 'norotate', { disableRotation: OptOut.because('HSM key cannot rotate here') });
    new EncryptionKey(stack, 'unprotected', { disableDeletionProtection: OptOut.because('Ephemeral test environment key') });
    const tf = synthWithMetadata(stack);
    const keys = tf.resource.alicloud_kms_key;
    const byPath = (p: string) => Object.values<any>(keys).find((k) => k['//'].metadata.path === `test/${p}/Resource`);
    expect(byPath('long').rotation_interval).toBe('63072000s');
    expect(optOutsOnResource(byPath('long'))).toEqual([{ id: 'EncryptionKey.LongRotationInterval', reason: 'Legacy KMS allows two years' }]);
    expect(byPath('norotate').automatic_rotation).toBe('Disabled');
    expect(byPath('norotate').rotation_interval).toBeUndefined();
    expect(optOutsOnResource(byPath('norotate'))).toEqual([{ id: 'EncryptionKey.Rotation', reason: 'HSM key cannot rotate here' }]);
    expect(byPath('unprotected').deletion_protection).toBe('Disabled');
    expect(byPath('unprotected').deletion_protection_description).toBeUndefined();
    expect(byPath('unprotected').pending_window_in_days).toBe(30);
    expect(optOutsOnResource(byPath('unprotected'))).toEqual([{ id: 'EncryptionKey.DeletionProtection', reason: 'Ephemeral test environment key' }]);
    expect(optOutIds(stack).sort()).toEqual(['EncryptionKey.DeletionProtection', 'EncryptionKey.LongRotationInterval', 'EncryptionKey.Rotation']);
  });

  test('tokens pass through unvalidated', () => {
    const stack = testStack();
    const days = Fn.tonumber('${var.days}');
    new EncryptionKey(stack, 'key', { rotationIntervalDays: days, pendingWindowDays: Fn.tonumber('${var.window}'), alias: Fn.lower('ALIAS/X') });
    const kms = onlyResource(synthJson(stack), 'alicloud_kms_key');
    expect(kms.rotation_interval).toMatch(/^\$\{format\("%ds", \(tonumber\(.*\) \* 86400\)\)\}$/);
    expect(kms.pending_window_in_days).toMatch(/^\$\{tonumber\(/);
  });

  test.each([
    ['rotationIntervalDays', { rotationIntervalDays: 6 }, 'EncryptionKey.OutOfRange'],
    ['rotationIntervalDays', { rotationIntervalDays: 366 }, 'EncryptionKey.OutOfRange'],
    ['rotationIntervalDays', { rotationIntervalDays: 731, allowLongRotationInterval: OptOut.because('Legacy KMS allows two years') }, 'EncryptionKey.OutOfRange'],
    ['rotationIntervalDays', { rotationIntervalDays: 30.5 }, 'EncryptionKey.OutOfRange'],
    ['rotationIntervalDays', { rotationIntervalDays: 90, disableRotation: OptOut.because('HSM key cannot rotate here') }, 'EncryptionKey.RotationConflict'],
    ['pendingWindowDays', { pendingWindowDays: 6 }, 'EncryptionKey.OutOfRange'],
    ['pendingWindowDays', { pendingWindowDays: 367 }, 'EncryptionKey.OutOfRange'],
    ['pendingWindowDays', { pendingWindowDays: '30' }, 'EncryptionKey.OutOfRange'],
    ['keySpec', { keySpec: 'RSA_2048' }, 'EncryptionKey.NotAllowed'],
    ['protectionLevel', { protectionLevel: 'hsm' }, 'EncryptionKey.NotAllowed'],
    ['alias', { alias: 'data' }, 'EncryptionKey.InvalidAlias'],
    ['alias', { alias: 'alias/acs/ecs' }, 'EncryptionKey.InvalidAlias'],
    ['alias', { alias: 'alias/has space' }, 'EncryptionKey.InvalidAlias'],
    ['description', { description: 'x' }, 'EncryptionKey.InvalidDescription'],
    ['description', { description: 'https://example.com key' }, 'EncryptionKey.InvalidDescription'],
    ['tags', { tags: 'env=prod' }, 'EncryptionKey.NotObject'],
    ['tags.env', { tags: { env: 1 } }, 'EncryptionKey.InvalidTags'],
    ['tags', { tags: { 'aliyun:x': 'y' } }, 'EncryptionKey.InvalidTags'],
    ['kmsInstanceId', { kmsInstanceId: '' }, 'EncryptionKey.Required'],
    ['provider', { provider: 'alicloud' }, 'EncryptionKey.InvalidProvider'],
    ['allowLongRotationInterval', { allowLongRotationInterval: OptOut.because('short') }, 'OptOut.ReasonRequired'],
    ['disableRotation', { disableRotation: true }, 'OptOut.ReasonRequired'],
    ['disableDeletionProtection', { disableDeletionProtection: 'yes' }, 'OptOut.ReasonRequired'],
    ['props', 'nope', 'EncryptionKey.NotObject'],
  ])('rejects %s %j', (property, props, code) => {
    const err = expectValidationError(() => new EncryptionKey(testStack(), 'key', props as any), { code, property });
    expect(err.code).toBe(code);
    expect(err.message).toContain('test/key');
  });

  describe('fromKeyId', () => {
    test('imports a plain key id, with a wildcard ARN by default', () => {
      const stack = testStack();
      const key = EncryptionKey.fromKeyId(stack, 'imported', 'key-hzz62f1cb66fa42qo1234');
      expect(key.keyId).toBe('key-hzz62f1cb66fa42qo1234');
      expect(key.keyArn).toBe('acs:kms:*:*:key/key-hzz62f1cb66fa42qo1234');
      const withArn = EncryptionKey.fromKeyId(stack, 'imported2', 'key-1', 'acs:kms:cn-hangzhou:123:key/key-1');
      expect(withArn.keyArn).toBe('acs:kms:cn-hangzhou:123:key/key-1');
      const token = Fn.lower('${var.key}');
      expect(EncryptionKey.fromKeyId(stack, 'imported3', token).keyId).toBe(token);
    });

    test.each([
      ['keyId', 'alias/app', 'EncryptionKey.NotPlainKeyId'],
      ['keyId', 'acs:kms:cn-hangzhou:123:key/key-1', 'EncryptionKey.NotPlainKeyId'],
      ['keyId', '', 'EncryptionKey.Required'],
      ['keyId', 42, 'EncryptionKey.Required'],
    ])('rejects %s %j', (property, keyId, code) => {
      const err = expectValidationError(() => EncryptionKey.fromKeyId(testStack(), 'imported', keyId as any), { code, property });
      expect(err.code).toBe(code);
    });

    test('rejects an ARN that is not a KMS ARN', () => {
      expectValidationError(() => EncryptionKey.fromKeyId(testStack(), 'imported', 'key-1', 'arn:aws:kms:x'), { code: 'EncryptionKey.InvalidArn', property: 'keyArn' });
    });
  });

  describe('defaultFor', () => {
    test('one key per stack and provider, created lazily at stack level', () => {
      const stack = testStack();
      const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
      expect(resourcesOf(synthJson(stack), 'alicloud_kms_key')).toEqual({});
      const a = EncryptionKey.defaultFor(stack);
      const b = EncryptionKey.defaultFor(stack);
      const c = EncryptionKey.defaultFor(stack, dr);
      expect(a).toBe(b);
      expect(c).not.toBe(a);
      expect((a as EncryptionKey).node.path).toBe('test/DefaultEncryptionKey');
      const keys = Object.values<any>(resourcesOf(synthJson(stack), 'alicloud_kms_key'));
      expect(keys).toHaveLength(2);
      expect(keys.map((k) => k.provider ?? 'default').sort()).toEqual(['alicloud.dr', 'default']);
      expect(keys[0]).toMatchObject({ automatic_rotation: 'Enabled', deletion_protection: 'Enabled', pending_window_in_days: 30 });
    });
  });
});
