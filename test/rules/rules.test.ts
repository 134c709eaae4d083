import { COVERAGE_FIXTURES, IAM_FIXTURES, mergeFixtures, NET_FIXTURES, SG_FIXTURES, USER_DATA_FIXTURES } from './coverage-fixtures';
import { caseDoc, RULE_FIXTURES as BASE_FIXTURES, RuleCase } from './rule-fixtures';
import { evaluateTerraformJson, findRule, HARDENING_RULES, HardeningRule } from '../../lib/rules';

const RULE_FIXTURES = mergeFixtures(BASE_FIXTURES, COVERAGE_FIXTURES, SG_FIXTURES, NET_FIXTURES, IAM_FIXTURES, USER_DATA_FIXTURES);

function judge(rule: HardeningRule, c: RuleCase) {
  const target = c.target ?? `${c.resources[0][0]}.${c.resources[0][1]}`;
  const result = evaluateTerraformJson(caseDoc(c), { ...c.options, rules: [rule] });
  const forTarget = result.results.filter((r) => r.address === target && r.ruleId === rule.id);
  expect(forTarget).toHaveLength(1);
  return forTarget[0];
}

describe('every rule has compliant and non-compliant fixtures', () => {
  test.each(HARDENING_RULES.map((r) => [r.id]))('%s', (id) => {
    const f = RULE_FIXTURES[id];
    expect(f).toBeDefined();
    expect(f.nonCompliant.length).toBeGreaterThan(0);
    // ALI-RAM-002 flags every resource of its type: there is no compliant alicloud_ram_user_policy_attachment.
    if (id !== 'ALI-RAM-002') expect(f.compliant.length).toBeGreaterThan(0);
  });

  test('no fixtures for rules that do not exist', () => {
    for (const id of Object.keys(RULE_FIXTURES)) expect(findRule(id)).toBeDefined();
  });
});

describe.each(Object.entries(RULE_FIXTURES))('%s', (id, fixtures) => {
  const rule = findRule(id)!;

  if (fixtures.compliant.length) {
    test.each(fixtures.compliant.map((c) => [c.name, c]))('passes: %s', (_name, c) => {
      const r = judge(rule, c);
      expect(r.status).toBe('pass');
      expect(r.findings).toEqual([]);
    });
  }

  test.each(fixtures.nonCompliant.map((c) => [c.name, c]))('fails: %s', (_name, c) => {
    const r = judge(rule, c);
    expect(r.status).toBe('fail');
    expect(r.findings.map((f) => f.finding ?? '-')).toEqual(c.findings);
    for (const f of r.findings) {
      expect(f).toMatchObject({ ruleId: id, level: rule.level, status: 'fail', fixHint: rule.fixHint, controls: rule.controls });
      expect(f.message.length).toBeGreaterThan(5);
    }
  });

  if (fixtures.notApplicable?.length) {
    test.each(fixtures.notApplicable.map((c) => [c.name, c]))('does not apply: %s', (_name, c) => {
      expect(judge(rule, c).status).toBe('not-applicable');
    });
  }
});
