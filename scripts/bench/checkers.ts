/**
 * Bench step (run by scripts/bench.ts, or alone): the standalone checker as a process, side by side
 * with checkov on the same file, and the checker on a large insecure file (hostile input).
 *
 *   ts-node scripts/bench/checkers.ts <cdk.tf.json of the N=1000 stack> [--cli <bin.js>] [--runs n]
 *
 * Each run is a fresh process; wall time and peak RSS (the largest `ru_maxrss` of the process
 * tree) are taken by a small Python wrapper (`resource.getrusage(RUSAGE_CHILDREN)`), the same for
 * both tools.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeLargeInsecure } from './large-insecure';

const REPO_ROOT = path.join(__dirname, '..', '..');

/** One process run. */
export interface ProcessRun {
  readonly ms: number;
  /** User + system CPU time of the process tree (less sensitive to other load on a shared machine). */
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly status: number;
}

/** What this step measured. */
export interface CheckersResult {
  readonly resources: number;
  readonly ours: { readonly runs: ProcessRun[]; readonly evaluations: number; readonly findings: number };
  readonly checkov?: { readonly run: ProcessRun; readonly version: string; readonly checks: number; readonly error?: string };
  readonly large: {
    readonly bytes: number;
    readonly resources: number;
    readonly findings: number;
    readonly json: ProcessRun;
    readonly table: ProcessRun;
  };
}

const WRAPPER = `
import json, resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.perf_counter()
p = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
ms = (time.perf_counter() - t) * 1000
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"ms": ms, "cpuMs": (r.ru_utime + r.ru_stime) * 1000, "rssMb": r.ru_maxrss / 1024, "status": p.returncode}))
`;

