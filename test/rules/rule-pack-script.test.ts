import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from '../../lib/cdktf';
import { checkStackWithRulePack, EXPECTED_RULE_FAILURES, expectationFor, runRulePack } from '../../scripts/lib/rule-pack';
import { stacksIn } from '../../scripts/lib/stacks';
import { VALIDATION_FIXTURES } from '../fixtures';
import { doc, GOOD_INSTANCE } from './rule-fixtures';
import { findRule } from '../../lib/rules';

function stackDir(tf: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-validate-'));
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(tf));
  return dir;
}

const CLEAN = doc(['alicloud_vpc', 'main', { cidr_block: '10.0.0.0/16' }], ['alicloud_vpc_flow_log', 'fl', { resource_id: '${alicloud_vpc.main.id}' }]);
const FAILING = doc(['alicloud_instance', 'web', { ...GOOD_INSTANCE, http_tokens: 'optional' }]);

describe('npm run validate: rule-pack step', () => {
  test('expectations by label', () => {
    expect(expectationFor('examples/web-tier/web-tier')).toBe('clean');
    expect(expectationFor('fixtures/insecure-l1')).toBe('must-fail');
    expect(expectationFor('fixtures/smoke')).toBe('informational');
    for (const ids of Object.values(EXPECTED_RULE_FAILURES)) for (const id of ids) expect(findRule(id)).toBeDefined();
  });

  test('a blueprint must have zero unacknowledged errors', () => {
    expect(checkStackWithRulePack('examples/x/x', stackDir(CLEAN))).toMatchObject({ ok: true, line: 'ok    examples/x/x: 2 resources, 0 errors, 0 warnings, 0 acknowledged' });
    const bad = checkStackWithRulePack('examples/x/x', stackDir(FAILING));
    expect(bad.ok).toBe(false);
    expect(bad.line).toBe('FAIL  examples/x/x: 1 unacknowledged errors: ALI-ECS-001 alicloud_instance.web');
  });

  test('fixtures other than the negative control are informational', () => {
    expect(checkStackWithRulePack('fixtures/smoke', stackDir(FAILING))).toMatchObject({ ok: true, line: 'info  fixtures/smoke: 1 resources, 1 errors, 0 warnings, 0 acknowledged' });
  });

  test('the negative control must fail with every expected rule id', () => {
    const partial = checkStackWithRulePack('fixtures/insecure-l1', stackDir(FAILING));
    expect(partial.ok).toBe(false);
    expect(partial.line).toMatch(/^FAIL {2}fixtures\/insecure-l1: expected failures of ALI-ECS-002, /);
    const lines: string[] = [];
    expect(runRulePack([{ label: 'examples/x/x', dir: stackDir(CLEAN) }], (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual([
      'rule pack on 1 stacks',
      'ok    examples/x/x: 2 resources, 0 errors, 0 warnings, 0 acknowledged',
      'note  fixtures/insecure-l1: not synthesized, its expected rule failures were not checked',
      'note  fixtures/images-insecure: not synthesized, its expected rule failures were not checked',
      'note  fixtures/insecure-state-backend: not synthesized, its expected rule failures were not checked',
      '1 passed, 0 failed (rule pack)',
    ]);
  });

  test('the insecure-l1 fixture (test/fixtures/proof.ts) fails with the expected rule ids', () => {
    const insecure = VALIDATION_FIXTURES.find((f) => f.name === 'insecure-l1');
    expect(insecure).toBeDefined();
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-insecure-'));
    const app = new App({ outdir });
    insecure!.build(app, insecure!.name);
    app.synth();
    const [stack] = stacksIn(outdir);
    const verdict = checkStackWithRulePack(`fixtures/${stack.name}`, stack.dir);
    expect(verdict.line).toMatch(/^ok {4}fixtures\/insecure-l1: fails as expected/);
    const failed = [...new Set(verdict.result.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId))].sort();
    expect(failed).toEqual(expect.arrayContaining([...EXPECTED_RULE_FAILURES['fixtures/insecure-l1']]));
    expect(verdict.result.summary.errors).toBeGreaterThan(0);
  });
});

describe('the weakened state backend fixture (test/fixtures/state.ts)', () => {
  test('fails the state, state-bucket and secret rules', () => {
    const insecure = VALIDATION_FIXTURES.find((f) => f.name === 'insecure-state-backend');
    expect(insecure).toBeDefined();
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-insecure-state-'));
    try {
      const app = new App({ outdir });
      insecure!.build(app, insecure!.name);
      app.synth();
      const [stack] = stacksIn(outdir);
      const verdict = checkStackWithRulePack(`fixtures/${stack.name}`, stack.dir);
      expect(verdict.line).toMatch(/^ok {4}fixtures\/insecure-state-backend: fails as expected/);
      const failed = verdict.result.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.address} ${f.finding ?? '-'}`);
      expect(failed.filter((f) => /^ALI-(STATE|OSS|SEC)-/.test(f)).map((f) => f.replace(/_[0-9A-F]{8}\b/, ''))).toEqual([
        'ALI-SEC-001 alicloud_kms_secret.RamSecret encryption_key_id',
        'ALI-SEC-002 alicloud_kms_secret.RamSecret enable_automatic_rotation',
        'ALI-SEC-003 alicloud_kms_secret.RamSecret secret_data',
        'ALI-SEC-001 alicloud_kms_secret.Secret encryption_key_id',
        'ALI-SEC-003 alicloud_kms_secret.Secret secret_data',
        'ALI-OSS-001 alicloud_oss_bucket.StateBucket versioning',
        'ALI-OSS-002 alicloud_oss_bucket.StateBucket server_side_encryption_rule',
        'ALI-OSS-003 alicloud_oss_bucket.StateBucket prevent_destroy',
        'ALI-STATE-005 alicloud_ots_instance.LockInstance network_type_acl',
        'ALI-STATE-001 terraform.backend.oss encrypt',
        'ALI-STATE-002 terraform.backend.oss acl',
        'ALI-STATE-003 terraform.backend.oss tablestore_table',
        'ALI-STATE-003 terraform.backend.oss tablestore_endpoint',
      ]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
