import { Construct } from 'constructs';
import { alicloud, HardeningValidationError, OptOut } from '../lib';
import { expectValidationError, synthWithMetadata, testStack, warningIds } from './util';
import { Fn } from '../lib/cdktf';
import { describeValue } from '../lib/core/errors';
import { checkOptOut, optOutsOf, recordOptOut } from '../lib/core/opt-out';
import { Check, isToken } from '../lib/core/validate';
import { addHardeningWarning, Warnings, warningsOf } from '../lib/core/warnings';

describe('HardeningValidationError', () => {
  test('names construct path, property, value and what is allowed', () => {
    const stack = testStack();
    const scope = new Construct(stack, 'disk');
    const err = new HardeningValidationError(scope, 'EncryptedDisk.SizeOutOfRange', 'size', 70000, 'a whole number from 20 to 65536');
    expect(err.message).toBe('[EncryptedDisk.SizeOutOfRange] test/disk: invalid size 70000: a whole number from 20 to 65536');
    expect(err).toBeInstanceOf(Error);
    expect(err.constructPath).toBe('test/disk');
  });

  test('renders any value safely', () => {
    const circular: any = {}; circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object]');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(() => 1)).toBe('<function>');
    expect(describeValue('x'.repeat(500))).toHaveLength(200);
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
  });
});

describe('Check', () => {
  const check = () => new Check(new Construct(testStack(), 'c'), 'Thing');

  test('integer range, with tokens passing through', () => {
    expectValidationError(() => check().integer('size', 5, 20, 100), { code: 'Thing.OutOfRange', property: 'size' });
    expectValidationError(() => check().integer('size', 20.5, 20, 100), { property: 'size' });
    expectValidationError(() => check().integer('size', '30' as any, 20, 100), { property: 'size' });
    expect(() => check().integer('size', 20, 20, 100)).not.toThrow();
    expect(() => check().integer('size', Fn.tonumber('${var.size}') as number, 20, 100)).not.toThrow();
  });

  test('oneOf, text, required, bool, object, array', () => {
    const c = check();
    expectValidationError(() => c.oneOf('category', 'cloud' as string, ['cloud_essd']), { code: 'Thing.NotAllowed' });
    expect(() => c.oneOf('category', Fn.lower('CLOUD_ESSD'), ['cloud_essd'])).not.toThrow();
    expectValidationError(() => c.text('name', '', { max: 10 }), { code: 'Thing.InvalidText' });
    expectValidationError(() => c.text('name', 'a b', { max: 10, pattern: /^\S+$/, patternText: 'without spaces' }), { property: 'name' });
    expectValidationError(() => c.required('zoneId', ''), { code: 'Thing.Required' });
    expectValidationError(() => c.bool('flag', 'yes'), { code: 'Thing.NotBoolean' });
    expectValidationError(() => c.object('props', 3), { code: 'Thing.NotObject' });
    expectValidationError(() => c.array('list', 'a'), { code: 'Thing.NotArray' });
  });

  test('isToken recognises string, number and list tokens', () => {
    expect(isToken('${x}')).toBe(false); // a literal string, not a cdktf token
    expect(isToken(Fn.lower('A'))).toBe(true);
    expect(isToken(Fn.tonumber('1'))).toBe(true);
    expect(isToken(Fn.split(',', 'a,b'))).toBe(true);
    expect(isToken(undefined)).toBe(false);
  });
});

