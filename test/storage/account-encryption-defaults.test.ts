import { AccountEncryptionDefaults, AlicloudProvider, EncryptionKey, OptOut } from '../../lib';
import { Fn, Testing } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, optOutsOnResource } from '../util';

describe('AccountEncryptionDefaults', () => {
  test('hardened defaults: encryption by default on, with the stack default customer key', () => {
    const stack = testStack();
    const defaults = new AccountEncryptionDefaults(stack, 'defaults');
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_disk_encryption_by_default')).toEqual({ encrypted: true });
    const key = onlyResource(json, 'alicloud_ecs_disk_default_kms_key');
    expect(key.kms_key_id).toMatch(/^\$\{alicloud_kms_key\.DefaultEncryptionKey_[0-9A-F]+\.id\}$/);
    expect(key.depends_on).toEqual([expect.stringMatching(/^alicloud_ecs_disk_encryption_by_default\.defaults_EncryptionByDefault_/)]);
    expect(onlyResource(json, 'alicloud_kms_key')).toMatchObject({ automatic_rotation: 'Enabled', deletion_protection: 'Enabled' });
    expect(defaults.encryptionKey).toBe(EncryptionKey.defaultFor(stack));
    expect(defaults.defaultKey).toBeDefined();
    expect(optOutIds(stack)).toEqual([]);
  });

  test('snapshot', () => {
    const stack = testStack();
    new AccountEncryptionDefaults(stack, 'defaults', { encryptionKey: EncryptionKey.fromKeyId(stack, 'key', 'key-hzz0001') });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('given key and provider', () => {
    const stack = testStack();
    const dr = new AlicloudProvider(stack, 'dr', { region: 'cn-shanghai', alias: 'dr' });
    new AccountEncryptionDefaults(stack, 'defaults', { encryptionKey: EncryptionKey.fromKeyId(stack, 'key', 'key-hzz0001'), provider: dr });
    new AccountEncryptionDefaults(stack, 'home');
    const json = synthJson(stack);
    const keys = Object.values<any>(resourcesOf(json, 'alicloud_ecs_disk_default_kms_key'));
    expect(keys.find((k) => k.provider === 'alicloud.dr')).toMatchObject({ kms_key_id: 'key-hzz0001' });
    const flags = Object.values<any>(resourcesOf(json, 'alicloud_ecs_disk_encryption_by_default'));
    expect(flags.map((f) => f.provider ?? 'default').sort()).toEqual(['alicloud.dr', 'default']);
  });

  test('useServiceKey opt-out: no default key resource, recorded in metadata', () => {
    const stack = testStack();
    const defaults = new AccountEncryptionDefaults(stack, 'defaults', { useServiceKey: OptOut.because('KMS instance not yet purchased here') });
    const tf = synthWithMetadata(stack);
    expect(tf.resource.alicloud_ecs_disk_default_kms_key).toBeUndefined();
    expect(tf.resource.alicloud_kms_key).toBeUndefined();
    const flag = Object.values<any>(tf.resource.alicloud_ecs_disk_encryption_by_default)[0];
    expect(flag.encrypted).toBe(true);
    expect(optOutsOnResource(flag)).toEqual([{ id: 'AccountEncryptionDefaults.CustomerKey', reason: 'KMS instance not yet purchased here' }]);
    expect(defaults.encryptionKey).toBeUndefined();
  });

  test('one per stack and provider', () => {
    const stack = testStack();
    new AccountEncryptionDefaults(stack, 'a');
    expectValidationError(() => new AccountEncryptionDefaults(stack, 'b'), { code: 'AccountEncryptionDefaults.Duplicate', property: 'provider' });
  });

  test('token key ids pass through', () => {
    const stack = testStack();
    new AccountEncryptionDefaults(stack, 'defaults', { encryptionKey: EncryptionKey.fromKeyId(stack, 'key', Fn.lower('${var.key}')) });
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_disk_default_kms_key').kms_key_id).toMatch(/lower/);
  });

  test.each([
    ['encryptionKey', { encryptionKey: 'key-1' }, 'AccountEncryptionDefaults.InvalidKey'],
    ['encryptionKey', { encryptionKey: EncryptionKey.fromKeyId(testStack(), 'k', 'key-1'), useServiceKey: OptOut.because('Service key is fine here') }, 'AccountEncryptionDefaults.KeyConflict'],
    ['useServiceKey', { useServiceKey: true }, 'OptOut.ReasonRequired'],
    ['provider', { provider: 'x' }, 'AccountEncryptionDefaults.InvalidProvider'],
    ['props', 1, 'AccountEncryptionDefaults.NotObject'],
  ])('rejects %s', (property, props, code) => {
    expectValidationError(() => new AccountEncryptionDefaults(testStack(), 'defaults', props as any), { code, property });
  });
});
