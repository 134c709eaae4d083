/**
 * Helpers for reading synthesized Terraform JSON values: literals, cdktf/Terraform references
 * (`${alicloud_kms_key.key.id}`), booleans written as strings and nested blocks.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/** True when `value` is (or contains) a Terraform expression, so its literal value is unknown. */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** True for `true` and `"true"` (any case). */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** True for `false` and `"false"` (any case). */
export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
}

/** True for a non-empty string (literal or expression) or a number. */
export function isSet(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'number';
}

/** A number from a number or numeric string; undefined otherwise. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A nested block as a list of objects (cdktf writes single blocks as objects, lists as arrays). */
export function blocks(value: unknown): Array<Record<string, any>> {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
  if (typeof value === 'object' && value !== null) return [value as Record<string, any>];
  return [];
}

/** A value as a list (a scalar becomes a one-element list). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A resource reference found in an expression. */
export interface Reference {
  readonly type: string;
  readonly name: string;
  readonly attribute?: string;
  /** `type.name` */
  readonly address: string;
}

const REF = /\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_]+))?/g;

/** The resource references (`${type.name.attr}`) in a string value. `var.`, `local.`, `data.` are skipped. */
export function referencesIn(value: unknown): Reference[] {
  if (typeof value !== 'string' || !value.includes('${')) return [];
  const out: Reference[] = [];
  for (const m of value.matchAll(REF)) {
    const [, type, name, attribute] = m;
    if (type === 'var' || type === 'local' || type === 'data' || type === 'module' || type === 'each' || type === 'count') continue;
    out.push({ type, name, attribute, address: `${type}.${name}` });
  }
  return out;
}

/** A short rendering of a value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'not set';
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Parses a JSON policy document; undefined when it is not a literal JSON object. */
export function parsePolicy(value: unknown): Record<string, any> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, any>;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The statements of a policy document (Statement may be an object or a list). */
export function statementsOf(policy: Record<string, any>): Array<Record<string, any>> {
  return blocks(policy.Statement ?? policy.statement);
}
