/**
 * The standalone checker: runs the hardening rule pack over Terraform files.
 *
 *   alicloud-ecs-hardened check <file or directory>... [options]
 *
 * Reads Terraform JSON (`cdk.tf.json`, `*.tf.json`) and HCL (`*.tf`, through the real HCL parser).
 * A directory is searched recursively (symlinks followed, loops detected; `node_modules`,
 * `.terraform`, `.git` skipped): every `*.tf.json` file is one input, and the `*.tf` files of one
 * directory are one input (a Terraform module). Exit codes: 0 nothing at or above `--fail-on`,
 * 1 unacknowledged findings at or above `--fail-on`, 2 bad usage or any input that could not be
 * read or is invalid (the other inputs are still checked and reported).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readInputs } from './inputs';
import { CORE_FLAVOURS } from '../core/flavours';
import { AcknowledgementPolicy } from '../rules/acknowledgement-policy';
import { evaluateTerraformJson } from '../rules/engine';
import { buildRun, CheckedInput, failsAt, renderJson, renderJunit, renderMarkdown, renderSarif, renderTable } from '../rules/results';
import { RuleLevel } from '../rules/types';

/** Where the CLI writes. */
export interface CliIo {
  /** Standard output. May return false when the stream wants the caller to wait for `drain`. */
  readonly out: (text: string) => boolean | void;
  /** Standard error. */
  readonly err: (text: string) => void;
  /** Resolves when standard output can take more (after `out` returned false). @default - never waits */
  readonly drain?: () => Promise<void>;
}

const DEFAULT_IO: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => {
    process.stderr.write(t);
  },
  drain: () => new Promise((resolve) => {
    process.stdout.once('drain', resolve);
  }),
};

/** Exit code: no unacknowledged findings at or above `--fail-on`. */
export const EXIT_OK = 0;
/** Exit code: at least one unacknowledged finding at or above `--fail-on` (default: error). */
export const EXIT_FINDINGS = 1;
/** Exit code: bad usage, or an input that could not be read or is invalid. */
export const EXIT_USAGE = 2;

/** Default `--max-size`: larger inputs are refused (a runaway or hostile file). */
export const DEFAULT_MAX_INPUT_BYTES = 128 * 1024 * 1024;

const FORMATS = ['table', 'json', 'markdown', 'sarif', 'junit'] as const;
type Format = typeof FORMATS[number];

const USAGE = `Usage: alicloud-ecs-hardened check <file or directory>... [options]

Runs the hardening rule pack on Terraform JSON (cdk.tf.json, *.tf.json) and HCL (*.tf) files.
Directories are searched recursively; the *.tf files of one directory are checked as one module.

Options:
  --format table|json|markdown|sarif|junit  output format (default: table)
  --fail-on error|warning|info               lowest unacknowledged level that fails the run (default: error)
  --max-size <bytes>[k|m|g]                  refuse larger input files (default: 128m)
  --ignore-acknowledgements                  every acknowledgement and opt-out in the files is ignored
  --forbid-acknowledgement <rule id>[,...]   acknowledgements of these rules are refused (repeatable)
  --require-ack-expiry                       acknowledgements need an "expires" date (YYYY-MM-DD)
  --ack-reason-pattern <regex>               acknowledgement reasons must match (e.g. a ticket id)
  --version                                  print the version
  --help                                     print this help

Exit codes: 0 OK; 1 unacknowledged findings at or above --fail-on; 2 bad usage or an input that could
not be read or is invalid (the other inputs are still checked and reported).
`;

/** The package names of both flavours (alicloud-ecs-hardened, alicloud-ecs-hardened-cdktn). */
const FLAVOUR_PACKAGES: readonly string[] = Object.values(CORE_FLAVOURS).map((f) => f.packageName);

