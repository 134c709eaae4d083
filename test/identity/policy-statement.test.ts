import { Condition, ConditionKeys, Effect, KNOWN_CONDITION_OPERATORS, OptOut, PolicyStatement } from '../../lib';
import { Fn } from '../../lib/cdktf';
import { expectValidationError } from '../util';

describe('PolicyStatement defaults', () => {
  test('is an Allow that is HTTPS-only (acs:SecureTransport = true)', () => {
    const s = new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'] });
    expect(s.effect).toBe(Effect.ALLOW);
    expect(s.requiresSecureTransport).toBe(true);
    expect(s.toJson()).toEqual({
      Effect: 'Allow',
      Action: ['ecs:DescribeInstances'],
      Resource: ['*'],
      Condition: { Bool: { 'acs:SecureTransport': ['true'] } },
    });
    expect(s.conditions).toEqual({});
  });

  test('Deny statements do not get the HTTPS-only condition', () => {
    const s = new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:DeleteInstance'], resources: ['*'] });
    expect(s.requiresSecureTransport).toBe(false);
    expect(s.toJson()).toEqual({ Effect: 'Deny', Action: ['ecs:DeleteInstance'], Resource: ['*'] });
  });

  test('serializes deterministically: fixed key order, sorted and de-duplicated lists', () => {
    const a = new PolicyStatement({ actions: ['oss:PutObject', 'oss:GetObject', 'oss:GetObject'], resources: ['acs:oss:*:*:b/2', 'acs:oss:*:*:b/1'] })
      .addCondition('IpAddress', 'acs:SourceIp', ['10.0.0.0/8', '1.1.1.1'])
      .addCondition('Bool', 'acs:MFAPresent', true);
    const b = new PolicyStatement({ resources: ['acs:oss:*:*:b/1', 'acs:oss:*:*:b/2'], actions: ['oss:GetObject', 'oss:PutObject'] })
      .addCondition('Bool', 'acs:MFAPresent', 'true')
      .addCondition('IpAddress', 'acs:SourceIp', ['1.1.1.1', '10.0.0.0/8']);
    expect(JSON.stringify(a.toJson())).toBe(JSON.stringify(b.toJson()));
    expect(Object.keys(a.toJson())).toEqual(['Effect', 'Action', 'Resource', 'Condition']);
    expect(a.toJson().Action).toEqual(['oss:GetObject', 'oss:PutObject']);
    expect(Object.keys(a.toJson().Condition!)).toEqual(['Bool', 'IpAddress']);
    expect(a.toJson().Condition!.Bool).toEqual({ 'acs:MFAPresent': ['true'], 'acs:SecureTransport': ['true'] });
  });
});

describe('PolicyStatement builders and helpers', () => {
  test('addActions, addResources, addAllResources, addCondition merge values', () => {
    const s = new PolicyStatement()
      .addActions('ecs:StartInstance')
      .addActions('ecs:StopInstance', 'ecs:StartInstance')
      .addAllResources()
      .addCondition('StringEquals', 'acs:SourceVpc', 'vpc-a')
      .addCondition('StringEquals', 'acs:SourceVpc', ['vpc-b', 'vpc-a']);
    expect(s.actions).toEqual(['ecs:StartInstance', 'ecs:StopInstance']);
    expect(s.resources).toEqual(['*']);
    expect(s.conditions).toEqual({ StringEquals: { 'acs:SourceVpc': ['vpc-a', 'vpc-b'] } });
  });

  test('notActions and notResources', () => {
    const s = new PolicyStatement({ effect: Effect.DENY }).addNotActions('ram:*').addNotResources('acs:ram:*:*:role/admin');
    expect(s.toJson()).toEqual({ Effect: 'Deny', NotAction: ['ram:*'], NotResource: ['acs:ram:*:*:role/admin'] });
  });

  test('condition helpers: sourceIp, sourceVpc, mfaPresent, secureTransport', () => {
    expect(Condition.sourceIp(['203.0.113.0/24'])).toEqual({ IpAddress: { 'acs:SourceIp': ['203.0.113.0/24'] } });
    expect(Condition.sourceVpc(['vpc-1'])).toEqual({ StringEquals: { 'acs:SourceVpc': ['vpc-1'] } });
    expect(Condition.mfaPresent()).toEqual({ Bool: { 'acs:MFAPresent': ['true'] } });
    expect(Condition.secureTransport()).toEqual({ Bool: { [ConditionKeys.SECURE_TRANSPORT]: ['true'] } });
    const s = new PolicyStatement({ actions: ['ecs:RebootInstance'], resources: ['*'], conditions: Condition.sourceIp(['203.0.113.0/24']) })
      .requireSourceVpc('vpc-1').requireMfa().requireSourceIp('198.51.100.7');
    expect(s.toJson().Condition).toEqual({
      Bool: { 'acs:MFAPresent': ['true'], 'acs:SecureTransport': ['true'] },
      IpAddress: { 'acs:SourceIp': ['198.51.100.7', '203.0.113.0/24'] },
      StringEquals: { 'acs:SourceVpc': ['vpc-1'] },
    });
  });

  test('an explicit acs:SecureTransport = true is accepted and not duplicated', () => {
    const s = new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'], conditions: Condition.secureTransport() });
    expect(s.toJson().Condition).toEqual({ Bool: { 'acs:SecureTransport': ['true'] } });
  });

  test('numbers and booleans become strings; numeric and date operators are known', () => {
    const s = new PolicyStatement({ actions: ['ecs:RunInstances'], resources: ['*'] })
      .addCondition('NumericLessThanEquals', 'ecs:Amount', 3)
      .addCondition('DateLessThan', 'acs:CurrentTime', '2027-01-01T00:00:00+08:00');
    expect(s.toJson().Condition!.NumericLessThanEquals).toEqual({ 'ecs:Amount': ['3'] });
    expect(KNOWN_CONDITION_OPERATORS).toHaveLength(21);
  });

  test('copy() is independent', () => {
    const s = new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'], conditions: Condition.mfaPresent() });
    const c = s.copy().addActions('ecs:DescribeDisks');
    expect(s.actions).toEqual(['ecs:DescribeInstances']);
    expect(c.toJson().Condition).toEqual(s.toJson().Condition);
  });
});

