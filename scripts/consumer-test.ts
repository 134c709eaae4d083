/**
 * `npm run test:consumer`: the package as a TypeScript user gets it from npm.
 *
 *  1. compiles the library (`tsc`, a clean `dist/`) and packs it (`npm pack`); checks the tarball
 *     carries no source maps or inline sources;
 *  2. creates a scratch cdktf app OUTSIDE the repository (a temporary directory) and installs the
 *     tarball there with the exact cdktf, constructs, TypeScript, ts-node and cdktf-cli versions the
 *     library is built with (`npm install --prefer-offline`: the local npm cache makes reruns fast);
 *  3. writes into it: the starter app of README.md (`<!-- file: ... -->` blocks: cdktf.json,
 *     tsconfig.json, main.ts), the consumer app `test/consumer/main.ts` (every public construct, raw
 *     L1 resources with provider / dependsOn / lifecycle / addOverride, acknowledgements on an L1
 *     resource, `@ts-expect-error` type-level negatives), every blueprint (`examples/<name>`), every
 *     other TypeScript block of README.md and of each blueprint README (doc tests), and an import of
 *     every published declaration file;
 *  4. type-checks all of it in one program with the README's tsconfig plus `strict: true` and
 *     `skipLibCheck: false`: the published declarations themselves are checked;
 *  5. runs the real `cdktf synth` (cdktf-cli, which runs `npx ts-node main.ts` as `cdktf init` apps
 *     do) in the starter app, the consumer app and every blueprint, and checks what the consumer app
 *     synthesized.
 *
 *
 * Both flavours (scripts/lib/flavours.ts), from one compile: the cdktf tarball into a cdktf app
 * (cdktf, cdktf-cli), then the cdktn tarball (`alicloud-ecs-hardened-cdktn`) into a second app
 * with cdktn and cdktn-cli, where every source above is the same file with its `cdktf` and
 * `alicloud-ecs-hardened` imports pointed at `cdktn` and `alicloud-ecs-hardened-cdktn` (what the
 * README's migration section tells users to change). The cdktn app is type-checked the same way
 * and synthesized with `cdktn synth`; then every stack's `cdk.tf.json` must be identical to the
 * cdktf app's apart from the core version (`"//".metadata.version`), and one blueprint synthesized
 * by the cdktn flavour goes through `terraform init` + `terraform validate` with the real provider.
 *
 *   npm run test:consumer                    # both flavours
 *   npm run test:consumer -- --flavour cdktf # one flavour (cdktf or cdktn)
 *   npm run test:consumer -- --keep          # keep the scratch apps (their path is printed)
 *   npm run test:consumer -- --no-synth      # stop after the type-check
 */
import './lib/quiet-env';
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { codeBlocks, ImportSource, isTypeScript, SNIPPET_FIXTURE, snippetModule } from './lib/doc-snippets';
import { compileDist, coreVersion, flavour, FLAVOUR_NAMES, FlavourName, packFlavour } from './lib/flavours';
import { REPO_ROOT } from './lib/provider-meta';
import { runTerraform } from './lib/terraform';

const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
/** The cdktf flavour's name (the repository's package.json); sources import the library by it. */
const PACKAGE_NAME: string = PACKAGE_JSON.name;

/**
 * A TypeScript source as the app of `f` writes it: imports of `cdktf` and `alicloud-ecs-hardened`
 * (and its subpaths) point at the flavour's core and package. Only module specifiers change.
 */
