import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { doc, GOOD_INSTANCE } from './rule-fixtures';
import { DEFAULT_MAX_INPUT_BYTES, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, main } from '../../lib/cli/check';
import { duplicateKey, readRegularFile } from '../../lib/cli/inputs';

const ROOT = path.join(__dirname, '..', '..');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-hostile-'));
}

const GOOD = doc(['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }], ['alicloud_vpc_flow_log', 'fl', { resource_type: 'VPC', resource_id: '${alicloud_vpc.main.id}' }]);
const BAD = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, http_tokens: 'optional' }]);

/** Every error line is one line, names the input, and is never a stack trace. */
function expectOneLineErrors(err: string, count: number) {
  const lines = err.trim().split('\n');
  expect(lines).toHaveLength(count);
  for (const l of lines) expect(l).toMatch(/^alicloud-ecs-hardened: \S.*: \S/);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('the CLI under hostile input', () => {
  test('a FIFO named *.tf.json is refused without blocking (given directly and found in a directory)', async () => {
    const dir = tmp();
    const fifo = path.join(dir, 'pipe.tf.json');
    execFileSync('mkfifo', [fifo]);
    fs.writeFileSync(path.join(dir, 'good.tf.json'), JSON.stringify(GOOD));
    const direct = await run('check', fifo);
    expect(direct.code).toBe(EXIT_USAGE);
    expectOneLineErrors(direct.err, 1);
    expect(direct.err).toContain(`${fifo}: a FIFO: only regular files are read`);
    const walked = await run('check', dir);
    expect(walked.code).toBe(EXIT_USAGE);
    expect(walked.out).toContain(`${path.join(dir, 'good.tf.json')}: 2 resources`);
    expect(walked.out).toContain(`${fifo}: NOT CHECKED: a FIFO`);
  });

  test('a device (/dev/zero) is refused, never read', async () => {
    const r = await run('check', '/dev/zero');
    expect(r.code).toBe(EXIT_USAGE);
    expectOneLineErrors(r.err, 1);
    expect(r.err).toContain('/dev/zero: a character device: only regular files are read');
  });

  test('the size limit: a clear message, configurable with --max-size', async () => {
    const file = path.join(tmp(), 'big.tf.json');
    fs.writeFileSync(file, JSON.stringify(BAD));
    const size = fs.statSync(file).size;
    const r = await run('check', '--max-size', '100', file);
    expect(r.code).toBe(EXIT_USAGE);
    expectOneLineErrors(r.err, 1);
    expect(r.err).toContain(`${file}: ${size} bytes is over the size limit of 100 bytes (raise it with --max-size)`);
    expect((await run('check', '--max-size=1m', file)).code).toBe(EXIT_FINDINGS);
    expect(readRegularFile(file, size)).toBeInstanceOf(Buffer);
    expect(readRegularFile(file, size - 1)).toMatch(/over the size limit/);
  });

  test('the default size limit refuses a huge file without reading it', async () => {
    const file = path.join(tmp(), 'huge.tf.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, DEFAULT_MAX_INPUT_BYTES + 1); // sparse: nothing is written
    const r = await run('check', file);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toContain(`${DEFAULT_MAX_INPUT_BYTES + 1} bytes is over the size limit of ${DEFAULT_MAX_INPUT_BYTES} bytes`);
    fs.rmSync(file);
  });

  test('symlinks are followed, loops and broken links reported, every other file still checked', async () => {
    const dir = tmp();
    const real = path.join(dir, 'real');
    fs.mkdirSync(real);
    fs.writeFileSync(path.join(real, 'bad.tf.json'), JSON.stringify(BAD));
    const tree = path.join(dir, 'tree');
    fs.mkdirSync(tree);
    fs.symlinkSync(path.join(real, 'bad.tf.json'), path.join(tree, 'linked.tf.json'));
    fs.symlinkSync(real, path.join(tree, 'linked-dir'));
    fs.symlinkSync(tree, path.join(tree, 'loop'));
    fs.symlinkSync(path.join(dir, 'missing.tf.json'), path.join(tree, 'dangling.tf.json'));
    fs.writeFileSync(path.join(tree, 'broken.tf.json'), '{"resource": {');
    fs.writeFileSync(path.join(tree, 'good.tf.json'), JSON.stringify(GOOD));
    const r = await run('check', tree);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).not.toMatch(/\n\s+at /);
    // Evaluation counts grow with the pack: only the resource count and the failures are pinned.
    const headers = r.out.split('\n').filter((l) => l.startsWith(tree)).map((l) => l.replace(`${tree}/`, '').split(': ').slice(0, 2).join(': ')
      .replace(/\d+ rule evaluations \(\d+ passed, (\d+) failed, (\d+) acknowledged, \d+ not applicable\)/, 'N rule evaluations ($1 failed, $2 acknowledged)'));
    expect(headers).toEqual([
      'broken.tf.json: NOT CHECKED',
      'dangling.tf.json: NOT CHECKED',
      'good.tf.json: 2 resources, N rule evaluations (0 failed, 0 acknowledged); unacknowledged findings',
      'linked-dir/bad.tf.json: 1 resource, N rule evaluations (1 failed, 0 acknowledged); unacknowledged findings',
      'linked.tf.json: 1 resource, N rule evaluations (1 failed, 0 acknowledged); unacknowledged findings',
      'loop: NOT CHECKED',
    ]);
    expect(r.out).toContain('symlink loop');
    expect(r.out).toMatch(/ERROR\s+FAIL\s+ALI-ECS-001/);
    expect(r.out.trim().split('\n').pop()).toBe('FAILED: 3 inputs could not be checked; 2 unacknowledged errors');
  });

  test.each([
    ['duplicate keys (JSON.parse would keep only the last "resource")', `{"resource": ${JSON.stringify(BAD.resource)}, "resource": {}}`, /duplicate key "resource"/],
    ['a wrong shape', '{"resource": "x"}', /invalid input: \[HardeningChecks.InvalidDocument\] <document>: invalid resource "x"/],
    ['a JSON string', '"x"', /not a Terraform JSON document/],
    ['deep nesting', `{"resource": {"alicloud_vpc": {"v": {"tags": ${'['.repeat(200000)}${']'.repeat(200000)}}}}}`, /invalid JSON|too deeply nested/],
    ['deeply nested blocks', `{"resource": {"alicloud_instance": {"w": {"data_disks": ${'['.repeat(20000)}${']'.repeat(20000)}}}}}`, /too deeply nested|invalid/],
    ['invalid UTF-8 and NUL bytes', Buffer.from([0x7b, 0xff, 0x00, 0x7d]), /invalid JSON/],
    ['an empty file', '', /invalid JSON/],
  ])('%s: exit 2 with one line', async (_what, content, message) => {
    const file = path.join(tmp(), 'x.tf.json');
    fs.writeFileSync(file, content);
    const r = await run('check', file);
    expect(r.code).toBe(EXIT_USAGE);
    expectOneLineErrors(r.err, 1);
    expect(r.err).toMatch(message);
  });

  test('duplicate keys are found at any depth, escapes and "//" comments handled', () => {
    expect(duplicateKey('{"a": {"b": 1, "c": {"b": 2}}, "d": [{"x": 1}, {"x": 2}]}')).toBeUndefined();
    expect(duplicateKey('{"a": {"b": 1, "b": 2}}')).toBe('b');
    expect(duplicateKey('{"\\u0061": 1, "a": 2}')).toBe('a');
    expect(duplicateKey('{"//": 1, "//": 2, "s": "{\\"x\\": 1, \\"x\\": 2}"}')).toBeUndefined();
  });

  test('invalid HCL is one line, the other inputs still reported', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'hcl'));
    fs.writeFileSync(path.join(dir, 'hcl', 'main.tf'), 'resource "alicloud_instance" "web" {');
    fs.writeFileSync(path.join(dir, 'good.tf.json'), JSON.stringify(GOOD));
    const r = await run('check', dir);
    expect(r.code).toBe(EXIT_USAGE);
    expectOneLineErrors(r.err, 1);
    expect(r.err).toContain(`${path.join(dir, 'hcl', '*.tf')}: invalid HCL: `);
    expect(r.out).toContain(`${path.join(dir, 'good.tf.json')}: 2 resources`);
  });

  test('hostile HCL (50,000 nested parentheses) is one line, and the parser still works for the next file', async () => {
    const dir = tmp();
    const deep = path.join(dir, 'deep.tf');
    fs.writeFileSync(deep, `locals {\n  x = ${'('.repeat(50000)}1${')'.repeat(50000)}\n}\n`);
    const next = path.join(dir, 'next.tf');
    fs.writeFileSync(next, 'resource "alicloud_instance" "w" {\n  http_tokens = "optional"\n}\n');
    const r = await run('check', deep, next);
    expect(r.code).toBe(EXIT_USAGE);
    expectOneLineErrors(r.err, 1);
    expect(r.err).toContain(`${deep}: invalid HCL`);
    expect(r.out).toMatch(/ERROR\s+FAIL\s+ALI-ECS-001\s+alicloud_instance\.w/);
  });

  test('a table of many findings renders (no argument spreading over rows)', async () => {
    const resources: Array<[string, string, Record<string, any>]> = [];
    for (let i = 0; i < 20000; i++) resources.push(['alicloud_ecs_disk', `d${i}`, { zone_id: 'z', size: 20 }]);
    const file = path.join(tmp(), 'many.tf.json');
    fs.writeFileSync(file, JSON.stringify(doc(...resources)));
    let lines = 0;
    const code = await main(['check', file], { out: (t) => { lines += t.split('\n').length - 1; }, err: () => undefined });
    expect(code).toBe(EXIT_FINDINGS);
    expect(lines).toBeGreaterThan(60000);
  });

  describe('as a process', () => {
    const TS_NODE = [require.resolve('ts-node/dist/bin'), '--transpile-only', '--project', path.join(ROOT, 'tsconfig.dev.json'), path.join(ROOT, 'lib', 'cli', 'bin.ts')];

    test('piped into head: no EPIPE stack trace, quiet stop', () => {
      const dir = tmp();
      const resources: Array<[string, string, Record<string, any>]> = [];
      for (let i = 0; i < 5000; i++) resources.push(['alicloud_ecs_disk', `d${i}`, { zone_id: 'z', size: 20 }]);
      const file = path.join(dir, 'many.tf.json');
      fs.writeFileSync(file, JSON.stringify(doc(...resources)));
      const cmd = `"${process.execPath}" ${TS_NODE.map((a) => `"${a}"`).join(' ')} check --format json "${file}" 2>"${dir}/err" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const status = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', cwd: ROOT });
      expect(fs.readFileSync(path.join(dir, 'err'), 'utf8')).toBe('');
      expect(['0', '1']).toContain(status.stdout.trim());
    });

    test('npm run check keeps exit code 2 (and 0, 1)', () => {
      const dir = tmp();
      const good = path.join(dir, 'good.tf.json');
      fs.writeFileSync(good, JSON.stringify(GOOD));
      const bad = path.join(dir, 'bad.tf.json');
      fs.writeFileSync(bad, JSON.stringify(BAD));
      const npm = (...args: string[]) => spawnSync('npm', ['run', '-s', 'check', '--', ...args], { encoding: 'utf8', cwd: ROOT });
      const missing = npm(path.join(dir, 'missing.tf.json'));
      expect(missing.status).toBe(EXIT_USAGE);
      expect(missing.stderr).toContain('missing.tf.json: no such file or directory');
      expect(npm(good).status).toBe(EXIT_OK);
      expect(npm(bad).status).toBe(EXIT_FINDINGS);
    });
  });
});
