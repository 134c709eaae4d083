/**
 * The standalone checker: runs the hardening rule pack over Terraform JSON files.
 *
 *   alicloud-ecs-hardened check <file or directory>... [--format table|json]
 *
 * A directory is searched recursively for `*.tf.json` files (e.g. `cdktf.out/`). Exit codes: 0 no
 * unacknowledged errors, 1 unacknowledged errors, 2 usage or input error (unreadable file, invalid JSON).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CheckResult, evaluateTerraformJson, Finding } from '../rules/engine';

/** Where the CLI writes. */
export interface CliIo {
  /** Standard output. */
  readonly out: (text: string) => void;
  /** Standard error. */
  readonly err: (text: string) => void;
}

const DEFAULT_IO: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Exit code: no unacknowledged errors. */
export const EXIT_OK = 0;
/** Exit code: at least one unacknowledged error finding. */
export const EXIT_FINDINGS = 1;
/** Exit code: bad usage or an unreadable / invalid input file. */
export const EXIT_USAGE = 2;

const USAGE = `Usage: alicloud-ecs-hardened check <file or directory>... [--format table|json]

Runs the hardening rule pack on Terraform JSON (cdk.tf.json, *.tf.json). Directories are searched
recursively for *.tf.json files. Exit code 1 when any unacknowledged error is found, 2 on bad input.
`;

const SKIP_DIRS = new Set(['node_modules', '.terraform', '.git']);

function findTfJson(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) findTfJson(full, out);
    } else if (entry.isFile() && entry.name.endsWith('.tf.json')) {
      out.push(full);
    }
  }
}

interface FileResult {
  readonly file: string;
  readonly result: CheckResult;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => r[i].length))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd()).join('\n');
}

function findingRow(f: Finding): string[] {
  const status = f.status === 'acknowledged' ? `ack (${f.acknowledgement!.source === 'opt-out' ? f.acknowledgement!.optOutId : 'ack'})` : 'FAIL';
  const detail = f.status === 'acknowledged' ? `${f.message} -- reason: ${f.acknowledgement!.reason}` : `${f.message}${f.note ? ` (${f.note})` : ''}`;
  return [f.level.toUpperCase(), status, f.ruleId, f.address + (f.finding ? ` [${f.finding}]` : ''), detail];
}

function renderTable(results: FileResult[]): string {
  const parts: string[] = [];
  for (const { file, result } of results) {
    const s = result.summary;
    parts.push(`${file}: ${s.resources} resources, ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.acknowledged} acknowledged`);
    const order = { error: 0, warning: 1, info: 2 } as const;
    const findings = [...result.findings].sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || order[a.level] - order[b.level]);
    if (findings.length > 0) {
      parts.push(table([['LEVEL', 'STATUS', 'RULE', 'RESOURCE', 'MESSAGE'], ...findings.map(findingRow)]));
    }
    parts.push('');
  }
  const errors = results.reduce((n, r) => n + r.result.summary.errors, 0);
  parts.push(errors > 0 ? `FAILED: ${errors} unacknowledged error(s)` : 'OK: no unacknowledged errors');
  return `${parts.join('\n')}\n`;
}

/**
 * Runs the checker. `argv` are the arguments after the program name, e.g.
 * `['check', 'cdktf.out', '--format', 'json']`. Resolves to the process exit code.
 */
export async function main(argv: string[], io: CliIo = DEFAULT_IO): Promise<number> {
  if (!Array.isArray(argv) || argv.some((a) => typeof a !== 'string')) {
    io.err(`invalid arguments\n${USAGE}`);
    return EXIT_USAGE;
  }
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    (args.length === 0 ? io.err : io.out)(USAGE);
    return args.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const command = args.shift();
  if (command !== 'check') {
    io.err(`unknown command "${command}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  let format = 'table';
  const targets: string[] = [];
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? args.shift() : a.slice('--format='.length);
      if (v !== 'table' && v !== 'json') {
        io.err(`--format must be "table" or "json", got ${JSON.stringify(v ?? null)}\n`);
        return EXIT_USAGE;
      }
      format = v;
    } else if (a.startsWith('-')) {
      io.err(`unknown option ${a}\n${USAGE}`);
      return EXIT_USAGE;
    } else {
      targets.push(a);
    }
  }
  if (targets.length === 0) {
    io.err(`no file or directory given\n${USAGE}`);
    return EXIT_USAGE;
  }

  const files: string[] = [];
  for (const t of targets) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(t);
    } catch (e) {
      io.err(`${t}: cannot read: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      findTfJson(t, found);
      if (found.length === 0) {
        io.err(`${t}: no *.tf.json files found\n`);
        return EXIT_USAGE;
      }
      files.push(...found);
    } else {
      files.push(t);
    }
  }

  const results: FileResult[] = [];
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      const what = e instanceof SyntaxError ? 'invalid JSON' : 'cannot read';
      io.err(`${file}: ${what}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      io.err(`${file}: not a Terraform JSON document (expected a JSON object)\n`);
      return EXIT_USAGE;
    }
    results.push({ file, result: evaluateTerraformJson(doc) });
  }

  const errors = results.reduce((n, r) => n + r.result.summary.errors, 0);
  if (format === 'json') {
    const total = (k: keyof CheckResult['summary']) => results.reduce((n, r) => n + r.result.summary[k], 0);
    io.out(`${JSON.stringify({
      files: results.map((r) => ({ file: r.file, summary: r.result.summary, findings: r.result.findings })),
      summary: {
        files: results.length,
        resources: total('resources'),
        passed: total('passed'),
        errors,
        warnings: total('warnings'),
        infos: total('infos'),
        acknowledged: total('acknowledged'),
      },
    }, null, 2)}\n`);
  } else {
    io.out(renderTable(results));
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
