import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { alicloud, AlicloudProvider, EncryptedDisk, OptOut } from '../../lib';
import { App, Aspects, Testing, TerraformStack } from '../../lib/cdktf';
import { addHardeningWarning, Warnings } from '../../lib/core/warnings';
import {
  Acknowledgements, HARDENING_CHECKS_RUNNER_ID, HARDENING_RULES, HardeningChecks, HardeningReportJson, JSON_REPORT_FILE, MARKDOWN_REPORT_FILE,
  writeReports,
} from '../../lib/rules';
import { expectValidationError, testStack } from '../util';

const KMS_OK = { automaticRotation: 'Enabled', rotationInterval: '365d', pendingWindowInDays: 30, deletionProtection: 'Enabled' };

function annotations(stack: TerraformStack, type: '@cdktf/warn' | '@cdktf/error' | '@cdktf/info'): string[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === type).map((m) => String(m.data)));
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-'));
}

describe('HardeningChecks aspect', () => {
  test('unacknowledged errors fail Testing.synth(stack, true) with rule id, resource and fix', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', KMS_OK);
    key.addOverride('automatic_rotation', 'Disabled');
    expect(() => Testing.synth(stack, true)).toThrow(/\[ALI-KMS-001\] KmsKeyRotation \[automatic_rotation\]: automatic_rotation is "Disabled"\. Fix: Set automatic_rotation/);
    // Without validations the checks do not run.
    expect(() => Testing.synth(stack)).not.toThrow();
  });

  test('errors are reported at the failing resource\'s construct path, not the aspect\'s', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    const group = new Construct(stack, 'storage');
    new alicloud.ecsDisk.EcsDisk(group, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', KMS_OK);
    key.addOverride('automatic_rotation', 'Disabled');
    let message = '';
    try {
      Testing.synth(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/\[test\/storage\/plain\] \[ALI-DSK-001\]/);
    expect(message).toMatch(/\[test\/key\] \[ALI-KMS-001\]/);
    expect(message).not.toContain(`[test/${HARDENING_CHECKS_RUNNER_ID}]`);
    // Fixed, the next synthesis passes (no stale result is reused).
    Acknowledgements.of(group).add('ALI-DSK-001', 'Scratch disk, wiped on every release');
    Acknowledgements.of(group).add('ALI-DSK-002', 'Scratch disk, wiped on every release');
    Acknowledgements.of(group).add('ALI-DSK-003', 'Scratch disk, wiped on every release');
    key.addOverride('automatic_rotation', 'Enabled');
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('warnings become annotations, once, however often the stack is synthesized', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    new alicloud.kmsKey.KmsKey(stack, 'key', { ...KMS_OK, deletionProtection: 'Disabled' });
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    const warnings = annotations(stack, '@cdktf/warn').filter((w) => w.startsWith('[ALI-'));
    expect(warnings).toEqual([expect.stringMatching(/^\[ALI-KMS-003\] KmsKeyDeletionProtection: deletion_protection is "Disabled"/)]);
    expect(annotations(stack, '@cdktf/error')).toEqual([]);
    expect(stack.node.children.filter((c) => c.node.id.startsWith(HARDENING_CHECKS_RUNNER_ID))).toHaveLength(1);
    expect(HardeningChecks.lastResult(stack)?.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  test('the warning annotation sits on the resource that fails', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false }));
    const key = new alicloud.kmsKey.KmsKey(stack, 'key', { ...KMS_OK, pendingWindowInDays: undefined });
    Testing.synth(stack, true);
    expect(key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data)).toEqual([expect.stringContaining('[ALI-KMS-004]')]);
  });

  test('a custom rule list runs only those rules', () => {
    const stack = testStack();
    Aspects.of(stack).add(new HardeningChecks({ reports: false, rules: HARDENING_RULES.filter((r) => r.id.startsWith('ALI-VPC')) }));
    new alicloud.kmsKey.KmsKey(stack, 'key', { automaticRotation: 'Disabled' });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(HardeningChecks.lastResult(stack)?.results).toEqual([]);
  });

  test.each([
    ['props', 'nope', 'HardeningChecks.InvalidProps'],
    ['reports', { reports: 'yes' }, 'HardeningChecks.InvalidProps'],
    ['rules', { rules: [{ id: 'x' }] }, 'HardeningChecks.InvalidProps'],
  ])('rejects invalid %s', (property, props, code) => {
    expectValidationError(() => new HardeningChecks(props as any), { code, property });
  });

  test('HardeningChecks.check rejects what is not a stack', () => {
    expectValidationError(() => HardeningChecks.check(new Construct(Testing.app(), 'x') as any), { code: 'HardeningChecks.NotAStack', property: 'stack' });
  });
});

