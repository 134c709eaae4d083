import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AlicloudProvider, evaluateTerraformJson, HardenedOssBackend, HardeningChecks, StateBackendBootstrap, alicloud } from '../../lib';
import { App, Aspects, Fn, OssBackend, TerraformOutput, TerraformStack, TerraformVariable, Testing } from '../../lib/cdktf';
import { REFUSED_BACKEND_SETTINGS } from '../../lib/state/hardened-oss-backend';
import { expectValidationError, synthJson, synthWithMetadata, testStack } from '../util';

const BASE = {
  bucket: 'acme-tfstate-prod',
  region: 'cn-hangzhou',
  tablestoreEndpoint: 'https://tfl0123456789ab.cn-hangzhou.vpc.tablestore.aliyuncs.com',
  tablestoreTable: 'terraform_state_lock',
};

describe('HardenedOssBackend', () => {
  test('encrypt, private ACL, locking, a per-stack key, HTTPS endpoint', () => {
    const stack = testStack('payments-api');
    const backend = new HardenedOssBackend(stack, BASE);
    expect(synthJson(stack).terraform.backend).toEqual({
      oss: {
        bucket: 'acme-tfstate-prod',
        region: 'cn-hangzhou',
        endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
        prefix: 'stacks',
        key: 'payments-api.tfstate',
        encrypt: true,
        acl: 'private',
        tablestore_endpoint: BASE.tablestoreEndpoint,
        tablestore_table: 'terraform_state_lock',
      },
    });
    expect(backend.config.encrypt).toBe(true);
  });

  test('assume role, internal endpoint, ECS role, custom key and prefix', () => {
    const stack = testStack('app');
    new HardenedOssBackend(stack, {
      ...BASE,
      prefix: 'teams/payments',
      key: 'api/prod.tfstate',
      internalEndpoint: true,
      ecsRoleName: 'ci-runner',
      assumeRole: { roleArn: 'acs:ram::123456789012:role/tf-state', sessionName: 'ci', sessionExpiration: 900, policy: '{"Version":"1","Statement":[]}' },
      stsEndpoint: 'https://sts-vpc.cn-hangzhou.aliyuncs.com',
    });
    expect(synthJson(stack).terraform.backend.oss).toMatchObject({
      endpoint: 'https://oss-cn-hangzhou-internal.aliyuncs.com',
      prefix: 'teams/payments',
      key: 'api/prod.tfstate',
      ecs_role_name: 'ci-runner',
      assume_role_role_arn: 'acs:ram::123456789012:role/tf-state',
      assume_role_session_name: 'ci',
      assume_role_session_expiration: 900,
      assume_role_policy: '{"Version":"1","Statement":[]}',
      sts_endpoint: 'https://sts-vpc.cn-hangzhou.aliyuncs.com',
    });
  });

  test('an endpoint without scheme gets https://', () => {
    const stack = testStack('app');
    new HardenedOssBackend(stack, { ...BASE, endpoint: 'oss-cn-hangzhou.aliyuncs.com' });
    expect(synthJson(stack).terraform.backend.oss.endpoint).toBe('https://oss-cn-hangzhou.aliyuncs.com');
  });

  test('the rule pack passes it; with the bootstrap in the same stack the state bucket rules pass too', () => {
    const stack = testStack('bootstrap');
    const state = new StateBackendBootstrap(stack, 'State', {
      bucketName: BASE.bucket, region: BASE.region, lockTableVpc: { vpcName: 'pipelines', vswitchId: 'vsw-1' },
    });
    new HardenedOssBackend(stack, {
      bucket: BASE.bucket, region: BASE.region, tablestoreEndpoint: state.tablestoreEndpoint, tablestoreTable: state.lockTableName,
    });
    const result = evaluateTerraformJson(synthWithMetadata(stack));
    expect(result.findings).toEqual([]);
    const evaluated = result.results.filter((r) => /^ALI-(STATE|OSS)-/.test(r.ruleId) && r.status === 'pass').map((r) => `${r.ruleId} ${r.address.replace(/_[0-9A-F]{8}$/, '')}`);
    expect(evaluated).toEqual(expect.arrayContaining([
      'ALI-STATE-001 terraform.backend.oss', 'ALI-STATE-002 terraform.backend.oss', 'ALI-STATE-003 terraform.backend.oss',
      'ALI-STATE-005 alicloud_ots_instance.State_LockInstance',
      'ALI-OSS-001 alicloud_oss_bucket.State_Bucket', 'ALI-OSS-002 alicloud_oss_bucket.State_Bucket', 'ALI-OSS-003 alicloud_oss_bucket.State_Bucket',
    ]));
  });

  test('the HardeningChecks aspect fails synthesis of a weakened plain OssBackend, and passes HardenedOssBackend', () => {
    const weak = testStack('weak');
    new OssBackend(weak, { bucket: 'acme-tfstate-prod', region: 'cn-hangzhou', encrypt: false, acl: 'public-read' });
    Aspects.of(weak).add(new HardeningChecks({ reports: false }));
    expect(() => Testing.synth(weak, true)).toThrow(/\[ALI-STATE-001\] OssBackendEncrypted \[encrypt\]: encrypt is false/);
    expect(() => Testing.synth(weak, true)).toThrow(/\[ALI-STATE-002\] OssBackendPrivateAcl \[acl\]: acl is "public-read"/);
    const strong = testStack('strong');
    new HardenedOssBackend(strong, BASE);
    Aspects.of(strong).add(new HardeningChecks({ reports: false }));
    expect(() => Testing.synth(strong, true)).not.toThrow();
  });

  test('an escape hatch that weakens the synthesized backend is caught by the rule pack', () => {
    const stack = testStack('app');
    new HardenedOssBackend(stack, BASE);
    stack.addOverride('terraform.backend.oss.encrypt', false);
    stack.addOverride('terraform.backend.oss.acl', 'public-read-write');
    const failed = evaluateTerraformJson(synthWithMetadata(stack)).findings.map((f) => `${f.ruleId} ${f.address} ${f.finding}`);
    expect(failed).toEqual(['ALI-STATE-001 terraform.backend.oss encrypt', 'ALI-STATE-002 terraform.backend.oss acl']);
  });

  test('ALI-STATE-004: a local backend in a stack that consumes another stack (a real cdktf cross-stack reference)', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'xstack-')) });
    const network = new TerraformStack(app, 'network');
    new AlicloudProvider(network, 'alicloud', { region: 'cn-hangzhou' });
    const vpc = new alicloud.vpc.Vpc(network, 'Vpc', { cidrBlock: '10.0.0.0/16' });
    const consumer = new TerraformStack(app, 'consumer');
    new AlicloudProvider(consumer, 'alicloud', { region: 'cn-hangzhou' });
    new TerraformOutput(consumer, 'vpc', { value: vpc.id });
    app.synth();
    const read = (s: TerraformStack) => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', s.node.id, 'cdk.tf.json'), 'utf8'));
    const info = evaluateTerraformJson(read(consumer)).findings;
    expect(info.map((f) => `${f.ruleId} ${f.level} ${f.address}`)).toEqual(['ALI-STATE-004 info terraform.backend.local']);
    expect(info[0].message).toContain('cross-stack-reference-input-network');
    // The producing stack shows nothing of its consumers: the rule cannot see it (one document).
    expect(evaluateTerraformJson(read(network)).findings.filter((f) => f.ruleId === 'ALI-STATE-004')).toEqual([]);
    fs.rmSync(app.outdir, { recursive: true, force: true });
  });

  test('tokens are never rejected', () => {
    const stack = testStack('app');
    const v = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    expect(() => new HardenedOssBackend(stack, {
      bucket: v('b'),
      region: v('r'),
      tablestoreEndpoint: v('e'),
      tablestoreTable: v('t'),
      prefix: Fn.lower('X'),
      assumeRole: { roleArn: v('role'), policy: v('p') },
    })).not.toThrow();
  });

  test.each(Object.keys(REFUSED_BACKEND_SETTINGS))('refuses %s (credentials never in the backend block)', (setting) => {
    const err = expectValidationError(() => new HardenedOssBackend(testStack('app'), { ...BASE, [setting]: 'LTAI5tExampleExample12' } as any),
      { code: 'HardenedOssBackend.RefusedSetting', property: setting, path: 'app' });
    expect(err.message).not.toContain('LTAI5tExampleExample12');
  });

  test.each([
    [{ encrypt: false }, 'EncryptionRequired', 'encrypt'],
    [{ encrypt: 'true' }, 'EncryptionRequired', 'encrypt'],
    [{ acl: 'public-read' }, 'PrivateAclRequired', 'acl'],
    [{ acl: 'public-read-write' }, 'PrivateAclRequired', 'acl'],
    [{ acl: 'default' }, 'PrivateAclRequired', 'acl'],
    [{ assumeRoleRoleArn: 'acs:ram::1:role/x' }, 'UseAssumeRole', 'assumeRoleRoleArn'],
    [{ bucket: 'Acme_State' }, 'InvalidBucketName', 'bucket'],
    [{ bucket: '' }, 'Required', 'bucket'],
    [{ region: 'hangzhou' }, 'InvalidRegion', 'region'],
    [{ tablestoreEndpoint: 'http://tfl.cn-hangzhou.ots.aliyuncs.com' }, 'InvalidEndpoint', 'tablestoreEndpoint'],
    [{ tablestoreEndpoint: 'https://user:pw@tfl.cn-hangzhou.ots.aliyuncs.com' }, 'InvalidEndpoint', 'tablestoreEndpoint'],
    [{ tablestoreEndpoint: undefined }, 'Required', 'tablestoreEndpoint'],
    [{ tablestoreTable: undefined }, 'Required', 'tablestoreTable'],
    [{ tablestoreTable: 'lock-table' }, 'InvalidTablestoreTableName', 'tablestoreTable'],
    [{ endpoint: 'http://oss-cn-hangzhou.aliyuncs.com' }, 'InvalidEndpoint', 'endpoint'],
    [{ stsEndpoint: 'http://sts.aliyuncs.com' }, 'InvalidEndpoint', 'stsEndpoint'],
    [{ prefix: '/stacks' }, 'InvalidKey', 'prefix'],
    [{ key: '../other.tfstate' }, 'InvalidKey', 'key'],
    [{ key: 'a b.tfstate' }, 'InvalidKey', 'key'],
    [{ internalEndpoint: 'yes' }, 'NotBoolean', 'internalEndpoint'],
    [{ ecsRoleName: 'bad role' }, 'InvalidText', 'ecsRoleName'],
    [{ assumeRole: { roleArn: 'arn:aws:iam::1:role/x' } }, 'InvalidRoleArn', 'assumeRole.roleArn'],
    [{ assumeRole: { roleArn: 'acs:ram::123:role/x', sessionExpiration: 7200 } }, 'OutOfRange', 'assumeRole.sessionExpiration'],
    [{ assumeRole: { roleArn: 'acs:ram::123:role/x', sessionName: 'a' } }, 'InvalidText', 'assumeRole.sessionName'],
    [{ assumeRole: { roleArn: 'acs:ram::123:role/x', policy: 'not json' } }, 'InvalidPolicy', 'assumeRole.policy'],
  ])('refuses %j', (override, code, property) => {
    expectValidationError(() => new HardenedOssBackend(testStack('app'), { ...BASE, ...(override as any) }), { code: `HardenedOssBackend.${code}`, property, path: 'app' });
  });

  test('snapshot', () => {
    const stack = testStack('app');
    new HardenedOssBackend(stack, { ...BASE, assumeRole: { roleArn: 'acs:ram::123456789012:role/tf-state' } });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});

