import { Construct } from 'constructs';
import { doc } from './rule-fixtures';
import { alicloud } from '../../lib';
import { Aspects, Testing, TerraformStack } from '../../lib/cdktf';
import { Acknowledgements, ACKNOWLEDGEMENT_METADATA_TYPE, checkStack, evaluateTerraformJson, HardeningChecks } from '../../lib/rules';
import { expectValidationError, synthWithMetadata, testStack } from '../util';

const KMS_OK = { automaticRotation: 'Enabled', rotationInterval: '365d', pendingWindowInDays: 30, deletionProtection: 'Enabled' };

function keys(stack: TerraformStack) {
  const legacy = new Construct(stack, 'legacy');
  const inside = new alicloud.kmsKey.KmsKey(legacy, 'old-key', { ...KMS_OK, deletionProtection: 'Disabled' });
  const inside2 = new alicloud.kmsKey.KmsKey(legacy, 'old-key-2', { ...KMS_OK, deletionProtection: 'Disabled' });
  const outside = new alicloud.kmsKey.KmsKey(stack, 'new-key', { ...KMS_OK, deletionProtection: 'Disabled' });
  return { legacy, inside, inside2, outside };
}

function statusOf(stack: TerraformStack, ruleId: string): Record<string, string> {
  const result = checkStack(stack);
  return Object.fromEntries(result.findings.filter((f) => f.ruleId === ruleId)
    .map((f) => [`${f.constructPath}${f.finding ? ` ${f.finding}` : ''}`, f.status === 'acknowledged' ? `ack: ${f.acknowledgement!.reason}` : 'fail']));
}