describe('reports', () => {
  function app(outdir: string, skipValidation = false): { app: App; stack: TerraformStack } {
    const a = new App({ outdir, skipValidation });
    const stack = new TerraformStack(a, 'prod');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    HardeningChecks.applyTo(a);
    return { app: a, stack };
  }

  test('app.synth writes hardening-report.json and .md into the stack output directory', () => {
    const outdir = tmpdir();
    const { app: a, stack } = app(outdir);
    new EncryptedDisk(stack, 'scratch', { zoneId: 'cn-hangzhou-h', size: 40, disableBackups: OptOut.because('Scratch space rebuilt by the pipeline') });
    new alicloud.kmsKey.KmsKey(stack, 'raw-key', { ...KMS_OK, deletionProtection: 'Disabled' });
    a.synth();
    a.synth();
    const dir = path.join(outdir, 'stacks', 'prod');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
    const json: HardeningReportJson = JSON.parse(fs.readFileSync(path.join(dir, JSON_REPORT_FILE), 'utf8'));
    expect(json.stack).toBe('prod');
    expect(json.summary).toMatchObject({ errors: 0, warnings: 1, acknowledged: 1 });
    expect(json.rules.map((r) => r.id)).toEqual(HARDENING_RULES.map((r) => r.id));
    const disk = json.resources.find((r) => r.address.startsWith('alicloud_ecs_disk.'))!;
    expect(disk.constructPath).toBe('prod/scratch/Resource');
    expect(disk.results.find((r) => r.ruleId === 'ALI-DSK-003')).toEqual({
      ruleId: 'ALI-DSK-003',
      status: 'acknowledged',
      findings: [{
        message: 'no alicloud_ecs_auto_snapshot_policy_attachment references this disk',
        status: 'acknowledged',
        acknowledgement: { reason: 'Scratch space rebuilt by the pipeline', source: 'opt-out', optOutId: 'EncryptedDisk.Backups' },
      }],
    });
    expect(disk.results.find((r) => r.ruleId === 'ALI-DSK-001')?.status).toBe('pass');
    const md = fs.readFileSync(path.join(dir, MARKDOWN_REPORT_FILE), 'utf8');
    expect(md).toContain('# Hardening report: prod');
    expect(md).toContain('**0 unacknowledged errors**');
    expect(md).toMatch(/\| ALI-DSK-003 \| error \| alicloud_ecs_disk\.\S+ \| no alicloud_ecs_auto_snapshot_policy_attachment references this disk \| opt-out EncryptedDisk.Backups \| Scratch space rebuilt by the pipeline \|/);
    expect(md).toMatch(/\| ALI-KMS-003 \| warning \| alicloud_kms_key\.\S+ \| deletion_protection is "Disabled" \| Set deletion_protection/);
    expect(md).toContain('| ALI-DSK-001 | DiskEncrypted | error | 1 | 0 | 0 | 0 |');
  });

  test('a failing stack fails app.synth and still leaves its report', () => {
    const outdir = tmpdir();
    const { app: a, stack } = app(outdir);
    new alicloud.ecsDisk.EcsDisk(stack, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    expect(() => a.synth()).toThrow(/ALI-DSK-001/);
    const json: HardeningReportJson = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod', JSON_REPORT_FILE), 'utf8'));
    expect(json.summary.errors).toBe(3);
    expect(fs.readFileSync(path.join(outdir, 'stacks', 'prod', MARKDOWN_REPORT_FILE), 'utf8')).toContain('**3 unacknowledged errors**');
  });

  test('with an App-level aspect, app.synth names the resource path too', () => {
    const { app: a, stack } = app(tmpdir());
    new alicloud.ecsDisk.EcsDisk(stack, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    expect(() => a.synth()).toThrow(/\[prod\/plain\] \[ALI-DSK-001\]/);
  });

  test('every synthesis reports the current tree', () => {
    const outdir = tmpdir();
    const { app: a, stack } = app(outdir);
    const key = new alicloud.kmsKey.KmsKey(stack, 'raw-key', { ...KMS_OK, deletionProtection: 'Disabled' });
    const read = (): HardeningReportJson => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod', JSON_REPORT_FILE), 'utf8'));
    a.synth();
    expect(read().summary).toMatchObject({ warnings: 1, acknowledged: 0 });
    Acknowledgements.of(key).add('ALI-KMS-003', 'Key is shared with the legacy stack');
    a.synth();
    expect(read().summary).toMatchObject({ warnings: 0, acknowledged: 1 });
  });

  test('with skipValidation the error annotations fail synthesis', () => {
    const outdir = tmpdir();
    const { app: a, stack } = app(outdir, true);
    new alicloud.ecsDisk.EcsDisk(stack, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    expect(() => a.synth()).toThrow(/\[ALI-DSK-001\]/);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'prod', JSON_REPORT_FILE))).toBe(true);
  });

  test('reports: false writes nothing; writeReports writes on demand', () => {
    const outdir = tmpdir();
    const a = new App({ outdir });
    const stack = new TerraformStack(a, 'quiet');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    HardeningChecks.applyTo(a, { reports: false });
    a.synth();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'quiet', JSON_REPORT_FILE))).toBe(false);
    const other = tmpdir();
    const written = writeReports(stack, other);
    expect(written.json).toBe(path.join(other, JSON_REPORT_FILE));
    expect(fs.existsSync(written.markdown)).toBe(true);
    expect(written.result.summary.errors).toBe(0);
    expectValidationError(() => writeReports(stack, ''), { code: 'HardeningReport.InvalidDirectory', property: 'outdir' });
  });

  test('Aspects.of(app) alone never silently checks nothing: synthesis fails with the fix', () => {
    const outdir = tmpdir();
    const a = new App({ outdir });
    const stack = new TerraformStack(a, 'prod');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new EncryptedDisk(stack, 'data', { zoneId: 'cn-hangzhou-h', size: 40 });
    Aspects.of(a).add(new HardeningChecks());
    expect(() => a.synth()).toThrow(/HardeningChecks\.AppAspectNotRun.*prod.*HardeningChecks\.applyTo\(app\)/);
  });

  test('HardeningChecks.applyTo(app): every stack is checked; a stack created afterwards fails the app with the fix', () => {
    const outdir = tmpdir();
    const a = new App({ outdir });
    const one = new TerraformStack(a, 'one');
    new AlicloudProvider(one, 'alicloud', { region: 'cn-hangzhou' });
    new alicloud.ecsDisk.EcsDisk(one, 'plain', { zoneId: 'cn-hangzhou-h', size: 20 });
    expectValidationError(() => HardeningChecks.applyTo(new App({ outdir: tmpdir() })), { code: 'HardeningChecks.NoStacks', property: 'app' });
    HardeningChecks.applyTo(a);
    HardeningChecks.applyTo(a); // idempotent
    expect(Aspects.of(one).all.filter((x) => x instanceof HardeningChecks)).toHaveLength(1);
    expect(() => a.synth()).toThrow(/ALI-DSK-001/);
    const b = new App({ outdir: tmpdir() });
    const first = new TerraformStack(b, 'first');
    new AlicloudProvider(first, 'alicloud', { region: 'cn-hangzhou' });
    HardeningChecks.applyTo(b);
    const late = new TerraformStack(b, 'late');
    new AlicloudProvider(late, 'alicloud', { region: 'cn-hangzhou' });
    expect(() => b.synth()).toThrow(/HardeningChecks\.StackNotChecked.*late/);
  });

  test('importing the library patches nothing: TerraformStack.prototype.prepareStack is cdktf\'s own', () => {
    expect(Object.getOwnPropertySymbols(TerraformStack.prototype).map(String)).not.toContain('Symbol(alicloud-ecs-hardened/hardening-checks-app-aspects)');
    expect(TerraformStack.prototype.prepareStack.toString()).not.toMatch(/HardeningChecks/);
  });

  test('construct warnings appear in the reports beside the findings, acknowledged with their reason', () => {
    const outdir = tmpdir();
    const { app: a, stack } = app(outdir);
    const open = new Construct(stack, 'open');
    const quiet = new Construct(stack, 'quiet');
    addHardeningWarning(open, 'HardenedSecurityGroup.InternetIngress', 'tcp 443 is open to the internet (0.0.0.0/0)');
    addHardeningWarning(quiet, 'HardenedSecurityGroup.InternetIngress', 'tcp 8443 is open to the internet (0.0.0.0/0)');
    Warnings.of(quiet).acknowledge('HardenedSecurityGroup.InternetIngress', 'Public API behind the WAF');
    a.synth();
    const dir = path.join(outdir, 'stacks', 'prod');
    const json: HardeningReportJson = JSON.parse(fs.readFileSync(path.join(dir, JSON_REPORT_FILE), 'utf8'));
    expect(json.warnings).toEqual([
      { path: 'prod/open', id: 'HardenedSecurityGroup.InternetIngress', message: 'tcp 443 is open to the internet (0.0.0.0/0)', status: 'fail' },
      {
        path: 'prod/quiet',
        id: 'HardenedSecurityGroup.InternetIngress',
        message: 'tcp 8443 is open to the internet (0.0.0.0/0)',
        acknowledgement: { reason: 'Public API behind the WAF' },
        status: 'acknowledged',
      },
    ]);
    const md = fs.readFileSync(path.join(dir, MARKDOWN_REPORT_FILE), 'utf8');
    expect(md).toContain('## Construct warnings');
    expect(md).toContain('| HardenedSecurityGroup.InternetIngress | prod/quiet | tcp 8443 is open to the internet (0.0.0.0/0) | acknowledged | Public API behind the WAF |');
    expect(md).toContain('| HardenedSecurityGroup.InternetIngress | prod/open | tcp 443 is open to the internet (0.0.0.0/0) | unacknowledged |  |');
  });
});
