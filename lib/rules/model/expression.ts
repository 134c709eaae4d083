/**
 * A small evaluator for the subset of HCL template and expression syntax whose value is a constant.
 *
 * Every string in a Terraform JSON document (and every expression `@cdktf/hcl2json` writes for a
 * `.tf` file) is an HCL template: `${ expr }` interpolations, `%{ if }` / `%{ for }` directives,
 * `$${` and `%%{` escapes. This module parses such a template and evaluates it when its value does
 * not depend on anything only known at plan or apply time.
 *
 * Folded (evaluated to a literal):
 * - literals: numbers, quoted strings (with `\n \t \" \\ \uXXXX` escapes and nested templates),
 *   `true`, `false`, `null`, tuples `[a, b]`, objects `{ k = v }` / `{ "k": v }`;
 * - templates of literals (`"a-${"b"}"`), `%{ if c }..%{ else }..%{ endif }` on a constant `c`,
 *   `%{ for x in <constant list> }..%{ endfor }`, strip markers (`~`);
 * - operators `! - * / % + - < <= > >= == != && ||` on constants (Terraform's number/string
 *   conversions), conditionals `c ? a : b` on a constant `c` (only the chosen branch is evaluated);
 * - attribute and index access on constants (`x.value.encrypted`, `list[0]`, `map["k"]`);
 * - `local.<name>` when that local is a constant, `var.<name>` only in "defaults" mode (the value the
 *   variable has when nobody overrides it), the iterator of a `dynamic` block over a constant
 *   collection, `each.key` / `each.value` / `count.index` of a resource instance whose `for_each` /
 *   `count` is a constant;
 * - the pure functions `tostring tonumber tobool lower upper trimspace length concat contains
 *   lookup coalesce merge tolist toset jsonencode`.
 *
 * Everything else — resource, data source and module references, `each` / `count` over an
 * unknown collection, `self` / `path` / `terraform`, other functions, `for` expressions, splats, heredocs — is
 * UNKNOWN, and so is any expression with an unknown operand or a syntax or type error. Unknown is
 * never guessed: a rule sees the original string and may only treat it as "decided at apply time".
 *
 * Internal to the rule pack (not exported from the package entry point). A file comment, not
 * an internal tag: with `stripInternal` that tag on the first statement removed it (an import, or
 * `UNKNOWN`) from the published .d.ts files, which then failed to compile with skipLibCheck false.
 *
 * @packageDocumentation
 */

/** The value of an expression that is not a constant. */
export const UNKNOWN: unique symbol = Symbol('unknown');

/** A constant HCL value (JSON-like) or {@link UNKNOWN}. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | typeof UNKNOWN;

/** Resolves a root variable (`var`, `local`, an iterator): its value, or UNKNOWN. */
export interface Scope {
  /** The value of `root.attr` (e.g. `var.enc`, `local.cidr`), or of `root` alone when `attr` is undefined. */
  lookup(root: string, attr: string | undefined): Value;
}

class ExprError extends Error {}

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'tpl'; parts: TplPart[] }
  | { k: 'ref'; root: string; path: Array<Node | string> }
  | { k: 'call'; name: string; args: Node[]; expand: boolean }
  | { k: 'un'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'tuple'; items: Node[] }
  | { k: 'object'; items: Array<[Node, Node]> }
  | { k: 'index'; target: Node; path: Array<Node | string> };

type TplPart =
  | { k: 'text'; v: string }
  | { k: 'interp'; e: Node }
  | { k: 'if'; c: Node; then: TplPart[]; else: TplPart[] }
  | { k: 'for'; key?: string; val: string; coll: Node; body: TplPart[] };

/** Parser over one string, position-based (templates and expressions are interleaved). */
class Parser {
  private static readonly LEVELS: readonly (readonly string[])[] = [
    ['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%'],
  ];