describe('Acknowledgements', () => {
  test('scoped to a subtree: every resource below it, nothing outside', () => {
    const stack = testStack();
    const { legacy } = keys(stack);
    Acknowledgements.of(legacy).add('ALI-KMS-003', 'Legacy keys are retired next quarter');
    Testing.synth(stack, true);
    expect(statusOf(stack, 'ALI-KMS-003')).toEqual({
      'test/legacy/old-key': 'ack: Legacy keys are retired next quarter',
      'test/legacy/old-key-2': 'ack: Legacy keys are retired next quarter',
      'test/new-key': 'fail',
    });
  });

  test('scoped to one resource; resources added to the scope later are covered too', () => {
    const stack = testStack();
    const { inside, legacy } = keys(stack);
    Acknowledgements.of(inside).add('ALI-KMS-003', 'This key is deleted by the migration');
    Acknowledgements.of(legacy).add('ALI-KMS-004', 'Pending window is set by the org policy');
    new alicloud.kmsKey.KmsKey(legacy, 'late-key', { automaticRotation: 'Enabled', rotationInterval: '365d', deletionProtection: 'Enabled' });
    Testing.synth(stack, true);
    expect(statusOf(stack, 'ALI-KMS-003')).toEqual({
      'test/legacy/old-key': 'ack: This key is deleted by the migration',
      'test/legacy/old-key-2': 'fail',
      'test/new-key': 'fail',
    });
    expect(statusOf(stack, 'ALI-KMS-004')).toEqual({ 'test/legacy/late-key': 'ack: Pending window is set by the org policy' });
  });

  test('scoped to specific findings with appliesTo', () => {
    const stack = testStack();
    const rule = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'db', {
      securityGroupId: 'sg-1', type: 'ingress', ipProtocol: 'tcp', portRange: '3300/3400', cidrIp: '0.0.0.0/0', description: 'db',
    });
    Acknowledgements.of(rule).add('ALI-SG-002', 'MySQL demo endpoint, no data', { appliesTo: ['port:3306'] });
    Testing.synth(stack, true);
    expect(statusOf(stack, 'ALI-SG-002')).toEqual({ 'test/db port:3306': 'ack: MySQL demo endpoint, no data', 'test/db port:3389': 'fail' });
  });

  test('written to the resource\'s "//" metadata and the construct tree; re-adding replaces', () => {
    const stack = testStack();
    const { legacy, inside, outside } = keys(stack);
    Acknowledgements.of(legacy).add('ALI-KMS-003', 'first reason, replaced below');
    Acknowledgements.of(legacy).add('ALI-KMS-003', 'Legacy keys are retired next quarter');
    Acknowledgements.of(legacy).add('ALI-SG-002', 'Only port 22 is acceptable', { appliesTo: ['port:22'] });
    const json = synthWithMetadata(stack);
    const body = (r: alicloud.kmsKey.KmsKey) => json.resource.alicloud_kms_key[r.friendlyUniqueId];
    expect(body(inside)['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-KMS-003', reason: 'Legacy keys are retired next quarter' },
      { ruleId: 'ALI-SG-002', reason: 'Only port 22 is acceptable', appliesTo: ['port:22'] },
    ]);
    expect(body(outside)['//'].hardening).toBeUndefined();
    expect(Acknowledgements.of(legacy).all).toHaveLength(2);
    expect(legacy.node.metadata.filter((m) => m.type === ACKNOWLEDGEMENT_METADATA_TYPE)).toHaveLength(3);
  });

  test('acknowledged findings do not fail synthesis', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    const disk = new alicloud.ecsDisk.EcsDisk(stack, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    expect(() => Testing.synth(stack, true)).toThrow(/ALI-DSK-001/);
    for (const id of ['ALI-DSK-001', 'ALI-DSK-002', 'ALI-DSK-003']) Acknowledgements.of(disk).add(id, 'Throwaway disk for a load test');
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(HardeningChecks.lastResult(stack)?.summary).toMatchObject({ errors: 0, acknowledged: 3 });
  });

  test.each([
    ['unknown rule', 'ALI-NOPE-1', 'a valid reason', undefined, 'Acknowledgements.UnknownRule', 'ruleId'],
    ['non-acknowledgeable rule', 'ALI-SG-003', 'a valid reason', undefined, 'Acknowledgements.NotAcknowledgeable', 'ruleId'],
    ['non-acknowledgeable rule', 'ALI-RAM-001', 'a valid reason', undefined, 'Acknowledgements.NotAcknowledgeable', 'ruleId'],
    ['short reason', 'ALI-KMS-003', 'too short', undefined, 'Acknowledgements.ReasonRequired', 'reason'],
    ['blank reason', 'ALI-KMS-003', '           ', undefined, 'Acknowledgements.ReasonRequired', 'reason'],
    ['empty appliesTo', 'ALI-KMS-003', 'a valid reason', { appliesTo: [] }, 'Acknowledgements.InvalidAppliesTo', 'appliesTo'],
    ['appliesTo not strings', 'ALI-KMS-003', 'a valid reason', { appliesTo: [22] }, 'Acknowledgements.InvalidAppliesTo', 'appliesTo'],
    ['options not an object', 'ALI-KMS-003', 'a valid reason', 'port:22', 'Acknowledgements.InvalidOptions', 'options'],
    ['expires not a date', 'ALI-KMS-003', 'a valid reason', { expires: 'next year' }, 'Acknowledgements.InvalidExpires', 'expires'],
    ['expires not a calendar day', 'ALI-KMS-003', 'a valid reason', { expires: '2027-02-30' }, 'Acknowledgements.InvalidExpires', 'expires'],
  ])('rejects %s', (_what, ruleId, reason, options, code, property) => {
    const stack = testStack();
    const { legacy } = keys(stack);
    const err = expectValidationError(() => Acknowledgements.of(legacy).add(ruleId, reason, options as any), { code, property, path: 'test/legacy' });
    expect(err.allowed.length).toBeGreaterThan(10);
  });

  test('rejects a scope that is not a construct', () => {
    expectValidationError(() => Acknowledgements.of({} as any), { code: 'Acknowledgements.InvalidScope', property: 'scope' });
  });

  test('an acknowledgement of a non-acknowledgeable rule written by hand is ignored, with a note', () => {
    const result = evaluateTerraformJson(doc(['alicloud_security_group_rule', 'all', {
      'security_group_id': 'sg-1',
      'type': 'ingress',
      'ip_protocol': 'all',
      'port_range': '-1/-1',
      'cidr_ip': '0.0.0.0/0',
      'description': 'all',
      '//': { hardening: { acknowledgements: [{ ruleId: 'ALI-SG-003', reason: 'We really want this' }] } },
    }]));
    const f = result.findings.find((x) => x.ruleId === 'ALI-SG-003')!;
    expect(f.status).toBe('fail');
    expect(f.note).toBe('ALI-SG-003 cannot be acknowledged; the acknowledgement ("We really want this") is ignored');
    // The record itself is an ALI-META-002 error naming it.
    const meta = result.findings.find((x) => x.ruleId === 'ALI-META-002')!;
    expect(meta).toMatchObject({ status: 'fail', level: 'error', address: 'alicloud_security_group_rule.all', finding: 'acknowledgements[0]' });
    expect(meta.message).toContain('"ruleId":"ALI-SG-003"');
    expect(result.summary.errors).toBe(2);
  });

  test('expires is written to the record and judged by the acknowledgement policy', () => {
    const stack = testStack();
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', { automaticRotation: 'Enabled', rotationInterval: '365d', pendingWindowInDays: 30, deletionProtection: 'Disabled' });
    Acknowledgements.of(key).add('ALI-KMS-003', 'Rebuilt key in the sandbox', { expires: '2027-06-30' });
    const json = stack.toTerraform() as Record<string, any>;
    expect(Object.values<any>(json.resource.alicloud_kms_key)[0]['//'].hardening.acknowledgements)
      .toEqual([{ ruleId: 'ALI-KMS-003', reason: 'Rebuilt key in the sandbox', expires: '2027-06-30' }]);
    const at = (day: string) => evaluateTerraformJson(json, { acknowledgementPolicy: { now: new Date(`${day}T00:00:00Z`), requireExpiry: true } })
      .findings.filter((f) => f.ruleId === 'ALI-KMS-003' || f.ruleId.startsWith('ALI-META')).map((f) => `${f.ruleId} ${f.status}`);
    expect(at('2027-06-30')).toEqual(['ALI-KMS-003 acknowledged']);
    expect(at('2027-07-01')).toEqual(['ALI-KMS-003 fail', 'ALI-META-004 fail']);
  });
});
