/**
 * The offline check of a stack's `terraform { backend ... }` block (part of `npm run validate`).
 *
 * `terraform validate` never reads the backend block (`terraform init -backend=false` skips it). A
 * plain `terraform init` does: it first decodes the block against Terraform's own backend schema (an
 * unknown, misspelled or mistyped argument fails there, before any network call), then configures
 * the backend, which needs the cloud. Offline, a well-formed block therefore fails *after* decoding,
 * at a credential, STS or endpoint call. This check runs `terraform init` on the backend block alone
 * (in a scratch directory, without credentials) and tells the two failures apart.
 *
 * Not checked offline: that the bucket and the lock table exist, their key schema, credentials and
 * permissions.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { terraformBinary } from './terraform';

/** Messages of Terraform's configuration decoding: the backend block itself is wrong. */
export const BACKEND_SCHEMA_ERRORS: readonly RegExp[] = [
  /Extraneous JSON object property/, /No argument or block type is named/, /Unsupported argument/,
  /Missing required argument/, /Incorrect attribute value type/, /Invalid value for/, /Unsupported block type/,
  /Invalid backend configuration/, /Unknown backend type/, /Invalid .*backend/i,
];

/** Messages of the later, cloud-facing steps: the block decoded fine. */
export const BACKEND_OFFLINE_ERRORS: readonly RegExp[] = [
  /dial tcp/, /no such host/, /i\/o timeout/, /connection refused/, /No valid credential/i, /InvalidAccessKeyId/,
  /[Cc]redential/, /network is unreachable/, /Post "https:\/\//, /Get "https:\/\//, /EOF/,
];

/** The verdict on one stack's backend block. */
export interface BackendVerdict {
  readonly ok: boolean;
  readonly line: string;
  readonly detail?: string;
}

/** The non-local backend block of a synthesized stack, or undefined. */
export function backendBlockOf(tf: Record<string, any>): { type: string; body: Record<string, any> } | undefined {
  const backend = tf?.terraform?.backend;
  if (typeof backend !== 'object' || backend === null) return undefined;
  const [type] = Object.keys(backend);
  if (!type || type === 'local') return undefined;
  return { type, body: backend[type] };
}

/** Judges the output of `terraform init` on a backend block (pure; exported for tests). */
export function judgeBackendInit(label: string, type: string, status: number, output: string): BackendVerdict {
  const firstError = output.split('\n').find((l) => /^(│ )?Error:/.test(l.trim()))?.replace(/^│ /, '').trim() ?? output.trim().split('\n')[0];
  if (BACKEND_SCHEMA_ERRORS.some((p) => p.test(output))) {
    return { ok: false, line: `FAIL  ${label}: backend "${type}" block rejected by terraform init: ${firstError}`, detail: output };
  }
  if (status === 0) return { ok: true, line: `ok    ${label}: backend "${type}" block decoded and initialized` };
  if (BACKEND_OFFLINE_ERRORS.some((p) => p.test(output))) {
    return { ok: true, line: `ok    ${label}: backend "${type}" block decoded; init stopped offline at: ${firstError}` };
  }
  return { ok: false, line: `FAIL  ${label}: backend "${type}" init failed for an unexpected reason: ${firstError}`, detail: output };
}

/** Runs `terraform init` on the backend block of `<dir>/cdk.tf.json`; undefined when the stack has a local backend. */
export function checkBackendBlock(label: string, dir: string): BackendVerdict | undefined {
  const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const block = backendBlockOf(tf);
  if (!block) return undefined;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'backend-check-'));
  try {
    fs.writeFileSync(path.join(scratch, 'backend.tf.json'), JSON.stringify({ terraform: { backend: { [block.type]: block.body } } }));
    // No credentials reach the check: it must only prove that the block decodes.
    const env: NodeJS.ProcessEnv = { TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };
    for (const [k, v] of Object.entries(process.env)) if (!/^(ALICLOUD|ALIBABA_CLOUD|ALIBABACLOUD)_/.test(k)) env[k] = v;
    env.TF_DATA_DIR = path.join(scratch, '.terraform');
    env.HOME = scratch;
    const res = spawnSync(terraformBinary(), ['init', '-input=false', '-no-color'], { cwd: scratch, env, encoding: 'utf8', timeout: 120_000 });
    const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    return judgeBackendInit(label, block.type, res.status ?? 1, res.error ? `${output}\n${res.error.message}` : output);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
