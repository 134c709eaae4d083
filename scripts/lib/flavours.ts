/**
 * The two flavours of the package, built from ONE compile of ONE source tree:
 *
 * - `alicloud-ecs-hardened` (cdktf 0.21, CDK for Terraform): `dist/` as compiled, packed from the
 *   repository root;
 * - `alicloud-ecs-hardened-cdktn` (cdktn, CDK Terrain): the same `dist/` copied into a staging
 *   directory, where exactly two string literals of the core import point change (`dist/cdktf.js`:
 *   `require("cdktf")` and `CORE_PACKAGE = 'cdktf'`; `dist/cdktf.d.ts`: `export * from 'cdktf'`),
 *   with its own package.json (name, exact `cdktn` peer, the constructs range cdktn accepts).
 *
 * The generated bindings, the constructs and the rule pack are the same files in both tarballs:
 * they import the core only through lib/cdktf.ts. The flavour table (package names, CLIs,
 * constructs ranges) is lib/core/core-guard.ts `CORE_FLAVOURS`, also used by the mismatch guard.
 */
import './quiet-env';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './provider-meta';
import { CORE_FLAVOURS, CoreFlavour } from '../../lib/core/core-guard';

export type FlavourName = keyof typeof CORE_FLAVOURS;
export const FLAVOUR_NAMES: readonly FlavourName[] = ['cdktf', 'cdktn'];

const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** The exact core version a flavour is built and tested with (the repository's devDependency). */
export function coreVersion(name: FlavourName): string {
  const v: string | undefined = PACKAGE_JSON.devDependencies?.[name];
  if (!v) throw new Error(`${name} is not a devDependency in package.json`);
  return v;
}

export function flavour(name: FlavourName): CoreFlavour {
  return CORE_FLAVOURS[name];
}

function run(cmd: string, args: string[], cwd: string): string {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed with ${res.status ?? res.signal}:\n${res.stdout}${res.stderr}`);
  return res.stdout;
}

/** Compiles the library once into a clean `dist/`. */
export function compileDist(): void {
  fs.rmSync(path.join(REPO_ROOT, 'dist'), { recursive: true, force: true });
  run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], REPO_ROOT);
}

/** Replaces `from` by `to` exactly once in `file`, or fails (the compiled shape changed). */
function replaceOnce(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${path.relative(REPO_ROOT, file)}: expected ${JSON.stringify(from)} exactly once, found it ${count} times`);
  fs.writeFileSync(file, text.replace(from, to));
}

/** The cdktn flavour's package.json: the repository's, renamed, with the cdktn peers and no dev fields. */
export function cdktnPackageJson(): Record<string, unknown> {
  const f = flavour('cdktn');
  const pkg: Record<string, any> = { ...PACKAGE_JSON };
  for (const k of ['devDependencies', 'scripts', 'jest', 'devEngines', '//']) delete pkg[k];
  pkg.name = f.packageName;
  pkg.description = String(PACKAGE_JSON.description).replace('CDK for Terraform', 'CDK Terrain (cdktn)');
  pkg.keywords = [...new Set([...(PACKAGE_JSON.keywords as string[]).filter((k) => k !== 'cdktf'), 'cdktn', 'cdk-terrain'])].sort();
  pkg.peerDependencies = { cdktn: coreVersion('cdktn'), constructs: f.constructsPeer };
  return pkg;
}

/**
 * Rewrites a compiled `dist/` (in place) to import cdktn instead of cdktf (`declarations: false`
 * for a build without .d.ts files, e.g. the bench's).
 */
export function rewriteDistForCdktn(distDir: string, declarations = true): void {
  replaceOnce(path.join(distDir, 'cdktf.js'), 'require("cdktf")', 'require("cdktn")');
  replaceOnce(path.join(distDir, 'cdktf.js'), 'exports.CORE_PACKAGE = \'cdktf\';', 'exports.CORE_PACKAGE = \'cdktn\';');
  if (declarations) replaceOnce(path.join(distDir, 'cdktf.d.ts'), 'export * from \'cdktf\';', 'export * from \'cdktn\';');
  // No other compiled file may name the core package: everything goes through dist/cdktf.js.
  const offenders: string[] = [];
  const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    if (!/\.(js|d\.ts)$/.test(e.name)) return;
    if (/require\("cdktf(\/[^"]*)?"\)|from ['"]cdktf(\/[^'"]*)?['"]/.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(distDir, p));
  });
  walk(distDir);
  if (offenders.length) throw new Error(`compiled files import cdktf directly (not through lib/cdktf.ts): ${offenders.join(', ')}`);
}

export interface PackedFlavour {
  readonly flavour: FlavourName;
  readonly packageName: string;
  readonly tarball: string;
  readonly files: ReadonlyArray<{ path: string }>;
  readonly size: number;
  readonly unpackedSize: number;
}

function pack(dir: string, destDir: string, name: FlavourName): PackedFlavour {
  const out = run('npm', ['pack', '--json', '--pack-destination', destDir], dir);
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return {
    flavour: name,
    packageName: info.name,
    tarball: path.join(destDir, info.filename),
    files: info.files,
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
}

/**
 * Packs one flavour from the compiled `dist/` into `destDir` (call `compileDist()` first). The
 * cdktn flavour is staged in `destDir/stage-cdktn/` (README.md, LICENSE, dist/, its package.json).
 */
export function packFlavour(name: FlavourName, destDir: string): PackedFlavour {
  fs.mkdirSync(destDir, { recursive: true });
  if (name === 'cdktf') return pack(REPO_ROOT, destDir, name);
  const stage = path.join(destDir, 'stage-cdktn');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'dist'), path.join(stage, 'dist'), { recursive: true });
  for (const f of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(REPO_ROOT, f), path.join(stage, f));
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(cdktnPackageJson(), null, 2) + '\n');
  rewriteDistForCdktn(path.join(stage, 'dist'));
  const packed = pack(stage, destDir, name);
  fs.rmSync(stage, { recursive: true, force: true });
  return packed;
}
