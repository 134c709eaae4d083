import * as fs from 'fs';
import * as path from 'path';
import { CheckResult, Finding, ResultStatus } from './engine';
import { HARDENING_RULES } from './pack';
import { HardeningRule } from './types';
import { HardeningValidationError } from '../core/errors';
import { ConstructWarning } from '../core/warnings';

/** File name of the JSON report in a stack's output directory. */
export const JSON_REPORT_FILE = 'hardening-report.json';
/** File name of the Markdown report in a stack's output directory. */
export const MARKDOWN_REPORT_FILE = 'hardening-report.md';

/** The JSON report of one stack (or one Terraform JSON file). */
export interface HardeningReportJson {
  /** Stack name (or file). */
  readonly stack: string;
  /** Counts over the stack. */
  readonly summary: CheckResult['summary'];
  /** Every rule with its metadata and how many resources passed, failed, were acknowledged or not applicable. */
  readonly rules: Array<{
    id: string;
    name: string;
    level: string;
    title: string;
    acknowledgeable: boolean;
    controls: readonly string[];
    counts: Record<ResultStatus, number>;
  }>;
  /** Every resource a rule applies to, with each rule's status and findings (acknowledgements with their reasons). */
  readonly resources: Array<{
    address: string;
    constructPath?: string;
    results: Array<{ ruleId: string; status: ResultStatus; findings: Array<Pick<Finding, 'finding' | 'message' | 'status' | 'acknowledgement' | 'note'>> }>;
  }>;
  /**
   * The construct warnings of the stack (stable ids, risky but legal choices), beside the rule
   * findings: `fail` = unacknowledged, `acknowledged` = accepted with `Warnings.of(scope).acknowledge`.
   */
  readonly warnings: Array<ConstructWarning & { status: 'fail' | 'acknowledged' }>;
}

