import { EncryptionKey, evaluateTerraformJson, OptOut, StateBackendBootstrap, TablestoreNetwork } from '../../lib';
import { Fn, TerraformVariable, Testing } from '../../lib/cdktf';
import { OPT_OUT_CATALOGUE } from '../../lib/controls';
import { expectValidationError, onlyResource, optOutIds, optOutsOnResource, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const BASE = { bucketName: 'acme-tfstate-prod', region: 'cn-hangzhou', lockTableVpc: { vpcName: 'pipelines', vswitchId: 'vsw-bp1test0001' } };

function bucketNamed(json: any, name: string): any {
  return Object.values<any>(resourcesOf(json, 'alicloud_oss_bucket')).find((b) => b.bucket === name);
}

describe('StateBackendBootstrap', () => {
  test('hardened state bucket', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', BASE);
    const json = synthJson(stack);
    const bucket = bucketNamed(json, 'acme-tfstate-prod');
    expect(bucket.versioning).toEqual({ status: 'Enabled' });
    expect(bucket.server_side_encryption_rule).toEqual({ sse_algorithm: 'KMS', kms_master_key_id: expect.stringMatching(/^\$\{alicloud_kms_key\.State_Key_[0-9A-F]+\.id\}$/) });
    expect(bucket.logging).toEqual({ target_bucket: expect.stringMatching(/^\$\{alicloud_oss_bucket\.State_LogBucket_[0-9A-F]+\.bucket\}$/), target_prefix: 'state-bucket/' });
    expect(bucket.lifecycle).toEqual({ prevent_destroy: true });
    expect(bucket.force_destroy).toBe(false);
    expect(JSON.parse(bucket.policy)).toEqual({
      Version: '1',
      Statement: [{
        Effect: 'Deny',
        Principal: ['*'],
        Action: ['oss:*'],
        Resource: ['acs:oss:*:*:acme-tfstate-prod', 'acs:oss:*:*:acme-tfstate-prod/*'],
        Condition: { Bool: { 'acs:SecureTransport': ['false'] } },
      }],
    });
    // ACL, public access block and TLS for both buckets.
    expect(Object.values<any>(resourcesOf(json, 'alicloud_oss_bucket_acl')).map((a) => a.acl)).toEqual(['private', 'private']);
    expect(Object.values<any>(resourcesOf(json, 'alicloud_oss_bucket_public_access_block')).map((a) => a.block_public_access)).toEqual([true, true]);
    expect(Object.values<any>(resourcesOf(json, 'alicloud_oss_bucket_https_config')).map((a) => a.tls_versions)).toEqual([['TLSv1.2', 'TLSv1.3'], ['TLSv1.2', 'TLSv1.3']]);
    expect(resourcesOf(json, 'alicloud_oss_bucket_worm')).toEqual({});
    expect(warningIds(stack)).toEqual([]);
    expect(optOutIds(stack)).toEqual([]);
  });

  test('log bucket: separate, hardened, logs itself under its own prefix, expires logs', () => {
    const json = synthJson((() => { const s = testStack(); new StateBackendBootstrap(s, 'State', BASE); return s; })());
    const logs = bucketNamed(json, 'acme-tfstate-prod-logs');
    expect(logs.versioning).toEqual({ status: 'Enabled' });
    expect(logs.server_side_encryption_rule.sse_algorithm).toBe('KMS');
    expect(logs.logging).toEqual({ target_bucket: 'acme-tfstate-prod-logs', target_prefix: 'log-bucket/' });
    expect(logs.lifecycle_rule).toEqual([{ id: 'expire-access-logs', enabled: true, prefix: '', expiration: [{ days: 365 }], noncurrent_version_expiration: [{ days: 365 }] }]);
  });

  test('lock table: LockID String, SSE, VPC-only instance bound to the VPC', () => {
    const stack = testStack();
    const state = new StateBackendBootstrap(stack, 'State', BASE);
    const json = synthJson(stack);
    const table = onlyResource(json, 'alicloud_ots_table');
    expect(table).toMatchObject({
      table_name: 'terraform_state_lock',
      primary_key: [{ name: 'LockID', type: 'String' }],
      time_to_live: -1,
      max_version: 1,
      enable_sse: true,
      sse_key_type: 'SSE_KMS_SERVICE',
      lifecycle: { prevent_destroy: true },
    });
    const instance = onlyResource(json, 'alicloud_ots_instance');
    expect(instance).toMatchObject({ network_type_acl: ['VPC'], network_source_acl: ['TRUST_PROXY'], name: state.lockInstanceName });
    expect(state.lockInstanceName).toMatch(/^tfl[0-9a-f]{12}$/);
    expect(onlyResource(json, 'alicloud_ots_instance_attachment')).toMatchObject({ vpc_name: 'pipelines', vswitch_id: 'vsw-bp1test0001' });
    expect(state.tablestoreEndpoint).toBe(`https://${state.lockInstanceName}.cn-hangzhou.vpc.tablestore.aliyuncs.com`);
  });

  test('pipeline policy: only the bucket, the prefix, the key and the lock table, HTTPS only', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', { ...BASE, statePrefix: 'teams/payments', lockInstanceName: 'tfstate-lock' });
    const policy = JSON.parse(onlyResource(synthJson(stack), 'alicloud_ram_policy').policy_document);
    expect(policy.Statement.map((s: any) => [s.Action, s.Resource])).toEqual([
      [['oss:ListObjects'], ['acs:oss:*:*:acme-tfstate-prod']],
      [['oss:DeleteObject', 'oss:GetObject', 'oss:PutObject'], ['acs:oss:*:*:acme-tfstate-prod/teams/payments/*']],
      [['kms:Decrypt', 'kms:GenerateDataKey'], [expect.stringMatching(/^\$\{alicloud_kms_key\.State_Key_[0-9A-F]+\.arn\}$/)]],
      [['ots:DeleteRow', 'ots:GetRow', 'ots:PutRow', 'ots:UpdateRow'], ['acs:ots:cn-hangzhou:*:instance/tfstate-lock/table/terraform_state_lock']],
    ]);
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow');
      expect(s.Condition.Bool).toEqual({ 'acs:SecureTransport': ['true'] });
    }
    expect(policy.Statement[0].Condition.StringLike).toEqual({ 'oss:Prefix': ['teams/payments/*'] });
    expect(policy.Statement.slice(1).every((s: any) => Object.keys(s.Condition).join() === 'Bool')).toBe(true);
  });

  test('outputs every value HardenedOssBackend needs', () => {
    const stack = testStack();
    const state = new StateBackendBootstrap(stack, 'State', BASE);
    const out = synthJson(stack).output;
    expect(Object.keys(out).sort()).toEqual([
      'access_log_bucket', 'pipeline_policy_name', 'state_bucket', 'state_endpoint', 'state_kms_key_id', 'state_prefix', 'state_region',
      'tablestore_endpoint', 'tablestore_table',
    ]);
    expect(out.state_endpoint.value).toBe('https://oss-cn-hangzhou.aliyuncs.com');
    expect(out.state_prefix.value).toBe('stacks');
    expect(out.tablestore_endpoint.value).toBe(state.tablestoreEndpoint);
  });

  test('the rule pack and the synthesized bootstrap agree: no findings', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', BASE);
    const result = evaluateTerraformJson(synthWithMetadata(stack));
    expect(result.findings).toEqual([]);
  });

  test('a given key, WORM on the logs, custom log bucket, tags', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'Shared');
    new StateBackendBootstrap(stack, 'State', {
      ...BASE,
      encryptionKey: key,
      tags: { team: 'platform' },
      accessLogs: { bucketName: 'acme-audit-logs', prefix: 'tfstate/', retentionDays: 730, wormRetentionDays: 365 },
    });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'alicloud_kms_key'))).toHaveLength(1);
    expect(bucketNamed(json, 'acme-tfstate-prod').logging.target_prefix).toBe('tfstate/');
    expect(bucketNamed(json, 'acme-audit-logs').tags).toEqual({ team: 'platform' });
    expect(onlyResource(json, 'alicloud_oss_bucket_worm')).toMatchObject({ retention_period_in_days: 365, status: 'InProgress' });
  });

  test('opt-outs: internet access to the lock table and destroy are recorded and acknowledged', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', {
      bucketName: 'acme-tfstate',
      region: 'cn-hangzhou',
      lockTableNetworks: [TablestoreNetwork.VPC, TablestoreNetwork.INTERNET],
      allowInternetAccessToLockTable: OptOut.because('Hosted CI runners outside Alibaba Cloud'),
      allowDestroy: OptOut.because('Sandbox account, torn down weekly'),
    });
    const json = synthWithMetadata(stack);
    expect(onlyResource(json, 'alicloud_ots_instance').network_type_acl).toEqual(['VPC', 'INTERNET']);
    expect(bucketNamed(json, 'acme-tfstate').lifecycle).toBeUndefined();
    expect(optOutIds(stack).sort()).toEqual(['StateBackendBootstrap.AllowDestroy', 'StateBackendBootstrap.LockTableInternetAccess']);
    expect(warningIds(stack)).toEqual([]);
    const result = evaluateTerraformJson(json);
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['ALI-STATE-005 acknowledged']);
  });

  test('opt-outs are acknowledgement records of the catalogued rules, on the resources they weaken', () => {
    expect(OPT_OUT_CATALOGUE['StateBackendBootstrap.AllowDestroy'].rules.map((r) => r.ruleId)).toEqual(['ALI-OSS-003']);
    expect(OPT_OUT_CATALOGUE['StateBackendBootstrap.LockTableInternetAccess'].rules.map((r) => r.ruleId)).toEqual(['ALI-STATE-005']);
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', {
      bucketName: 'acme-tfstate',
      region: 'cn-hangzhou',
      lockTableNetworks: [TablestoreNetwork.VPC, TablestoreNetwork.CLASSIC],
      allowInternetAccessToLockTable: OptOut.because('Classic-network build hosts until the VPC move'),
      allowDestroy: OptOut.because('Sandbox account, torn down weekly'),
    });
    const json = synthWithMetadata(stack);
    const instance = onlyResource(json, 'alicloud_ots_instance');
    expect(instance['//'].hardening.acknowledgements).toEqual(expect.arrayContaining([
      expect.objectContaining({ ruleId: 'ALI-STATE-005', optOut: 'StateBackendBootstrap.LockTableInternetAccess', appliesTo: ['network_type_acl'] }),
    ]));
    expect(optOutsOnResource(bucketNamed(json, 'acme-tfstate'))).toEqual([{ id: 'StateBackendBootstrap.AllowDestroy', reason: 'Sandbox account, torn down weekly' }]);
    expect(bucketNamed(json, 'acme-tfstate')['//'].hardening.acknowledgements.map((a: any) => a.ruleId)).toEqual(['ALI-OSS-003']);
  });

  test('a near-miss region id is refused with the catalogue\'s suggestion; a token region passes', () => {
    expectValidationError(() => new StateBackendBootstrap(testStack(), 'State', { bucketName: 'acme-tfstate', region: 'cn-hangzou' }),
      { code: 'InvalidRegion', property: 'region' });
    expect(() => new StateBackendBootstrap(testStack(), 'State', { bucketName: 'acme-tfstate', region: 'cn-hangzou' }))
      .toThrow(/did you mean "cn-hangzhou"\?/);
    const stack = testStack();
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    expect(() => new StateBackendBootstrap(stack, 'State', { bucketName: 'acme-tfstate', region: region.stringValue })).not.toThrow();
  });

  test('warns when the VPC-only lock table has no VPC binding', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', { bucketName: 'acme-tfstate', region: 'cn-hangzhou' });
    expect(warningIds(stack)).toEqual(['StateBackendBootstrap.LockTableUnreachable']);
    expect(resourcesOf(synthJson(stack), 'alicloud_ots_instance_attachment')).toEqual({});
  });

  test('tokens are never rejected', () => {
    const stack = testStack();
    const name = new TerraformVariable(stack, 'bucket', { type: 'string' }).stringValue;
    const region = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
    new StateBackendBootstrap(stack, 'State', {
      bucketName: name,
      region,
      lockInstanceName: 'tfstate-lock',
      statePrefix: Fn.lower('Stacks'),
      accessLogs: { bucketName: Fn.format('%s-logs', [name]) },
      lockTableVpc: { vpcName: 'pipelines', vswitchId: Fn.lower('x') },
    });
    expect(bucketNamed(synthJson(stack), '${var.bucket}')).toBeDefined();
  });

  test.each([
    [{ bucketName: 'Acme' }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: 'ab' }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: 'a'.repeat(64) }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: '-acme' }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: 'acme_state' }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: 'acme.state' }, 'InvalidBucketName', 'bucketName'],
    [{ bucketName: 'a'.repeat(60) }, 'LogBucketNameTooLong', 'accessLogs.bucketName'],
    [{ bucketName: undefined }, 'Required', 'bucketName'],
    [{ region: 'Hangzhou' }, 'InvalidRegion', 'region'],
    [{ region: 'cn hangzhou' }, 'InvalidRegion', 'region'],
    [{ statePrefix: '/stacks' }, 'InvalidKey', 'statePrefix'],
    [{ statePrefix: 'a/../b' }, 'InvalidKey', 'statePrefix'],
    [{ statePrefix: 'a//b' }, 'InvalidKey', 'statePrefix'],
    [{ lockInstanceName: '1abc' }, 'InvalidTablestoreInstanceName', 'lockInstanceName'],
    [{ lockInstanceName: 'abc-' }, 'InvalidTablestoreInstanceName', 'lockInstanceName'],
    [{ lockInstanceName: 'a'.repeat(17) }, 'InvalidTablestoreInstanceName', 'lockInstanceName'],
    [{ lockTableName: 'lock-table' }, 'InvalidTablestoreTableName', 'lockTableName'],
    [{ lockTableName: '9lock' }, 'InvalidTablestoreTableName', 'lockTableName'],
    [{ lockTableNetworks: [] }, 'NoNetworks', 'lockTableNetworks'],
    [{ lockTableNetworks: ['WIFI'] }, 'NotAllowed', 'lockTableNetworks[0]'],
    [{ lockTableNetworks: [TablestoreNetwork.INTERNET] }, 'LockTableExposed', 'lockTableNetworks'],
    [{ allowInternetAccessToLockTable: OptOut.because('no internet here, though') }, 'UnusedOptOut', 'allowInternetAccessToLockTable'],
    [{ allowDestroy: OptOut.because('short') }, 'ReasonRequired', 'allowDestroy'],
    [{ lockTableVpc: { vpcName: 'my-vpc', vswitchId: 'vsw-1' } }, 'InvalidVpcName', 'lockTableVpc.vpcName'],
    [{ lockTableVpc: { vpcName: 'pipelines', vswitchId: '' } }, 'Required', 'lockTableVpc.vswitchId'],
    [{ accessLogs: { retentionDays: 30 } }, 'OutOfRange', 'accessLogs.retentionDays'],
    [{ accessLogs: { wormRetentionDays: 0 } }, 'OutOfRange', 'accessLogs.wormRetentionDays'],
    [{ encryptionKey: 'key-123' }, 'InvalidEncryptionKey', 'encryptionKey'],
    [{ tags: { aliyun: 'x' } }, 'InvalidTags', 'tags'],
  ])('rejects %j', (override, code, property) => {
    const stack = testStack();
    expectValidationError(() => new StateBackendBootstrap(stack, 'State', { ...BASE, ...(override as any) }), { code: `StateBackendBootstrap.${code}`.replace('StateBackendBootstrap.ReasonRequired', 'OptOut.ReasonRequired'), property, path: 'test/State' });
  });

  test('a token bucket name needs an explicit lock instance name', () => {
    const stack = testStack();
    const name = new TerraformVariable(stack, 'bucket', { type: 'string' }).stringValue;
    expectValidationError(() => new StateBackendBootstrap(stack, 'State', { bucketName: name, region: 'cn-hangzhou' }), { code: 'LockInstanceNameRequired', property: 'lockInstanceName' });
  });

  test('snapshot', () => {
    const stack = testStack();
    new StateBackendBootstrap(stack, 'State', BASE);
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});