  public pos = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {this.pos++;} else if (c === '#' || (c === '/' && s[this.pos + 1] === '/')) {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        if (end < 0) throw new ExprError('unterminated comment');
        this.pos = end + 2;
      } else {return;}
    }
  }

  private peek(tok: string): boolean {
    this.ws();
    return this.s.startsWith(tok, this.pos);
  }

  private eat(tok: string): boolean {
    if (this.peek(tok)) {
      this.pos += tok.length;
      return true;
    }
    return false;
  }

  private expect(tok: string): void {
    if (!this.eat(tok)) throw new ExprError(`expected ${tok} at ${this.pos}`);
  }

  /** Parses a template until `end` (`undefined` = end of string; `'"'` = closing quote), directives included. */
  public template(end: '"' | undefined, stopAt: readonly string[] = []): { parts: TplPart[]; stop?: string } {
    const s = this.s;
    const parts: TplPart[] = [];
    let text = '';
    const flush = () => {
      if (text !== '') parts.push({ k: 'text', v: text });
      text = '';
    };
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (end === '"' && c === '"') {
        flush();
        return { parts };
      }
      if (end === '"' && c === '\\') {
        text += this.escape();
        continue;
      }
      if ((c === '$' || c === '%') && s[this.pos + 1] === c && s[this.pos + 2] === '{') {
        text += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (c === '$' && s[this.pos + 1] === '{') {
        this.pos += 2;
        if (s[this.pos] === '~') {
          this.pos++;
          text = text.replace(/\s+$/, '');
        }
        flush();
        const e = this.expr();
        this.ws();
        let stripAfter = false;
        if (s[this.pos] === '~') {
          stripAfter = true;
          this.pos++;
        }
        this.expect('}');
        parts.push({ k: 'interp', e });
        if (stripAfter) this.stripLeading();
        continue;
      }
      if (c === '%' && s[this.pos + 1] === '{') {
        const save = this.pos;
        this.pos += 2;
        if (s[this.pos] === '~') {
          this.pos++;
          text = text.replace(/\s+$/, '');
        }
        this.ws();
        const word = /^[a-z]+/.exec(s.slice(this.pos, this.pos + 10))?.[0] ?? '';
        if (stopAt.includes(word)) {
          flush();
          this.pos = save;
          return { parts, stop: word };
        }
        flush();
        if (word === 'if') {
          this.pos += 2;
          const cond = this.expr();
          this.closeDirective();
          const a = this.template(end, ['else', 'endif']);
          let b: TplPart[] = [];
          if (a.stop === 'else') {
            this.directiveWord('else');
            const r = this.template(end, ['endif']);
            if (r.stop !== 'endif') throw new ExprError('missing endif');
            b = r.parts;
          } else if (a.stop !== 'endif') {throw new ExprError('missing endif');}
          this.directiveWord('endif');
          parts.push({ k: 'if', c: cond, then: a.parts, else: b });
          continue;
        }
        if (word === 'for') {
          this.pos += 3;
          const first = this.ident();
          let key: string | undefined;
          let val = first;
          if (this.eat(',')) {
            key = first;
            val = this.ident();
          }
          this.ws();
          if (!s.startsWith('in', this.pos)) throw new ExprError('expected in');
          this.pos += 2;
          const coll = this.expr();
          this.closeDirective();
          const body = this.template(end, ['endfor']);
          if (body.stop !== 'endfor') throw new ExprError('missing endfor');
          this.directiveWord('endfor');
          parts.push({ k: 'for', key, val, coll, body: body.parts });
          continue;
        }
        throw new ExprError(`unexpected directive ${word}`);
      }
      text += c;
      this.pos++;
    }
    if (end === '"') throw new ExprError('unterminated string');
    if (stopAt.length > 0) throw new ExprError('unterminated directive');
    flush();
    return { parts };
  }

  private stripLeading(): void {
    while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
  }

  private closeDirective(): void {
    this.ws();
    let strip = false;
    if (this.s[this.pos] === '~') {
      strip = true;
      this.pos++;
    }
    this.expect('}');
    if (strip) this.stripLeading();
  }

  private directiveWord(word: string): void {
    this.expect('%{');
    if (this.s[this.pos] === '~') this.pos++;
    this.ws();
    if (!this.s.startsWith(word, this.pos)) throw new ExprError(`expected ${word}`);
    this.pos += word.length;
    this.closeDirective();
  }

  private escape(): string {
    const s = this.s;
    const n = s[this.pos + 1];
    this.pos += 2;
    switch (n) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '"': return '"';
      case '\\': return '\\';
      case 'u': {
        const hex = s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ExprError('bad \\u escape');
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case 'U': {
        const hex = s.slice(this.pos, this.pos + 8);
        if (!/^[0-9a-fA-F]{8}$/.test(hex)) throw new ExprError('bad \\U escape');
        this.pos += 8;
        return String.fromCodePoint(parseInt(hex, 16));
      }
      default: throw new ExprError(`bad escape \\${n}`);
    }
  }

  private ident(): string {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.s.slice(this.pos, this.pos + 256));
    if (!m) throw new ExprError(`expected identifier at ${this.pos}`);
    this.pos += m[0].length;
    return m[0];
  }

  public expr(): Node {
    const c = this.binary(0);
    if (this.eat('?')) {
      const a = this.expr();
      this.expect(':');
      const b = this.expr();
      return { k: 'cond', c, a, b };
    }
    return c;
  }

  private binary(level: number): Node {
    if (level >= Parser.LEVELS.length) return this.unary();
    let a = this.binary(level + 1);
    for (;;) {
      this.ws();
      const op = Parser.LEVELS[level].find((o) => this.s.startsWith(o, this.pos)
        // `=>` belongs to for expressions, `==` is not `=`.
        && !(o === '>' && this.s[this.pos + 1] === '=') && !(o === '<' && this.s[this.pos + 1] === '='));
      if (!op) return a;
      this.pos += op.length;
      a = { k: 'bin', op, a, b: this.binary(level + 1) };
    }
  }

  private unary(): Node {
    this.ws();
    if (this.s[this.pos] === '!' && this.s[this.pos + 1] !== '=') {
      this.pos++;
      return { k: 'un', op: '!', a: this.unary() };
    }
    if (this.s[this.pos] === '-') {
      this.pos++;
      return { k: 'un', op: '-', a: this.unary() };
    }
    return this.postfix(this.primary());
  }

  private postfix(target: Node): Node {
    const path: Array<Node | string> = [];
    for (;;) {
      this.ws();
      const c = this.s[this.pos];
      if (c === '.' && this.s[this.pos + 1] !== '.') {
        this.pos++;
        this.ws();
        if (this.s[this.pos] === '*') throw new ExprError('splat expressions are not folded');
        const num = /^\d+/.exec(this.s.slice(this.pos, this.pos + 32));
        if (num) {
          this.pos += num[0].length;
          path.push({ k: 'lit', v: Number(num[0]) });
        } else {path.push(this.ident());}
      } else if (c === '[') {
        this.pos++;
        this.ws();
        if (this.s[this.pos] === '*') throw new ExprError('splat expressions are not folded');
        path.push(this.expr());
        this.expect(']');
      } else {break;}
    }
    if (path.length === 0) return target;
    if (target.k === 'ref' && target.path.length === 0) return { k: 'ref', root: target.root, path };
    return { k: 'index', target, path };
  }

  private primary(): Node {
    this.ws();
    const s = this.s;
    const c = s[this.pos];
    if (c === undefined) throw new ExprError('unexpected end');
    if (c === '(') {
      this.pos++;
      const e = this.expr();
      this.expect(')');
      return e;
    }
    if (c === '"') {
      this.pos++;
      const t = this.template('"');
      this.pos++; // closing quote
      return { k: 'tpl', parts: t.parts };
    }
    if (c === '<' && s[this.pos + 1] === '<') throw new ExprError('heredocs are not folded');
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.pos, this.pos + 64));
    if (num) {
      this.pos += num[0].length;
      return { k: 'lit', v: Number(num[0]) };
    }
    if (c === '[') {
      this.pos++;
      if (/^\s*for\s/.test(s.slice(this.pos, this.pos + 16))) throw new ExprError('for expressions are not folded');
      const items: Node[] = [];
      while (!this.eat(']')) {
        items.push(this.expr());
        if (!this.eat(',')) {
          this.expect(']');
          break;
        }
      }
      return { k: 'tuple', items };
    }
    if (c === '{') {
      this.pos++;
      if (/^\s*for\s/.test(s.slice(this.pos, this.pos + 16))) throw new ExprError('for expressions are not folded');
      const items: Array<[Node, Node]> = [];
      while (!this.eat('}')) {
        this.ws();
        let key: Node;
        const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.slice(this.pos, this.pos + 256));
        const after = id ? s.slice(this.pos + id[0].length).trimStart()[0] : undefined;
        if (id && (after === '=' || after === ':')) {
          this.pos += id[0].length;
          key = { k: 'lit', v: id[0] };
        } else {key = this.expr();}
        if (!this.eat('=') && !this.eat(':')) throw new ExprError('expected = or :');
        items.push([key, this.expr()]);
        this.eat(',');
      }
      return { k: 'object', items };
    }
    const name = this.ident();
    if (name === 'true') return { k: 'lit', v: true };
    if (name === 'false') return { k: 'lit', v: false };
    if (name === 'null') return { k: 'lit', v: null };
    if (name === 'for') throw new ExprError('for expressions are not folded');
    if (this.peek('(')) {
      this.pos++;
      const args: Node[] = [];
      let expand = false;
      while (!this.eat(')')) {
        args.push(this.expr());
        if (this.eat('...')) expand = true;
        if (!this.eat(',')) {
          this.expect(')');
          break;
        }
      }
      return { k: 'call', name, args, expand };
    }
    if (this.peek('::')) throw new ExprError('provider functions are not folded');
    return { k: 'ref', root: name, path: [] };
  }
}

