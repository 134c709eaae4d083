import { AlicloudProvider, ConditionKeys, GuardrailPolicies, GuardrailStatements, LeastPrivilegeRamPolicy } from '../../lib';
import { expectValidationError, onlyResource, resourcesOf, synthJson, testStack, warningIds } from '../util';

const docOf = (json: any) => JSON.parse(onlyResource(json, 'alicloud_ram_policy').policy_document);

describe('GuardrailStatements', () => {
  test('denyUnencryptedDisks: system disk and data disks (String keys, StringEquals "false"), one statement each', () => {
    expect(GuardrailStatements.denyUnencryptedDisks().map((s) => s.toJson())).toEqual([
      { Effect: 'Deny', Action: ['ecs:CreateInstance', 'ecs:RunInstances'], Resource: ['*'], Condition: { StringEquals: { 'ecs:IsSystemDiskEncrypted': ['false'] } } },
      { Effect: 'Deny', Action: ['ecs:CreateDisk', 'ecs:CreateInstance', 'ecs:RunInstances'], Resource: ['*'], Condition: { StringEquals: { 'ecs:IsDiskEncrypted': ['false'] } } },
    ]);
  });

  test('denyInstancesWithoutMetadataHardening: Bool ecs:SecurityHardeningMode "false"', () => {
    expect(GuardrailStatements.denyInstancesWithoutMetadataHardening().map((s) => s.toJson())).toEqual([
      {
        Effect: 'Deny',
        Action: ['ecs:CreateInstance', 'ecs:ModifyInstanceMetadataOptions', 'ecs:RunInstances'],
        Resource: ['*'],
        Condition: { Bool: { [ConditionKeys.ECS_SECURITY_HARDENING_MODE]: ['false'] } },
      },
    ]);
  });

  test('denyPublicIp: Bool ecs:AssociatePublicIpAddress "true" and AllocatePublicIpAddress', () => {
    expect(GuardrailStatements.denyPublicIp().map((s) => s.toJson())).toEqual([
      {
        Effect: 'Deny',
        Action: ['ecs:CreateInstance', 'ecs:ModifyInstanceNetworkSpec', 'ecs:ModifyInstanceSpec', 'ecs:RunInstances'],
        Resource: ['*'],
        Condition: { Bool: { 'ecs:AssociatePublicIpAddress': ['true'] } },
      },
      { Effect: 'Deny', Action: ['ecs:AllocatePublicIpAddress'], Resource: ['*'] },
    ]);
  });

  test('denyInsecureTransport: Deny * on * when acs:SecureTransport is "false"', () => {
    expect(GuardrailStatements.denyInsecureTransport().map((s) => s.toJson())).toEqual([
      { Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { Bool: { 'acs:SecureTransport': ['false'] } } },
    ]);
  });

  test('all() is the union, and every statement is a Deny', () => {
    const all = GuardrailStatements.all();
    expect(all).toHaveLength(6);
    expect(all.every((s) => s.effect === 'Deny' && !s.requiresSecureTransport)).toBe(true);
  });
});

describe('GuardrailPolicies', () => {
  test.each([
    ['denyUnencryptedDisks', 2, 'Guardrail: deny unencrypted ECS disks'],
    ['denyInstancesWithoutMetadataHardening', 1, 'Guardrail: deny ECS instances without metadata security hardening mode'],
    ['denyPublicIp', 2, 'Guardrail: deny public IPs on ECS instances'],
    ['denyInsecureTransport', 1, 'Guardrail: deny API calls over plain HTTP'],
    ['baseline', 6, 'Guardrails: deny unencrypted disks, metadata without hardening mode, public IPs and plain HTTP'],
  ] as const)('%s creates one policy with %d statements, no warnings, no attachments by default', (factory, count, description) => {
    const stack = testStack();
    const policy = GuardrailPolicies[factory](stack, 'g');
    expect(policy).toBeInstanceOf(LeastPrivilegeRamPolicy);
    const json = synthJson(stack);
    expect(docOf(json).Statement).toHaveLength(count);
    expect(onlyResource(json, 'alicloud_ram_policy').description).toBe(description);
    expect(resourcesOf(json, 'alicloud_ram_group_policy_attachment')).toEqual({});
    expect(warningIds(stack)).toEqual([]);
  });

  test('attach to groups and roles, name, description and provider', () => {
    const stack = testStack();
    const sh = new AlicloudProvider(stack, 'sh', { region: 'cn-shanghai', alias: 'sh' });
    GuardrailPolicies.baseline(stack, 'g', { policyName: 'org-guardrails', description: 'Org guardrails', groupNames: ['devs', 'ops'], roleNames: ['ci'], provider: sh });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ram_policy')).toMatchObject({ policy_name: 'org-guardrails', description: 'Org guardrails', provider: 'alicloud.sh' });
    const groups = Object.values(resourcesOf(json, 'alicloud_ram_group_policy_attachment')) as any[];
    expect(groups.map((g) => g.group_name).sort()).toEqual(['devs', 'ops']);
    expect(groups.every((g) => g.provider === 'alicloud.sh')).toBe(true);
    expect(onlyResource(json, 'alicloud_ram_role_policy_attachment')).toMatchObject({ role_name: 'ci', provider: 'alicloud.sh' });
  });

  test('rejects bad props', () => {
    const stack = testStack();
    expectValidationError(() => GuardrailPolicies.baseline(stack, 'a', { groupNames: 'devs' as any }), { code: 'GuardrailPolicies.NotArray', property: 'groupNames' });
    expectValidationError(() => GuardrailPolicies.baseline(stack, 'b', { policyName: 'bad name' }), { code: 'LeastPrivilegeRamPolicy.InvalidText', property: 'policyName' });
  });

  test('snapshot', () => {
    const stack = testStack();
    GuardrailPolicies.baseline(stack, 'guardrails', { policyName: 'guardrails', groupNames: ['developers'] });
    expect(synthJson(stack)).toMatchSnapshot();
  });
});
