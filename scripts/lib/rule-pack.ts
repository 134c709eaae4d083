/**
 * The rule-pack step of `npm run validate`: runs the hardening rule pack (lib/rules, the same engine
 * as `npx alicloud-ecs-hardened check`) over every synthesized blueprint and fixture stack and prints
 * one line per stack.
 *
 * - Blueprints (`examples/...`) must have zero unacknowledged errors.
 * - The deliberately insecure fixture (`fixtures/insecure-l1`, test/fixtures/proof.ts) must fail
 *   with at least the rule ids in EXPECTED_RULE_FAILURES: the proof that the rules really fire.
 * - Other fixtures are informational (they exercise raw L1 resources on purpose).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckResult, evaluateTerraformJson, unacknowledgedErrors } from '../../lib/rules';

/** Unacknowledged findings (error or warning) each negative-control stack must produce. */
export const EXPECTED_RULE_FAILURES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'fixtures/insecure-l1': [
    // errors
    'ALI-ECS-001', 'ALI-ECS-002', 'ALI-ECS-004', 'ALI-ECS-005', 'ALI-ECS-006', 'ALI-ECS-011',
    'ALI-DSK-001', 'ALI-DSK-002', 'ALI-DSK-003',
    'ALI-LT-001', 'ALI-LT-002', 'ALI-LT-003',
    'ALI-SG-001', 'ALI-SG-002', 'ALI-SG-003',
    'ALI-KMS-001', 'ALI-RAM-001', 'ALI-RAM-002',
    'ALI-ASG-001', 'ALI-ALB-001', 'ALI-ALB-002',
    // warnings
    'ALI-ECS-007', 'ALI-ECS-008', 'ALI-ECS-010', 'ALI-DSK-004', 'ALI-SG-005', 'ALI-KMS-003', 'ALI-RAM-003',
    'ALI-SNP-001', 'ALI-VPC-001', 'ALI-ASG-002', 'ALI-ASG-003',
  ],
  // test/fixtures/images.ts: raw image resources.
  'fixtures/images-insecure': ['ALI-IMG-001', 'ALI-IMG-002', 'ALI-IMG-003', 'ALI-IMG-004'],
  'fixtures/insecure-state-backend': [
    // errors
    'ALI-STATE-001', 'ALI-STATE-002', 'ALI-OSS-001', 'ALI-OSS-002', 'ALI-SEC-001',
    // warnings
    'ALI-STATE-003', 'ALI-STATE-005', 'ALI-OSS-003', 'ALI-SEC-002', 'ALI-SEC-003',
  ],
});

/** How a stack is judged. */
export type RulePackExpectation = 'clean' | 'must-fail' | 'informational';

/** The rule-pack verdict on one stack. */
export interface RulePackVerdict {
  readonly label: string;
  readonly ok: boolean;
  readonly line: string;
  readonly result: CheckResult;
}

/** The expectation for a stack label. */
export function expectationFor(label: string): RulePackExpectation {
  if (Object.prototype.hasOwnProperty.call(EXPECTED_RULE_FAILURES, label)) return 'must-fail';
  return label.startsWith('examples/') ? 'clean' : 'informational';
}

function counts(result: CheckResult): string {
  const s = result.summary;
  return `${s.resources} resources, ${s.errors} errors, ${s.warnings} warnings, ${s.acknowledged} acknowledged`;
}

/** Runs the rule pack on `<dir>/cdk.tf.json` and judges it by the stack's expectation. */
export function checkStackWithRulePack(label: string, dir: string): RulePackVerdict {
  const result = evaluateTerraformJson(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')));
  const expectation = expectationFor(label);
  const errors = unacknowledgedErrors(result);
  if (expectation === 'must-fail') {
    const failed = new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
    const missing = EXPECTED_RULE_FAILURES[label].filter((id) => !failed.has(id));
    const ok = errors.length > 0 && missing.length === 0;
    return {
      label,
      ok,
      result,
      line: ok
        ? `ok    ${label}: fails as expected with ${failed.size} rule ids (${counts(result)})`
        : `FAIL  ${label}: expected failures of ${missing.join(', ') || 'at least one error'} (${counts(result)})`,
    };
  }
  if (expectation === 'clean' && errors.length > 0) {
    const where = errors.slice(0, 5).map((f) => `${f.ruleId} ${f.address}${f.finding ? ` [${f.finding}]` : ''}`).join('; ');
    return { label, ok: false, result, line: `FAIL  ${label}: ${errors.length} unacknowledged errors: ${where}` };
  }
  return { label, ok: true, result, line: `${expectation === 'clean' ? 'ok   ' : 'info '} ${label}: ${counts(result)}` };
}

/**
 * Runs the rule pack over the stacks, prints one line per stack (and a note when an expected
 * negative control was not synthesized, e.g. with `--only`), and returns the number of failures.
 */
export function runRulePack(stacks: ReadonlyArray<{ label: string; dir: string }>, log: (line: string) => void = console.log): number {
  let failed = 0;
  log(`rule pack on ${stacks.length} stacks`);
  for (const s of stacks) {
    const verdict = checkStackWithRulePack(s.label, s.dir);
    log(verdict.line);
    if (!verdict.ok) failed++;
  }
  for (const label of Object.keys(EXPECTED_RULE_FAILURES)) {
    if (!stacks.some((s) => s.label === label)) log(`note  ${label}: not synthesized, its expected rule failures were not checked`);
  }
  log(`${stacks.length - failed} passed, ${failed} failed (rule pack)`);
  return failed;
}
