/**
 * One result model for every output of the rule pack: the CLI's table, JSON, Markdown, SARIF 2.1.0
 * and JUnit XML, the per-stack reports (lib/rules/report.ts) and the synth summary all render a
 * {@link CheckRun} (or one of its inputs) through the functions here.
 *
 * Renderers are generators of text chunks, so a caller can stream them (the CLI writes them with
 * back-pressure): nothing spreads findings into arguments or builds one string of the whole output.
 */
import { CheckResult, CheckSummary, Finding } from './engine';
import { HARDENING_RULES } from './pack';
import { HardeningRule, RuleLevel } from './types';

/** Public sources the rules implement (SARIF `helpUri`, report references). */
export const RULE_REFERENCES: readonly { readonly title: string; readonly url: string }[] = Object.freeze([
  { title: 'Shared security responsibility model of ECS', url: 'https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model' },
  { title: 'Ensure data security (ECS)', url: 'https://www.alibabacloud.com/help/en/ecs/data-security' },
]);

/** One input of a run: a checked file, or one that could not be read or was invalid. */
export interface CheckedInput {
  /** The file (or `<dir>/*.tf` for a directory's HCL module). */
  readonly file: string;
  /** The result, when the input was read and valid. */
  readonly result?: CheckResult;
  /** Why the input could not be checked (one line). */
  readonly error?: string;
}

/** Totals over a run. */
export interface RunTotals extends CheckSummary {
  /** Inputs checked. */
  readonly files: number;
  /** Inputs that could not be read or were invalid. */
  readonly unreadable: number;
}

/** Everything one check run produced. */
export interface CheckRun {
  readonly tool: { readonly name: string; readonly version: string };
  readonly rules: readonly HardeningRule[];
  readonly inputs: readonly CheckedInput[];
  readonly totals: RunTotals;
}

const EMPTY: CheckSummary = {
  resources: 0,
  evaluations: 0,
  passed: 0,
  failed: 0,
  acknowledgedEvaluations: 0,
  notApplicable: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  acknowledged: 0,
};

/** Builds the run model. */
export function buildRun(inputs: readonly CheckedInput[], version: string, rules: readonly HardeningRule[] = HARDENING_RULES): CheckRun {
  const totals: Record<string, number> = { ...EMPTY, files: 0, unreadable: 0 };
  for (const i of inputs) {
    if (!i.result) {
      totals.unreadable++;
      continue;
    }
    totals.files++;
    for (const k of Object.keys(EMPTY) as Array<keyof CheckSummary>) totals[k] += i.result.summary[k];
  }
  return { tool: { name: 'alicloud-ecs-hardened', version }, rules, inputs, totals: totals as unknown as RunTotals };
}

/** `1 warning`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one-line account of a summary every output uses; the evaluation counts add up to the total. */
export function summaryLine(s: CheckSummary): string {
  return `${plural(s.resources, 'resource')}, ${plural(s.evaluations, 'rule evaluation')} (${s.passed} passed, ${s.failed} failed, `
    + `${s.acknowledgedEvaluations} acknowledged, ${s.notApplicable} not applicable); unacknowledged findings: `
    + `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}; ${s.acknowledged} acknowledged`;
}

const LEVEL_ORDER: Record<RuleLevel, number> = { error: 0, warning: 1, info: 2 };

/** Findings in report order: unacknowledged first, then by level (stable within). */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** Whether an unacknowledged finding at or above `failOn` exists. */
export function failsAt(summary: CheckSummary, failOn: RuleLevel): boolean {
  return summary.errors > 0 || (failOn !== 'error' && summary.warnings > 0) || (failOn === 'info' && summary.infos > 0);
}

function findingStatus(f: Finding): string {
  if (f.status !== 'acknowledged') return 'FAIL';
  return f.acknowledgement!.source === 'opt-out' ? `OPT-OUT ${f.acknowledgement!.optOutId}` : 'ACKNOWLEDGED';
}