/** True when `s` has an unescaped `${` or `%{` (so it is a template, not a literal), scanned as HCL does. */
export function hasTemplateSyntax(s: string): boolean {
  if (!s.includes('{')) return false;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s[i];
    if (c !== '$' && c !== '%') continue;
    if (s[i + 1] === '{') return true;
    if (s[i + 1] === c && s[i + 2] === '{') i += 2;
  }
  return false;
}

/** Writes a literal string back in template form (escapes `${` and `%{`). */
export function escapeTemplate(s: string): string {
  return s.includes('{') ? s.replace(/([$%])\{/g, '$1$1{') : s;
}

function typeOf(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'tuple';
  return typeof v;
}

function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  throw new ExprError(`not a number: ${typeOf(v)}`);
}

function toBool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ExprError(`not a bool: ${typeOf(v)}`);
}

function toStr(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new ExprError(`cannot convert ${typeOf(v)} to string`);
}

function equal(a: Value, b: Value): boolean {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return false;
  if (a === null || b === null || typeof a !== 'object') return a === b;
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: Value): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, Value>)[k])]));
  }
  return v;
}

function isUnknownDeep(v: Value): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(isUnknownDeep);
  if (v !== null && typeof v === 'object') return Object.values(v).some(isUnknownDeep);
  return false;
}

