/**
 * The document model every rule reads: a Terraform document (JSON syntax, or HCL converted by
 * `@cdktf/hcl2json`) normalized to one shape, with constant expressions folded.
 *
 * Normalization: Terraform's JSON syntax lets every block level be an object or an array of objects
 * (`"resource": [ {...} ]`, `"alicloud_instance": [ {"a": {...}}, {"b": {...}} ]`, `"web": [ {...} ]`,
 * nested blocks as objects or arrays); every form is read. A shape Terraform rejects
 * (`{"resource": "x"}`, a resource body that is not an object, the same resource twice) is invalid
 * input: {@link readTerraformDocument} throws.
 *
 * Folding (lib/rules/model/expression.ts lists what is folded): every string value is an HCL
 * template. A constant one reaches the rules as its value (`"${false}"` as `false`,
 * `"${"0.0.0.0/0"}"` as `"0.0.0.0/0"`); a non-constant one stays the original string, which
 * `isExpression` reports as unknown. `dynamic` blocks over a constant collection become the blocks
 * they generate; over an unknown collection, one representative block (its constant attributes are
 * what every generated block gets). A `null` attribute is an unset attribute.
 *
 * Internal to the rule pack (not exported from the package entry point). A file comment, not
 * an internal tag: with `stripInternal` that tag on the first statement removed it (an import, or
 * `UNKNOWN`) from the published .d.ts files, which then failed to compile with skipLibCheck false.
 *
 * @packageDocumentation
 */
import { escapeTemplate, evaluateTemplate, hasTemplateSyntax, Scope, UNKNOWN, Value } from './expression';
import { HardeningValidationError } from '../../core/errors';

/** One resource block of the document, before folding. */
export interface RawResource {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly body: Record<string, any>;
}

/** A `variable` block's default. */
export interface VariableDefault {
  /** False for a variable without a default (a required input). */
  readonly hasDefault: boolean;
  /** The default as written. */
  readonly value?: unknown;
}

/** The blocks of a document the rules need, normalized. */
export interface TerraformModel {
  readonly resources: readonly RawResource[];
  readonly variables: ReadonlyMap<string, VariableDefault>;
  readonly locals: ReadonlyMap<string, unknown>;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalid(where: string, value: unknown, allowed: string): never {
  throw new HardeningValidationError('<document>', 'HardeningChecks.InvalidDocument', where, value, allowed);
}

/** An object, or every object of an array of objects (Terraform JSON's two forms of a block level). */
function objectsOf(v: unknown, where: string, allowed: string): Array<Record<string, any>> {
  if (isObject(v)) return [v];
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      if (!isObject(x)) invalid(`${where}[${i}]`, x, allowed);
    });
    return v;
  }
  return invalid(where, v, allowed);
}

/** Reads `block` with `labels` label levels into (labels..., body) entries, rejecting duplicates. */
function labelled(value: unknown, where: string, labels: number, what: string): Array<{ labels: string[]; body: Record<string, any> }> {
  const out: Array<{ labels: string[]; body: Record<string, any> }> = [];
  const seen = new Set<string>();
  const path: string[] = [];
  // The location is only spelled out for an error (this runs for every resource of large documents).
  const at = (index?: number) => `${where}${path.map((p) => `.${p}`).join('')}${index === undefined ? '' : `[${index}]`}`;
  const objects = (v: unknown, allowed: string): Array<Record<string, any>> => {
    if (isObject(v)) return [v];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!isObject(v[i])) invalid(at(i), v[i], allowed);
      return v;
    }
    return invalid(at(), v, allowed);
  };
  const walk = (v: unknown) => {
    if (path.length === labels) {
      const bodies = objects(v, `a ${what} body (an object)`);
      if (bodies.length === 0) return;
      const key = path.join('\u0000');
      if (bodies.length > 1 || seen.has(key)) {
        invalid(at(), `${bodies.length > 1 ? bodies.length : 2} bodies`, `one body per ${what} (Terraform rejects a duplicate ${what})`);
      }
      seen.add(key);
      out.push({ labels: [...path], body: bodies[0] });
      return;
    }
    for (const obj of objects(v, `an object of ${what} ${path.length === 0 && labels > 1 ? 'types' : 'names'} (or a list of such objects)`)) {
      for (const k in obj) {
        if (k === '//' || !Object.prototype.hasOwnProperty.call(obj, k)) continue;
        path.push(k);
        walk(obj[k]);
        path.pop();
      }
    }
  };
  walk(value);
  return out;
}

/**
 * Reads and normalizes a parsed Terraform JSON document.
 *
 * @throws HardeningValidationError for a document Terraform would reject as malformed
 */
