/**
 * Locating and running the terraform (or OpenTofu) binary for the scripts.
 */
import './quiet-env';
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from './provider-meta';

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
