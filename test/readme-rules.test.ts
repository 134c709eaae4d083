import * as fs from 'fs';
import * as path from 'path';
import { RULE_CATALOGUE } from '../lib/controls';
import { renderRuleTable, RULE_TABLE_END, RULE_TABLE_START, withGeneratedSections, withRuleTable } from '../scripts/lib/rule-table';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('README rule table', () => {
  test('is the table generated from the control catalogue (run `npm run docs:rules` after changing lib/controls/rules.ts)', () => {
    expect(withRuleTable(README)).toBe(README);
  });

  test('lists the bundled bindings generated from schema/provider.json (run `npm run docs:rules` after `npm run provider:refresh`)', () => {
    expect(withGeneratedSections(README)).toBe(README);
  });

  test('lists every catalogued rule once, with its acknowledgeability', () => {
    const table = README.slice(README.indexOf(RULE_TABLE_START), README.indexOf(RULE_TABLE_END));
    for (const r of Object.values(RULE_CATALOGUE)) {
      const rows = table.split('\n').filter((l) => l.startsWith(`| ${r.id} |`));
      expect(rows).toHaveLength(1);
      expect(rows[0].endsWith(r.acknowledgeable ? '| yes |' : '| **no** |')).toBe(true);
    }
    expect(table).not.toMatch(/seed \d/);
  });

  test('the generator only touches the marked section', () => {
    const doc = `intro\n${RULE_TABLE_START}\nstale\n${RULE_TABLE_END}\noutro\n`;
    expect(withRuleTable(doc)).toBe(`intro\n${RULE_TABLE_START}\n${renderRuleTable()}\n${RULE_TABLE_END}\noutro\n`);
    expect(() => withRuleTable('no markers')).toThrow(/no rule table markers/);
  });
});