/** The package version (package.json next to lib/ or dist/, either flavour). */
export function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, rel), 'utf8'));
      if (FLAVOUR_PACKAGES.includes(pkg?.name) && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

function parseSize(v: string): number | undefined {
  const m = /^(\d+)([kmg]?)b?$/i.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * ({ '': 1, 'k': 1024, 'm': 1024 ** 2, 'g': 1024 ** 3 } as Record<string, number>)[m[2].toLowerCase()];
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

interface Options {
  format: Format;
  failOn: RuleLevel;
  maxBytes: number;
  policy: { ignore?: boolean; forbiddenRules: string[]; requireExpiry?: boolean; reasonPattern?: string };
  targets: string[];
}

function parseArgs(args: string[], io: CliIo): Options | number {
  const o: Options = { format: 'table', failOn: 'error', maxBytes: DEFAULT_MAX_INPUT_BYTES, policy: { forbiddenRules: [] }, targets: [] };
  while (args.length > 0) {
    const a = args.shift()!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : args.shift());
    const fail = (msg: string) => {
      io.err(`alicloud-ecs-hardened: ${msg}\n`);
      return EXIT_USAGE;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format)) return fail(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(v ?? null)}`);
        o.format = v as Format;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (v !== 'error' && v !== 'warning' && v !== 'info') return fail(`--fail-on must be error, warning or info, got ${JSON.stringify(v ?? null)}`);
        o.failOn = v;
        break;
      }
      case '--max-size': {
        const v = value();
        const n = v === undefined ? undefined : parseSize(v);
        if (n === undefined) return fail(`--max-size must be a positive size such as 1048576, 512k, 100m or 1g, got ${JSON.stringify(v ?? null)}`);
        o.maxBytes = n;
        break;
      }
      case '--ignore-acknowledgements':
        o.policy.ignore = true;
        break;
      case '--require-ack-expiry':
        o.policy.requireExpiry = true;
        break;
      case '--forbid-acknowledgement': {
        const v = value();
        const ids = (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        if (ids.length === 0) return fail('--forbid-acknowledgement needs a rule id (or a comma-separated list)');
        o.policy.forbiddenRules.push(...ids);
        break;
      }
      case '--ack-reason-pattern': {
        const v = value();
        try {
          if (v === undefined || v === '') throw new Error('empty');
          new RegExp(v);
        } catch {
          return fail(`--ack-reason-pattern must be a regular expression, got ${JSON.stringify(v ?? null)}`);
        }
        o.policy.reasonPattern = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') return fail(`unknown option ${a} (see --help)`);
        o.targets.push(a);
    }
  }
  return o;
}

/** Writes chunks to `io.out` in blocks of about 64 KiB, waiting for `drain` when the stream asks. */
async function emit(chunks: Iterable<string>, io: CliIo): Promise<void> {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const ok = io.out(buffer);
    buffer = '';
    if (ok === false && io.drain) await io.drain();
  };
  for (const c of chunks) {
    buffer += c;
    if (buffer.length >= 65536) await flush();
  }
  await flush();
}

/**
 * Runs the checker. `argv` are the arguments after the program name, e.g.
 * `['check', 'cdktf.out', '--format', 'json']`. Resolves to the process exit code; never throws.
 */
export async function main(argv: string[], io: CliIo = DEFAULT_IO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    io.err(`alicloud-ecs-hardened: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (!Array.isArray(argv) || argv.some((a) => typeof a !== 'string')) {
    io.err(`alicloud-ecs-hardened: invalid arguments\n${USAGE}`);
    return EXIT_USAGE;
  }
  const args = [...argv];
  if (args.includes('--version') || args.includes('-V')) {
    io.out(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    if (args.length === 0) io.err(USAGE);
    else io.out(USAGE);
    return args.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const command = args.shift();
  if (command !== 'check') {
    io.err(`alicloud-ecs-hardened: unknown command ${JSON.stringify(command)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const parsed = parseArgs(args, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.targets.length === 0) {
    io.err(`alicloud-ecs-hardened: no file or directory given\n${USAGE}`);
    return EXIT_USAGE;
  }
  const policy: AcknowledgementPolicy = {
    ...(parsed.policy.ignore ? { ignore: true } : {}),
    ...(parsed.policy.requireExpiry ? { requireExpiry: true } : {}),
    ...(parsed.policy.forbiddenRules.length > 0 ? { forbiddenRules: parsed.policy.forbiddenRules } : {}),
    ...(parsed.policy.reasonPattern !== undefined ? { reasonPattern: parsed.policy.reasonPattern } : {}),
  };

  const inputs: CheckedInput[] = [];
  for await (const input of readInputs(parsed.targets, { maxBytes: parsed.maxBytes })) {
    if (input.error !== undefined) {
      io.err(`alicloud-ecs-hardened: ${input.name}: ${input.error}\n`);
      inputs.push({ file: input.name, error: input.error });
      continue;
    }
    try {
      inputs.push({ file: input.name, result: evaluateTerraformJson(input.document, { acknowledgementPolicy: policy }) });
    } catch (e) {
      const message = e instanceof RangeError ? 'too deeply nested to check' : `invalid input: ${e instanceof Error ? e.message : String(e)}`;
      io.err(`alicloud-ecs-hardened: ${input.name}: ${message}\n`);
      inputs.push({ file: input.name, error: message });
    }
  }
  const runModel = buildRun(inputs, packageVersion());
  switch (parsed.format) {
    case 'json': await emit(renderJson(runModel), io); break;
    case 'markdown': await emit(renderMarkdown(runModel, parsed.failOn), io); break;
    case 'sarif': await emit(renderSarif(runModel), io); break;
    case 'junit': await emit(renderJunit(runModel), io); break;
    default: await emit(renderTable(runModel, parsed.failOn), io);
  }
  if (runModel.totals.unreadable > 0) return EXIT_USAGE;
  return failsAt(runModel.totals, parsed.failOn) ? EXIT_FINDINGS : EXIT_OK;
}