function access(v: Value, key: Value): Value {
  if (v === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(v)) {
    const i = toNumber(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new ExprError('index out of range');
    return v[i];
  }
  if (v !== null && typeof v === 'object') {
    const k = toStr(key);
    if (!Object.prototype.hasOwnProperty.call(v, k)) throw new ExprError(`no attribute ${k}`);
    return v[k];
  }
  throw new ExprError(`cannot index ${typeOf(v)}`);
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  tostring: ([v]) => (v === null ? null : toStr(v)),
  tonumber: ([v]) => (v === null ? null : toNumber(v)),
  tobool: ([v]) => (v === null ? null : toBool(v)),
  lower: ([v]) => toStr(v).toLowerCase(),
  upper: ([v]) => toStr(v).toUpperCase(),
  trimspace: ([v]) => toStr(v).trim(),
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (v !== null && typeof v === 'object') return Object.keys(v).length;
    throw new ExprError('length of a non-collection');
  },
  concat: (args) => args.flatMap((a) => {
    if (!Array.isArray(a)) throw new ExprError('concat of a non-list');
    return a;
  }),
  contains: ([list, v]) => {
    if (!Array.isArray(list)) throw new ExprError('contains on a non-list');
    return list.some((x) => equal(x, v));
  },
  lookup: ([m, k, d]) => {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new ExprError('lookup on a non-map');
    const key = toStr(k);
    if (Object.prototype.hasOwnProperty.call(m, key)) return m[key];
    if (d === undefined) throw new ExprError('lookup: missing key');
    return d;
  },
  coalesce: (args) => {
    const v = args.find((a) => a !== null && a !== '');
    if (v === undefined) throw new ExprError('coalesce: no non-null argument');
    return v;
  },
  merge: (args) => Object.assign({}, ...args.filter((a) => a !== null).map((a) => {
    if (typeof a !== 'object' || Array.isArray(a)) throw new ExprError('merge of a non-map');
    return a;
  })),
  tolist: ([v]) => {
    if (!Array.isArray(v)) throw new ExprError('tolist of a non-list');
    return v;
  },
  toset: ([v]) => {
    if (!Array.isArray(v)) throw new ExprError('toset of a non-list');
    const out: Value[] = [];
    for (const x of v) if (!out.some((y) => equal(x, y))) out.push(x);
    return out;
  },
  jsonencode: ([v]) => JSON.stringify(sortKeys(v)),
};

