/**
 * The README rule table, generated from the control catalogue (lib/controls/rules.ts). The table
 * sits between the two markers below in README.md; `npm run docs:rules` rewrites it and
 * test/readme-rules.test.ts fails when it drifts from the catalogue.
 */
import { ControlReference, RULE_CATALOGUE } from '../../lib/controls';

/** Marker lines around the generated table in README.md. */
export const RULE_TABLE_START = '<!-- rule-table:start (generated from lib/controls/rules.ts by `npm run docs:rules`; do not edit) -->';
export const RULE_TABLE_END = '<!-- rule-table:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function reference(ref: ControlReference): string {
  if ((ref.source === 'Alibaba Cloud documentation' || ref.source === 'Terraform documentation') && ref.url) return `[${ref.id}](${ref.url})${ref.note ? `: ${ref.note}` : ''}`;
  return `${ref.source} ${ref.id}${ref.note ? ` (${ref.note})` : ''}`;
}

/** The Markdown rule table (header and one row per catalogued rule, in pack order). */
export function renderRuleTable(): string {
  const rows = Object.values(RULE_CATALOGUE).map((r) => `| ${r.id} | ${cell(`${r.name}: ${r.title}`)} | ${r.level} | `
    + `${cell(r.references.map(reference).join('; ') || '-')} | ${r.acknowledgeable ? 'yes' : '**no**'} |`);
  return ['| Rule | What compliant looks like | Level | Controls | Acknowledgeable |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the generated table. */
export function withRuleTable(readme: string): string {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no rule table markers (${RULE_TABLE_START} ... ${RULE_TABLE_END})`);
  return `${readme.slice(0, start + RULE_TABLE_START.length)}\n${renderRuleTable()}\n${readme.slice(end)}`;
}
