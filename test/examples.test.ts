import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES_DIR, exampleNames, stacksIn } from '../scripts/lib/stacks';

/**
 * Runs examples/<name>/main.ts, a complete cdktf app, inside the test process: `new App()` takes its
 * output directory from CDKTF_OUTDIR, as under `cdktf synth`. (`npm run validate` runs each blueprint
 * in its own process, exactly as a team does, and validates the output with terraform.)
 */
function synthInProcess(name: string, outdir: string): Array<{ name: string; dir: string }> {
  const previous = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  try {
    // A blueprint is an app script, not a module with exports: load it for its side effect.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(EXAMPLES_DIR, name, 'main.ts'));
  } finally {
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
  }
  return stacksIn(outdir);
}

/** Every blueprint is synthesized and snapshot-tested. */
describe.each(exampleNames())('blueprint examples/%s', (name) => {
  let outdir: string;
  let stacks: Array<{ name: string; dir: string }>;
  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
    stacks = synthInProcess(name, outdir);
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('has a README, a cdktf.json and synthesizes at least one stack', () => {
    expect(fs.existsSync(path.join(__dirname, '..', 'examples', name, 'README.md'))).toBe(true);
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'examples', name, 'cdktf.json'), 'utf8'));
    expect(cdktfJson.language).toBe('typescript');
    expect(stacks.length).toBeGreaterThan(0);
  });

  test('every stack declares the aliyun/alicloud provider', () => {
    for (const s of stacks) {
      const tf = JSON.parse(fs.readFileSync(path.join(s.dir, 'cdk.tf.json'), 'utf8'));
      expect(tf.terraform.required_providers.alicloud.source).toBe('aliyun/alicloud');
    }
  });

  test('snapshot', () => {
    const repoRoot = path.resolve(__dirname, '..');
    for (const s of stacks) {
      // The local backend path is absolute: make the snapshot independent of the checkout location.
      const text = fs.readFileSync(path.join(s.dir, 'cdk.tf.json'), 'utf8').split(repoRoot).join('<repo>');
      expect(JSON.parse(text)).toMatchSnapshot(s.name);
    }
  });
});
