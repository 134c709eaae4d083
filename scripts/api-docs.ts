/**
 * `npm run docs:check`: regenerates the API reference (typedoc, options in typedoc.json) into a
 * temporary directory and fails when it differs from the committed `docs/api/` (then run
 * `npm run docs` and commit the result). Part of `npm run test:consumer`, so CI catches a TSDoc or
 * API change that was not reflected in the reference.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './lib/provider-meta';

const OPTIONS = path.join(REPO_ROOT, 'typedoc.json');

/** Every file under `dir`, relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else out.push(path.relative(dir, p).split(path.sep).join('/'));
  });
  walk(dir);
  return out.sort();
}

/** Differences between two directory trees: missing, extra and changed files. */
export function diffTrees(expected: string, actual: string): string[] {
  const want = listFiles(expected);
  const have = listFiles(actual);
  const problems: string[] = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: ${f}`);
    else if (!fs.readFileSync(path.join(expected, f)).equals(fs.readFileSync(path.join(actual, f)))) problems.push(`changed: ${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`stale: ${f}`);
  return problems;
}

function main(): void {
  const committed = path.join(REPO_ROOT, JSON.parse(fs.readFileSync(OPTIONS, 'utf8')).out);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'api-docs-'));
  try {
    const res = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'typedoc'), ['--options', OPTIONS, '--out', tmp],
      { cwd: REPO_ROOT, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`typedoc failed:\n${res.stdout}${res.stderr}`);
    const problems = diffTrees(tmp, committed);
    if (problems.length) {
      throw new Error(`${path.relative(REPO_ROOT, committed)}/ is out of date (run npm run docs and commit):\n  ${problems.slice(0, 20).join('\n  ')}`
        + (problems.length > 20 ? `\n  ... ${problems.length - 20} more` : ''));
    }
    console.log(`API reference up to date: ${path.relative(REPO_ROOT, committed)}/ (${listFiles(committed).length} files)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
