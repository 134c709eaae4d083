/**
 * Bench child (fresh process per run): runs the rule pack (`evaluateTerraformJson`, what the
 * `HardeningChecks` aspect and `alicloud-ecs-hardened check` run) over a synthesized stack.
 *
 * Usage: node rules-child.js <cdk.tf.json>
 * Prints one JSON line: { parseMs, evaluateMs, resources, evaluations, errors }.
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { evaluateTerraformJson } from '../../lib/rules';

const file = process.argv[2];
if (!file) {
  console.error('usage: rules-child.js <cdk.tf.json>');
  process.exit(2);
}
const t0 = performance.now();
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const t1 = performance.now();
const result = evaluateTerraformJson(doc);
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({
  parseMs: t1 - t0,
  evaluateMs: t2 - t1,
  resources: result.summary.resources,
  evaluations: result.summary.evaluations,
  errors: result.summary.errors,
})}\n`);
