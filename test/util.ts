import { AlicloudProvider, HardeningValidationError } from '../lib';
import { Testing, TerraformStack } from '../lib/cdktf';
import { OPT_OUT_METADATA_TYPE } from '../lib/core/opt-out';
import { warningsOf } from '../lib/core/warnings';

/** A fresh test stack with the default alicloud provider (as an app would create it). */
export function testStack(id = 'test'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  return stack;
}

/**
 * Synthesizes with validations on (`Testing.synth(stack, true)`) and parses the result. `"//"`
 * metadata is stripped by Testing.synth; use `synthWithMetadata` to see opt-out records.
 */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** The stack's Terraform JSON including `"//"` metadata (where opt-outs are recorded). */
export function synthWithMetadata(stack: TerraformStack): any {
  Testing.synth(stack, true);
  return stack.toTerraform();
}

/** All resources of one type in a synthesized stack, by logical id. */
export function resourcesOf(json: any, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The single resource of a type (fails the test when there is not exactly one). */
export function onlyResource(json: any, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/**
 * Asserts that `fn` throws a HardeningValidationError with the given code (exact, or suffix after
 * the construct prefix), naming `property`, and returns it for further assertions.
 */
export function expectValidationError(fn: () => unknown, expected: { code?: string; property?: string; path?: string }): HardeningValidationError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof HardeningValidationError)) {
    throw new Error(`expected a HardeningValidationError, got ${caught === undefined ? 'no error' : String(caught)}`);
  }
  if (expected.code) expect(caught.code.endsWith(expected.code)).toBe(true);
  if (expected.property) expect(caught.property).toBe(expected.property);
  if (expected.path) expect(caught.constructPath).toContain(expected.path);
  expect(caught.message).toContain(caught.constructPath);
  expect(caught.message).toContain(caught.property);
  return caught;
}

/** Ids of the hardening warnings recorded in the stack. */
export function warningIds(stack: TerraformStack): string[] {
  return warningsOf(stack).map((w) => w.id);
}

/** Opt-outs recorded on the construct tree of the stack. */
export function optOutIds(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === OPT_OUT_METADATA_TYPE)
    .map((m) => (m.data as { id: string }).id));
}

/**
 * The construct opt-outs on a synthesized resource body, as `{ id, reason }` once per opt-out (read
 * from the acknowledgement records the opt-outs write: `"//".hardening.acknowledgements[].optOut`).
 */
export function optOutsOnResource(body: any): Array<{ id: string; reason: string }> {
  const out: Array<{ id: string; reason: string }> = [];
  for (const a of body?.['//']?.hardening?.acknowledgements ?? []) {
    if (typeof a.optOut === 'string' && !out.some((o) => o.id === a.optOut && o.reason === a.reason)) out.push({ id: a.optOut, reason: a.reason });
  }
  return out;
}
