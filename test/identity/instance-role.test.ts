import { alicloud, AlicloudProvider, ECS_TRUST_POLICY, Grant, InstanceRole, OptOut, PolicyStatement } from '../../lib';
import { Fn, Token } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, optOutsOnResource } from '../util';

const statement = () => new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:bucket/*'] });

describe('InstanceRole defaults', () => {
  test('trusts only ecs.aliyuncs.com with sts:AssumeRole, 3600 s sessions, generated name', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web');
    const json = synthJson(stack);
    const r = onlyResource(json, 'alicloud_ram_role');
    expect(JSON.parse(r.assume_role_policy_document)).toEqual({
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['ecs.aliyuncs.com'] } }],
      Version: '1',
    });
    expect(r.assume_role_policy_document).toBe(ECS_TRUST_POLICY);
    expect(r.max_session_duration).toBe(3600);
    expect(r.role_name).toMatch(/^test-web-[0-9a-f]{8}$/);
    expect(r.description).toBe('ECS instance role test/web');
    expect(r.document).toBeUndefined();
    expect(r.services).toBeUndefined();
    expect(Token.isUnresolved(role.roleArn)).toBe(true);
    expect(role.policy).toBeUndefined();
  });

  test('an empty role has no policy resources', () => {
    const stack = testStack();
    new InstanceRole(stack, 'web');
    const json = synthJson(stack);
    expect(resourcesOf(json, 'alicloud_ram_policy')).toEqual({});
    expect(resourcesOf(json, 'alicloud_ram_role_policy_attachment')).toEqual({});
  });

  test('snapshot (with a grant)', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web', { roleName: 'web-servers', description: 'Web tier' });
    role.addToPolicy(statement());
    expect(synthJson(stack)).toMatchSnapshot();
  });
});

describe('InstanceRole grants', () => {
  test('addToPolicy collects statements into one least-privilege policy attached to the role', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web');
    role.addToPolicy(statement());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['log:PostLogStoreLogs'], resources: ['acs:log:*:*:project/p/*'] }));
    const json = synthJson(stack);
    const policy = onlyResource(json, 'alicloud_ram_policy');
    const doc = JSON.parse(policy.policy_document);
    expect(doc.Statement).toHaveLength(2);
    expect(doc.Statement.every((s: any) => s.Condition.Bool['acs:SecureTransport'][0] === 'true')).toBe(true);
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment')).toMatchObject({
      role_name: expect.stringMatching(/^\$\{alicloud_ram_role\.web_[0-9A-F]{8}\.role_name\}$/),
      policy_name: expect.stringContaining('${alicloud_ram_policy.'),
      policy_type: 'Custom',
    });
    expect(role.policy).toBeDefined();
  });

  test('Grant.addToPrincipal scopes the statement to the resource ARN (a token)', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web');
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', { description: 'k' });
    const grant = Grant.addToPrincipal({ grantee: role, actions: ['kms:Encrypt', 'kms:Decrypt'], resourceArns: [key.arn], conditions: { Bool: { 'acs:MFAPresent': 'true' } } });
    expect(grant.success).toBe(true);
    expect(grant.grantee).toBe(role);
    expect(grant.statement.toJson()).toMatchObject({ Action: ['kms:Decrypt', 'kms:Encrypt'] });
    const doc = JSON.parse(onlyResource(synthJson(stack), 'alicloud_ram_policy').policy_document);
    expect(doc.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypt'],
      Resource: ['${alicloud_kms_key.key.arn}'],
      Condition: { Bool: { 'acs:MFAPresent': ['true'], 'acs:SecureTransport': ['true'] } },
    });
  });

  test('an HTTPS opt-out on a granted statement is recorded on the role policy', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web');
    role.addToPolicy(new PolicyStatement({ actions: ['oss:PutObject'], resources: ['acs:oss:*:*:b/*'], allowInsecureTransport: OptOut.because('Old uploader is HTTP-only') }));
    const tf = synthWithMetadata(stack);
    expect(optOutsOnResource(Object.values(tf.resource.alicloud_ram_policy)[0])[0].id).toBe('LeastPrivilegeRamPolicy.InsecureTransport');
    expect(optOutIds(stack)).toEqual(['LeastPrivilegeRamPolicy.InsecureTransport']);
  });

  test('admin grants are rejected with the policy path', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'web');
    expectValidationError(() => role.addToPolicy(new PolicyStatement({ actions: ['*'], resources: ['*'] })),
      { code: 'LeastPrivilegeRamPolicy.AdminAccess', path: 'test/web/Policy' });
  });

  test('Grant rejects bad input', () => {
    const role = new InstanceRole(testStack(), 'web');
    expectValidationError(() => Grant.addToPrincipal(undefined as any), { code: 'Grant.NotObject', property: 'options' });
    expectValidationError(() => Grant.addToPrincipal({ grantee: {} as any, actions: ['a:b'], resourceArns: ['*'] }), { code: 'Grant.NotGrantable', property: 'grantee' });
    expectValidationError(() => Grant.addToPrincipal({ grantee: role, actions: [], resourceArns: ['*'] }), { code: 'Grant.NoActions', property: 'actions' });
    expectValidationError(() => Grant.addToPrincipal({ grantee: role, actions: ['kms:Decrypt'], resourceArns: 'x' as any }), { code: 'Grant.NoResources', property: 'resourceArns' });
    expectValidationError(() => Grant.addToPrincipal({ grantee: role, actions: ['kms Decrypt'], resourceArns: ['*'] }), { code: 'PolicyStatement.InvalidAction' });
    expectValidationError(() => role.addToPolicy({} as any), { code: 'InstanceRole.NotAStatement', property: 'statement' });
  });
});

describe('InstanceRole options and rejections', () => {
  test('name, description, session duration and provider on every resource', () => {
    const stack = testStack();
    const sh = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    const role = new InstanceRole(stack, 'web', { roleName: 'web.servers-1', description: 'Web', maxSessionDuration: 43200, provider: sh });
    role.addToPolicy(statement());
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ram_role')).toMatchObject({ role_name: 'web.servers-1', description: 'Web', max_session_duration: 43200, provider: 'alicloud.sh' });
    expect(onlyResource(json, 'alicloud_ram_policy').provider).toBe('alicloud.sh');
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment').provider).toBe('alicloud.sh');
  });

  test.each([[3599], [43201], [3600.5], ['3600' as any]])('maxSessionDuration %j', (value) => {
    expectValidationError(() => new InstanceRole(testStack(), 'r', { maxSessionDuration: value }), { code: 'InstanceRole.OutOfRange', property: 'maxSessionDuration' });
  });

  test('role name and description limits (RAM CreateRole)', () => {
    const stack = testStack();
    expectValidationError(() => new InstanceRole(stack, 'a', { roleName: 'has space' }), { code: 'InstanceRole.InvalidText', property: 'roleName' });
    expectValidationError(() => new InstanceRole(stack, 'b', { roleName: 'x'.repeat(65) }), { property: 'roleName' });
    expectValidationError(() => new InstanceRole(stack, 'c', { description: '' }), { property: 'description' });
    expectValidationError(() => new InstanceRole(stack, 'd', 'x' as any), { code: 'InstanceRole.NotObject', property: 'props' });
    expect(() => new InstanceRole(stack, 'e', { roleName: 'x'.repeat(64), maxSessionDuration: 3600 })).not.toThrow();
  });

  test('tokens pass through', () => {
    const stack = testStack();
    new InstanceRole(stack, 'r', { roleName: Fn.lower('NAME'), maxSessionDuration: Fn.tonumber('7200') });
    expect(onlyResource(synthJson(stack), 'alicloud_ram_role').role_name).toBe('${lower("NAME")}');
  });

  test('generated names stay within 64 characters for deep paths', () => {
    const stack = testStack();
    new InstanceRole(stack, 'a-very-long-construct-id-that-goes-on-and-on-and-on-for-a-while-longer');
    expect(onlyResource(synthJson(stack), 'alicloud_ram_role').role_name.length).toBeLessThanOrEqual(64);
  });
});

describe('InstanceRole.fromRoleName', () => {
  test('imports by name, no resources until granted, then one policy attached to the name', () => {
    const stack = testStack();
    const sh = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    const role = InstanceRole.fromRoleName(stack, 'existing', 'legacy-role', { provider: sh });
    expect(role.roleName).toBe('legacy-role');
    expect(role.roleArn).toBe('acs:ram::*:role/legacy-role');
    expect(resourcesOf(synthJson(stack), 'alicloud_ram_policy')).toEqual({});

    const stack2 = testStack();
    const role2 = InstanceRole.fromRoleName(stack2, 'existing', 'legacy-role', { provider: new AlicloudProvider(stack2, 'sh', { region: 'cn-shanghai', alias: 'sh' }) });
    Grant.addToPrincipal({ grantee: role2, actions: ['oss:GetObject'], resourceArns: ['acs:oss:*:*:b/*'] });
    role2.addToPrincipalPolicy(statement());
    const json = synthJson(stack2);
    expect(JSON.parse(onlyResource(json, 'alicloud_ram_policy').policy_document).Statement).toHaveLength(2);
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment')).toMatchObject({ role_name: 'legacy-role', policy_type: 'Custom', provider: 'alicloud.sh' });
    expect(resourcesOf(json, 'alicloud_ram_role')).toEqual({});
  });

  test('rejects bad names', () => {
    const stack = testStack();
    expectValidationError(() => InstanceRole.fromRoleName(stack, 'a', ''), { code: 'InstanceRole.Required', property: 'roleName' });
    expectValidationError(() => InstanceRole.fromRoleName(stack, 'b', 'bad/name'), { code: 'InstanceRole.InvalidText', property: 'roleName' });
    expectValidationError(() => InstanceRole.fromRoleName(stack, 'c', 'ok', 3 as any), { code: 'InstanceRole.NotObject', property: 'options' });
    const imported = InstanceRole.fromRoleName(stack, 'd', 'ok');
    expectValidationError(() => imported.addToPrincipalPolicy('x' as any), { code: 'InstanceRole.NotAStatement' });
  });
});