function findingRow(f: Finding): string[] {
  const detail = f.status === 'acknowledged'
    ? `${f.message} -- reason: ${f.acknowledgement!.reason}${f.acknowledgement!.expires ? ` (expires ${f.acknowledgement!.expires})` : ''}`
    : `${f.message}${f.note ? ` (${f.note})` : ''}`;
  return [f.level.toUpperCase(), findingStatus(f), f.ruleId, f.address + (f.finding ? ` [${f.finding}]` : ''), detail.replace(/\r?\n/g, ' ')];
}

/** The table output (one block per input, then the verdict). */
export function* renderTable(run: CheckRun, failOn: RuleLevel = 'error'): Generator<string> {
  for (const input of run.inputs) {
    if (!input.result) {
      yield `${input.file}: NOT CHECKED: ${input.error}\n\n`;
      continue;
    }
    yield `${input.file}: ${summaryLine(input.result.summary)}\n`;
    const findings = orderedFindings(input.result.findings);
    if (findings.length > 0) {
      const header = ['LEVEL', 'STATUS', 'RULE', 'RESOURCE', 'MESSAGE'];
      const widths = header.map((h) => h.length);
      for (const f of findings) {
        const row = findingRow(f);
        for (let i = 0; i < row.length - 1; i++) widths[i] = Math.min(60, Math.max(widths[i], row[i].length));
      }
      const line = (row: string[]) => `${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()}\n`;
      yield line(header);
      for (const f of findings) yield line(findingRow(f));
    }
    yield '\n';
  }
  yield `${verdict(run, failOn)}\n`;
}

/** The last line of the table: OK, FAILED or NOT CHECKED. */
export function verdict(run: CheckRun, failOn: RuleLevel): string {
  const t = run.totals;
  const parts: string[] = [];
  if (t.unreadable > 0) parts.push(`${plural(t.unreadable, 'input')} could not be checked`);
  if (failsAt(t, failOn)) {
    const counted = [plural(t.errors, 'unacknowledged error')];
    if (failOn !== 'error') counted.push(plural(t.warnings, 'unacknowledged warning'));
    if (failOn === 'info') counted.push(plural(t.infos, 'unacknowledged info'));
    parts.push(counted.join(', '));
  }
  if (parts.length === 0) return `OK: no unacknowledged findings at level ${failOn}${failOn === 'info' ? '' : ' or above'} in ${plural(t.files, 'file')}`;
  return `FAILED: ${parts.join('; ')}`;
}

function json(v: unknown): string {
  return JSON.stringify(v);
}

/** The JSON output: `{ tool, summary, files: [{ file, summary, findings } | { file, error }] }`, one finding per line. */
export function* renderJson(run: CheckRun): Generator<string> {
  yield `{\n"tool": ${json(run.tool)},\n"summary": ${json(run.totals)},\n"files": [`;
  let firstInput = true;
  for (const input of run.inputs) {
    yield `${firstInput ? '' : ','}\n`;
    firstInput = false;
    if (!input.result) {
      yield json({ file: input.file, error: input.error });
      continue;
    }
    yield `{"file": ${json(input.file)}, "summary": ${json(input.result.summary)}, "findings": [`;
    let first = true;
    for (const f of input.result.findings) {
      yield `${first ? '' : ','}\n  ${json(f)}`;
      first = false;
    }
    yield '\n]}';
  }
  yield '\n]\n}\n';
}

function mdCell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The Markdown output: per input the summary, unacknowledged and acknowledged findings. */
export function* renderMarkdown(run: CheckRun, failOn: RuleLevel = 'error'): Generator<string> {
  yield `# Hardening check (${run.tool.name} ${run.tool.version})\n\n${verdict(run, failOn)}\n`;
  for (const input of run.inputs) {
    yield `\n## ${mdCell(input.file)}\n\n`;
    if (!input.result) {
      yield `Not checked: ${mdCell(input.error)}\n`;
      continue;
    }
    yield* markdownFindings(input.result);
  }
}

