/**
 * Locating and running the terraform (or OpenTofu) binary for the scripts.
 */
import './quiet-env';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readProviderMeta, REPO_ROOT } from './provider-meta';

let cached: string | undefined;

/**
 * Runs scripts/ensure-provider.sh (idempotent: a quick `terraform init` probe when everything is in
 * place) and returns the terraform binary it settled on.
 */
export function terraformBinary(): string {
  if (!cached) {
    cached = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'ensure-provider.sh'), '--print-binary'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim().split('\n').pop()!;
  }
  return cached;
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs terraform in `cwd` without prompts or colour and returns its exit status and output. */
export function runTerraform(cwd: string, args: string[]): RunResult {
  const res = spawnSync(terraformBinary(), args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' },
  });
  if (res.error) throw res.error;
  return { status: res.status ?? 1, stdout: res.stdout, stderr: res.stderr };
}

/**
 * The real provider's full schema (`terraform providers schema -json` text) for the version pinned in
 * schema/provider.json, read in a throw-away configuration directory.
 */
export function readFullProviderSchema(): string {
  const meta = readProviderMeta();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-schema-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { alicloud: { source: meta.source, version: `= ${meta.version}` } } },
    }));
    const init = runTerraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
    if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stdout}\n${init.stderr}`);
    const out = runTerraform(dir, ['providers', 'schema', '-json']);
    if (out.status !== 0) throw new Error(`terraform providers schema failed:\n${out.stderr}`);
    return out.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
