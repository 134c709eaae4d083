import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { doc, GOOD_INSTANCE } from './rule-fixtures';
import { EncryptedDisk, OptOut } from '../../lib';
import { App, TerraformStack } from '../../lib/cdktf';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, main } from '../../lib/cli/check';
import { AlicloudProvider } from '../../lib/generated/providers/alicloud/provider';
import { HardeningChecks } from '../../lib/rules';

const ROOT = path.join(__dirname, '..', '..');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

function write(dir: string, rel: string, content: unknown): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A temp tree: a compliant file, a failing file in a subdirectory, a warning-only file and files the walk must skip. */
function tree() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-cli-'));
  const good = write(dir, 'good.tf.json', doc(
    ['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }],
    ['alicloud_vpc_flow_log', 'fl', { resource_type: 'VPC', resource_id: '${alicloud_vpc.main.id}' }],
  ));
  const bad = write(dir, 'nested/deeper/bad.tf.json', doc(['alicloud_ecs_disk', 'plain', { zone_id: 'cn-hangzhou-h', size: 20 }]));
  const warn = write(dir, 'warn.tf.json', doc(['alicloud_vpc', 'nolog', { cidr_block: '10.1.0.0/16' }]));
  write(dir, 'node_modules/pkg/ignored.tf.json', '{ not json');
  write(dir, 'notes.json', '{ not json either');
  return { dir, good, bad, warn };
}