/** Builds the JSON report (deterministic: no timestamps, document and rule order). */
export function buildJsonReport(stack: string, result: CheckResult, rules: readonly HardeningRule[] = HARDENING_RULES,
  warnings: readonly ConstructWarning[] = []): HardeningReportJson {
  const counts = new Map<string, Record<ResultStatus, number>>(rules.map((r) => [r.id, { 'pass': 0, 'fail': 0, 'acknowledged': 0, 'not-applicable': 0 }]));
  const resources = new Map<string, HardeningReportJson['resources'][number]>();
  for (const r of result.results) {
    const c = counts.get(r.ruleId);
    if (c) c[r.status]++;
    let res = resources.get(r.address);
    if (!res) {
      res = { address: r.address, ...(r.constructPath ? { constructPath: r.constructPath } : {}), results: [] };
      resources.set(r.address, res);
    }
    res.results.push({
      ruleId: r.ruleId,
      status: r.status,
      findings: r.findings.map((f) => ({
        ...(f.finding !== undefined ? { finding: f.finding } : {}),
        message: f.message,
        status: f.status,
        ...(f.acknowledgement ? { acknowledgement: f.acknowledgement } : {}),
        ...(f.note ? { note: f.note } : {}),
      })),
    });
  }
  return {
    stack,
    summary: result.summary,
    rules: rules.map((r) => ({
      id: r.id, name: r.name, level: r.level, title: r.title, acknowledgeable: r.acknowledgeable, controls: r.controls, counts: counts.get(r.id)!,
    })),
    resources: [...resources.values()],
    warnings: warnings.map((w) => ({ ...w, status: w.acknowledgement ? 'acknowledged' as const : 'fail' as const })),
  };
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function findingRows(findings: readonly Finding[], withReason: boolean): string[] {
  return findings.map((f) => {
    const where = `${cell(f.address)}${f.finding ? ` \`${cell(f.finding)}\`` : ''}`;
    if (withReason) {
      const ack = f.acknowledgement!;
      const source = ack.source === 'opt-out' ? `opt-out ${cell(ack.optOutId)}` : 'acknowledgement';
      return `| ${f.ruleId} | ${f.level} | ${where} | ${cell(f.message)} | ${source} | ${cell(ack.reason)} |`;
    }
    return `| ${f.ruleId} | ${f.level} | ${where} | ${cell(f.message)}${f.note ? ` (${cell(f.note)})` : ''} | ${cell(f.fixHint)} |`;
  });
}

/** Renders the Markdown report: summary, unacknowledged findings, acknowledged weakenings, rules, resources. */
export function renderMarkdownReport(stack: string, result: CheckResult, rules: readonly HardeningRule[] = HARDENING_RULES,
  warnings: readonly ConstructWarning[] = []): string {
  const json = buildJsonReport(stack, result, rules, warnings);
  const s = result.summary;
  const failing = result.findings.filter((f) => f.status === 'fail');
  const acknowledged = result.findings.filter((f) => f.status === 'acknowledged');
  const lines = [
    `# Hardening report: ${stack}`,
    '',
    `${s.resources} resources, ${s.evaluations} rule evaluations: ${s.passed} passed, **${s.errors} unacknowledged errors**, ${s.warnings} warnings, ${s.infos} infos, ${s.acknowledged} acknowledged.`,
    '',
    '## Unacknowledged findings',
    '',
  ];
  if (failing.length === 0) lines.push('None.');
  else lines.push('| Rule | Level | Resource | Finding | Fix |', '|---|---|---|---|---|', ...findingRows(failing, false));
  lines.push('', '## Acknowledged findings (every weakening, with its reason)', '');
  if (acknowledged.length === 0) lines.push('None.');
  else lines.push('| Rule | Level | Resource | Finding | Source | Reason |', '|---|---|---|---|---|---|', ...findingRows(acknowledged, true));
  lines.push('', '## Construct warnings (risky but legal choices)', '');
  if (json.warnings.length === 0) {lines.push('None.');} else {
    lines.push('| Warning | Construct | Message | Status | Reason |', '|---|---|---|---|---|');
    for (const w of json.warnings) {
      lines.push(`| ${cell(w.id)} | ${cell(w.path)} | ${cell(w.message)} | ${w.status === 'acknowledged' ? 'acknowledged' : 'unacknowledged'} | ${cell(w.acknowledgement?.reason)} |`);
    }
  }
  lines.push('', '## Rules', '', '| Rule | Name | Level | Pass | Fail | Acknowledged | N/A |', '|---|---|---|---|---|---|---|');
  for (const r of json.rules) {
    lines.push(`| ${r.id} | ${r.name} | ${r.level} | ${r.counts.pass} | ${r.counts.fail} | ${r.counts.acknowledged} | ${r.counts['not-applicable']} |`);
  }
  lines.push('', '## Resources', '', '| Resource | Construct | Passed | Failed | Acknowledged |', '|---|---|---|---|---|');
  for (const r of json.resources) {
    const ids = (st: ResultStatus) => r.results.filter((x) => x.status === st).map((x) => x.ruleId).join(', ');
    lines.push(`| ${cell(r.address)} | ${cell(r.constructPath)} | ${ids('pass')} | ${ids('fail')} | ${ids('acknowledged')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Paths of written reports. */
export interface WrittenReports {
  readonly json: string;
  readonly markdown: string;
}

/**
 * Writes `hardening-report.json` and `hardening-report.md` for a check result into `dir`.
 *
 * @throws HardeningValidationError when `dir` is not a non-empty string
 */
export function writeReportFiles(stack: string, result: CheckResult, dir: string, rules: readonly HardeningRule[] = HARDENING_RULES,
  warnings: readonly ConstructWarning[] = []): WrittenReports {
  if (typeof dir !== 'string' || dir.trim() === '') {
    throw new HardeningValidationError(stack, 'HardeningReport.InvalidDirectory', 'outdir', dir, 'a directory path');
  }
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, JSON_REPORT_FILE);
  const markdown = path.join(dir, MARKDOWN_REPORT_FILE);
  fs.writeFileSync(json, `${JSON.stringify(buildJsonReport(stack, result, rules, warnings), null, 2)}\n`);
  fs.writeFileSync(markdown, renderMarkdownReport(stack, result, rules, warnings));
  return { json, markdown };
}