describe('hostile props (JavaScript callers)', () => {
  test.each([null, undefined, 42, 'bucket', []])('HardenedOssBackend(%j)', (props) => {
    expectValidationError(() => new HardenedOssBackend(testStack('app'), props as any), { path: 'app' });
  });
  test.each([null, undefined, 42, 'bucket', []])('StateBackendBootstrap(%j)', (props) => {
    expectValidationError(() => new StateBackendBootstrap(testStack('app'), 'State', props as any), { path: 'app/State' });
  });
  test.each([
    [{ bucketName: 42, region: 'cn-hangzhou' }, 'bucketName'],
    [{ bucketName: 'acme-tfstate', region: ['cn-hangzhou'] }, 'region'],
    [{ bucketName: 'acme-tfstate', region: 'cn-hangzhou', lockTableNetworks: 'VPC' }, 'lockTableNetworks'],
    [{ bucketName: 'acme-tfstate', region: 'cn-hangzhou', accessLogs: 'logs' }, 'accessLogs'],
    [{ bucketName: 'acme-tfstate', region: 'cn-hangzhou', allowDestroy: true }, 'allowDestroy'],
  ])('StateBackendBootstrap rejects %j', (props, property) => {
    expectValidationError(() => new StateBackendBootstrap(testStack('app'), 'State', props as any), { property });
  });
});
