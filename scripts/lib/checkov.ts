/**
 * The real-scanner step of `npm run validate`: checkov (pinned, installed into the project-local
 * `.venv/` by scripts/ensure-checkov.sh) with `--framework terraform_json` on synthesized stacks.
 *
 * Verdicts:
 * - blueprint stacks: 0 failed and 0 skipped checks;
 * - the negative control (the `insecure-l1` fixture): at least {@link NEGATIVE_CONTROL_MIN_FAILED_IDS}
 *   distinct failed check ids, which proves the scanner really ran on the synthesized JSON;
 * - every other fixture stack: 0 skipped, and a failed check only on a resource that carries a
 *   recorded opt-out (`"//": {"hardening": {"acknowledgements": [{..., "optOut": id}]}}`), i.e. a weakening the fixture took
 *   on purpose and with a reason.
 *
 * The JSON report of every stack is written to `cdktf.out/validate/checkov/<stack>.json`.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './provider-meta';

/** The checkov release the project is validated with (also the default of scripts/ensure-checkov.sh). */
export const CHECKOV_VERSION = '3.3.30';
/** Name of the fixture stack that must fail (the negative control). */
export const NEGATIVE_CONTROL_STACK = 'insecure-l1';
/** Distinct failed check ids the negative control must produce at least. */
export const NEGATIVE_CONTROL_MIN_FAILED_IDS = 5;

/** How a stack's checkov result is judged. */
export enum CheckovExpectation {
  /** No failed and no skipped check (blueprints). */
  CLEAN = 'clean',
  /** No skipped check; failed checks only on resources with a recorded opt-out (fixtures). */
  CLEAN_OR_OPTED_OUT = 'clean-or-opted-out',
  /** At least {@link NEGATIVE_CONTROL_MIN_FAILED_IDS} distinct failed check ids (the negative control). */
  MUST_FAIL = 'must-fail',
}

/** A stack to scan. */
export interface CheckovTarget {
  /** `<group>/<stack name>`, e.g. `fixtures/insecure-l1`. */
  readonly label: string;
  /** Directory holding the stack's cdk.tf.json. */
  readonly dir: string;
  /** How the result is judged. */
  readonly expect: CheckovExpectation;
}

/** One check result, as checkov reports it (the fields used here). */
export interface CheckovCheck {
  readonly check_id: string;
  readonly check_name?: string;
  readonly resource: string;
  readonly file_path?: string;
}

/** The counts and check lists of one stack. */
export interface CheckovStackResult {
  readonly label: string;
  readonly passed: CheckovCheck[];
  readonly failed: CheckovCheck[];
  readonly skipped: CheckovCheck[];
  readonly parsingErrors: string[];
  /** Path of the JSON report written for the stack. */
  readonly reportFile: string;
}

/** The verdict of one stack. */
export interface CheckovVerdict {
  readonly ok: boolean;
  /** The one-line summary printed per stack. */
  readonly line: string;
  readonly result: CheckovStackResult;
}

let cachedBinary: string | undefined;

/** Runs scripts/ensure-checkov.sh (idempotent) and returns the checkov executable it settled on. */
export function checkovBinary(): string {
  if (!cachedBinary) {
    cachedBinary = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'ensure-checkov.sh')], {
      encoding: 'utf8',
      env: { ...process.env, CHECKOV_VERSION },
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim().split('\n').pop()!;
  }
  return cachedBinary;
}

/**
 * Runs checkov on one stack directory (`-d <dir> --framework terraform_json -o json`), offline
 * (`--skip-download`: no Prisma Cloud guidelines or policies), and returns its parsed result. The raw
 * JSON report is written to `reportDir/<label with / replaced by __>.json`.
 */
export function scanStack(label: string, dir: string, reportDir: string): CheckovStackResult {
  const res = spawnSync(checkovBinary(), [
    '-d', dir, '--framework', 'terraform_json', '-o', 'json', '--compact', '--skip-download', '--soft-fail',
  ], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      // No telemetry, no version check, no platform calls.
      BC_SKIP_MAPPING: 'TRUE',
      CHECKOV_SKIP_VERSION_CHECK: 'TRUE',
      LOG_LEVEL: 'ERROR',
    },
  });
  if (res.error) throw res.error;
  const text = res.stdout.trim();
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw new Error(`checkov on ${label} did not print a JSON report (exit ${res.status}):\n${text.slice(0, 2000)}\n${res.stderr.slice(0, 2000)}`);
  }
  fs.mkdirSync(reportDir, { recursive: true });
  const reportFile = path.join(reportDir, `${label.replace(/\//g, '__')}.json`);
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
  return { label, reportFile, ...parseReport(report) };
}