describe('PolicyStatement opt-out: allowInsecureTransport', () => {
  test('drops the HTTPS-only condition with a reason', () => {
    const s = new PolicyStatement({ actions: ['oss:GetObject'], resources: ['*'], allowInsecureTransport: OptOut.because('Legacy agent speaks HTTP only') });
    expect(s.requiresSecureTransport).toBe(false);
    expect(s.insecureTransportReason).toBe('Legacy agent speaks HTTP only');
    expect(s.toJson().Condition).toBeUndefined();
  });

  test('requires a reason of at least 10 characters', () => {
    expectValidationError(() => new PolicyStatement({ allowInsecureTransport: OptOut.because('no') }),
      { code: 'OptOut.ReasonRequired', property: 'allowInsecureTransport', path: 'PolicyStatement' });
    expectValidationError(() => new PolicyStatement({ allowInsecureTransport: true as any }),
      { code: 'OptOut.ReasonRequired', property: 'allowInsecureTransport' });
  });

  test('acs:SecureTransport other than Bool "true" on an Allow requires the opt-out', () => {
    expectValidationError(() => new PolicyStatement({ actions: ['oss:GetObject'], conditions: { Bool: { 'acs:SecureTransport': 'false' } } }),
      { code: 'PolicyStatement.InsecureTransport', property: 'conditions.Bool.acs:SecureTransport' });
    expectValidationError(() => new PolicyStatement().addCondition('StringEquals', 'acs:SecureTransport', 'true'),
      { code: 'PolicyStatement.InsecureTransport' });
    const optedOut = new PolicyStatement({
      actions: ['oss:GetObject'],
      resources: ['*'],
      conditions: { Bool: { 'acs:SecureTransport': 'false' } },
      allowInsecureTransport: OptOut.because('Only the HTTP endpoint is allowed here'),
    });
    expect(optedOut.toJson().Condition).toEqual({ Bool: { 'acs:SecureTransport': ['false'] } });
    expect(new PolicyStatement({ effect: Effect.DENY }).addCondition('Bool', 'acs:SecureTransport', 'false').conditions)
      .toEqual({ Bool: { 'acs:SecureTransport': ['false'] } });
  });
});