export function readTerraformDocument(doc: unknown): TerraformModel {
  if (!isObject(doc)) invalid('document', doc, 'a Terraform JSON object');
  const resources: RawResource[] = [];
  if (doc.resource !== undefined) {
    for (const { labels: [type, name], body } of labelled(doc.resource, 'resource', 2, 'resource')) {
      resources.push({ type, name, address: `${type}.${name}`, body });
    }
  }
  if (doc.data !== undefined) labelled(doc.data, 'data', 2, 'data source');
  const variables = new Map<string, VariableDefault>();
  if (doc.variable !== undefined) {
    for (const { labels: [name], body } of labelled(doc.variable, 'variable', 1, 'variable')) {
      variables.set(name, Object.prototype.hasOwnProperty.call(body, 'default') ? { hasDefault: true, value: body.default } : { hasDefault: false });
    }
  }
  const locals = new Map<string, unknown>();
  if (doc.locals !== undefined) {
    for (const obj of objectsOf(doc.locals, 'locals', 'an object of local values (or a list of such objects)')) {
      for (const [k, v] of Object.entries(obj)) {
        if (k === '//') continue;
        if (locals.has(k)) invalid(`locals.${k}`, v, 'one definition per local value (Terraform rejects a duplicate)');
        locals.set(k, v);
      }
    }
  }
  return { resources, variables, locals };
}

/** How `var.*` is resolved: as unknown (a caller may override it), or as its default. */
export type VariableMode = 'unknown' | 'defaults';

/** Folds values of one document. One instance per mode; locals are memoized. */
export class Folder {
  private readonly localCache = new Map<string, { value: Value; vars: ReadonlySet<string> }>();
  private readonly localsInProgress = new Set<string>();
  private readonly defaultCache = new Map<string, Value>();

  constructor(private readonly model: TerraformModel, private readonly mode: VariableMode) {}

  /**
   * The root scope. `vars` collects the variables with a default that the folded values read
   * (in "unknown" mode: those whose default would have decided the value).
   */
  public scope(vars: Set<string>, instance?: InstanceKey): Scope {
    return {
      lookup: (root, attr) => {
        if (attr === undefined) return UNKNOWN;
        if (instance && root === 'each' && instance.each) return attr === 'key' || attr === 'value' ? instance.each[attr] : UNKNOWN;
        if (instance && root === 'count' && instance.count !== undefined) return attr === 'index' ? instance.count : UNKNOWN;
        if (root === 'var') {
          const v = this.model.variables.get(attr);
          if (!v?.hasDefault) return UNKNOWN;
          vars.add(attr);
          return this.mode === 'defaults' ? this.defaultValue(attr, v.value) : UNKNOWN;
        }
        if (root === 'local') return this.local(attr, vars);
        return UNKNOWN;
      },
    };
  }

  private defaultValue(name: string, raw: unknown): Value {
    let v = this.defaultCache.get(name);
    if (v === undefined) {
      // A default is a constant: it cannot reference anything.
      v = toValue(raw, { lookup: () => UNKNOWN });
      this.defaultCache.set(name, v);
    }
    return v;
  }

  private local(name: string, vars: Set<string>): Value {
    const cached = this.localCache.get(name);
    if (cached) {
      for (const v of cached.vars) vars.add(v);
      return cached.value;
    }
    if (!this.model.locals.has(name) || this.localsInProgress.has(name)) return UNKNOWN;
    this.localsInProgress.add(name);
    const own = new Set<string>();
    let value: Value;
    try {
      value = toValue(this.model.locals.get(name), this.scope(own));
    } finally {
      this.localsInProgress.delete(name);
    }
    this.localCache.set(name, { value, vars: own });
    for (const v of own) vars.add(v);
    return value;
  }

  /** A resource body with its constant values folded (the original object when nothing changed). */
  public body(body: Record<string, any>, vars: Set<string>, instance?: InstanceKey): Record<string, any> {
    return foldObject(body, this.scope(vars, instance));
  }

  /**
   * The instances of a resource whose `for_each` or `count` is a constant (at most
   * {@link MAX_INSTANCES}): `each.key` / `each.value` or `count.index` of each. Empty when the
   * collection is unknown (then `each` / `count` stay unknown).
   */
  public instances(body: Record<string, any>): InstanceKey[] {
    const out: InstanceKey[] = [];
    if (body.for_each !== undefined) {
      const fe = toValue(body.for_each, this.scope(new Set()));
      if (fe === null || typeof fe !== 'object' || containsUnknown(fe)) return out;
      // A set (a list after toset) has each.key = each.value; a map its keys.
      const entries: Array<[Value, Value]> = Array.isArray(fe) ? fe.map((v) => [v, v]) : Object.entries(fe);
      for (const [key, value] of entries.slice(0, MAX_INSTANCES)) out.push({ label: `each.key = ${JSON.stringify(key)}`, each: { key, value } });
    } else if (body.count !== undefined) {
      const n = toValue(body.count, this.scope(new Set()));
      const count = typeof n === 'number' ? n : typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : undefined;
      if (count === undefined || !Number.isInteger(count) || count < 0) return out;
      for (let i = 0; i < Math.min(count, MAX_INSTANCES); i++) out.push({ label: `count.index = ${i}`, count: i });
    }
    return out;
  }
}

