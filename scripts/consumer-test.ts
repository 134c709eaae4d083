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
 *   npm run test:consumer                 # everything
 *   npm run test:consumer -- --keep       # keep the scratch app (its path is printed)
 *   npm run test:consumer -- --no-synth   # stop after the type-check
 */
import './lib/quiet-env';
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { codeBlocks, ImportSource, isTypeScript, SNIPPET_FIXTURE, snippetModule } from './lib/doc-snippets';
import { REPO_ROOT } from './lib/provider-meta';

const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const PACKAGE_NAME: string = PACKAGE_JSON.name;

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

function write(file: string, content: string): void {
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
function buildAndPack(workDir: string): string {
  timed('compile (tsc, clean dist/)', () => {
    fs.rmSync(path.join(REPO_ROOT, 'dist'), { recursive: true, force: true });
    run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: REPO_ROOT });
  });
  return timed('npm pack', () => {
    const out = run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: REPO_ROOT });
    const [info] = JSON.parse(out.slice(out.indexOf('[')));
    const files: Array<{ path: string }> = info.files;
    const maps = files.filter((f) => f.path.endsWith('.map') || f.path.endsWith('.ts') && !f.path.endsWith('.d.ts'));
    if (maps.length) throw new Error(`the tarball ships source maps or sources: ${maps.map((f) => f.path).join(', ')}`);
    const tarball = path.join(workDir, info.filename);
    const extracted = path.join(workDir, 'extracted');
    fs.mkdirSync(extracted);
    run('tar', ['-xzf', tarball, '-C', extracted], { cwd: workDir });
    const inline = files.filter((f) => f.path.endsWith('.js')
      && fs.readFileSync(path.join(extracted, 'package', f.path), 'utf8').includes('sourceMappingURL=data:'));
    if (inline.length) throw new Error(`inline source maps in: ${inline.slice(0, 5).map((f) => f.path).join(', ')}${inline.length > 5 ? ', ...' : ''}`);
    console.log(`${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked, no source maps`);
    return tarball;
  });
}

// --- 2. scratch app ------------------------------------------------------------------------
function installScratchApp(appDir: string, tarball: string): void {
  write(path.join(appDir, 'package.json'), JSON.stringify({
    name: 'consumer-app',
    version: '1.0.0',
    private: true,
    dependencies: {
      [PACKAGE_NAME]: `file:${tarball}`,
      cdktf: devVersion('cdktf'),
      constructs: devVersion('constructs'),
    },
    devDependencies: {
      'cdktf-cli': CDKTF_CLI_VERSION,
      'typescript': devVersion('typescript'),
      'ts-node': devVersion('ts-node').replace(/^\^/, ''),
      '@types/node': devVersion('@types/node'),
    },
  }, null, 2) + '\n');
  timed(`npm install (cdktf ${devVersion('cdktf')}, constructs ${devVersion('constructs')}, typescript ${devVersion('typescript')}, cdktf-cli ${CDKTF_CLI_VERSION})`, () => {
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appDir });
  });
}

// --- 3. sources ----------------------------------------------------------------------------
interface SynthTarget { readonly label: string; readonly dir: string }

function writeSources(appDir: string): { synthTargets: SynthTarget[]; checked: string[] } {
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
    for (const f of ['main.ts', 'cdktf.json']) write(path.join(appDir, 'examples', name, f), fs.readFileSync(path.join(src, f), 'utf8'));
    checked.push(`examples/${name}/main.ts`);
    synthTargets.push({ label: `blueprint ${name}`, dir: path.join(appDir, 'examples', name) });
    if (fs.existsSync(path.join(src, 'README.md'))) docs.push({ origin: `examples/${name}/README.md`, file: path.join(src, 'README.md') });
  }

  // Doc tests: every other TypeScript block.
  const installed = path.join(appDir, 'node_modules', PACKAGE_NAME);
  const sources: ImportSource[] = [
    { module: PACKAGE_NAME, names: exportedNames(path.join(installed, PACKAGE_JSON.types)) },
    { module: 'cdktf', names: exportedNames(path.join(appDir, 'node_modules', 'cdktf', 'lib', 'index.d.ts')) },
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
    dts.sort().map((f) => `import '${PACKAGE_NAME}/${f.replace(/\.d\.ts$/, '').split(path.sep).join('/')}';`).join('\n') + '\n');
  checked.push('all-declarations.ts');
  console.log(`declarations: ${dts.length} .d.ts files`);
  return { synthTargets, checked };
}

// --- 4. type-check -------------------------------------------------------------------------
function typeCheck(appDir: string, files: string[]): void {
  write(path.join(appDir, 'tsconfig.check.json'), JSON.stringify({
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
function synth(appDir: string, targets: SynthTarget[]): void {
  const cli = path.join(appDir, 'node_modules', '.bin', 'cdktf');
  for (const t of targets) {
    timed(`cdktf synth: ${t.label}`, () => {
      run(cli, ['synth'], { cwd: t.dir, env: { ...process.env, CI: '1', FORCE_COLOR: '0', CHECKPOINT_DISABLE: '1' } });
      const stacks = path.join(t.dir, 'cdktf.out', 'stacks');
      const names = fs.existsSync(stacks) ? fs.readdirSync(stacks) : [];
      if (!names.length) throw new Error(`cdktf synth wrote no stack for ${t.label}`);
      for (const n of names) {
        if (!fs.existsSync(path.join(stacks, n, 'cdk.tf.json'))) throw new Error(`${t.label}: no cdk.tf.json for stack ${n}`);
        if (!fs.existsSync(path.join(stacks, n, 'hardening-report.json'))) throw new Error(`${t.label}: no hardening report for stack ${n}`);
      }
      console.log(`ok    ${t.label}: stacks ${names.join(', ')}`);
    });
  }
  checkConsumerOutput(path.join(appDir, 'consumer', 'cdktf.out', 'stacks', 'consumer', 'cdk.tf.json'));
  timed('the installed checker: --version and check', () => {
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

function main(): void {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PACKAGE_NAME}-consumer-`));
  const appDir = path.join(workDir, 'app');
  let ok = false;
  try {
    const tarball = buildAndPack(workDir);
    installScratchApp(appDir, tarball);
    const { synthTargets, checked } = writeSources(appDir);
    typeCheck(appDir, checked);
    if (!args.includes('--no-synth')) synth(appDir, synthTargets);
    ok = true;
  } finally {
    console.log('\nstep times:');
    for (const s of steps) console.log(`  ${s.seconds.toFixed(1).padStart(6)} s  ${s.name}`);
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
    if (keep || !ok) console.log(`scratch app kept: ${appDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
  console.log('consumer test passed');
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`\nconsumer test FAILED: ${(e as Error).message}`);
    process.exit(1);
  }
}