function forFlavour(code: string, f: FlavourName): string {
  if (f === 'cdktf') return code;
  const names: Record<string, string> = { cdktf: f, [PACKAGE_NAME]: flavour(f).packageName };
  return code.replace(/((?:\bfrom|\bimport|\brequire)\s*\(?\s*)(['"])(cdktf|alicloud-ecs-hardened)((?:\/[^'"]*)?)\2/g,
    (_m, lead: string, q: string, name: string, sub: string) => `${lead}${q}${names[name] ?? name}${sub}${q}`);
}

/** Versions the scratch app installs: exactly the ones the library is developed with. */
function devVersion(name: string): string {
  const v: string | undefined = PACKAGE_JSON.devDependencies?.[name];
  if (!v) throw new Error(`${name} is not a devDependency in package.json`);
  return v;
}
/** cdktf-cli is released in lockstep with cdktf. */
const CDKTF_CLI_VERSION = devVersion('cdktf');

interface Step { readonly name: string; readonly seconds: number }
const steps: Step[] = [];
function timed<T>(name: string, fn: () => T): T {
  const start = Date.now();
  process.stdout.write(`--- ${name}\n`);
  const result = fn();
  steps.push({ name, seconds: (Date.now() - start) / 1000 });
  return result;
}

function run(cmd: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${options.cwd}) failed with ${res.status ?? res.signal}:\n${output}`);
  }
  return String(res.stdout ?? '');
}

function writeFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** Exported names of a module's declaration file (values, types and namespaces). */
function exportedNames(dts: string): Set<string> {
  const program = ts.createProgram([dts], { skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(dts);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`cannot read the exports of ${dts}`);
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.getName()));
}

// --- 1. build and pack ---------------------------------------------------------------------
function compile(): void {
  timed('compile (tsc, clean dist/)', compileDist);
}

function pack(workDir: string, f: FlavourName): string {
  return timed(`npm pack (${f} flavour)`, () => {
    const info = packFlavour(f, workDir);
    const files = info.files;
    const maps = files.filter((x) => x.path.endsWith('.map') || x.path.endsWith('.ts') && !x.path.endsWith('.d.ts'));
    if (maps.length) throw new Error(`the tarball ships source maps or sources: ${maps.map((x) => x.path).join(', ')}`);
    const tarball = info.tarball;
    const extracted = path.join(workDir, `extracted-${f}`);
    fs.mkdirSync(extracted);
    run('tar', ['-xzf', tarball, '-C', extracted], { cwd: workDir });
    const inline = files.filter((x) => x.path.endsWith('.js')
      && fs.readFileSync(path.join(extracted, 'package', x.path), 'utf8').includes('sourceMappingURL=data:'));
    if (inline.length) throw new Error(`inline source maps in: ${inline.slice(0, 5).map((x) => x.path).join(', ')}${inline.length > 5 ? ', ...' : ''}`);
    console.log(`${path.basename(tarball)}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked, no source maps`);
    return tarball;
  });
}

// --- 2. scratch app ------------------------------------------------------------------------
function installScratchApp(appDir: string, tarball: string, f: FlavourName): void {
  const fl = flavour(f);
  // The CLIs are released in lockstep with their cores.
  const cliVersion = f === 'cdktf' ? CDKTF_CLI_VERSION : coreVersion(f);
  writeFile(path.join(appDir, 'package.json'), JSON.stringify({
    name: 'consumer-app',
    version: '1.0.0',
    private: true,
    dependencies: {
      [fl.packageName]: `file:${tarball}`,
      [f]: coreVersion(f),
      constructs: devVersion('constructs'),
    },
    devDependencies: {
      [fl.cli]: cliVersion,
      'typescript': devVersion('typescript'),
      'ts-node': devVersion('ts-node').replace(/^\^/, ''),
      '@types/node': devVersion('@types/node'),
    },
  }, null, 2) + '\n');
  timed(`npm install (${fl.packageName}, ${f} ${coreVersion(f)}, constructs ${devVersion('constructs')}, typescript ${devVersion('typescript')}, ${fl.cli} ${cliVersion})`, () => {
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appDir });
  });
}

// --- 3. sources ----------------------------------------------------------------------------
interface SynthTarget { readonly label: string; readonly dir: string }

function writeSources(appDir: string, f: FlavourName): { synthTargets: SynthTarget[]; checked: string[] } {
  const packageName = flavour(f).packageName;
  const write = (file: string, content: string) => writeFile(file, file.endsWith('.ts') ? forFlavour(content, f) : content);
  const synthTargets: SynthTarget[] = [];
  const checked: string[] = [];
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = codeBlocks(readme);

  // The README's starter app, verbatim.
  const starter = blocks.filter((b) => b.file !== undefined);
  for (const name of ['cdktf.json', 'tsconfig.json', 'main.ts']) {
    if (!starter.some((b) => b.file === name)) throw new Error(`README.md has no <!-- file: ${name} --> block`);
  }
  for (const b of starter) write(path.join(appDir, b.file!), b.code);
  const tsconfig = ts.parseConfigFileTextToJson('tsconfig.json', fs.readFileSync(path.join(appDir, 'tsconfig.json'), 'utf8'));
  if (tsconfig.error) throw new Error(`README tsconfig.json: ${ts.flattenDiagnosticMessageText(tsconfig.error.messageText, '\n')}`);
  const opts = tsconfig.config.compilerOptions ?? {};
  if (opts.strict !== true || opts.skipLibCheck !== false) {
    throw new Error('the README tsconfig.json must set "strict": true and "skipLibCheck": false');
  }
  checked.push('main.ts');
  synthTargets.push({ label: 'README starter app', dir: appDir });
  const cdktfJson = fs.readFileSync(path.join(appDir, 'cdktf.json'), 'utf8');

  // The consumer app.
  write(path.join(appDir, 'consumer', 'main.ts'), fs.readFileSync(path.join(REPO_ROOT, 'test', 'consumer', 'main.ts'), 'utf8'));
  write(path.join(appDir, 'consumer', 'cdktf.json'), cdktfJson);
  checked.push('consumer/main.ts');
  synthTargets.push({ label: 'consumer app (test/consumer/main.ts)', dir: path.join(appDir, 'consumer') });

  // Every blueprint, as a team copies it.
  const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const docs: Array<{ origin: string; file: string }> = [{ origin: 'README.md', file: path.join(REPO_ROOT, 'README.md') }];
  for (const name of examples) {
    const src = path.join(REPO_ROOT, 'examples', name);
    for (const file of ['main.ts', 'cdktf.json']) write(path.join(appDir, 'examples', name, file), fs.readFileSync(path.join(src, file), 'utf8'));
    checked.push(`examples/${name}/main.ts`);
    synthTargets.push({ label: `blueprint ${name}`, dir: path.join(appDir, 'examples', name) });
    if (fs.existsSync(path.join(src, 'README.md'))) docs.push({ origin: `examples/${name}/README.md`, file: path.join(src, 'README.md') });
  }

  // Doc tests: every other TypeScript block.
  const installed = path.join(appDir, 'node_modules', packageName);
  const sources: ImportSource[] = [
    // Snippets are written against the cdktf flavour's names; write() points them at the flavour.
    { module: PACKAGE_NAME, names: exportedNames(path.join(installed, PACKAGE_JSON.types)) },
    { module: 'cdktf', names: exportedNames(path.join(appDir, 'node_modules', f, 'lib', 'index.d.ts')) },
    { module: 'constructs', names: new Set(['Construct', 'IConstruct', 'Node']) },
  ];
  write(path.join(appDir, 'doc', 'fixture.d.ts'), SNIPPET_FIXTURE);
  let snippets = 0;
  for (const doc of docs) {
    for (const block of codeBlocks(fs.readFileSync(doc.file, 'utf8')).filter((b) => isTypeScript(b) && b.file === undefined)) {
      const file = `doc/${doc.origin.replace(/[^A-Za-z0-9]+/g, '-')}-line-${block.line}.ts`;
      write(path.join(appDir, file), snippetModule(block.code, sources, `${doc.origin} line ${block.line}`));
      checked.push(file);
      snippets++;
    }
  }
  console.log(`doc tests: ${snippets} TypeScript blocks from ${docs.map((d) => d.origin).join(', ')}`);

  // Every published declaration file, so none refers to a stripped or missing symbol.
  const dts: string[] = [];
  const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.d.ts')) dts.push(path.relative(installed, p));
  });
  walk(path.join(installed, 'dist'));
  write(path.join(appDir, 'all-declarations.ts'),
    dts.sort().map((d) => `import '${PACKAGE_NAME}/${d.replace(/\.d\.ts$/, '').split(path.sep).join('/')}';`).join('\n') + '\n');
  checked.push('all-declarations.ts');
  console.log(`declarations: ${dts.length} .d.ts files`);
  return { synthTargets, checked };
}

// --- 4. type-check -------------------------------------------------------------------------
function typeCheck(appDir: string, files: string[]): void {
  writeFile(path.join(appDir, 'tsconfig.check.json'), JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { strict: true, skipLibCheck: false, noEmit: true },
    include: [...files, 'doc/fixture.d.ts'],
  }, null, 2));
  timed(`tsc (strict, skipLibCheck: false) over ${files.length} files`, () => {
    const res = spawnSync(path.join(appDir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.check.json', '--pretty', 'false'], { cwd: appDir, encoding: 'utf8' });
    if (res.status !== 0) {
      const errors = `${res.stdout}${res.stderr}`.trim();
      throw new Error(`the consumer does not compile (${errors.split('\n').filter((l) => l.includes('error TS')).length} errors):\n${errors}`);
    }
  });
}

// --- 5. cdktf synth ------------------------------------------------------------------------
/**
 * How to synthesize in the app of `f`: the flavour's CLI (`cdktf synth` / `cdktn synth`), or, when
 * that CLI cannot start on this Node.js (cdktn-cli 0.24.0 bundles an undici that calls
 * `worker_threads.markAsUncloneable`, which Node.js 20 lacks: it needs Node.js 22), the app command
 * of cdktf.json (`npx ts-node main.ts`), which is what `cdktn synth` itself runs. Said loudly.
 */
function synthCommand(appDir: string, f: FlavourName): (dir: string) => void {
  const cli = path.join(appDir, 'node_modules', '.bin', f);
  const env = { ...process.env, CI: '1', FORCE_COLOR: '0', CHECKPOINT_DISABLE: '1' };
  let viaApp = false;
  const appCommand = (dir: string) => {
    const app: string = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8')).app;
    run('sh', ['-c', app], { cwd: dir, env: { ...env, CDKTF_OUTDIR: path.join(dir, 'cdktf.out') } });
  };
  return (dir) => {
    if (viaApp) return appCommand(dir);
    const res = spawnSync(cli, ['synth'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (res.status === 0) return;
    const why = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    if (f !== 'cdktn' || !why.includes('markAsUncloneable')) throw new Error(`${cli} synth (in ${dir}) failed with ${res.status ?? res.signal}:\n${why}`);
    console.log(`NOTE  ${flavour(f).cli} synth cannot run on Node.js ${process.version} (its bundled undici calls worker_threads.markAsUncloneable, `
      + 'Node.js 22+): synthesizing with the app command of each cdktf.json, which is what `cdktn synth` runs');
    viaApp = true;
    appCommand(dir);
  };
}

function synth(appDir: string, targets: SynthTarget[], f: FlavourName): void {
  const synthIn = synthCommand(appDir, f);
  for (const t of targets) {
    timed(`${f} synth: ${t.label}`, () => {
      synthIn(t.dir);
      const stacks = path.join(t.dir, 'cdktf.out', 'stacks');
      const names = fs.existsSync(stacks) ? fs.readdirSync(stacks) : [];
      if (!names.length) throw new Error(`${f} synth wrote no stack for ${t.label}`);
      for (const n of names) {
        if (!fs.existsSync(path.join(stacks, n, 'cdk.tf.json'))) throw new Error(`${t.label}: no cdk.tf.json for stack ${n}`);
        if (!fs.existsSync(path.join(stacks, n, 'hardening-report.json'))) throw new Error(`${t.label}: no hardening report for stack ${n}`);
      }
      console.log(`ok    ${t.label}: stacks ${names.join(', ')}`);
    });
  }
  checkConsumerOutput(path.join(appDir, 'consumer', 'cdktf.out', 'stacks', 'consumer', 'cdk.tf.json'));
  timed(`the installed checker (${f} flavour): --version and check`, () => {
    const bin = path.join(appDir, 'node_modules', '.bin', PACKAGE_NAME);
    const version = run(bin, ['--version'], { cwd: appDir }).trim();
    if (version !== PACKAGE_JSON.version) throw new Error(`${PACKAGE_NAME} --version printed "${version}", expected ${PACKAGE_JSON.version}`);
    run(bin, ['check', path.join('consumer', 'cdktf.out')], { cwd: appDir });
    console.log(`ok    ${PACKAGE_NAME} --version: ${version}; check consumer/cdktf.out: no unacknowledged errors`);
  });
}

/** What the consumer app must have synthesized: the cdktf features on L1 resources really arrive. */
function checkConsumerOutput(file: string): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const r = json.resource;
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  expect(r.alicloud_vpc?.DrVpc?.provider === 'alicloud.dr', 'raw L1 with provider: alicloud_vpc.DrVpc.provider = "alicloud.dr"');
  expect(JSON.stringify(r.alicloud_vswitch?.Vswitch?.depends_on) === '["alicloud_vpc.Vpc"]', 'dependsOn: alicloud_vswitch.Vswitch.depends_on');
  expect(r.alicloud_vpc?.Vpc?.lifecycle?.prevent_destroy === true, 'lifecycle: alicloud_vpc.Vpc.lifecycle.prevent_destroy');
  expect(r.alicloud_vswitch?.Vswitch?.description === 'Application subnet', 'addOverride: alicloud_vswitch.Vswitch.description');
  expect(r.alicloud_vpc?.Vpc?.['//']?.hardening?.acknowledgements?.[0]?.ruleId === 'ALI-VPC-001', 'Acknowledgements.of(l1): alicloud_vpc.Vpc "//".hardening');
  const rules = Object.values<any>(r.alicloud_security_group_rule ?? {});
  expect(rules.some((x) => x.cidr_ip === '10.20.0.0/24' && x.description === 'Allow tcp 443 from 10.20.0.0/24'), 'connections.allowFrom(Peer.ipv4(...)) with a generated description');
  const drKey = Object.entries<any>(r.alicloud_kms_key ?? {}).find(([k]) => k.startsWith('DrKey'));
  expect(drKey?.[1].provider === 'alicloud.dr', 'construct with provider: the DR key uses alicloud.dr');
  const instances = Object.values<any>(r.alicloud_instance ?? {});
  expect(instances.some((x) => x.internet_max_bandwidth_out === 5), 'publicIp opt-out: the bastion has a public bandwidth');
  if (problems.length) throw new Error(`the consumer app's cdk.tf.json lacks:\n  ${problems.join('\n  ')}`);
  console.log('ok    consumer app output: provider alias, dependsOn, lifecycle, addOverride, L1 acknowledgement, Peer rule, publicIp opt-out');
}

/**
 * A stack's cdk.tf.json without the core version (`"//".metadata.version`), the one field allowed
 * to differ, and with the app's own directory (in the local backend's absolute state path) as `<app>`.
 */
function normalizedStack(file: string, appDir: string): string {
  const json = JSON.parse(fs.readFileSync(file, 'utf8').split(appDir).join('<app>'));
  if (json['//']?.metadata) delete json['//'].metadata.version;
  return JSON.stringify(json, null, 2);
}

/** Every stack the two flavours synthesized is the same Terraform, apart from the core version. */
function compareFlavours(apps: Partial<Record<FlavourName, { dir: string; targets: SynthTarget[] }>>): void {
  const a = apps.cdktf!;
  const b = apps.cdktn!;
  timed('cdk.tf.json: cdktf flavour vs cdktn flavour', () => {
    let compared = 0;
    for (const t of a.targets) {
      const rel = path.relative(a.dir, t.dir);
      const stacksA = path.join(t.dir, 'cdktf.out', 'stacks');
      const stacksB = path.join(b.dir, rel, 'cdktf.out', 'stacks');
      const namesA = fs.readdirSync(stacksA).sort();
      const namesB = fs.existsSync(stacksB) ? fs.readdirSync(stacksB).sort() : [];
      if (namesA.join() !== namesB.join()) throw new Error(`${t.label}: stacks differ between flavours: [${namesA.join(', ')}] vs [${namesB.join(', ')}]`);
      for (const n of namesA) {
        const fa = normalizedStack(path.join(stacksA, n, 'cdk.tf.json'), a.dir);
        const fb = normalizedStack(path.join(stacksB, n, 'cdk.tf.json'), b.dir);
        if (fa !== fb) {
          const la = fa.split('\n');
          const lb = fb.split('\n');
          const i = la.findIndex((l, k) => l !== lb[k]);
          throw new Error(`${t.label}, stack ${n}: cdk.tf.json differs between the flavours (beyond the core version) at line ${i + 1}:\n`
            + `  cdktf: ${la[i]}\n  cdktn: ${lb[i]}`);
        }
        compared++;
      }
    }
    console.log(`ok    ${compared} stacks: cdk.tf.json identical in both flavours apart from "//".metadata.version`);
  });
}

/** terraform init + validate (real provider) of the stacks of one blueprint synthesized by the cdktn flavour. */
function validateCdktnBlueprint(app: { dir: string; targets: SynthTarget[] }): void {
  const target = app.targets.find((t) => t.label.startsWith('blueprint '));
  if (!target) throw new Error('no blueprint was synthesized by the cdktn flavour');
  timed(`terraform validate: ${target.label} (cdktn flavour)`, () => {
    const stacks = path.join(target.dir, 'cdktf.out', 'stacks');
    for (const n of fs.readdirSync(stacks).sort()) {
      const dir = path.join(stacks, n);
      const init = runTerraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
      if (init.status !== 0) throw new Error(`terraform init failed in ${dir}:\n${init.stdout}${init.stderr}`);
      const res = runTerraform(dir, ['validate', '-no-color']);
      if (res.status !== 0) throw new Error(`terraform validate failed for ${target.label} stack ${n} (cdktn flavour):\n${res.stdout}${res.stderr}`);
      console.log(`ok    ${target.label} stack ${n} (cdktn flavour): ${res.stdout.trim().split('\n').pop()}`);
    }
  });
}

/**
 * A mixed-core app fails with the guard's message, in both directions: a script in each scratch app
 * builds an App and stack with that app's core and creates a construct of the OTHER flavour's
 * installed package (loaded from the other scratch app, with its own core).
 */
function mixedCores(apps: Partial<Record<FlavourName, { dir: string; targets: SynthTarget[] }>>): void {
  timed('mixed cores: each core\'s app with the other flavour\'s package', () => {
    for (const [own, other] of [['cdktn', 'cdktf'], ['cdktf', 'cdktn']] as Array<[FlavourName, FlavourName]>) {
      const appDir = apps[own]!.dir;
      const otherPkg = path.join(apps[other]!.dir, 'node_modules', flavour(other).packageName);
      const script = path.join(appDir, 'mixed-core.js');
      writeFile(script, [
        `const core = require('${own}');`,
        `const lib = require(${JSON.stringify(otherPkg)});`,
        'const app = new core.App({ outdir: require(\'os\').tmpdir() + \'/mixed-core.out\' });',
        'const stack = new core.TerraformStack(app, \'mixed\');',
        'try {',
        '  new lib.EncryptedDisk(stack, \'disk\', { zoneId: \'cn-hangzhou-h\', size: 40 });',
        '  console.log(\'NO ERROR\');',
        '} catch (e) { console.log(`${e.name}: ${e.message}`); }',
        '',
      ].join('\n'));
      const out = run(process.execPath, [script], { cwd: appDir }).trim();
      const expected = ['[CoreMismatch]', `created with ${own}@${coreVersion(own)}`, `(${flavour(other).packageName}) is built for ${other}@${coreVersion(other)}`,
        `npm install ${flavour(own).packageName}`];
      const missing = expected.filter((e) => !out.includes(e));
      if (!out.startsWith('CoreMismatchError: ') || missing.length) {
        throw new Error(`a ${own} app using ${flavour(other).packageName} did not fail with the guard's message (missing ${missing.join(', ')}):\n${out}`);
      }
      console.log(`ok    ${own} app + ${flavour(other).packageName}: ${out.slice(0, 160)}...`);
    }
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const noSynth = args.includes('--no-synth');
  const chosen = args.flatMap((a, i) => (a === '--flavour' ? [args[i + 1]] : []));
  for (const c of chosen) {
    if (!(FLAVOUR_NAMES as readonly string[]).includes(c)) throw new Error(`--flavour ${c}: expected one of ${FLAVOUR_NAMES.join(', ')}`);
  }
  const flavours = (chosen.length ? chosen : FLAVOUR_NAMES) as FlavourName[];
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PACKAGE_NAME}-consumer-`));
  const apps: Partial<Record<FlavourName, { dir: string; targets: SynthTarget[] }>> = {};
  let ok = false;
  try {
    compile();
    for (const f of flavours) {
      const appDir = path.join(workDir, `app-${f}`);
      const tarball = pack(workDir, f);
      installScratchApp(appDir, tarball, f);
      const { synthTargets, checked } = writeSources(appDir, f);
      typeCheck(appDir, checked);
      if (!noSynth) synth(appDir, synthTargets, f);
      apps[f] = { dir: appDir, targets: synthTargets };
    }
    if (!noSynth && apps.cdktf && apps.cdktn) compareFlavours(apps);
    if (apps.cdktf && apps.cdktn) mixedCores(apps);
    if (!noSynth && apps.cdktn) validateCdktnBlueprint(apps.cdktn);
    ok = true;
  } finally {
    console.log('\nstep times:');
    for (const s of steps) console.log(`  ${s.seconds.toFixed(1).padStart(6)} s  ${s.name}`);
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
    if (keep || !ok) console.log(`scratch apps kept: ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`consumer test passed (${flavours.join(', ')})`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`\nconsumer test FAILED: ${(e as Error).message}`);
    process.exit(1);
  }
}
