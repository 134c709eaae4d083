/**
 * The two-way property of the library, checked with the rule pack itself (no private copy of the
 * policy): on every synthesized stack of random valid configurations (test/proof/arbitraries.ts),
 *
 * 1. the pack reports no unacknowledged error;
 * 2. every construct opt-out acknowledges exactly the findings it names (each named finding exists
 *    on that resource and is acknowledged by that opt-out; a rule-wide opt-out acknowledges at least
 *    one finding of its rule there), so no opt-out is dead or stands for something else;
 * 3. replaying the same output with the `"//"` metadata stripped makes the pack report exactly the
 *    findings that were acknowledged, as failures, and nothing new.
 *
 * Used by test/proof/property.test.ts (~100 cases in `npm test`) and scripts/property-validate.ts
 * (1,000 cases in `npm run validate`).
 */
import { IConstruct } from 'constructs';
import * as fc from 'fast-check';
import { anyPlan, buildCase, CaseContext, ConstructPlan } from './arbitraries';
import { App, TerraformStack } from '../../lib/cdktf';
import { OPT_OUT_METADATA_TYPE } from '../../lib/core/opt-out';
import { evaluateTerraformJson, Finding } from '../../lib/rules';
import { acknowledgementsIn } from '../../lib/rules/metadata';

type Json = any;

const key = (f: Pick<Finding, 'ruleId' | 'address' | 'finding'>) => `${f.ruleId} ${f.address}${f.finding !== undefined ? ` [${f.finding}]` : ''}`;

/** The same document without any `"//"` metadata (what a hand-copied or stripped `.tf.json` holds). */
export function stripMetadata(json: Json): Json {
  const copy = JSON.parse(JSON.stringify(json));
  for (const byName of Object.values<Record<string, Json>>(copy.resource ?? {})) {
    for (const body of Object.values<Json>(byName)) if (body && typeof body === 'object') delete body['//'];
  }
  return copy;
}

/**
 * Runs the rule pack on a synthesized stack (`cdk.tf.json` content, with `"//"` metadata) both ways
 * and returns the violations of the property. Empty when the stack is sound.
 */
export function packViolations(json: Json): string[] {
  const out: string[] = [];
  const result = evaluateTerraformJson(json);
  for (const f of result.findings) {
    if (f.status === 'fail' && f.level === 'error') out.push(`unacknowledged error ${key(f)}: ${f.message}`);
  }
  // 2. Every opt-out record acknowledges exactly what it names.
  for (const [type, byName] of Object.entries<Record<string, Json>>(json.resource ?? {})) {
    for (const [name, body] of Object.entries<Json>(byName)) {
      const address = `${type}.${name}`;
      for (const a of acknowledgementsIn(body)) {
        if (a.optOut === undefined) continue;
        if (a.reason.trim().length < 10) out.push(`opt-out ${a.optOut} on ${address} without a reason of 10+ characters`);
        const covered = result.findings.filter((f) => f.address === address && f.ruleId === a.ruleId
          && f.status === 'acknowledged' && f.acknowledgement?.optOutId === a.optOut);
        if (a.appliesTo === undefined) {
          if (covered.length === 0) out.push(`opt-out ${a.optOut} on ${address} acknowledges no finding of ${a.ruleId}`);
          continue;
        }
        for (const named of a.appliesTo) {
          if (!covered.some((f) => f.finding === named)) out.push(`opt-out ${a.optOut} on ${address} names ${a.ruleId} [${named}], which the pack does not report there`);
        }
        for (const f of covered) {
          if (!a.appliesTo.includes(f.finding ?? '')) out.push(`opt-out ${a.optOut} on ${address} acknowledges ${key(f)}, which it does not name`);
        }
      }
    }
  }
  // 3. Without the metadata, exactly the acknowledged findings come back as failures.
  const stripped = evaluateTerraformJson(stripMetadata(json));
  const expected = new Set(result.findings.map(key));
  const failingAfter = new Set(stripped.findings.filter((f) => f.status === 'fail').map(key));
  for (const k of expected) if (!failingAfter.has(k)) out.push(`without "//" metadata the pack no longer reports ${k}`);
  for (const k of failingAfter) if (!expected.has(k)) out.push(`without "//" metadata the pack reports a new finding ${k}`);
  return out;
}

/** The opt-out ids recorded on the construct tree under `scope`. */
export function recordedOptOuts(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === OPT_OUT_METADATA_TYPE)
    .map((m) => (m.data as { id: string }).id));
}

/** The result of building a batch of plans into one stack. */
export interface PlanStack {
  readonly stack: TerraformStack;
  readonly problems: string[];
}

/**
 * Builds `plans` into one stack named `name` of `app` (each plan as construct `c<index>` in its own
 * scope), checking the opt-out records of every case. Synthesis and the resource invariants are up
 * to the caller.
 */
export function buildPlanStack(app: App, name: string, plans: ConstructPlan[], firstIndex = 0): PlanStack {
  const stack = new TerraformStack(app, name);
  const ctx = new CaseContext(stack);
  const problems: string[] = [];
  plans.forEach((plan, i) => {
    const id = `c${firstIndex + i}`;
    const before = new Set(stack.node.findAll().map((c) => c.node.path));
    let expected: string[];
    try {
      expected = buildCase(ctx, stack, id, plan);
    } catch (e) {
      throw new Error(`case ${id} (${plan.kind}) threw for a valid plan: ${(e as Error).message}\nplan: ${JSON.stringify(plan)}`);
    }
    // The case's constructs: everything it added (its own construct, helpers, per-stack defaults it created).
    const added = stack.node.findAll().filter((c) => !before.has(c.node.path));
    const recorded = added.flatMap((c) => recordedOptOuts(c));
    const missing = [...new Set(expected)].filter((x) => !recorded.some((r) => r === x || r.startsWith(`${x}[`)));
    if (missing.length) problems.push(`case ${id} (${plan.kind}): opt-outs not recorded: ${missing.join(', ')}; plan: ${JSON.stringify(plan)}`);
  });
  return { stack, problems };
}

/** Seed from PROPERTY_SEED, or a fresh one. */
export function propertySeed(): number {
  const env = process.env.PROPERTY_SEED;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n)) throw new Error(`PROPERTY_SEED must be an integer, got ${JSON.stringify(env)}`);
    return n;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** `count` plans from `seed` (deterministic: the same seed gives the same plans). */
export function samplePlans(seed: number, count: number): ConstructPlan[] {
  return fc.sample(anyPlan, { seed, numRuns: count });
}
