/**
 * The generated sections of README.md: the rule table, from the control catalogue
 * (lib/controls/rules.ts), and the list of bundled L1 bindings, from schema/provider.json. Each sits
 * between its two markers; `npm run docs:rules` rewrites them and test/readme-rules.test.ts fails
 * when they drift.
 */
import { readProviderMeta } from './provider-meta';
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

/** Marker lines around the generated list of bundled bindings in README.md. */
export const BINDINGS_LIST_START = '<!-- bindings-list:start (generated from schema/provider.json by `npm run docs:rules`; do not edit) -->';
export const BINDINGS_LIST_END = '<!-- bindings-list:end -->';

/** The bundled resources and data sources, as the README lists them. */
export function renderBindingsList(): string {
  const meta = readProviderMeta();
  const names = (list: readonly string[]) => [...list].sort().map((n) => `\`${n}\``).join(', ');
  return `Resources (${meta.resources.length}): ${names(meta.resources)}.\n\nData sources (${meta.dataSources.length}): ${names(meta.dataSources)}.`;
}

/** `readme` with every generated section (rule table, bindings list) regenerated. */
export function withGeneratedSections(readme: string): string {
  const withTable = withRuleTable(readme);
  const start = withTable.indexOf(BINDINGS_LIST_START);
  const end = withTable.indexOf(BINDINGS_LIST_END);
  if (start < 0 || end < start) throw new Error(`README.md has no bindings list markers (${BINDINGS_LIST_START} ... ${BINDINGS_LIST_END})`);
  return `${withTable.slice(0, start + BINDINGS_LIST_START.length)}\n${renderBindingsList()}\n${withTable.slice(end)}`;
}
