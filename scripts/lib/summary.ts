/**
 * A short, human-readable summary of synthesized stacks: resources by type and the security opt-outs
 * recorded in the resources' `"//"` metadata.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckSummary } from '../../lib/rules/engine';
import { JSON_REPORT_FILE, MARKDOWN_REPORT_FILE } from '../../lib/rules/report';

/** Key under a resource's `"//"` metadata where the constructs record opt-outs. */
export const OPT_OUT_METADATA_KEY = 'hardening';

export interface OptOutRecord {
  readonly resource: string;
  readonly optOut: string;
  readonly reason: string;
}

export interface StackSummary {
  readonly name: string;
  readonly resourcesByType: Record<string, number>;
  readonly dataSourcesByType: Record<string, number>;
  readonly optOuts: OptOutRecord[];
  /** The rule pack's counts from `hardening-report.json` (written next to cdk.tf.json by HardeningChecks); undefined without one. */
  readonly rulePack?: CheckSummary;
}

export function summarizeStack(name: string, tfJsonFile: string): StackSummary {
  const tf = JSON.parse(fs.readFileSync(tfJsonFile, 'utf8'));
  const count = (block: Record<string, Record<string, unknown>> = {}) =>
    Object.fromEntries(Object.entries(block).map(([type, items]) => [type, Object.keys(items).length]).sort());
  const optOuts: OptOutRecord[] = [];
  for (const [type, items] of Object.entries<Record<string, any>>(tf.resource ?? {})) {
    for (const [id, body] of Object.entries<any>(items)) {
      // Construct opt-outs are acknowledgement records tagged with the opt-out id (one per rule waived).
      const seen = new Set<string>();
      for (const a of body?.['//']?.[OPT_OUT_METADATA_KEY]?.acknowledgements ?? []) {
        if (typeof a?.optOut !== 'string' || seen.has(a.optOut)) continue;
        seen.add(a.optOut);
        optOuts.push({ resource: `${type}.${id}`, optOut: a.optOut, reason: a.reason });
      }
    }
  }
  const reportFile = path.join(path.dirname(tfJsonFile), JSON_REPORT_FILE);
  const rulePack = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')).summary as CheckSummary : undefined;
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
        + `${r.infos} infos, ${r.acknowledged} acknowledged -> ${path.join(outdir, 'stacks', s.name, MARKDOWN_REPORT_FILE)}`);
    }
  }
  return lines.join('\n');
}
