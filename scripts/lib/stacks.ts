/**
 * Synthesizing the stacks that `npm run validate` and `npm run synth` work on: the validation fixture
 * stacks (test/fixtures) and the blueprints (examples/<name>/main.ts, each its own cdktf app).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './provider-meta';
import { App } from '../../lib/cdktf';
import { VALIDATION_FIXTURES, ValidationFixture } from '../../test/fixtures';

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export interface SynthesizedStack {
  /** `<group>/<stack name>`, e.g. `fixtures/smoke` or `web-tier/web-tier`. */
  readonly label: string;
  /** Directory holding cdk.tf.json. */
  readonly dir: string;
  /** Set for negative fixtures: terraform validate must fail with a message matching it. */
  readonly expectInvalid?: RegExp;
}

/** Blueprint directories: every examples/<name>/ with a main.ts. */
export function exampleNames(): string[] {
  if (!fs.existsSync(EXAMPLES_DIR)) return [];
  return fs.readdirSync(EXAMPLES_DIR)
    .filter((n) => fs.existsSync(path.join(EXAMPLES_DIR, n, 'main.ts')))
    .sort();
}

/** Lists the stacks of a synthesized cdktf output directory, from its manifest. */
export function stacksIn(outdir: string): Array<{ name: string; dir: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return Object.values<{ name: string; workingDirectory: string }>(manifest.stacks)
    .map((s) => ({ name: s.name, dir: path.join(outdir, s.workingDirectory) }));
}

/**
 * Runs examples/<name>/main.ts as its own cdktf app (as `cdktf synth` would) with its output
 * directory set to `outdir`.
 */
export function synthExample(name: string, outdir: string): Array<{ name: string; dir: string }> {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const res = spawnSync(process.execPath, [
    require.resolve('ts-node/dist/bin'), '--transpile-only', '--project', path.join(REPO_ROOT, 'tsconfig.dev.json'),
    '-r', 'tsconfig-paths/register', path.join(EXAMPLES_DIR, name, 'main.ts'),
  ], {
    cwd: path.join(EXAMPLES_DIR, name),
    env: { ...process.env, CDKTF_OUTDIR: outdir, TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.dev.json') },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    throw new Error(`synthesizing examples/${name} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
  return stacksIn(outdir);
}

/** Synthesizes all validation fixture stacks into one app at `outdir`. */
export function synthFixtures(outdir: string, fixtures: ValidationFixture[] = VALIDATION_FIXTURES): SynthesizedStack[] {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  for (const f of fixtures) f.build(app, f.name);
  app.synth();
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  return stacksIn(outdir).map((s) => ({
    label: `fixtures/${s.name}`,
    dir: s.dir,
    expectInvalid: byName.get(s.name)?.expectInvalid,
  }));
}
