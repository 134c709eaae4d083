/**
 * A reviewer's hand-written single-misconfiguration Terraform JSON files (test/fixtures/reviewer/):
 * each `<case>.bad.tf.json` holds one misconfiguration and `<case>.good.tf.json` its compliant twin.
 * expected.json names the rules the misconfiguration must trip. The pack must fail those rules on the
 * bad file, pass them on the good one, and the two files must differ in exactly those rules (so the
 * twin is a real twin, and nothing else in the file is what gets caught).
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateTerraformJson, findRule } from '../../lib/rules';

const DIR = path.join(__dirname, '..', 'fixtures', 'reviewer');
const EXPECTED: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8'));

function failing(file: string): Set<string> {
  const tf = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
  return new Set(evaluateTerraformJson(tf).results.filter((r) => r.status === 'fail').map((r) => r.ruleId));
}

describe('reviewer fixtures', () => {
  test('every case has both twins and names known rules', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.tf.json')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).flatMap((c) => [`${c}.bad.tf.json`, `${c}.good.tf.json`]).sort());
    for (const ids of Object.values(EXPECTED)) for (const id of ids) expect(findRule(id)).toBeDefined();
  });

  test.each(Object.entries(EXPECTED))('%s: caught, and its compliant twin passes', (name, ids) => {
    const bad = failing(`${name}.bad.tf.json`);
    const good = failing(`${name}.good.tf.json`);
    for (const id of ids) {
      expect({ id, caught: bad.has(id) }).toEqual({ id, caught: true });
      expect({ id, inGoodTwin: good.has(id) }).toEqual({ id, inGoodTwin: false });
    }
    // Single misconfiguration: the twins differ in exactly the expected rules.
    expect([...bad].filter((id) => !good.has(id)).sort()).toEqual([...ids].sort());
    expect([...good].filter((id) => !bad.has(id))).toEqual([]);
  });

  test('the primary rule of each class is an error (snapshot retention stays a warning)', () => {
    for (const [name, ids] of Object.entries(EXPECTED)) {
      const level = name.startsWith('snapshot-policy') ? 'warning' : 'error';
      expect({ name, id: ids[0], level: findRule(ids[0])!.level }).toEqual({ name, id: ids[0], level });
    }
  });
});