class Evaluator {
  constructor(private readonly scope: Scope) {}

  public eval(n: Node): Value {
    switch (n.k) {
      case 'lit': return n.v;
      case 'tpl': return this.template(n.parts, false);
      case 'ref': {
        const first = n.path[0];
        const attr = typeof first === 'string' ? first : undefined;
        let v = this.scope.lookup(n.root, attr);
        for (const p of attr !== undefined ? n.path.slice(1) : n.path) {
          v = access(v, typeof p === 'string' ? p : this.eval(p));
          if (v === UNKNOWN) return UNKNOWN;
        }
        return v;
      }
      case 'index': {
        let v = this.eval(n.target);
        for (const p of n.path) {
          v = access(v, typeof p === 'string' ? p : this.eval(p));
          if (v === UNKNOWN) return UNKNOWN;
        }
        return v;
      }
      case 'call': {
        const fn = FUNCTIONS[n.name];
        if (!fn) return UNKNOWN;
        let args = n.args.map((a) => this.eval(a));
        if (args.some(isUnknownDeep)) return UNKNOWN;
        if (n.expand) {
          const last = args[args.length - 1];
          if (!Array.isArray(last)) throw new ExprError('... on a non-list');
          args = [...args.slice(0, -1), ...last];
        }
        return fn(args);
      }
      case 'un': {
        const a = this.eval(n.a);
        if (a === UNKNOWN) return UNKNOWN;
        return n.op === '!' ? !toBool(a) : -toNumber(a);
      }
      case 'bin': return this.binary(n.op, n.a, n.b);
      case 'cond': {
        const c = this.eval(n.c);
        if (c === UNKNOWN) return UNKNOWN;
        return toBool(c) ? this.eval(n.a) : this.eval(n.b);
      }
      case 'tuple': {
        const items = n.items.map((i) => this.eval(i));
        return items.some((i) => i === UNKNOWN) ? UNKNOWN : items;
      }
      case 'object': {
        const out: Record<string, Value> = {};
        for (const [kn, vn] of n.items) {
          const k = this.eval(kn);
          const v = this.eval(vn);
          if (k === UNKNOWN || v === UNKNOWN) return UNKNOWN;
          out[toStr(k)] = v;
        }
        return out;
      }
    }
  }

  private binary(op: string, an: Node, bn: Node): Value {
    const a = this.eval(an);
    const b = this.eval(bn);
    if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
    switch (op) {
      case '||': return toBool(a) || toBool(b);
      case '&&': return toBool(a) && toBool(b);
      case '==': return equal(a, b);
      case '!=': return !equal(a, b);
      case '<': return toNumber(a) < toNumber(b);
      case '<=': return toNumber(a) <= toNumber(b);
      case '>': return toNumber(a) > toNumber(b);
      case '>=': return toNumber(a) >= toNumber(b);
      case '+': return toNumber(a) + toNumber(b);
      case '-': return toNumber(a) - toNumber(b);
      case '*': return toNumber(a) * toNumber(b);
      case '/': {
        const d = toNumber(b);
        if (d === 0) throw new ExprError('division by zero');
        return toNumber(a) / d;
      }
      case '%': {
        const d = toNumber(b);
        if (d === 0) throw new ExprError('division by zero');
        return toNumber(a) % d;
      }
      default: throw new ExprError(`operator ${op}`);
    }
  }

