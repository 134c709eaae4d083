/**
 * A short, human-readable summary of synthesized stacks: resources by type and the security opt-outs
 * recorded in the resources' `"//"` metadata.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Key under a resource's `"//"` metadata where the constructs record opt-outs. */
export const OPT_OUT_METADATA_KEY = 'hardening';

export interface OptOutRecord {
  readonly resource: string;
  readonly optOut: string;
  readonly reason: string;
}

/** Counts from the rule pack's `hardening-report.json`, written next to cdk.tf.json by HardeningChecks. */
export interface RulePackCounts {
  readonly evaluations: number;
  readonly passed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly acknowledged: number;
}

export interface StackSummary {
  readonly name: string;
  readonly resourcesByType: Record<string, number>;
  readonly dataSourcesByType: Record<string, number>;
  readonly optOuts: OptOutRecord[];
  /** Undefined when the stack has no hardening report (no HardeningChecks aspect). */
  readonly rulePack?: RulePackCounts;
}

/** File name of the rule pack's JSON report in a stack's output directory. */
export const HARDENING_REPORT_JSON = 'hardening-report.json';

export function summarizeStack(name: string, tfJsonFile: string): StackSummary {
  const tf = JSON.parse(fs.readFileSync(tfJsonFile, 'utf8'));
  const count = (block: Record<string, Record<string, unknown>> = {}) =>
    Object.fromEntries(Object.entries(block).map(([type, items]) => [type, Object.keys(items).length]).sort());
  const optOuts: OptOutRecord[] = [];
  for (const [type, items] of Object.entries<Record<string, any>>(tf.resource ?? {})) {
    for (const [id, body] of Object.entries<any>(items)) {
      for (const o of body?.['//']?.[OPT_OUT_METADATA_KEY]?.optOuts ?? []) {
        optOuts.push({ resource: `${type}.${id}`, optOut: o.id, reason: o.reason });
      }
    }
  }
  const reportFile = path.join(path.dirname(tfJsonFile), HARDENING_REPORT_JSON);
  const rulePack = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')).summary as RulePackCounts : undefined;
  return { name, resourcesByType: count(tf.resource), dataSourcesByType: count(tf.data), optOuts, rulePack };
}

export function formatSummary(summaries: StackSummary[], outdir: string): string {
  const lines: string[] = [];
  for (const s of summaries) {
    const total = Object.values(s.resourcesByType).reduce((a, b) => a + b, 0);
    lines.push(`stack ${s.name}: ${total} resources -> ${path.join(outdir, 'stacks', s.name, 'cdk.tf.json')}`);
    for (const [type, n] of Object.entries(s.resourcesByType)) lines.push(`  ${String(n).padStart(4)}  ${type}`);
    for (const [type, n] of Object.entries(s.dataSourcesByType)) lines.push(`  ${String(n).padStart(4)}  data.${type}`);
    if (s.optOuts.length === 0) {
      lines.push('  opt-outs: none recorded');
    } else {
      lines.push(`  opt-outs (${s.optOuts.length}):`);
      for (const o of s.optOuts) lines.push(`    - ${o.optOut} on ${o.resource}: ${o.reason}`);
    }
    if (s.rulePack) {
      const r = s.rulePack;
      lines.push(`  rule pack: ${r.passed}/${r.evaluations} evaluations passed, ${r.errors} errors, ${r.warnings} warnings, `
        + `${r.infos} infos, ${r.acknowledged} acknowledged -> ${path.join(outdir, 'stacks', s.name, 'hardening-report.md')}`);
    }
  }
  return lines.join('\n');
}
