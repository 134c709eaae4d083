import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, Effect, InstanceRole, LeastPrivilegeRamPolicy, PLATFORM_LIMITS, OptOut, PolicyDocument, PolicyStatement,
} from '../../lib';
import { Fn, Testing } from '../../lib/cdktf';
import { statementFinding } from '../../lib/controls';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds, optOutsOnResource } from '../util';

const read = () => new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['acs:ecs:cn-hangzhou:*:instance/*'] });

function synthErrors(stack: Construct): string {
  try {
    Testing.synth(stack as any, true);
  } catch (e) {
    return String((e as Error).message);
  }
  return '';
}

describe('PolicyDocument', () => {
  test('Version "1", statements in insertion order, identical statements once, compact JSON', () => {
    const a = read();
    const doc = new PolicyDocument({ statements: [a, read()] });
    doc.addStatements(a, new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:DeleteInstance'], resources: ['*'] }));
    expect(doc.statements).toHaveLength(3);
    const json = doc.toJson();
    expect(json.Version).toBe('1');
    expect(json.Statement.map((s) => s.Effect)).toEqual(['Allow', 'Deny']);
    expect(doc.toJsonString()).not.toContain(' ');
    expect(doc.toJsonString()).toBe(new PolicyDocument({ statements: [read(), new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:DeleteInstance'], resources: ['*'] })] }).toJsonString());
    expect(doc.byteLength).toBe(Buffer.byteLength(doc.toJsonString()));
    expect(new PolicyDocument().isEmpty).toBe(true);
  });

  test('byteLength does not count embedded tokens', () => {
    const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['kms:Decrypt'], resources: [Fn.lower('ACS:KMS:*:*:KEY/1')] })] });
    expect(doc.byteLength).toBe(Buffer.byteLength(doc.toJsonString().replace(/\$\{TfToken\[[^\]]*\]\}/g, '')));
  });

  test('rejects non-statements', () => {
    expectValidationError(() => new PolicyDocument({ statements: [{} as any] }), { code: 'PolicyDocument.NotAStatement', property: 'statements[0]' });
    expectValidationError(() => new PolicyDocument({ statements: 'x' as any }), { code: 'PolicyDocument.NotArray', property: 'statements' });
    expectValidationError(() => new PolicyDocument(3 as any), { code: 'PolicyDocument.NotObject', property: 'props' });
  });
});

describe('LeastPrivilegeRamPolicy defaults', () => {
  test('alicloud_ram_policy with policy_document (not document/statement), generated name and description', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'read', { statements: [read()] });
    const policy = onlyResource(synthJson(stack), 'alicloud_ram_policy');
    expect(policy.policy_name).toMatch(/^test-read-[0-9a-f]{8}$/);
    expect(policy.description).toBe('Least-privilege policy test/read');
    expect(policy.document).toBeUndefined();
    expect(policy.statement).toBeUndefined();
    expect(policy.provider).toBeUndefined();
    expect(JSON.parse(policy.policy_document)).toEqual({
      Version: '1',
      Statement: [{
        Effect: 'Allow',
        Action: ['ecs:DescribeInstances'],
        Resource: ['acs:ecs:cn-hangzhou:*:instance/*'],
        Condition: { Bool: { 'acs:SecureTransport': ['true'] } },
      }],
    });
  });

  test('no attachments unless asked', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'read', { statements: [read()] });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'alicloud_ram_role_policy_attachment')).toEqual({});
    expect(resourcesOf(json, 'alicloud_ram_user_policy_attachment')).toEqual({});
  });

  test('snapshot', () => {
    const stack = testStack();
    const policy = new LeastPrivilegeRamPolicy(stack, 'ops', {
      policyName: 'ops-restart',
      description: 'Restart instances with MFA',
      statements: [read().requireMfa(), new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:DeleteInstance'], resources: ['*'] })],
    });
    policy.attachToGroup('ops');
    policy.attachToRole('ops-role');
    expect(synthJson(stack)).toMatchSnapshot();
  });
});

