import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { doc, GOOD_INSTANCE } from './rule-fixtures';
import { main } from '../../lib/cli/check';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv = require('ajv');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

function files() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-outputs-'));
  const bad = path.join(dir, 'stack', 'cdk.tf.json');
  fs.mkdirSync(path.dirname(bad), { recursive: true });
  fs.writeFileSync(bad, JSON.stringify(doc(
    ['alicloud_instance', 'web', {
      ...GOOD_INSTANCE,
      'http_tokens': 'optional',
      'internet_max_bandwidth_out': 10,
      '//': {
        metadata: { path: 'prod/web/Resource' },
        hardening: { acknowledgements: [{ ruleId: 'ALI-ECS-005', reason: 'Public bastion, SEC-42', expires: '2999-12-31' }] },
      },
    }],
  )));
  const broken = path.join(dir, 'broken.tf.json');
  fs.writeFileSync(broken, '{"resource": ');
  return { dir, bad, broken };
}

describe('outputs CI systems read', () => {
  test('--format sarif validates against the SARIF 2.1.0 schema and carries locations and suppressions', async () => {
    const { bad, broken } = files();
    const r = await run('check', '--format', 'sarif', bad, broken);
    expect(r.code).toBe(2);
    const sarif = JSON.parse(r.out);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ schemaId: 'id', allErrors: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const valid = ajv.validate(schema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const [runObj] = sarif.runs;
    const rule = runObj.tool.driver.rules.find((x: any) => x.id === 'ALI-ECS-001');
    expect(rule.help.text.length).toBeGreaterThan(20);
    expect(rule.helpUri).toMatch(/^https:\/\/www\.alibabacloud\.com\/help\/en\/ecs\//);
    expect(rule.help.markdown).toContain('https://www.alibabacloud.com/help/en/ecs/data-security');
    const failing = runObj.results.find((x: any) => x.ruleId === 'ALI-ECS-001');
    expect(failing.level).toBe('error');
    expect(failing.locations[0].physicalLocation.artifactLocation.uri).toMatch(/stack\/cdk\.tf\.json$/);
    expect(failing.locations[0].logicalLocations).toEqual([
      { fullyQualifiedName: 'alicloud_instance.web', name: 'web', kind: 'resource' },
      { fullyQualifiedName: 'prod/web/Resource', kind: 'module' },
    ]);
    expect(failing.suppressions).toBeUndefined();
    const acked = runObj.results.find((x: any) => x.ruleId === 'ALI-ECS-005');
    expect(acked.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Public bastion, SEC-42', properties: { source: 'acknowledgement', expires: '2999-12-31' } }]);
    expect(runObj.invocations[0].executionSuccessful).toBe(false);
    expect(runObj.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/broken\.tf\.json: invalid JSON/);
  });

  test('--format junit: a suite per input, failures, skipped acknowledged and n/a, an error for a broken input', async () => {
    const { bad, broken } = files();
    const r = await run('check', '--format', 'junit', bad, broken);
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="alicloud-ecs-hardened" tests="\d+" failures="1" errors="1" skipped="\d+">/);
    expect(r.out).toContain('<testcase classname="ALI-ECS-001" name="alicloud_instance.web"><failure type="error" message="http_tokens is &quot;optional&quot;');
    expect(r.out).toContain('<testcase classname="ALI-ECS-005" name="alicloud_instance.web"><skipped message="acknowledged: Public bastion, SEC-42"/></testcase>');
    expect(r.out).toMatch(/<testcase classname="input" name="[^"]*broken\.tf\.json"><error message="invalid JSON: /);
    expect((r.out.match(/<testsuite /g) ?? []).length).toBe(2);
  });

  test('--format markdown and json come from the same model', async () => {
    const { bad } = files();
    const md = await run('check', '--format', 'markdown', bad);
    expect(md.code).toBe(1);
    expect(md.out).toContain('FAILED: 1 unacknowledged error');
    expect(md.out).toContain('| ALI-ECS-001 | error | alicloud_instance.web | http_tokens is "optional"');
    expect(md.out).toContain('| ALI-ECS-005 | error | alicloud_instance.web `internet_max_bandwidth_out` | internet_max_bandwidth_out is 10');
    expect(md.out).toContain('| acknowledgement | Public bastion, SEC-42 (expires 2999-12-31) |');
    const json = JSON.parse((await run('check', '--format', 'json', bad)).out);
    expect(json.tool.name).toBe('alicloud-ecs-hardened');
    expect(json.files[0].findings.find((f: any) => f.ruleId === 'ALI-ECS-005').acknowledgement).toEqual({ reason: 'Public bastion, SEC-42', source: 'acknowledgement', expires: '2999-12-31' });
  });

  test('table wording: singular counts, a readable status column', async () => {
    const { bad } = files();
    const r = await run('check', bad);
    expect(r.out).toMatch(/1 resource, \d+ rule evaluations \(\d+ passed, 1 failed, 1 acknowledged, \d+ not applicable\); unacknowledged findings: 1 error, 0 warnings, 0 infos; 1 acknowledged/);
    expect(r.out).toMatch(/ERROR\s+ACKNOWLEDGED\s+ALI-ECS-005/);
    expect(r.out).not.toContain('ack (ack)');
  });

  test('governance flags: ignore, forbid, require expiry, reason pattern', async () => {
    const { bad } = files();
    const status = async (...flags: string[]) => {
      const json = JSON.parse((await run('check', '--format', 'json', ...flags, bad)).out);
      const findings = json.files[0].findings;
      return { ecs005: findings.find((f: any) => f.ruleId === 'ALI-ECS-005').status, meta: findings.filter((f: any) => f.ruleId.startsWith('ALI-META')).map((f: any) => f.ruleId) };
    };
    expect(await status()).toEqual({ ecs005: 'acknowledged', meta: [] });
    expect(await status('--ignore-acknowledgements')).toEqual({ ecs005: 'fail', meta: [] });
    expect(await status('--forbid-acknowledgement', 'ALI-ECS-001,ALI-ECS-005')).toEqual({ ecs005: 'fail', meta: ['ALI-META-003'] });
    expect(await status('--require-ack-expiry')).toEqual({ ecs005: 'acknowledged', meta: [] });
    expect(await status('--ack-reason-pattern', 'JIRA-[0-9]+')).toEqual({ ecs005: 'fail', meta: ['ALI-META-003'] });
    expect(await status('--ack-reason-pattern=SEC-[0-9]+')).toEqual({ ecs005: 'acknowledged', meta: [] });
  });

  test('--fail-on warning and info', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-pack-fail-on-'));
    const warn = path.join(dir, 'warn.tf.json');
    fs.writeFileSync(warn, JSON.stringify(doc(['alicloud_vpc', 'nolog', { cidr_block: '10.1.0.0/16' }])));
    expect((await run('check', warn)).code).toBe(0);
    const w = await run('check', '--fail-on', 'warning', warn);
    expect(w.code).toBe(1);
    expect(w.out).toContain('FAILED: 0 unacknowledged errors, 1 unacknowledged warning');
    const info = path.join(dir, 'info.tf.json');
    // ALI-STATE-004 (info): a stack that reads another stack's state keeps its own state on local disk.
    fs.writeFileSync(info, JSON.stringify({
      data: { terraform_remote_state: { network: [{ backend: 'local', config: { path: '../network/terraform.tfstate' } }] } },
      ...doc(['alicloud_vpc', 'v', { cidr_block: '10.1.0.0/16' }], ['alicloud_vpc_flow_log', 'fl', { resource_type: 'VPC', resource_id: '${alicloud_vpc.v.id}' }]),
    }));
    expect((await run('check', '--fail-on', 'warning', info)).code).toBe(0);
    expect((await run('check', '--fail-on=info', info)).code).toBe(1);
  });
});