/** At most this many instances of one resource are checked one by one. */
export const MAX_INSTANCES = 1000;

/** One instance of a resource with a constant `for_each` or `count`. */
export interface InstanceKey {
  /** `each.key = "a"` or `count.index = 0`, for messages. */
  readonly label: string;
  readonly each?: { readonly key: Value; readonly value: Value };
  readonly count?: number;
}

/** The constant value of a raw JSON value (templates evaluated), with UNKNOWN where not constant. */
export function toValue(raw: unknown, scope: Scope): Value {
  if (typeof raw === 'string') return evaluateTemplate(raw, scope);
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null) return raw;
  if (Array.isArray(raw)) return raw.map((x) => toValue(x, scope));
  if (isObject(raw)) {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(raw)) if (k !== '//') out[k] = toValue(v, scope);
    return out;
  }
  return UNKNOWN;
}

function containsUnknown(v: Value): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === 'object') return Object.values(v).some(containsUnknown);
  return false;
}

/** A known value written back in document form (strings re-escaped, so they never read as templates). */
function fromValue(v: Value): unknown {
  if (typeof v === 'string') return escapeTemplate(v);
  if (Array.isArray(v)) return v.map(fromValue);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromValue(x as Value)]));
  return v;
}

/** Folds one value: constants become literals, unknowns stay as written. */
function foldValue(raw: unknown, scope: Scope): unknown {
  if (typeof raw === 'string') {
    if (!hasTemplateSyntax(raw)) return raw;
    const v = evaluateTemplate(raw, scope);
    return containsUnknown(v) ? raw : fromValue(v);
  }
  if (Array.isArray(raw)) {
    let changed = false;
    const out = raw.map((x) => {
      const f = foldValue(x, scope);
      if (f !== x) changed = true;
      return f;
    });
    return changed ? out : raw;
  }
  if (isObject(raw)) return foldObject(raw, scope);
  return raw;
}

function foldObject(obj: Record<string, any>, scope: Scope): Record<string, any> {
  let out: Record<string, any> | undefined;
  let dynamic: unknown;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const raw = obj[k];
    if (k === '//') {
      if (out) out[k] = raw;
      continue;
    }
    if (k === 'dynamic' && (isObject(raw) || Array.isArray(raw))) {
      dynamic = raw;
      if (!out) out = copyUpTo(obj, keys, i);
      continue;
    }
    const f = foldValue(raw, scope);
    if (f === null) {
      // `null` is Terraform's "not set".
      if (!out) out = copyUpTo(obj, keys, i);
      continue;
    }
    if (f !== raw && !out) out = copyUpTo(obj, keys, i);
    if (out) out[k] = f;
  }
  if (dynamic !== undefined && out) expandDynamic(dynamic, out, scope);
  return out ?? obj;
}

function copyUpTo(obj: Record<string, any>, keys: string[], end: number): Record<string, any> {
  const out: Record<string, any> = {};
  for (let j = 0; j < end; j++) {
    const k = keys[j];
    if (obj[k] !== null) out[k] = obj[k];
  }
  return out;
}

/** Expands `dynamic "<type>" { for_each, iterator, content }` blocks into `out[<type>]`. */
function expandDynamic(dynamic: unknown, out: Record<string, any>, scope: Scope): void {
  const groups = Array.isArray(dynamic) ? dynamic.filter(isObject) : [dynamic as Record<string, any>];
  for (const group of groups) {
    for (const [type, specs] of Object.entries(group)) {
      if (type === '//') continue;
      for (const spec of Array.isArray(specs) ? specs.filter(isObject) : isObject(specs) ? [specs] : []) {
        const content = Array.isArray(spec.content) ? spec.content.find(isObject) : spec.content;
        if (!isObject(content)) continue;
        const iterRaw = typeof spec.iterator === 'string' ? spec.iterator.replace(/^\$\{\s*|\s*\}$/g, '') : type;
        const bind = (iter: Value): Scope => ({
          lookup: (root, attr) => {
            if (root !== iterRaw) return scope.lookup(root, attr);
            if (iter === UNKNOWN || attr === undefined) return UNKNOWN;
            return attr === 'key' || attr === 'value' ? (iter as Record<string, Value>)[attr] : UNKNOWN;
          },
        });
        const forEach = toValue(spec.for_each, scope);
        const generated: Array<Record<string, any>> = [];
        if (forEach !== null && typeof forEach === 'object') {
          const entries: Array<[Value, Value]> = Array.isArray(forEach)
            ? forEach.map((v, i) => [i, v])
            : Object.entries(forEach);
          for (const [key, value] of entries) generated.push(foldObject(content, bind({ key, value })));
        } else {
          // The collection is not a constant: one representative block, iterator values unknown.
          generated.push(foldObject(content, bind(UNKNOWN)));
        }
        const existing = out[type];
        out[type] = [...(Array.isArray(existing) ? existing : isObject(existing) ? [existing] : []), ...generated];
      }
    }
  }
}