  /** A template's value: a lone interpolation keeps its type; anything else is a string. */
  public template(parts: TplPart[], top: boolean): Value {
    if (parts.length === 1 && parts[0].k === 'interp' && top) return this.eval(parts[0].e);
    if (parts.length === 1 && parts[0].k === 'interp') {
      const v = this.eval(parts[0].e);
      return v === UNKNOWN ? UNKNOWN : toStr(v);
    }
    let out = '';
    for (const p of parts) {
      const v = this.part(p);
      if (v === UNKNOWN) return UNKNOWN;
      out += v;
    }
    return out;
  }

  private part(p: TplPart): string | typeof UNKNOWN {
    switch (p.k) {
      case 'text': return p.v;
      case 'interp': {
        const v = this.eval(p.e);
        return v === UNKNOWN ? UNKNOWN : toStr(v);
      }
      case 'if': {
        const c = this.eval(p.c);
        if (c === UNKNOWN) return UNKNOWN;
        const v = this.template(toBool(c) ? p.then : p.else, false);
        return v === UNKNOWN ? UNKNOWN : toStr(v);
      }
      case 'for': {
        const coll = this.eval(p.coll);
        if (coll === UNKNOWN || coll === null || typeof coll !== 'object') return coll === UNKNOWN ? UNKNOWN : (() => { throw new ExprError('for over a non-collection'); })();
        const entries: Array<[Value, Value]> = Array.isArray(coll) ? coll.map((v, i) => [i, v]) : Object.keys(coll).sort().map((k) => [k, coll[k]]);
        let out = '';
        for (const [k, v] of entries) {
          const inner = new Evaluator({
            lookup: (root, attr) => {
              if (root === p.val) return attr === undefined ? v : access(v, attr);
              if (p.key !== undefined && root === p.key) return attr === undefined ? k : access(k, attr);
              return this.scope.lookup(root, attr);
            },
          });
          const r = inner.template(p.body, false);
          if (r === UNKNOWN) return UNKNOWN;
          out += toStr(r);
        }
        return out;
      }
    }
  }
}

const LONE_REFERENCE = /^\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?(?:\.[A-Za-z0-9_-]+|\[\d+\])*\s*\}$/;

const PARSED = new Map<string, TplPart[] | null>();
const PARSED_LIMIT = 50_000;

function parseTemplate(s: string): TplPart[] | null {
  let parts = PARSED.get(s);
  if (parts !== undefined) return parts;
  try {
    const p = new Parser(s);
    parts = p.template(undefined).parts;
  } catch (e) {
    if (!(e instanceof ExprError) && !(e instanceof RangeError)) throw e;
    parts = null;
  }
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(s, parts);
  return parts;
}

/**
 * Evaluates a Terraform template string (a JSON string value, or an expression hcl2json wrote as
 * `"${...}"`). Returns the constant value, or {@link UNKNOWN} when it is not a constant (or cannot be
 * parsed or evaluated).
 */
export function evaluateTemplate(s: string, scope: Scope): Value {
  if (!hasTemplateSyntax(s)) return s.includes('{') ? s.replace(/([$%])\1\{/g, '$1{') : s;
  // Fast path for the most common template, a lone reference (`${alicloud_vpc.main.id}`): when
  // its root is unknown, so is the template, without parsing it.
  const ref = LONE_REFERENCE.exec(s);
  if (ref && ref[1] !== 'true' && ref[1] !== 'false' && ref[1] !== 'null' && scope.lookup(ref[1], ref[2]) === UNKNOWN) return UNKNOWN;
  const parts = parseTemplate(s);
  if (parts === null) return UNKNOWN;
  try {
    return new Evaluator(scope).template(parts, true);
  } catch (e) {
    if (e instanceof ExprError || e instanceof RangeError) return UNKNOWN;
    throw e;
  }
}
