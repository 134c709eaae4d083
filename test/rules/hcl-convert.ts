/**
 * Writes a Terraform JSON document as HCL native syntax (test helper): `resource`, `data`,
 * `variable` and `locals` blocks, every value as an attribute expression. Nested blocks become
 * attributes holding a tuple of objects, which HCL reads into the same JSON (an array of objects) as
 * the block form. `"//"` comments have no HCL counterpart and are left out.
 */

function str(s: string): string {
  // JSON string values are already HCL templates (`${...}`, `%{...}`, `$${`): only quote and escape.
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

function key(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : str(k);
}

function value(v: unknown, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${inner}${value(x, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([k]) => k !== '//');
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${key(k)} = ${value(x, inner)}`).join('\n')}\n${indent}}`;
}

function body(b: Record<string, unknown>): string {
  return Object.entries(b).filter(([k]) => k !== '//').map(([k, v]) => `  ${k} = ${value(v, '  ')}\n`).join('');
}

/** The document as a `.tf` file. */
export function toHcl(doc: Record<string, any>): string {
  const out: string[] = [];
  for (const [name, v] of Object.entries<Record<string, any>>(doc.variable ?? {})) {
    out.push(`variable ${str(name)} {\n${body(Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'type')))}}\n`);
  }
  if (doc.locals) out.push(`locals {\n${body(doc.locals)}}\n`);
  for (const kind of ['data', 'resource'] as const) {
    for (const [type, byName] of Object.entries<Record<string, any>>(doc[kind] ?? {})) {
      for (const [name, b] of Object.entries<Record<string, unknown>>(byName)) out.push(`${kind} ${str(type)} ${str(name)} {\n${body(b)}}\n`);
    }
  }
  return out.join('\n');
}