describe('OptOut', () => {
  test('requires a reason of at least 10 characters', () => {
    const scope = new Construct(testStack(), 'x');
    expect(checkOptOut(scope, 'publicIp', OptOut.because('Bastion host for the office'))).toBe('Bastion host for the office');
    expect(checkOptOut(scope, 'publicIp', { reason: 'Plain object from JavaScript' })).toBe('Plain object from JavaScript');
    expectValidationError(() => checkOptOut(scope, 'publicIp', OptOut.because('short')), { code: 'OptOut.ReasonRequired', property: 'publicIp' });
    expectValidationError(() => checkOptOut(scope, 'publicIp', true), { property: 'publicIp' });
    expectValidationError(() => checkOptOut(scope, 'publicIp', undefined), { property: 'publicIp' });
  });

  test('is written as the acknowledgement the catalogue gives it, once per id, and on the construct', () => {
    const stack = testStack();
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', {});
    recordOptOut(key, 'EncryptionKey.Rotation', 'HSM key material cannot rotate', [key]);
    recordOptOut(key, 'EncryptionKey.Rotation', 'HSM key material cannot rotate', [key]);
    recordOptOut(key, 'EncryptionKey.DeletionProtection', 'Throw-away key of the test account', [key]);
    const tf = synthWithMetadata(stack);
    expect(tf.resource.alicloud_kms_key.key['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-KMS-001', reason: 'HSM key material cannot rotate', appliesTo: ['automatic_rotation'], optOut: 'EncryptionKey.Rotation' },
      { ruleId: 'ALI-KMS-003', reason: 'Throw-away key of the test account', optOut: 'EncryptionKey.DeletionProtection' },
    ]);
    expect(tf.resource.alicloud_kms_key.key['//'].metadata.path).toBe('test/key');
    expect(optOutsOf(key)).toHaveLength(2);
    expect(() => recordOptOut(key, 'Vpc.FlowLog', 'Not an opt-out of the catalogue', [key])).toThrow(/not in the opt-out catalogue/);
  });

  test('per-use findings: an empty list acknowledges nothing, repeated uses merge', () => {
    const stack = testStack();
    const rule = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'r', { securityGroupId: 'sg-1', type: 'ingress', ipProtocol: 'tcp', portRange: '20/23' });
    recordOptOut(rule, 'HardenedSecurityGroup.InternetExposure', 'Legacy FTP drop for a partner', [rule], []);
    expect(synthWithMetadata(stack).resource.alicloud_security_group_rule.r['//'].hardening).toBeUndefined();
    recordOptOut(rule, 'HardenedSecurityGroup.InternetExposure', 'Legacy FTP drop for a partner', [rule], ['port:21']);
    recordOptOut(rule, 'HardenedSecurityGroup.InternetExposure', 'Legacy FTP drop for a partner', [rule], ['port:22', 'port:21']);
    expect(synthWithMetadata(stack).resource.alicloud_security_group_rule.r['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-SG-002', reason: 'Legacy FTP drop for a partner', appliesTo: ['port:21', 'port:22'], optOut: 'HardenedSecurityGroup.InternetExposure' },
    ]);
  });
});

describe('warning acknowledgements (as AWS CDK Annotations.acknowledgeWarning)', () => {
  test('acknowledging removes the synth warning of the subtree, also for warnings added later; the record stays', () => {
    const stack = testStack();
    const tier = new Construct(stack, 'tier');
    const a = new Construct(tier, 'a');
    addHardeningWarning(a, 'SecureInstance.UserDataSecret', 'user data looks like it holds a secret');
    addHardeningWarning(a, 'HardenedSecurityGroup.InternetIngress', 'tcp 443 is open to the internet');
    Warnings.of(tier).acknowledge('SecureInstance.UserDataSecret', 'The token is a public bootstrap id');
    const b = new Construct(tier, 'b');
    addHardeningWarning(b, 'SecureInstance.UserDataSecret', 'user data looks like it holds a secret');
    const shown = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data));
    expect(shown).toEqual(['[HardenedSecurityGroup.InternetIngress] tcp 443 is open to the internet']);
    expect(warningsOf(stack).map((w) => [w.path, w.id, w.acknowledgement?.reason])).toEqual([
      ['test/tier/a', 'SecureInstance.UserDataSecret', 'The token is a public bootstrap id'],
      ['test/tier/a', 'HardenedSecurityGroup.InternetIngress', undefined],
      ['test/tier/b', 'SecureInstance.UserDataSecret', 'The token is a public bootstrap id'],
    ]);
  });

  test('needs a warning id and a reason of at least 10 characters', () => {
    const scope = new Construct(testStack(), 'x');
    expectValidationError(() => Warnings.of(scope).acknowledge('not an id', 'A long enough reason'), { code: 'Warnings.InvalidId', property: 'id' });
    expectValidationError(() => Warnings.of(scope).acknowledge('SecureInstance.UserDataSecret', 'short'), { code: 'Warnings.ReasonRequired', property: 'reason' });
    expectValidationError(() => Warnings.of(undefined as any), { code: 'Warnings.InvalidScope' });
  });
});

describe('warnings', () => {
  test('carry a stable id and are not duplicated', () => {
    const stack = testStack();
    const scope = new Construct(stack, 'sg');
    addHardeningWarning(scope, 'HardenedSecurityGroup.InternetIngress', 'port 443 is open to 0.0.0.0/0');
    addHardeningWarning(scope, 'HardenedSecurityGroup.InternetIngress', 'port 443 is open to 0.0.0.0/0');
    expect(warningIds(stack)).toEqual(['HardenedSecurityGroup.InternetIngress']);
    const annotations = scope.node.metadata.filter((m) => m.type === '@cdktf/warn');
    expect(annotations.map((a) => a.data)).toEqual(['[HardenedSecurityGroup.InternetIngress] port 443 is open to 0.0.0.0/0']);
  });
});
