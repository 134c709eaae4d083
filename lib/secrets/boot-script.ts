import { PLATFORM_LIMITS } from '../controls/limits';
import { Check, isToken } from '../core/validate';
import { checkRegion } from '../state/names';

/** The ECS metadata service address. */
export const METADATA_ENDPOINT = 'http://100.100.100.200';

/** Lifetime of the metadata session token the boot script asks for, in seconds (short: it only runs once). */
export const METADATA_TOKEN_TTL_SECONDS = 300;

/** Options of {@link secretBootScript}. */
export interface SecretBootScriptOptions {
  /** The secret name (`InstanceSecret.secretName`). */
  readonly secretName: string;
  /** The region of the secret, e.g. `cn-hangzhou`. */
  readonly region: string;
  /**
   * The instance's RAM role name, as a literal.
   * @default - read from the metadata service (`/latest/meta-data/ram/security-credentials/` lists the
   * attached role), so the script needs no Terraform token and is encoded at synth time
   */
  readonly roleName?: string;
  /**
   * Where the secret value is written (mode 0600, owner root). `/run` is a tmpfs on systemd images,
   * so the value never reaches the disk.
   * @default '/run/secrets/<secret name with "/" replaced by "_">'
   */
  readonly path?: string;
  /**
   * KMS endpoint host for the CLI (`--endpoint`), e.g. the VPC endpoint `kms-vpc.<region>.aliyuncs.com`
   * for instances without internet egress.
   * @default - the CLI's endpoint for the region
   */
  readonly kmsEndpoint?: string;
}

/** Characters allowed in KMS secret names (CreateSecret `SecretName`): letters, digits and `_/+=.@-`. */
export const SECRET_NAME_PATTERN = /^[A-Za-z0-9_/+=.@-]{1,192}$/;

/**
 * A bash snippet for ECS user data that reads one KMS secret at boot and writes it to a root-only
 * file, without any AccessKey:
 *
 * 1. asks the metadata service for a session token (`PUT /latest/api/token`): this works in
 *    security-hardening (token-only) mode, which `SecureInstance` enables by default ("Access
 *    instance metadata in security hardening mode", ECS docs);
 * 2. reads the instance role's temporary STS credentials with that token
 *    (`/latest/meta-data/ram/security-credentials/<role>`);
 * 3. calls `kms:GetSecretValue` with the Alibaba Cloud CLI (`aliyun`, which reads
 *    `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
 *    `ALIBABA_CLOUD_SECURITY_TOKEN` from the environment) and writes `SecretData` to `path`
 *    (umask 077, written to a temporary file and renamed);
 * 4. unsets the credentials.
 *
 * Needs `curl`, `python3` and the Alibaba Cloud CLI on the image (Alibaba Cloud Linux 3 ships curl and
 * python3; install the CLI in the image). The role needs `InstanceSecret.grantRead(instance)`:
 * `kms:GetSecretValue` on the secret and `kms:Decrypt` on its key, HTTPS only.
 *
 * The script contains no `${` and no tokens (the role name is discovered on the instance), so
 * `SecureInstance` encodes it at synth time and Terraform never reads shell syntax as interpolation.
 * Values are validated and single-quoted.
 */
export function secretBootScript(options: SecretBootScriptOptions): string {
  const check = new Check('secretBootScript' as never, 'InstanceSecret');
  checkScriptOptions(check, options);
  const file = options.path ?? `/run/secrets/${options.secretName.replace(/\//g, '_')}`;
  const dir = file.replace(/\/[^/]+$/, '') || '/';
  const q = (v: string) => `'${v}'`;
  return [
    '#!/bin/bash',
    `# Reads KMS secret ${options.secretName} at boot with the instance role's STS credentials from the`,
    '# token-only metadata service. No AccessKey is stored on the instance or in user data.',
    'set -euo pipefail',
    'umask 077',
    `md=${METADATA_ENDPOINT}`,
    `md_session=$(curl -fsS -X PUT "$md/latest/api/token" -H "X-aliyun-ecs-metadata-token-ttl-seconds: ${METADATA_TOKEN_TTL_SECONDS}")`,
    options.roleName !== undefined ? `role=${q(options.roleName)}`
      : 'role=$(curl -fsS -H "X-aliyun-ecs-metadata-token: $md_session" "$md/latest/meta-data/ram/security-credentials/")',
    'sts_json=$(curl -fsS -H "X-aliyun-ecs-metadata-token: $md_session" "$md/latest/meta-data/ram/security-credentials/$role")',
    'read -r ALIBABA_CLOUD_ACCESS_KEY_ID ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_SECURITY_TOKEN < <(printf "%s" "$sts_json" \\',
    '  | python3 -c \'import json,sys; c=json.load(sys.stdin); print(c["AccessKeyId"], c["AccessKeySecret"], c["SecurityToken"])\')',
    'export ALIBABA_CLOUD_ACCESS_KEY_ID ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_SECURITY_TOKEN',
    'unset sts_json md_session',
    `mkdir -p ${q(dir)}`,
    `aliyun kms GetSecretValue --region ${q(options.region)}${options.kmsEndpoint ? ` --endpoint ${q(options.kmsEndpoint)}` : ''} --SecretName ${q(options.secretName)} \\`,
    `  | python3 -c 'import json,sys; sys.stdout.write(json.load(sys.stdin)["SecretData"])' > ${q(file)}.tmp`,
    `mv -f ${q(file)}.tmp ${q(file)}`,
    'unset ALIBABA_CLOUD_ACCESS_KEY_ID ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_SECURITY_TOKEN',
    '',
  ].join('\n');
}

function checkScriptOptions(check: Check, options: SecretBootScriptOptions): void {
  if (options === null || typeof options !== 'object') check.fail('NotObject', 'options', options, 'an object with secretName, region and roleName');
  check.required('secretName', options.secretName);
  check.text('secretName', options.secretName, {
    max: PLATFORM_LIMITS.maxSecretNameLength, pattern: SECRET_NAME_PATTERN, patternText: 'of letters, digits and "_/+=.@-" (KMS CreateSecret SecretName)', code: 'InvalidSecretName',
  });
  check.required('region', options.region);
  checkRegion(check, 'region', options.region);
  if (isToken(options.secretName) || isToken(options.roleName) || isToken(options.region) || isToken(options.path) || isToken(options.kmsEndpoint)) {
    check.fail('LiteralRequired', 'options', '<token>', 'literal values: the boot script is encoded at synth time (omit roleName to discover it on the instance)');
  }
  check.text('roleName', options.roleName, { max: PLATFORM_LIMITS.maxRoleNameLength, pattern: /^[A-Za-z0-9.-]+$/, patternText: 'of letters, digits, periods and hyphens (RAM role names)' });
  check.text('kmsEndpoint', options.kmsEndpoint, {
    min: 4, max: 255, pattern: /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, patternText: 'that is a host name such as "kms-vpc.cn-hangzhou.aliyuncs.com"', code: 'InvalidEndpoint',
  });
  check.text('path', options.path, {
    max: 255,
    pattern: /^\/(?!.*\/\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/@+=-]+[^/]$/,
    patternText: 'that is an absolute file path of letters, digits and "._/@+=-" (no "..")',
    code: 'InvalidPath',
  });
}