describe('PolicyStatement rejections', () => {
  test.each([
    ['ecs', 'no service prefix'],
    ['ecs:', 'empty action'],
    ['ecs:Describe Instances', 'space'],
    ['*:Describe', 'wildcard service with a named action'],
  ])('action %j (%s)', (action) => {
    expectValidationError(() => new PolicyStatement({ actions: [action] }), { code: 'PolicyStatement.InvalidAction', property: 'actions[0]' });
  });

  test.each([
    ['arn:aws:s3:::bucket'],
    ['acs:oss'],
    ['acs:ecs:cn-hangzhou:account:instance/i-1'],
    [''],
  ])('resource %j', (resource) => {
    expectValidationError(() => new PolicyStatement({ resources: ['*', resource] }), { code: 'PolicyStatement.InvalidResource', property: 'resources[1]' });
  });

  test('accepts the documented ARN shapes', () => {
    expect(() => new PolicyStatement({
      resources: ['*', 'acs:ecs:cn-hangzhou:123456789012:instance/i-1', 'acs:ram::123456789012:role/x', 'acs:oss:*:*:bucket/*', 'acs:ecs:*:*:disk/*'],
    })).not.toThrow();
  });

  test('unknown condition operator, bad key, bad value', () => {
    expectValidationError(() => new PolicyStatement({ conditions: { StringEqualz: { 'acs:SourceVpc': 'vpc-1' } } }),
      { code: 'PolicyStatement.UnknownConditionOperator', property: 'conditions' });
    expectValidationError(() => new PolicyStatement().addCondition('StringEquals', 'SourceVpc', 'vpc-1'),
      { code: 'PolicyStatement.InvalidConditionKey', property: 'conditions.StringEquals' });
    expectValidationError(() => new PolicyStatement().addCondition('StringEquals', 'acs:SourceVpc', []),
      { code: 'PolicyStatement.InvalidConditionValue', property: 'conditions.StringEquals.acs:SourceVpc' });
    expectValidationError(() => new PolicyStatement().addCondition('StringEquals', 'acs:SourceVpc', [{}] as any),
      { code: 'PolicyStatement.InvalidConditionValue' });
    expectValidationError(() => new PolicyStatement({ conditions: { Bool: 'true' } as any }),
      { code: 'PolicyStatement.InvalidCondition', property: 'conditions.Bool' });
    expectValidationError(() => new PolicyStatement({ conditions: 'x' as any }), { code: 'PolicyStatement.InvalidCondition', property: 'conditions' });
  });

  test('actions with notActions, resources with notResources', () => {
    expectValidationError(() => new PolicyStatement({ actions: ['ecs:A'], notActions: ['ecs:B'] }), { code: 'PolicyStatement.ActionConflict', property: 'notActions' });
    expectValidationError(() => new PolicyStatement({ resources: ['*'], notResources: ['*'] }), { code: 'PolicyStatement.ResourceConflict', property: 'notResources' });
    expectValidationError(() => new PolicyStatement({ actions: ['ecs:A'] }).addNotActions('ecs:B'), { code: 'PolicyStatement.ActionConflict' });
    expectValidationError(() => new PolicyStatement({ notActions: ['ecs:A'] }).addActions('ecs:B'), { code: 'PolicyStatement.ActionConflict' });
    expectValidationError(() => new PolicyStatement({ resources: ['*'] }).addNotResources('*'), { code: 'PolicyStatement.ResourceConflict' });
    expectValidationError(() => new PolicyStatement({ notResources: ['*'] }).addResources('*'), { code: 'PolicyStatement.ResourceConflict' });
  });

  test('wrong types from JavaScript give validation errors, not TypeErrors', () => {
    expectValidationError(() => new PolicyStatement(null as any), { code: 'PolicyStatement.NotObject', property: 'props' });
    expectValidationError(() => new PolicyStatement({ effect: 'Permit' as any }), { code: 'PolicyStatement.InvalidEffect', property: 'effect' });
    expectValidationError(() => new PolicyStatement({ actions: 'ecs:DescribeInstances' as any }), { code: 'PolicyStatement.NotArray', property: 'actions' });
    expectValidationError(() => new PolicyStatement({ resources: [42 as any] }), { code: 'PolicyStatement.InvalidResource', property: 'resources[0]' });
    expectValidationError(() => new PolicyStatement({ actions: [null as any] }), { code: 'PolicyStatement.InvalidAction', property: 'actions[0]' });
  });
});

describe('PolicyStatement tokens', () => {
  test('a token inside an ARN, a whole-token resource and token condition values pass through', () => {
    const account = Fn.lower('${var.account}');
    const s = new PolicyStatement({
      actions: ['kms:Decrypt'],
      resources: [`acs:kms:cn-hangzhou:${account}:key/${Fn.lower('KEY')}`, Fn.lower('ACS:OSS:*:*:B')],
      conditions: { StringEquals: { 'acs:SourceVpc': Fn.lower('VPC') }, NumericLessThan: { 'ecs:Amount': Fn.tonumber('3') } },
    });
    expect(s.resources).toHaveLength(2);
    expect(s.toJson().Condition!.StringEquals['acs:SourceVpc']).toHaveLength(1);
  });

  test('a token does not hide a bad literal part', () => {
    expectValidationError(() => new PolicyStatement({ resources: [`arn:aws:${Fn.lower('X')}`] }), { code: 'PolicyStatement.InvalidResource' });
  });
});