describe('LeastPrivilegeRamPolicy options', () => {
  test('name, description, provider on every resource, statements added later and through a document', () => {
    const stack = testStack();
    const sh = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    const doc = new PolicyDocument({ statements: [read()] });
    const policy = new LeastPrivilegeRamPolicy(stack, 'p', { policyName: 'my-policy-1', description: 'mine', document: doc, provider: sh });
    policy.addStatements(new PolicyStatement({ actions: ['ecs:DescribeDisks'], resources: ['*'] }));
    policy.attachToRole('r');
    policy.attachToGroup('g');
    policy.attachToUser('u', OptOut.because('Break-glass user, reviewed quarterly'));
    const json = synthJson(stack);
    const p = onlyResource(json, 'alicloud_ram_policy');
    expect(p.policy_name).toBe('my-policy-1');
    expect(p.description).toBe('mine');
    expect(JSON.parse(p.policy_document).Statement).toHaveLength(2);
    for (const type of ['alicloud_ram_policy', 'alicloud_ram_role_policy_attachment', 'alicloud_ram_group_policy_attachment', 'alicloud_ram_user_policy_attachment']) {
      expect(onlyResource(json, type).provider).toBe('alicloud.sh');
    }
    expect(policy.document).toBe(doc);
  });

  test('attachments: role by name or construct, group; policy_type Custom; same target once', () => {
    const stack = testStack();
    const role = new InstanceRole(stack, 'role');
    const policy = new LeastPrivilegeRamPolicy(stack, 'p', { statements: [read()] });
    const a1 = policy.attachToRole(role);
    expect(policy.attachToRole(role)).toBe(a1);
    policy.attachToRole('other-role');
    policy.attachToGroup('devs');
    const json = synthJson(stack);
    const roleAttachments = Object.values(resourcesOf(json, 'alicloud_ram_role_policy_attachment')) as any[];
    expect(roleAttachments.map((a) => a.role_name).sort()).toEqual(['${alicloud_ram_role.role_C7B7E775.role_name}', 'other-role']);
    expect(roleAttachments.every((a) => a.policy_type === 'Custom' && a.policy_name.startsWith('${alicloud_ram_policy.'))).toBe(true);
    const group = onlyResource(json, 'alicloud_ram_group_policy_attachment');
    expect(group).toMatchObject({ group_name: 'devs', policy_type: 'Custom' });
  });

  test('attachToUser needs a reasoned opt-out (CIS 1.16), acknowledged on the attachment (the only resource with the finding)', () => {
    const stack = testStack();
    const policy = new LeastPrivilegeRamPolicy(stack, 'p', { statements: [read()] });
    expectValidationError(() => policy.attachToUser('bob', undefined as any), { code: 'OptOut.ReasonRequired', property: 'attachToUser', path: 'test/p' });
    expectValidationError(() => policy.attachToUser('bob', OptOut.because('short')), { code: 'OptOut.ReasonRequired', property: 'attachToUser' });
    policy.attachToUser('bob', OptOut.because('Legacy CI user until the role migration'));
    const tf = synthWithMetadata(stack);
    const attachment = Object.values(tf.resource.alicloud_ram_user_policy_attachment)[0] as any;
    expect(attachment.user_name).toBe('bob');
    expect(optOutsOnResource(attachment)).toEqual([{ id: 'LeastPrivilegeRamPolicy.UserAttachment', reason: 'Legacy CI user until the role migration' }]);
    expect(attachment['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-RAM-002', reason: 'Legacy CI user until the role migration', optOut: 'LeastPrivilegeRamPolicy.UserAttachment' },
    ]);
    expect(optOutsOnResource(Object.values(tf.resource.alicloud_ram_policy)[0])).toEqual([]);
    expect(optOutIds(stack)).toContain('LeastPrivilegeRamPolicy.UserAttachment');
  });

  test('HTTPS-only opt-out of a statement is acknowledged on the policy resource by the statement Sid', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'p', {
      statements: [read(), new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:b/*'], allowInsecureTransport: OptOut.because('Camera uploads over HTTP') })],
    });
    const tf = synthWithMetadata(stack);
    const policy = Object.values(tf.resource.alicloud_ram_policy)[0] as any;
    const doc = JSON.parse(policy.policy_document);
    expect(policy['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-RAM-003', reason: 'Camera uploads over HTTP', appliesTo: [statementFinding(doc.Statement[1])], optOut: 'LeastPrivilegeRamPolicy.InsecureTransport' },
    ]);
    expect(doc.Statement[0].Condition).toEqual({ Bool: { 'acs:SecureTransport': ['true'] } });
    expect(doc.Statement[1].Condition).toBeUndefined();
    expect(optOutIds(stack)).toEqual(['LeastPrivilegeRamPolicy.InsecureTransport']);
  });

  test('tokens pass through: a token in an ARN, a token name', () => {
    const stack = testStack();
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', { description: 'k' });
    const group = new alicloud.ramGroup.RamGroup(stack, 'g', { groupName: 'devs' });
    const policy = new LeastPrivilegeRamPolicy(stack, 'p', {
      policyName: Fn.lower('NAME'),
      statements: [new PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.arn, `acs:kms:cn-hangzhou:${Fn.lower('ACCOUNT')}:key/${key.id}`] })],
    });
    policy.attachToGroup(group.groupName);
    const json = synthJson(stack);
    // Terraform evaluates the interpolations inside the document string before the API call
    const doc: string = onlyResource(json, 'alicloud_ram_policy').policy_document;
    expect(doc).toContain('"Resource":["${alicloud_kms_key.key.arn}","acs:kms:cn-hangzhou:${lower("ACCOUNT")}:key/${alicloud_kms_key.key.id}"]');
    expect(onlyResource(json, 'alicloud_ram_policy').policy_name).toBe('${lower("NAME")}');
    expect(onlyResource(json, 'alicloud_ram_group_policy_attachment').group_name).toBe('${alicloud_ram_group.g.group_name}');
  });
});

describe('LeastPrivilegeRamPolicy rejections', () => {
  test.each([['*'], ['*:*']])('Allow %j on resource * (CIS 1.15)', (action) => {
    const stack = testStack();
    const err = expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'admin', { statements: [new PolicyStatement({ actions: [action], resources: ['*'] })] }),
      { code: 'LeastPrivilegeRamPolicy.AdminAccess', property: 'statements[0].actions', path: 'test/admin' });
    expect(err.allowed).toContain('CIS');
  });

  test.each<[string, Record<string, string[]>]>([
    ['* on acs:*:*:*:* (ALI-RAM-001)', { actions: ['*'], resources: ['acs:*:*:*:*'] }],
    ['NotAction on every resource (ALI-RAM-005)', { notActions: ['ecs:DescribeInstances'], resources: ['*'] }],
    ['ram:* on every resource (ALI-RAM-005)', { actions: ['ram:*'], resources: ['*'] }],
    ['sts:* on every STS resource (ALI-RAM-005)', { actions: ['sts:*'], resources: ['acs:sts:*:*:*'] }],
    ['kms:* on acs:*:*:*:* (ALI-RAM-005)', { actions: ['kms:*'], resources: ['acs:*:*:*:*'] }],
    ['ecs:* on every resource (ALI-RAM-005)', { actions: ['ecs:*'], resources: ['*'] }],
  ])('admin-equivalent Allow: %s is refused, as the rule pack fails it', (_name, props) => {
    const stack = testStack();
    const err = expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'admin', { statements: [new PolicyStatement(props)] }),
      { code: 'LeastPrivilegeRamPolicy.AdminAccess', property: 'statements[0].actions', path: 'test/admin' });
    expect(err.allowed).toContain('ALI-RAM-005');
  });

  test('service-wide actions on one resource, and Deny with NotAction, are not admin-equivalent', () => {
    const stack = testStack();
    expect(() => new LeastPrivilegeRamPolicy(stack, 'one', { statements: [new PolicyStatement({ actions: ['kms:*'], resources: ['acs:kms:cn-hangzhou:123:key/abc'] })] })).not.toThrow();
    expect(() => new LeastPrivilegeRamPolicy(stack, 'deny', {
      statements: [new PolicyStatement({ effect: Effect.DENY, notActions: ['ecs:Describe*'], resources: ['*'] }), read()],
    })).not.toThrow();
  });

  test('admin access added to a statement after it joined the policy fails at synth', () => {
    const stack = testStack();
    const s = read();
    new LeastPrivilegeRamPolicy(stack, 'p', { statements: [s] });
    s.addActions('*').addResources('*');
    expect(synthErrors(stack)).toContain('[LeastPrivilegeRamPolicy.AdminAccess] test/p: invalid statements[0].actions');
  });

  test('Deny * on * and Allow * on a specific ARN are not admin access', () => {
    const stack = testStack();
    expect(() => new LeastPrivilegeRamPolicy(stack, 'deny', { statements: [new PolicyStatement({ effect: Effect.DENY, actions: ['*'], resources: ['*'] })] })).not.toThrow();
    expect(() => new LeastPrivilegeRamPolicy(stack, 'arn', { statements: [new PolicyStatement({ actions: ['*'], resources: ['acs:oss:*:*:b'] })] })).not.toThrow();
  });

  test('name and description limits (RAM CreatePolicy)', () => {
    const stack = testStack();
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'a', { policyName: 'has_underscore' }), { code: 'LeastPrivilegeRamPolicy.InvalidText', property: 'policyName' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'b', { policyName: 'x'.repeat(129) }), { property: 'policyName' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'c', { policyName: '' }), { property: 'policyName' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'd', { description: 'x'.repeat(1025) }), { property: 'description' });
    expect(() => new LeastPrivilegeRamPolicy(stack, 'e', { policyName: 'x'.repeat(128), description: 'x'.repeat(1024), statements: [read()] })).not.toThrow();
  });

  test('statements are re-validated with the construct path', () => {
    const stack = testStack();
    const s = read();
    (s as any)._resources.push('not-an-arn');
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'p', { statements: [s] }),
      { code: 'PolicyStatement.InvalidResource', property: 'statements[0].resources[1]', path: 'test/p' });
  });

  test('wrong types from JavaScript', () => {
    const stack = testStack();
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'a', 'x' as any), { code: 'LeastPrivilegeRamPolicy.NotObject', property: 'props' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'b', { statements: 'x' as any }), { code: 'LeastPrivilegeRamPolicy.NotArray', property: 'statements' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'c', { statements: [{ actions: ['ecs:A'] } as any] }),
      { code: 'LeastPrivilegeRamPolicy.NotAStatement', property: 'statements[0]' });
    expectValidationError(() => new LeastPrivilegeRamPolicy(stack, 'd', { document: {} as any }), { code: 'LeastPrivilegeRamPolicy.NotADocument', property: 'document' });
    const p = new LeastPrivilegeRamPolicy(stack, 'e', { statements: [read()] });
    expectValidationError(() => p.attachToRole(undefined as any), { code: 'LeastPrivilegeRamPolicy.Required', property: 'role' });
    expectValidationError(() => p.attachToRole({} as any), { code: 'LeastPrivilegeRamPolicy.Required', property: 'role' });
    expectValidationError(() => p.attachToGroup('' as any), { code: 'LeastPrivilegeRamPolicy.Required', property: 'groupName' });
    expectValidationError(() => p.attachToUser(3 as any, OptOut.because('reason long enough')), { code: 'LeastPrivilegeRamPolicy.Required', property: 'userName' });
  });
});

describe('LeastPrivilegeRamPolicy synth-time validation', () => {
  test('an empty policy fails at synth', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'empty');
    expect(synthErrors(stack)).toContain('[LeastPrivilegeRamPolicy.Empty] test/empty: invalid statements []');
  });

  test('a statement without actions or resources fails at synth', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'p', { statements: [new PolicyStatement({ actions: ['ecs:DescribeInstances'] }), new PolicyStatement({ resources: ['*'] })] });
    const errors = synthErrors(stack);
    expect(errors).toContain('[LeastPrivilegeRamPolicy.IncompleteStatement] test/p: invalid statements[0]');
    expect(errors).toContain('Resource or NotResource');
    expect(errors).toContain('[LeastPrivilegeRamPolicy.IncompleteStatement] test/p: invalid statements[1]');
  });

  test('a document over 6,144 bytes fails at synth; exactly at the limit passes', () => {
    const statementOf = (n: number) => new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:b/' + 'x'.repeat(n)] });
    const probe = new PolicyDocument({ statements: [statementOf(1)] }).byteLength;
    const exact = statementOf(1 + PLATFORM_LIMITS.maxPolicyDocumentBytes - probe);

    const stack = testStack();
    const p = new LeastPrivilegeRamPolicy(stack, 'big', { statements: [exact] });
    expect(p.document.byteLength).toBe(PLATFORM_LIMITS.maxPolicyDocumentBytes);
    expect(synthErrors(stack)).toBe('');

    const stack2 = testStack();
    new LeastPrivilegeRamPolicy(stack2, 'big', { statements: [statementOf(2 + PLATFORM_LIMITS.maxPolicyDocumentBytes - probe)] });
    expect(synthErrors(stack2)).toContain('[LeastPrivilegeRamPolicy.DocumentTooLarge] test/big: invalid document "6145 bytes"');
  });

  test('an opt-out statement added behind the policy\'s back (document.addStatements) is reported', () => {
    const stack = testStack();
    const p = new LeastPrivilegeRamPolicy(stack, 'p', { statements: [read()] });
    p.document.addStatements(new PolicyStatement({ actions: ['oss:GetObject'], resources: ['*'], allowInsecureTransport: OptOut.because('Legacy HTTP client') }));
    expect(synthErrors(stack)).toContain('LeastPrivilegeRamPolicy.UnrecordedOptOut');
  });
});

describe('LeastPrivilegeRamPolicy warnings', () => {
  test('service:* actions', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'p', { statements: [new PolicyStatement({ actions: ['ecs:*'], resources: ['acs:ecs:*:*:instance/i-1'] })] });
    expect(warningIds(stack)).toEqual(['LeastPrivilegeRamPolicy.ServiceWildcardAction']);
  });

  test('write actions on resource *, but not read-only ones', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'reads', { statements: [new PolicyStatement({ actions: ['ecs:Describe*', 'ecs:ListTagResources', 'oss:GetObject'], resources: ['*'] })] });
    expect(warningIds(stack)).toEqual([]);
    new LeastPrivilegeRamPolicy(stack, 'writes', { statements: [new PolicyStatement({ actions: ['ecs:StopInstance'], resources: ['*'] })] });
    expect(warningIds(stack)).toEqual(['LeastPrivilegeRamPolicy.WildcardResourceWrite']);
  });

  test('Allow with NotAction / NotResource', () => {
    const stack = testStack();
    new LeastPrivilegeRamPolicy(stack, 'p', { statements: [new PolicyStatement({ notActions: ['ram:*'], resources: ['acs:ecs:*:*:instance/*'] })] });
    expect(warningIds(stack)).toEqual(['LeastPrivilegeRamPolicy.AllowWithNegation']);
  });

  test('risky statements made after adding are warned at synth; Deny statements never', () => {
    const stack = testStack();
    const s = read();
    new LeastPrivilegeRamPolicy(stack, 'p', { statements: [s, new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:*'], resources: ['*'] })] });
    expect(warningIds(stack)).toEqual([]);
    s.addActions('oss:*');
    synthJson(stack);
    expect(warningIds(stack)).toEqual(['LeastPrivilegeRamPolicy.ServiceWildcardAction']);
  });
});
