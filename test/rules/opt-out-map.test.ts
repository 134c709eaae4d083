import * as fs from 'fs';
import * as path from 'path';
import { findRule, OPT_OUT_RULES, rulesForOptOut } from '../../lib/rules';

const LIB = path.join(__dirname, '..', '..', 'lib');
const SKIP = new Set(['core', 'rules', 'generated']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return dir === LIB && SKIP.has(e.name) ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Resolves a string literal or template literal of `file`: `${CONST}` from `const CONST = '...'`, other placeholders as 0. */
function resolveLiteral(expr: string, text: string): string | undefined {
  const quoted = /^'([^']*)'$/.exec(expr) ?? /^"([^"]*)"$/.exec(expr);
  if (quoted) return quoted[1];
  const template = /^`([^`]*)`$/.exec(expr);
  if (!template) return undefined;
  return template[1].replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    const constant = new RegExp(`const ${name.trim()}\\s*=\\s*'([^']*)'`).exec(text);
    return constant ? constant[1] : '0';
  });
}

interface CallSite {
  readonly file: string;
  readonly expr: string;
  readonly ids: string[];
}

/** Every `recordOptOut(scope, <id>, ...)` call in lib/ (outside core, rules, generated) with the ids it can record. */
function recordedOptOutIds(): CallSite[] {
  const sites: CallSite[] = [];
  for (const file of sourceFiles(LIB)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/recordOptOut\(\s*[^,]+,\s*([^,]+?)\s*,/g)) {
      const expr = m[1];
      const literal = resolveLiteral(expr, text);
      let ids: string[];
      if (literal !== undefined) {
        ids = [literal];
      } else {
        // An id passed through a variable (e.g. `optOut.optOutId`): every literal assigned to that property in the file.
        const prop = expr.split('.').pop()!;
        ids = [...text.matchAll(new RegExp(`${prop}:\\s*('[^']*'|\`[^\`]*\`)`, 'g'))]
          .map((a) => resolveLiteral(a[1], text)!).filter((x) => x !== undefined);
      }
      sites.push({ file: path.relative(LIB, file), expr, ids });
    }
  }
  return sites;
}

describe('opt-out map', () => {
  const sites = recordedOptOutIds();
  const ids = [...new Set(sites.flatMap((s) => s.ids))];

  test('the scan finds the opt-outs of every construct area', () => {
    const areas = new Set(sites.map((s) => s.file.split(path.sep)[0]));
    expect([...areas].sort()).toEqual(['compute', 'identity', 'network', 'secrets', 'state', 'storage']);
  });

  test.each(sites.map((s) => [`${s.file}: ${s.expr}`, s]))('every recordOptOut id is resolved: %s', (_label, site) => {
    expect((site as CallSite).ids.length).toBeGreaterThan(0);
  });

  test.each(ids.map((id) => [id]))('%s maps to acknowledgeable rules of the pack', (id) => {
    const mappings = rulesForOptOut(id);
    expect(mappings.length).toBeGreaterThan(0);
    for (const m of mappings) {
      const rule = findRule(m.ruleId);
      expect(rule).toBeDefined();
      expect(rule!.acknowledgeable).toBe(true);
    }
  });

  test('every id in the table is still recorded by a construct (no stale entries)', () => {
    for (const id of Object.keys(OPT_OUT_RULES)) expect(ids).toContain(id);
  });

  test('positional ids map to the statement they weaken', () => {
    expect(rulesForOptOut('LeastPrivilegeRamPolicy.InsecureTransport[3]')).toEqual([{ ruleId: 'ALI-RAM-003', appliesTo: ['Statement[3]'] }]);
    expect(rulesForOptOut('LeastPrivilegeRamPolicy.InsecureTransport[x]')).toEqual([]);
    expect(rulesForOptOut('No.Such')).toEqual([]);
  });
});
