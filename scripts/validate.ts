/**
 * `npm run validate` (after provider:ensure): synthesizes every blueprint (examples/*) and every
 * validation fixture stack (test/fixtures), then runs `terraform init -backend=false` and
 * `terraform validate` in each stack directory with the real aliyun/alicloud provider. Prints one
 * line per stack; exits non-zero when any stack is invalid, or when a negative fixture (one that
 * must be rejected) is accepted or rejected for another reason than the expected one.
 *
 *   npm run validate                    # everything
 *   npm run validate -- --only storage  # only stacks whose label contains "storage"
 */
import * as path from 'path';
import { runLargeFuzz } from './fuzz';
import { checkBackendBlock } from './lib/backend-check';
import { CheckovExpectation, CheckovTarget, NEGATIVE_CONTROL_STACK, runCheckov } from './lib/checkov';
import { REPO_ROOT, readProviderMeta } from './lib/provider-meta';
import { runRulePack } from './lib/rule-pack';
import { SynthesizedStack, exampleNames, synthExample, synthFixtures } from './lib/stacks';
import { runTerraform, terraformBinary } from './lib/terraform';
import { runPropertyValidation } from './property-validate';

const OUT = path.join(REPO_ROOT, 'cdktf.out', 'validate');
/** Stacks checkov must fail: the insecure L1 stack and the weakened state backend (test/fixtures/state.ts). */
const NEGATIVE_CONTROL_LABELS = [`fixtures/${NEGATIVE_CONTROL_STACK}`, 'fixtures/insecure-state-backend'];

export interface StackVerdict {
  readonly ok: boolean;
  readonly line: string;
  readonly detail?: string;
}

/** Runs terraform init + validate in one synthesized stack directory and judges the result. */
export function validateStack(stack: SynthesizedStack): StackVerdict {
  const init = runTerraform(stack.dir, ['init', '-backend=false', '-input=false', '-no-color']);
  if (init.status !== 0) {
    return { ok: false, line: `FAIL  ${stack.label}: terraform init failed`, detail: init.stdout + init.stderr };
  }
  const res = runTerraform(stack.dir, ['validate', '-no-color']);
  const output = (res.stdout + res.stderr).trim();
  const firstError = output.split('\n').find((l) => l.startsWith('Error:')) ?? output.split('\n')[0];
  if (!stack.expectInvalid) {
    const said = output.split('\n').find((l) => l.includes('The configuration is valid')) ?? '';
    return res.status === 0
      ? { ok: true, line: `ok    ${stack.label}: ${said.trim()}` }
      : { ok: false, line: `FAIL  ${stack.label}: ${firstError}`, detail: output };
  }
  if (res.status === 0) {
    return { ok: false, line: `FAIL  ${stack.label}: expected terraform to reject it (${stack.expectInvalid}), but it is valid` };
  }
  return stack.expectInvalid.test(output)
    ? { ok: true, line: `ok    ${stack.label}: rejected as expected: ${firstError}` }
    : { ok: false, line: `FAIL  ${stack.label}: rejected, but not with ${stack.expectInvalid}`, detail: output };
}

/** The proof steps of issue 7 besides checkov: property-based configurations and the large fuzz. Returns how many failed. */
function runProofSteps(): number {
  const property = runPropertyValidation();
  const fuzz = runLargeFuzz();
  return (property.ok ? 0 : 1) + (fuzz ? 0 : 1);
}

function main() {
  const meta = readProviderMeta();
  const started = Date.now();
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const tf = terraformBinary();
  let stacks: SynthesizedStack[] = [];
  for (const name of exampleNames()) {
    if (only && !`examples/${name}`.includes(only)) continue;
    for (const s of synthExample(name, path.join(OUT, 'examples', name))) {
      stacks.push({ label: `examples/${name}/${s.name}`, dir: s.dir });
    }
  }
  stacks.push(...synthFixtures(path.join(OUT, 'fixtures')));
  if (only) stacks = stacks.filter((s) => s.label.includes(only));
  console.log(`validating ${stacks.length} stacks with ${path.basename(tf)} and ${meta.source} ${meta.version}`);

  let failed = 0;
  for (const stack of stacks) {
    const verdict = validateStack(stack);
    console.log(verdict.line);
    if (!verdict.ok) {
      failed++;
      if (verdict.detail) console.log(verdict.detail.split('\n').map((l) => `      ${l}`).join('\n'));
    }
  }
  // Backend blocks (scripts/lib/backend-check.ts): terraform validate skips them; terraform init decodes them.
  for (const stack of stacks) {
    const verdict = checkBackendBlock(stack.label, stack.dir);
    if (!verdict) continue;
    console.log(verdict.line);
    if (!verdict.ok) {
      failed++;
      if (verdict.detail) console.log(verdict.detail.split('\n').map((l) => `      ${l}`).join('\n'));
    }
  }
  // Hardening rule pack (scripts/lib/rule-pack.ts): blueprints clean, the insecure fixture must fail.
  const rulePackFailed = runRulePack(stacks);
  // Real scanner (scripts/lib/checkov.ts): blueprints clean, the insecure fixture must fail.
  const checkovTargets: CheckovTarget[] = stacks.map((s) => ({
    label: s.label,
    dir: s.dir,
    expect: s.label.startsWith('examples/') ? CheckovExpectation.CLEAN
      : NEGATIVE_CONTROL_LABELS.includes(s.label) ? CheckovExpectation.MUST_FAIL : CheckovExpectation.CLEAN_OR_OPTED_OUT,
  }));
  const checkovFailed = runCheckov(checkovTargets, path.join(OUT, 'checkov')).filter((v) => !v.ok).length;
  // Property-based configurations and fuzzed bad input (full runs; skipped with --only).
  const proofFailed = only ? 0 : runProofSteps();
  console.log(`${stacks.length - failed} passed, ${failed} failed (terraform validate); `
    + `${checkovTargets.length - checkovFailed} passed, ${checkovFailed} failed (checkov); `
    + `${proofFailed} failed proof steps (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  process.exitCode = failed || checkovFailed || proofFailed ? 1 : 0;
  if (rulePackFailed) process.exitCode = 1;
}

if (require.main === module) main();