/** Runs `cmd args` with stdout to `outFile`, timed. */
export function timed(outFile: string, cmd: string, args: string[]): ProcessRun {
  const res = spawnSync('python3', ['-c', WRAPPER, outFile, cmd, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  if (res.status !== 0) throw new Error(`timing ${cmd} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as ProcessRun;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The `"summary"` line of the checker's JSON output (read from the head of the file only). */
function jsonSummary(file: string): Record<string, number> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const m = /"summary": (\{[^}]*\})/.exec(buf.subarray(0, n).toString('utf8'));
    if (!m) throw new Error(`no summary in ${file}`);
    return JSON.parse(m[1]);
  } finally {
    fs.closeSync(fd);
  }
}

/** Counts checkov's checks in its JSON report (one report object or a list of them). */
function checkovChecks(file: string): number {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  const reports = Array.isArray(parsed) ? parsed : [parsed];
  return reports.reduce((n: number, r: any) => n + (r?.summary?.passed ?? r?.results?.passed_checks?.length ?? 0)
    + (r?.summary?.failed ?? r?.results?.failed_checks?.length ?? 0), 0);
}

/** Runs the step. `cli` is the compiled bin.js (bench.out/build/lib/cli/bin.js). */
export function measureCheckers(file1000: string, cli: string, runs: number, log: (s: string) => void): CheckersResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-checkers-'));
  try {
    const ours: ProcessRun[] = [];
    const outJson = path.join(dir, 'ours.json');
    for (let i = 0; i < runs; i++) ours.push(timed(outJson, process.execPath, [cli, 'check', '--format', 'json', file1000]));
    const summary = jsonSummary(outJson);
    log(`checker on N=1000: ${median(ours.map((r) => r.ms)).toFixed(0)} ms, ${median(ours.map((r) => r.rssMb)).toFixed(0)} MB`);

    let checkov: CheckersResult['checkov'];
    try {
      const bin = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'ensure-checkov.sh')], { encoding: 'utf8', cwd: REPO_ROOT }).trim().split('\n').pop()!;
      const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
      const out = path.join(dir, 'checkov.json');
      const run = timed(out, bin, ['--framework', 'terraform_json', '-f', file1000, '-o', 'json', '--skip-download']);
      checkov = { run, version, checks: checkovChecks(out) };
      log(`checkov ${version} on N=1000: ${run.ms.toFixed(0)} ms, ${run.rssMb.toFixed(0)} MB, ${checkov.checks} checks`);
    } catch (e) {
      checkov = undefined;
      log(`checkov not measured: ${(e as Error).message.split('\n')[0]}`);
    }

    const large = path.join(dir, 'large-insecure.tf.json');
    writeLargeInsecure(27_500, large);
    const bytes = fs.statSync(large).size;
    const largeJson = path.join(dir, 'large.json');
    const json = timed(largeJson, process.execPath, [cli, 'check', '--format', 'json', large]);
    const s = jsonSummary(largeJson);
    fs.rmSync(largeJson, { force: true });
    const table = timed(path.join(dir, 'large.txt'), process.execPath, [cli, 'check', large]);
    log(`checker on ${(bytes / 1e6).toFixed(0)} MB insecure file: json ${json.ms.toFixed(0)} ms / ${json.rssMb.toFixed(0)} MB, table ${table.ms.toFixed(0)} ms / ${table.rssMb.toFixed(0)} MB`);
    return {
      resources: summary.resources,
      ours: { runs: ours, evaluations: summary.evaluations, findings: summary.errors + summary.warnings + summary.infos + summary.acknowledged },
      checkov,
      large: { bytes, resources: s.resources, findings: s.errors + s.warnings + s.infos + s.acknowledged, json, table },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Markdown rows of the step. */
export function checkersMarkdown(r: CheckersResult): string[] {
  const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
  const oursMs = median(r.ours.runs.map((x) => x.ms));
  const oursMb = median(r.ours.runs.map((x) => x.rssMb));
  const oursCpu = median(r.ours.runs.map((x) => x.cpuMs));
  const md = [
    '## Checker vs checkov', '',
    `The same N=1000 \`cdk.tf.json\` (${r.resources.toLocaleString('en-US')} resources), each tool as a fresh process, output to a file; `
      + 'wall time and peak RSS of the process tree.', '',
    '| tool | wall time | CPU time | peak RSS | work |', '| --- | ---: | ---: | ---: | --- |',
    `| \`alicloud-ecs-hardened check --format json\` (median of ${r.ours.runs.length}) | ${ms(oursMs)} | ${ms(oursCpu)} | ${oursMb.toFixed(0)} MB | `
      + `${r.ours.evaluations.toLocaleString('en-US')} rule evaluations, ${r.ours.findings} findings |`,
  ];
  if (r.checkov) {
    md.push(`| checkov ${r.checkov.version} \`--framework terraform_json\` (once) | ${ms(r.checkov.run.ms)} | ${ms(r.checkov.run.cpuMs)} | `
      + `${r.checkov.run.rssMb.toFixed(0)} MB | ${r.checkov.checks.toLocaleString('en-US')} checks |`);
    md.push('', `checkov / checker: **${(r.checkov.run.ms / oursMs).toFixed(0)}x** wall time, **${(r.checkov.run.cpuMs / oursCpu).toFixed(0)}x** CPU time.`);
  } else {
    md.push('| checkov | not measured (not installable here) | | | |');
  }
  md.push('', '## Checker on a large insecure file', '',
    `A generated ${(r.large.bytes / 1e6).toFixed(1)} MB \`.tf.json\` (scripts/bench/large-insecure.ts): ${r.large.resources.toLocaleString('en-US')} insecure instances, `
      + `${r.large.findings.toLocaleString('en-US')} findings. Output is streamed with back-pressure; memory grows with the findings kept for the summary, not with the output.`, '',
    '| format | wall time | CPU time | peak RSS | exit |', '| --- | ---: | ---: | ---: | ---: |',
    `| json | ${ms(r.large.json.ms)} | ${ms(r.large.json.cpuMs)} | ${r.large.json.rssMb.toFixed(0)} MB | ${r.large.json.status} |`,
    `| table | ${ms(r.large.table.ms)} | ${ms(r.large.table.cpuMs)} | ${r.large.table.rssMb.toFixed(0)} MB | ${r.large.table.status} |`, '');
  return md;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const cliIdx = args.indexOf('--cli');
  const runsIdx = args.indexOf('--runs');
  if (!file || cliIdx < 0) {
    console.error('usage: checkers.ts <cdk.tf.json> --cli <compiled bin.js> [--runs n]');
    process.exit(2);
  }
  const result = measureCheckers(file, args[cliIdx + 1], runsIdx >= 0 ? Number(args[runsIdx + 1]) : 3, (s) => process.stderr.write(`[bench] ${s}\n`));
  process.stdout.write(`${JSON.stringify(result)}\n\n${checkersMarkdown(result).join('\n')}\n`);
}