/**
 * Extracts the check lists from a checkov JSON report: one framework gives an object with
 * `results`, several give an array of them, and a directory without any checked resource gives a
 * bare summary.
 */
export function parseReport(report: unknown): Omit<CheckovStackResult, 'label' | 'reportFile'> {
  const reports = (Array.isArray(report) ? report : [report]) as Array<{
    results?: { passed_checks?: CheckovCheck[]; failed_checks?: CheckovCheck[]; skipped_checks?: CheckovCheck[]; parsing_errors?: string[] };
    parsing_errors?: number;
  }>;
  const out = { passed: [] as CheckovCheck[], failed: [] as CheckovCheck[], skipped: [] as CheckovCheck[], parsingErrors: [] as string[] };
  for (const r of reports) {
    out.passed.push(...(r.results?.passed_checks ?? []));
    out.failed.push(...(r.results?.failed_checks ?? []));
    out.skipped.push(...(r.results?.skipped_checks ?? []));
    out.parsingErrors.push(...(r.results?.parsing_errors ?? []));
  }
  return out;
}

/**
 * The resources of a synthesized stack that carry a recorded hardening opt-out, as `type.name` and
 * as `resource.name` (the form checkov's terraform_json runner reports: the logical name without
 * the type).
 */
export function optedOutResources(dir: string): Set<string> {
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const out = new Set<string>();
  for (const [type, byName] of Object.entries<Record<string, any>>(json.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      if ((body?.['//']?.hardening?.acknowledgements ?? []).some((a: { optOut?: unknown }) => typeof a?.optOut === 'string')) {
        out.add(`${type}.${name}`);
        out.add(`resource.${name}`);
      }
    }
  }
  return out;
}

/** Judges one stack's result against its expectation and renders its summary line. */
export function judge(target: CheckovTarget, result: CheckovStackResult): CheckovVerdict {
  const ids = (checks: CheckovCheck[]) => [...new Set(checks.map((c) => c.check_id))].sort();
  const counts = `${result.passed.length} passed, ${result.failed.length} failed, ${result.skipped.length} skipped`;
  const failedIds = ids(result.failed);
  const problems: string[] = [];
  if (result.parsingErrors.length) problems.push(`parsing errors in ${result.parsingErrors.join(', ')}`);
  if (result.skipped.length) problems.push(`skipped checks ${ids(result.skipped).join(', ')} (nothing may be skipped)`);
  let note = '';
  switch (target.expect) {
    case CheckovExpectation.CLEAN:
      if (result.failed.length) problems.push(`failed ${describeFailures(result.failed)}`);
      break;
    case CheckovExpectation.CLEAN_OR_OPTED_OUT: {
      const optedOut = optedOutResources(target.dir);
      const unexplained = result.failed.filter((c) => !optedOut.has(c.resource));
      if (unexplained.length) problems.push(`failed without a recorded opt-out: ${describeFailures(unexplained)}`);
      else if (result.failed.length) note = ` (each failure on a resource with a recorded opt-out: ${failedIds.join(', ')})`;
      break;
    }
    case CheckovExpectation.MUST_FAIL:
      if (failedIds.length < NEGATIVE_CONTROL_MIN_FAILED_IDS) {
        problems.push(`negative control: expected at least ${NEGATIVE_CONTROL_MIN_FAILED_IDS} distinct failed check ids, got ${failedIds.length} (${failedIds.join(', ') || 'none'})`);
      } else {
        note = ` (negative control: ${failedIds.length} distinct failed ids as required: ${failedIds.join(', ')})`;
      }
      break;
  }
  const ok = problems.length === 0;
  const line = `${ok ? 'ok  ' : 'FAIL'}  checkov ${target.label}: ${counts}${ok ? note : `: ${problems.join('; ')}`}`;
  return { ok, line, result };
}

function describeFailures(checks: CheckovCheck[]): string {
  return checks.map((c) => `${c.check_id} on ${c.resource}`).join(', ');
}

/** Scans and judges every target; prints one line per stack and returns the verdicts. */
export function runCheckov(targets: CheckovTarget[], reportDir: string, log: (line: string) => void = console.log): CheckovVerdict[] {
  fs.rmSync(reportDir, { recursive: true, force: true });
  const binary = checkovBinary();
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  log(`checkov ${version} (--framework terraform_json) on ${targets.length} stacks; reports in ${path.relative(REPO_ROOT, reportDir)}/`);
  return targets.map((t) => {
    const verdict = judge(t, scanStack(t.label, t.dir, reportDir));
    log(verdict.line);
    return verdict;
  });
}
