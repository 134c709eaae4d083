import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { alicloud, AlicloudProvider, EncryptedDisk, OptOut } from '../../lib';
import { App, Aspects, Testing, TerraformStack } from '../../lib/cdktf';
import {
  AcknowledgementPolicy, Acknowledgements, HARDENING_CHECKS_RUNNER_ID, HARDENING_RULES, HardeningChecks, HardeningReportJson,
  JSON_REPORT_FILE, MARKDOWN_REPORT_FILE,
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

  test('governance options: the same acknowledgement policy as the CLI flags', () => {
    const build = (acknowledgementPolicy?: AcknowledgementPolicy) => {
      const stack = testStack();
      Aspects.of(stack).add(new HardeningChecks({ reports: false, acknowledgementPolicy }));
      new EncryptedDisk(stack, 'scratch', { zoneId: 'cn-hangzhou-h', size: 40, disableBackups: OptOut.because('Scratch space rebuilt by the pipeline') });
      return stack;
    };
    expect(() => Testing.synth(build(), true)).not.toThrow();
    expect(() => Testing.synth(build({ ignore: true }), true)).toThrow(/\[ALI-DSK-003\]/);
    expect(() => Testing.synth(build({ forbiddenRules: ['ALI-DSK-003'] }), true)).toThrow(/\[ALI-META-003\] AcknowledgementRefusedByPolicy \[optOuts\[0\]\]: .*ALI-DSK-003 may not be acknowledged/);
    expect(() => Testing.synth(build({ reasonPattern: /OPS-\d+/ }), true)).toThrow(/the reason must match \/OPS-\\d\+\//);
    expect(() => Testing.synth(build({ requireExpiry: true }), true)).toThrow(/an expires date \(YYYY-MM-DD\) is required/);
    expectValidationError(() => new HardeningChecks({ acknowledgementPolicy: { forbiddenRules: 'ALI-DSK-003' as any } }), {
      code: 'HardeningChecks.InvalidAcknowledgementPolicy', property: 'acknowledgementPolicy.forbiddenRules',
    });
    expectValidationError(() => new HardeningChecks({ acknowledgementPolicy: { reasonPattern: '(' } }), {
      code: 'HardeningChecks.InvalidAcknowledgementPolicy', property: 'acknowledgementPolicy.reasonPattern',
    });
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
    Aspects.of(a).add(new HardeningChecks());
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
        level: 'error',
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
    Aspects.of(a).add(new HardeningChecks({ reports: false }));
    a.synth();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'quiet', JSON_REPORT_FILE))).toBe(false);
    const other = tmpdir();
    const written = writeReports(stack, other);
    expect(written.json).toBe(path.join(other, JSON_REPORT_FILE));
    expect(fs.existsSync(written.markdown)).toBe(true);
    expect(written.result.summary.errors).toBe(0);
    expectValidationError(() => writeReports(stack, ''), { code: 'HardeningReport.InvalidDirectory', property: 'outdir' });
  });
});