/** The summary and finding tables of one result (shared with the per-stack Markdown report). */
export function* markdownFindings(result: CheckResult): Generator<string> {
  yield `${summaryLine(result.summary)}.\n\n### Unacknowledged findings\n\n`;
  const failing = result.findings.filter((f) => f.status === 'fail');
  if (failing.length === 0) {yield 'None.\n';} else {
    yield '| Rule | Level | Resource | Finding | Fix |\n|---|---|---|---|---|\n';
    for (const f of orderedFindings(failing)) {
      yield `| ${f.ruleId} | ${f.level} | ${mdCell(f.address)}${f.finding ? ` \`${mdCell(f.finding)}\`` : ''} | ${mdCell(f.message)}${f.note ? ` (${mdCell(f.note)})` : ''} | ${mdCell(f.fixHint)} |\n`;
    }
  }
  yield '\n### Acknowledged findings (every weakening, with its reason)\n\n';
  const acknowledged = result.findings.filter((f) => f.status === 'acknowledged');
  if (acknowledged.length === 0) {yield 'None.\n';} else {
    yield '| Rule | Level | Resource | Finding | Source | Reason |\n|---|---|---|---|---|---|\n';
    for (const f of acknowledged) {
      const ack = f.acknowledgement!;
      const source = ack.source === 'opt-out' ? `opt-out ${mdCell(ack.optOutId)}` : 'acknowledgement';
      const reason = `${mdCell(ack.reason)}${ack.expires ? ` (expires ${ack.expires})` : ''}`;
      yield `| ${f.ruleId} | ${f.level} | ${mdCell(f.address)}${f.finding ? ` \`${mdCell(f.finding)}\`` : ''} | ${mdCell(f.message)} | ${source} | ${reason} |\n`;
    }
  }
}

const SARIF_LEVEL: Record<RuleLevel, string> = { error: 'error', warning: 'warning', info: 'note' };

function sarifRule(r: HardeningRule): Record<string, unknown> {
  const refs = RULE_REFERENCES.map((x) => `- [${x.title}](${x.url})`).join('\n');
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title}. Controls: ${r.controls.join('; ')}.` },
    help: {
      text: `${r.fixHint}\nControls: ${r.controls.join('; ')}\nReferences: ${RULE_REFERENCES.map((x) => `${x.title} ${x.url}`).join('; ')}`,
      markdown: `${r.fixHint}\n\n**Controls:** ${r.controls.join('; ')}\n\n**References:**\n${refs}${r.acknowledgeable ? '' : '\n\nThis rule cannot be acknowledged.'}`,
    },
    helpUri: RULE_REFERENCES[0].url,
    defaultConfiguration: { level: SARIF_LEVEL[r.level] },
    properties: { tags: ['security', 'terraform', 'alicloud'], controls: r.controls, acknowledgeable: r.acknowledgeable },
  };
}

function uriOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0: one run, the rules with help and references, one result per finding (acknowledged ones suppressed). */
export function* renderSarif(run: CheckRun): Generator<string> {
  const ruleIndex = new Map(run.rules.map((r, i) => [r.id, i]));
  const driver = {
    name: run.tool.name,
    version: run.tool.version,
    semanticVersion: /^\d+\.\d+\.\d+/.test(run.tool.version) ? run.tool.version : undefined,
    informationUri: RULE_REFERENCES[0].url,
    rules: run.rules.map(sarifRule),
  };
  const artifacts = run.inputs.map((i) => ({ location: { uri: uriOf(i.file) } }));
  const notifications = run.inputs.map((i, index) => ({ i, index })).filter(({ i }) => !i.result).map(({ i, index }) => ({
    level: 'error',
    message: { text: `${i.file}: ${i.error}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(i.file), index } } }],
  }));
  yield '{\n"$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n"version": "2.1.0",\n"runs": [{\n';
  yield `"tool": ${json({ driver })},\n`;
  yield `"invocations": ${json([{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }])},\n`;
  yield `"artifacts": ${json(artifacts)},\n"results": [`;
  let first = true;
  for (let index = 0; index < run.inputs.length; index++) {
    const input = run.inputs[index];
    for (const f of input.result?.findings ?? []) {
      const logical: Array<Record<string, string>> = [{ fullyQualifiedName: f.address, name: f.resourceName, kind: 'resource' }];
      if (f.constructPath) logical.push({ fullyQualifiedName: f.constructPath, kind: 'module' });
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: SARIF_LEVEL[f.level],
        message: { text: `${f.address}${f.finding ? ` [${f.finding}]` : ''}: ${f.message}${f.note ? ` (${f.note})` : ''}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(input.file), index } }, logicalLocations: logical }],
        partialFingerprints: { 'alicloudEcsHardened/v1': `${f.ruleId}|${f.address}|${f.finding ?? ''}` },
        ...(f.variables ? { properties: { variables: f.variables } } : {}),
      };
      const ack = f.acknowledgement;
      if (f.status === 'acknowledged' && ack) {
        result.suppressions = [{
          kind: 'inSource',
          status: 'accepted',
          justification: ack.reason,
          properties: { source: ack.source, ...(ack.optOutId ? { optOutId: ack.optOutId } : {}), ...(ack.expires ? { expires: ack.expires } : {}) },
        }];
      }
      yield `${first ? '' : ','}\n${json(result)}`;
      first = false;
    }
  }
  yield '\n]\n}]\n}\n';
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\'': '&apos;' };

function xml(text: string): string {
  // XML 1.0 forbids most control characters: drop them; escape the five specials.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => XML_ESCAPES[c]);
}

/**
 * JUnit XML: one test suite per input, one test case per (rule, resource) evaluation; failures for
 * unacknowledged findings, skipped for acknowledged and not-applicable ones, an error for an input
 * that could not be checked.
 */
export function* renderJunit(run: CheckRun): Generator<string> {
  const t = run.totals;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="${xml(run.tool.name)}" tests="${t.evaluations + t.unreadable}" failures="${t.failed}" errors="${t.unreadable}" `
    + `skipped="${t.acknowledgedEvaluations + t.notApplicable}">\n`;
  for (const input of run.inputs) {
    if (!input.result) {
      yield `  <testsuite name="${xml(input.file)}" tests="1" failures="0" errors="1" skipped="0">\n`;
      yield `    <testcase classname="input" name="${xml(input.file)}"><error message="${xml(input.error ?? '')}"/></testcase>\n  </testsuite>\n`;
      continue;
    }
    const s = input.result.summary;
    yield `  <testsuite name="${xml(input.file)}" tests="${s.evaluations}" failures="${s.failed}" errors="0" skipped="${s.acknowledgedEvaluations + s.notApplicable}">\n`;
    for (const r of input.result.results) {
      const open = `    <testcase classname="${xml(r.ruleId)}" name="${xml(r.address)}"`;
      if (r.status === 'pass') {
        yield `${open}/>\n`;
      } else if (r.status === 'not-applicable') {
        yield `${open}><skipped message="not applicable"/></testcase>\n`;
      } else if (r.status === 'acknowledged') {
        yield `${open}><skipped message="${xml(`acknowledged: ${r.findings.map((f) => f.acknowledgement!.reason).join('; ')}`)}"/></testcase>\n`;
      } else {
        const failing = r.findings.filter((f) => f.status === 'fail');
        const text = failing.map((f) => `[${f.level}] ${f.finding ? `${f.finding}: ` : ''}${f.message}${f.note ? ` (${f.note})` : ''}. Fix: ${f.fixHint}`).join('\n');
        yield `${open}><failure type="${xml(failing[0].level)}" message="${xml(failing.map((f) => f.message).join('; '))}">${xml(text)}</failure></testcase>\n`;
      }
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
