import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EncryptionKey, evaluateTerraformJson, InstanceSecret, OptOut, SecretType, SecureInstance, secretBootScript } from '../../lib';
import { TerraformVariable, Testing } from '../../lib/cdktf';
import { findSecretsInUserData } from '../../lib/compute/user-data-secrets';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const INSTANCE = { vswitchId: 'vsw-bp1test0001', vpcId: 'vpc-bp1test0001', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large' };

function sensitive(stack: any, name = 'db_password'): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

describe('InstanceSecret', () => {
  test('hardened defaults: customer key, recovery window, never force-deleted', () => {
    const stack = testStack();
    const secret = new InstanceSecret(stack, 'Db', { secretName: 'app/db-password', secretData: sensitive(stack) });
    const json = synthJson(stack);
    const s = onlyResource(json, 'alicloud_kms_secret');
    expect(s).toEqual({
      secret_name: 'app/db-password',
      secret_data: '${var.db_password}',
      secret_type: 'Generic',
      secret_data_type: 'text',
      version_id: 'v1',
      encryption_key_id: expect.stringMatching(/^\$\{alicloud_kms_key\.Db_Key_[0-9A-F]+\.id\}$/),
      recovery_window_in_days: 30,
      force_delete_without_recovery: false,
      description: 'Secret app/db-password managed by alicloud-ecs-hardened',
    });
    expect(secret.secretType).toBe(SecretType.GENERIC);
    expect(Object.keys(resourcesOf(json, 'alicloud_kms_key'))).toHaveLength(1);
    expect(warningIds(stack)).toEqual([]);
    expect(evaluateTerraformJson(synthWithMetadata(stack)).findings).toEqual([]);
  });

  test('managed types rotate every 30 days by default; interval and opt-out', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'Key');
    const rds = '{"SecretSubType":"SingleUser","DBInstanceId":"rm-bp1test","CustomData":{}}';
    new InstanceSecret(stack, 'A', { secretName: 'rds-a', secretData: sensitive(stack, 'a'), secretType: SecretType.RDS, extendedConfig: rds, encryptionKey: key });
    new InstanceSecret(stack, 'B', { secretName: 'rds-b', secretData: sensitive(stack, 'b'), secretType: SecretType.RDS, extendedConfig: rds, encryptionKey: key, rotationInterval: '720h' });
    new InstanceSecret(stack, 'C', {
      secretName: 'rds-c',
      secretData: sensitive(stack, 'c'),
      secretType: SecretType.RDS,
      extendedConfig: rds,
      encryptionKey: key,
      disableRotation: OptOut.because('Rotated by the DBA runbook quarterly'),
    });
    const json = synthWithMetadata(stack);
    const byName = Object.fromEntries(Object.values<any>(resourcesOf(json, 'alicloud_kms_secret')).map((s) => [s.secret_name, s]));
    expect(byName['rds-a']).toMatchObject({ enable_automatic_rotation: true, rotation_interval: '30d', extended_config: rds });
    expect(byName['rds-b']).toMatchObject({ enable_automatic_rotation: true, rotation_interval: '720h' });
    expect(byName['rds-c'].enable_automatic_rotation).toBe(false);
    expect(byName['rds-c'].rotation_interval).toBeUndefined();
    expect(optOutIds(stack)).toEqual(['InstanceSecret.Rotation']);
    expect(byName['rds-c']['//'].hardening.acknowledgements).toEqual([
      expect.objectContaining({ ruleId: 'ALI-SEC-002', optOut: 'InstanceSecret.Rotation', appliesTo: ['enable_automatic_rotation'] }),
    ]);
    const result = evaluateTerraformJson(json);
    expect(result.findings.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['ALI-SEC-002 acknowledged']);
  });

  test('grantRead: exactly GetSecretValue on the secret and Decrypt on its key, HTTPS only', () => {
    const stack = testStack();
    const secret = new InstanceSecret(stack, 'Db', { secretName: 'app/db-password', secretData: sensitive(stack) });
    const instance = new SecureInstance(stack, 'web', INSTANCE);
    const grants = secret.grantRead(instance);
    expect(grants).toHaveLength(2);
    const policy = JSON.parse(onlyResource(synthJson(stack), 'alicloud_ram_policy').policy_document);
    expect(policy.Statement).toEqual([
      { Effect: 'Allow', Action: ['kms:GetSecretValue'], Resource: [expect.stringMatching(/^\$\{alicloud_kms_secret\.Db_[0-9A-F]+\.arn\}$/)], Condition: { Bool: { 'acs:SecureTransport': ['true'] } } },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [expect.stringMatching(/^\$\{alicloud_kms_key\.Db_Key_[0-9A-F]+\.arn\}$/)], Condition: { Bool: { 'acs:SecureTransport': ['true'] } } },
    ]);
  });

  test('boot script in user data: no secret warning, token-only metadata, STS credentials, no AccessKey', () => {
    const stack = testStack();
    const secret = new InstanceSecret(stack, 'Db', { secretName: 'app/db-password', secretData: sensitive(stack) });
    const script = secret.bootScript('cn-hangzhou');
    expect(findSecretsInUserData(script)).toEqual([]);
    const instance = new SecureInstance(stack, 'web', { ...INSTANCE, userData: script });
    secret.grantRead(instance);
    expect(warningIds(stack)).toEqual([]);
    // Encoded at synth time: a literal base64 string, no Terraform function.
    const userData = onlyResource(synthJson(stack), 'alicloud_instance').user_data;
    expect(Buffer.from(userData, 'base64').toString('utf8')).toBe(script);
    expect(script).toContain('-X PUT "$md/latest/api/token"');
    expect(script).toContain('X-aliyun-ecs-metadata-token: $md_session');
    expect(script).toContain('/latest/meta-data/ram/security-credentials/');
    expect(script).toContain("aliyun kms GetSecretValue --region 'cn-hangzhou' --SecretName 'app/db-password'");
    expect(script).toContain("> '/run/secrets/app_db-password'.tmp");
    expect(script).toMatch(/umask 077/);
    expect(script).not.toMatch(/LTAI|--access-key|aliyun configure/);
    expect(script).not.toContain('${');
    expect(script).toContain('"$md/latest/meta-data/ram/security-credentials/")');
  });

  test('boot script is valid bash and works against a fake metadata service and CLI', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-boot-'));
    try {
      const out = path.join(dir, 'out', 'db');
      const script = secretBootScript({ secretName: 'app/db', region: 'cn-hangzhou', roleName: 'web-role', path: out });
      fs.writeFileSync(path.join(dir, 'boot.sh'), script);
      expect(spawnSync('bash', ['-n', path.join(dir, 'boot.sh')]).status).toBe(0);
      // Fakes: curl answers the token PUT and the credentials GET (only with the token header),
      // aliyun checks the STS environment and prints a GetSecretValue response.
      const bin = path.join(dir, 'bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'curl'), [
        '#!/bin/bash',
        'args="$*"',
        'if [[ "$args" == *"-X PUT"*"/latest/api/token"* ]]; then printf "sess-123"; exit 0; fi',
        'if [[ "$args" == *"X-aliyun-ecs-metadata-token: sess-123"*"/security-credentials/" ]]; then printf "web-role"; exit 0; fi',
        'if [[ "$args" == *"X-aliyun-ecs-metadata-token: sess-123"*"/security-credentials/web-role" ]]; then',
        '  printf \'{"AccessKeyId":"STS.id","AccessKeySecret":"stssecret","SecurityToken":"tok","Expiration":"x","Code":"Success"}\'; exit 0; fi',
        'exit 22',
      ].join('\n'), { mode: 0o755 });
      fs.writeFileSync(path.join(bin, 'aliyun'), [
        '#!/bin/bash',
        '[ "$ALIBABA_CLOUD_ACCESS_KEY_ID" = STS.id ] && [ "$ALIBABA_CLOUD_SECURITY_TOKEN" = tok ] || exit 3',
        '[ "$*" = "kms GetSecretValue --region cn-hangzhou --SecretName app/db" ] || exit 4',
        'printf \'{"SecretName":"app/db","SecretData":"s3cr3t-value","VersionId":"v1"}\'',
      ].join('\n'), { mode: 0o755 });
      const res = spawnSync('bash', [path.join(dir, 'boot.sh')], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toBe('s3cr3t-value');
      expect((fs.statSync(out).mode % 0o1000).toString(8)).toBe('600');
      // Without roleName the role is discovered through the metadata service.
      fs.rmSync(out);
      fs.writeFileSync(path.join(dir, 'boot.sh'), secretBootScript({ secretName: 'app/db', region: 'cn-hangzhou', path: out }));
      const discovered = spawnSync('bash', [path.join(dir, 'boot.sh')], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
      expect(discovered.status).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toBe('s3cr3t-value');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a literal secret value is warned about (it would sit in code and cdk.tf.json)', () => {
    const stack = testStack();
    new InstanceSecret(stack, 'S', { secretName: 'app/x', secretData: 'hunter2-literal' });
    expect(warningIds(stack)).toEqual(['InstanceSecret.LiteralSecretData']);
  });

  test('tokens are never rejected', () => {
    const stack = testStack();
    const v = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    expect(() => new InstanceSecret(stack, 'S', {
      secretName: v('n'), secretData: v('d'), secretType: SecretType.RDS, extendedConfig: v('x'), rotationInterval: v('r'), versionId: v('ver'),
    })).not.toThrow();
    // The boot script is encoded at synth time: it needs literals, and says so.
    expectValidationError(() => secretBootScript({ secretName: 'a', region: v('region') }), { code: 'LiteralRequired', property: 'options' });
  });

  test.each([
    [{ secretName: '' }, 'Required', 'secretName'],
    [{ secretName: 'has space' }, 'InvalidSecretName', 'secretName'],
    [{ secretName: 'a'.repeat(193) }, 'InvalidSecretName', 'secretName'],
    [{ secretName: 'acs/ram/user' }, 'InvalidSecretName', 'secretName'],
    [{ secretData: undefined }, 'Required', 'secretData'],
    [{ secretData: '' }, 'Required', 'secretData'],
    [{ secretType: 'Password' }, 'NotAllowed', 'secretType'],
    [{ secretDataType: 'json' }, 'NotAllowed', 'secretDataType'],
    [{ rotationInterval: '30d' }, 'RotationNotSupported', 'rotationInterval'],
    [{ disableRotation: OptOut.because('generic anyway, though') }, 'UnusedOptOut', 'disableRotation'],
    [{ secretType: SecretType.ECS }, 'Required', 'extendedConfig'],
    [{ extendedConfig: '{}' }, 'ExtendedConfigNotAllowed', 'extendedConfig'],
    [{ secretType: SecretType.ECS, extendedConfig: 'nope' }, 'InvalidExtendedConfig', 'extendedConfig'],
    [{ secretType: SecretType.ECS, extendedConfig: '{}', rotationInterval: '5h' }, 'InvalidRotationInterval', 'rotationInterval'],
    [{ secretType: SecretType.ECS, extendedConfig: '{}', rotationInterval: '366d' }, 'InvalidRotationInterval', 'rotationInterval'],
    [{ secretType: SecretType.ECS, extendedConfig: '{}', rotationInterval: '30 days' }, 'InvalidRotationInterval', 'rotationInterval'],
    [{ secretType: SecretType.ECS, extendedConfig: '{}', rotationInterval: '0d' }, 'InvalidRotationInterval', 'rotationInterval'],
    [{ secretType: SecretType.ECS, extendedConfig: '{}', rotationInterval: '7d', disableRotation: OptOut.because('rotated by hand yearly') }, 'RotationConflict', 'rotationInterval'],
    [{ recoveryWindowDays: 6 }, 'OutOfRange', 'recoveryWindowDays'],
    [{ recoveryWindowDays: 31 }, 'OutOfRange', 'recoveryWindowDays'],
    [{ versionId: 'v 1' }, 'InvalidText', 'versionId'],
    [{ encryptionKey: 'key-1' }, 'InvalidEncryptionKey', 'encryptionKey'],
  ])('rejects %j', (override, code, property) => {
    const stack = testStack();
    const err = expectValidationError(() => new InstanceSecret(stack, 'S', { secretName: 'app/x', secretData: 'placeholder-value', ...(override as any) }),
      { code: `InstanceSecret.${code}`, property, path: 'test/S' });
    expect(err.message).not.toContain('placeholder-value');
  });

  test.each([
    [{ region: 'Hangzhou' }, 'InvalidRegion', 'region'],
    [{ roleName: "x'; rm -rf /" }, 'InvalidText', 'roleName'],
    [{ secretName: "a'b" }, 'InvalidSecretName', 'secretName'],
    [{ path: 'relative/file' }, 'InvalidPath', 'path'],
    [{ path: '/run/../etc/shadow' }, 'InvalidPath', 'path'],
    [{ path: "/run/secrets/a'b" }, 'InvalidPath', 'path'],
  ])('the boot script rejects %j', (override, code, property) => {
    expectValidationError(() => secretBootScript({ secretName: 'app/db', region: 'cn-hangzhou', roleName: 'web-role', ...(override as any) }), { code, property });
  });

  test('snapshot', () => {
    const stack = testStack();
    new InstanceSecret(stack, 'Db', { secretName: 'app/db-password', secretData: sensitive(stack), tags: { app: 'web' } });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});

describe('InstanceSecret: hostile props (JavaScript callers)', () => {
  test.each([null, undefined, 42, 'secret', []])('InstanceSecret(%j)', (props) => {
    expectValidationError(() => new InstanceSecret(testStack(), 'S', props as any), { path: 'test/S' });
  });
  test.each([null, undefined, 42])('secretBootScript(%j)', (options) => {
    expectValidationError(() => secretBootScript(options as any), { property: 'options' });
  });
  test('grantRead refuses what is not a grantee', () => {
    const stack = testStack();
    const secret = new InstanceSecret(stack, 'S', { secretName: 'app/x', secretData: sensitive(stack) });
    expectValidationError(() => secret.grantRead({} as any), { code: 'Grant.NotGrantable', property: 'grantee' });
  });
});