describe('alicloud-ecs-hardened check', () => {
  test('a compliant file: table output, exit 0', async () => {
    const { good } = tree();
    const r = await run('check', good);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain(`${good}: 2 resources, 7 rule evaluations (1 passed, 0 failed, 0 acknowledged, 6 not applicable); `
      + 'unacknowledged findings: 0 errors, 0 warnings, 0 infos; 0 acknowledged');
    expect(r.out.trim().split('\n').pop()).toBe('OK: no unacknowledged findings at level error or above in 1 file');
    expect(r.err).toBe('');
  });

  test('warnings alone do not fail', async () => {
    const { warn } = tree();
    const r = await run('check', warn);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toMatch(/WARNING\s+FAIL\s+ALI-VPC-001\s+alicloud_vpc\.nolog\s+no alicloud_vpc_flow_log references this VPC/);
  });

  test('a directory is searched recursively for *.tf.json (skipping node_modules); errors exit 1', async () => {
    const { dir, good, bad, warn } = tree();
    const r = await run('check', dir);
    expect(r.code).toBe(EXIT_FINDINGS);
    const headers = r.out.split('\n').filter((l) => l.startsWith(dir)).map((l) => l.split(':')[0]);
    expect(headers).toEqual([good, bad, warn]);
    expect(r.out).toMatch(/ERROR\s+FAIL\s+ALI-DSK-001\s+alicloud_ecs_disk\.plain\s+encrypted is not set/);
    expect(r.out).toContain('FAILED: 3 unacknowledged errors');
  });

  test('--format json', async () => {
    const { dir, bad } = tree();
    const r = await run('check', '--format', 'json', dir);
    expect(r.code).toBe(EXIT_FINDINGS);
    const json = JSON.parse(r.out);
    expect(json.summary).toMatchObject({ files: 3, unreadable: 0, resources: 4, passed: 2, errors: 3, warnings: 1, infos: 0, acknowledged: 0 });
    const t = json.summary;
    expect(t.passed + t.failed + t.acknowledgedEvaluations + t.notApplicable).toBe(t.evaluations);
    const file = json.files.find((f: any) => f.file === bad);
    expect(file.findings.map((f: any) => f.ruleId)).toEqual(['ALI-DSK-001', 'ALI-DSK-002', 'ALI-DSK-003']);
    expect(file.findings[0]).toMatchObject({ level: 'error', status: 'fail', address: 'alicloud_ecs_disk.plain', fixHint: expect.any(String), controls: expect.any(Array) });
    const eq = await run('check', '--format=json', bad);
    expect(JSON.parse(eq.out).summary.errors).toBe(3);
  });

  test('a synthesized cdk.tf.json: opt-outs and acknowledgements show with their reasons', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-cli-app-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'prod');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new EncryptedDisk(stack, 'scratch', { zoneId: 'cn-hangzhou-h', size: 40, disableBackups: OptOut.because('Scratch space rebuilt by the pipeline') });
    HardeningChecks.applyTo(app);
    app.synth();
    const r = await run('check', outdir);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toMatch(/ERROR\s+OPT-OUT EncryptedDisk\.Backups\s+ALI-DSK-003\s+alicloud_ecs_disk\.\S+\s+no alicloud_ecs_auto_snapshot_policy_attachment references this disk -- reason: Scratch space rebuilt by the pipeline/);
    expect(r.out).toContain('1 acknowledged');
  });

  test.each([
    ['no arguments', [], /Usage: alicloud-ecs-hardened check/],
    ['an unknown command', ['scan', '.'], /unknown command "scan"/],
    ['no target', ['check', '--format', 'json'], /no file or directory given/],
    ['a bad format', ['check', '--format', 'xml', '.'], /--format must be one of table, json, markdown, sarif, junit, got "xml"/],
    ['an unknown option', ['check', '--fail-at', 'warning', '.'], /unknown option --fail-at/],
    ['a bad --fail-on', ['check', '--fail-on', 'fatal', '.'], /--fail-on must be error, warning or info, got "fatal"/],
    ['a bad --max-size', ['check', '--max-size', 'lots', '.'], /--max-size must be a positive size/],
    ['a bad --ack-reason-pattern', ['check', '--ack-reason-pattern', '(', '.'], /--ack-reason-pattern must be a regular expression/],
    ['a missing file', ['check', '/nonexistent/cdk.tf.json'], /\/nonexistent\/cdk\.tf\.json: no such file or directory/],
  ])('exit 2 for %s', async (_what, argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toMatch(message);
  });

  test('exit 2 for invalid JSON, a JSON array, and a directory without *.tf.json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-cli-bad-'));
    expect((await run('check', write(dir, 'broken.tf.json', '{ "resource": '))).err).toMatch(/broken\.tf\.json: invalid JSON/);
    expect((await run('check', write(dir, 'list.tf.json', '[]'))).err).toMatch(/not a Terraform JSON document/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-cli-empty-'));
    const r = await run('check', empty);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toContain('no *.tf.json or *.tf files found');
  });

  test('--help prints usage on stdout and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('--format table|json|markdown|sarif|junit');
    expect(r.out).toContain('--fail-on error|warning|info');
    const v = await run('--version');
    expect(v.code).toBe(EXIT_OK);
    expect(v.out).toBe(`${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  test('the bin entry point as a process: exit codes and output (npm run check)', () => {
    const { dir, good } = tree();
    const hand = write(dir, 'hand/main.tf.json', doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, http_tokens: 'optional' }]));
    const node = (...args: string[]) => spawnSync(process.execPath, [
      require.resolve('ts-node/dist/bin'), '--transpile-only', '--project', path.join(ROOT, 'tsconfig.dev.json'),
      path.join(ROOT, 'lib', 'cli', 'bin.ts'), ...args,
    ], { encoding: 'utf8', cwd: ROOT });
    const failing = node('check', hand);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/ERROR\s+FAIL\s+ALI-ECS-001\s+alicloud_instance\.web\s+http_tokens is "optional"/);
    const passing = node('check', good, '--format', 'json');
    expect(passing.status).toBe(0);
    expect(JSON.parse(passing.stdout).summary.errors).toBe(0);
    expect(node('check').status).toBe(2);
  });

  test('the checker loads neither cdktf nor constructs (it runs on Terraform JSON and HCL alone)', () => {
    const probe = [
      "require('./lib/cli/check');",
      "const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](cdktf|constructs)[\\\\/]/.test(f));",
      'process.stdout.write(JSON.stringify(loaded));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', probe], {
      encoding: 'utf8', cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json') },
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
