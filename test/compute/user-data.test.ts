import { Construct } from 'constructs';
import { TerraformOutput, TerraformVariable } from '../../lib/cdktf';
import { USER_DATA_SECRET_WARNING } from '../../lib/compute';
import { encodeUserData, USER_DATA_MAX_BYTES } from '../../lib/compute/user-data';
import { findSecretsInUserData } from '../../lib/compute/user-data-secrets';
import { expectValidationError, synthJson, testStack, warningIds } from '../util';

describe('findSecretsInUserData', () => {
  test.each([
    ['AccessKey id', 'export KEY=LTAI5tAbCdEfGhIjKlMnOp12', 'an Alibaba Cloud AccessKey ID'],
    ['AccessKey id alone on a line', 'LTAI4FqwErTyUiOpAsDf', 'an Alibaba Cloud AccessKey ID'],
    ['RSA private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----', 'a private key'],
    ['OpenSSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl...', 'a private key'],
    ['PKCS#8 private key', '-----BEGIN PRIVATE KEY-----\nMIIE...', 'a private key'],
    ['JSON AccessKeySecret', '{"AccessKeyId": "x", "AccessKeySecret": "abc"}', 'an AccessKey secret'],
    ['env AccessKey secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=abcdef', 'an AccessKey secret'],
    ['password=', 'mysql -u root --password=hunter2', 'a password assignment'],
    ['DB_PASSWORD=', 'DB_PASSWORD=hunter2', 'a password assignment'],
    ['passwd:', 'passwd: hunter2', 'a password assignment'],
    ['YAML password', 'password: "hunter2"', 'a password assignment'],
    ['token assignment', 'GITHUB_TOKEN=ghp_abcdefghijklmnop', 'a secret or token assignment'],
    ['api key assignment', 'api_key: "abcd1234efgh5678"', 'a secret or token assignment'],
    ['secret assignment', 'CLIENT_SECRET=abcdefgh12345678', 'a secret or token assignment'],
  ])('finds %s', (_name, script, what) => {
    expect(findSecretsInUserData(script)).toContain(what);
  });

  test.each([
    ['a plain install script', '#!/bin/bash\nyum install -y nginx\nsystemctl enable --now nginx\n'],
    ['shell variables', 'echo "${HOME}" > /tmp/home; cd "$(pwd)"'],
    ['cloud-config without credentials', '#cloud-config\npackages:\n  - nginx\nruncmd:\n  - [systemctl, start, nginx]\n'],
    ['the word LTAI in prose', 'LTAI keys are never put here'],
    ['a public key', 'ssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample ops@example'],
    ['fetching a secret at boot', 'aliyun kms GetSecretValue --SecretName app/db'],
  ])('finds nothing in %s', (_name, script) => {
    expect(findSecretsInUserData(script)).toEqual([]);
  });

  test('reports every kind found, once each', () => {
    const found = findSecretsInUserData('LTAI5tAbCdEfGhIjKlMnOp12\npassword=x\npassword=y\n-----BEGIN EC PRIVATE KEY-----');
    expect(found).toEqual(['an Alibaba Cloud AccessKey ID', 'a private key', 'a password assignment']);
  });
});

describe('encodeUserData', () => {
  test('literal scripts are base64-encoded at synth time', () => {
    const scope = new Construct(testStack(), 'web');
    const script = '#!/bin/bash\necho "ünïcödé ${HOME}"\n';
    const encoded = encodeUserData(scope, script);
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(script);
  });

  test('tokens are encoded by Terraform and not size-checked', () => {
    const stack = testStack();
    const scope = new Construct(stack, 'web');
    const script = new TerraformVariable(stack, 'script', { type: 'string' }).stringValue;
    new TerraformOutput(stack, 'encoded', { value: encodeUserData(scope, script) });
    expect(synthJson(stack).output.encoded.value).toBe('${base64encode(var.script)}');
  });

  test('the 32 KB limit counts raw UTF-8 bytes', () => {
    const stack = testStack();
    const scope = new Construct(stack, 'web');
    expect(() => encodeUserData(scope, 'a'.repeat(USER_DATA_MAX_BYTES))).not.toThrow();
    // 16,385 two-byte characters are 32,770 bytes.
    const err = expectValidationError(() => encodeUserData(scope, 'é'.repeat(16385)), { code: 'SecureInstance.UserDataTooLarge', property: 'userData', path: 'test/web' });
    expect(err.value).toBe('<32770 bytes>');
  });

  test('a secret-looking script is refused, or with the opt-out reason warned about once with the stable id', () => {
    const stack = testStack();
    const scope = new Construct(stack, 'web');
    expectValidationError(() => encodeUserData(scope, 'password=hunter2'), { code: 'SecureInstance.UserDataSecret', property: 'userData', path: 'test/web' });
    encodeUserData(scope, 'password=hunter2', 'A placeholder reviewed by the security team');
    encodeUserData(scope, 'password=hunter2', 'A placeholder reviewed by the security team');
    expect(USER_DATA_SECRET_WARNING).toBe('SecureInstance.UserDataSecret');
    expect(warningIds(stack)).toEqual([USER_DATA_SECRET_WARNING]);
  });
});
