import { Construct } from 'constructs';
import {
  checkBucketName, checkHttpsEndpoint, checkKeyPath, checkOssEndpoint, checkOtsTableName, checkRegion,
  ossEndpointOf, STATE_OBJECT_ACL,
} from './names';
import { OssBackend, OssBackendConfig, TerraformStack } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls/limits';
import { Check, isToken } from '../core/validate';

/** Assume a RAM role for state access (the oss backend's `assume_role_*` arguments). */
export interface StateAssumeRoleOptions {
  /** The role ARN, `acs:ram::<account>:role/<name>`. */
  readonly roleArn: string;
  /**
   * Session name: 2 to 64 letters, digits, `.`, `@`, `-` and `_` (STS AssumeRole `RoleSessionName`).
   * @default 'terraform' (the oss backend's default)
   */
  readonly sessionName?: string;
  /**
   * Session lifetime in seconds, 900 to 3,600 (oss backend `assume_role_session_expiration`).
   * @default 3600
   */
  readonly sessionExpiration?: number;
  /**
   * An inline policy that further limits the session (JSON).
   * @default - none
   */
  readonly policy?: string;
}

/** Props of {@link HardenedOssBackend}. */
export interface HardenedOssBackendProps {
  /** The state bucket (the bootstrap's `state_bucket` output). */
  readonly bucket: string;
  /** Region of the bucket (`state_region`). */
  readonly region: string;
  /** Tablestore endpoint of the lock table (`tablestore_endpoint`): an https:// URL. */
  readonly tablestoreEndpoint: string;
  /** The lock table (`tablestore_table`). */
  readonly tablestoreTable: string;
  /**
   * Key prefix of the state objects (`state_prefix`); the bootstrap's pipeline policy is scoped to it.
   * @default 'stacks'
   */
  readonly prefix?: string;
  /**
   * The state object's name under the prefix: one per stack.
   * @default '<stack name>.tfstate'
   */
  readonly key?: string;
  /**
   * OSS endpoint: a host name or `https://` URL (`state_endpoint`); `http://` is refused.
   * @default 'https://oss-<region>.aliyuncs.com'
   */
  readonly endpoint?: string;
  /**
   * Use the region's internal (VPC) OSS endpoint `https://oss-<region>-internal.aliyuncs.com`, for
   * pipelines that run inside Alibaba Cloud. Ignored when `endpoint` is given.
   * @default false
   */
  readonly internalEndpoint?: boolean;
  /**
   * Assume this role for state access (short-lived STS credentials instead of the caller's own).
   * @default - the caller's credentials (environment, ECS instance role or profile)
   */
  readonly assumeRole?: StateAssumeRoleOptions;
  /**
   * The RAM role of the ECS instance the pipeline runs on (credentials from the metadata service).
   * @default - not used
   */
  readonly ecsRoleName?: string;
  /**
   * STS endpoint for `assumeRole`: an https:// URL.
   * @default - the backend's default STS endpoint
   */
  readonly stsEndpoint?: string;
}

/** The `OssBackendConfig` settings {@link HardenedOssBackend} refuses, and why. */
export const REFUSED_BACKEND_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  accessKey: 'static AccessKeys in the backend block end up in .terraform/ and plan files: use assumeRole, ecsRoleName or the environment',
  secretKey: 'static AccessKeys in the backend block end up in .terraform/ and plan files: use assumeRole, ecsRoleName or the environment',
  securityToken: 'credentials in the backend block end up in .terraform/ and plan files: use assumeRole, ecsRoleName or the environment',
  sharedCredentialsFile: 'a credentials file path is machine-specific: use assumeRole, ecsRoleName or the environment',
  profile: 'a CLI profile is machine-specific: use assumeRole, ecsRoleName or the environment',
});

/**
 * Terraform's `oss` backend (cdktf `OssBackend`) for an application stack, hardened:
 *
 * - `encrypt = true` and `acl = "private"` always (the backend's defaults are `false` and the
 *   bucket ACL); the customer key comes from the bucket's default encryption (`StateBackendBootstrap`);
 * - locking always on: `tablestore_endpoint` + `tablestore_table` are required;
 * - one state object per stack: `<prefix>/<stack name>.tfstate`;
 * - HTTPS endpoints only (OSS, Tablestore, STS);
 * - credentials never in the block: static AccessKeys, tokens, profiles and credential files are
 *   refused (typed errors), `assumeRole` and `ecsRoleName` are accepted.
 *
 * Passing `encrypt: false`, a public `acl` or any refused setting (e.g. from JavaScript) throws a
 * `HardeningValidationError`.
 *
 * @example
 * new HardenedOssBackend(stack, {
 *   bucket: 'acme-tfstate', region: 'cn-hangzhou',
 *   tablestoreEndpoint: 'https://tfl0123456789ab.cn-hangzhou.vpc.tablestore.aliyuncs.com',
 *   tablestoreTable: 'terraform_state_lock',
 * });
 */
export class HardenedOssBackend extends OssBackend {
  /** The backend configuration as written (snake_case in cdk.tf.json). */
  public readonly config: OssBackendConfig;

  constructor(scope: Construct, props: HardenedOssBackendProps) {
    const config = hardenedConfig(scope, props);
    super(scope, config);
    this.config = config;
  }
}

function hardenedConfig(scope: Construct, props: HardenedOssBackendProps): OssBackendConfig {
  const check = new Check(scope, 'HardenedOssBackend');
  if (props === undefined || props === null) check.fail('NotObject', 'props', props, 'an object with bucket, region, tablestoreEndpoint and tablestoreTable');
  check.object('props', props);
  const raw = props as unknown as Record<string, unknown>;
  for (const [name, why] of Object.entries(REFUSED_BACKEND_SETTINGS)) {
    // The value is never echoed: it may be a credential.
    if (raw[name] !== undefined) check.fail('RefusedSetting', name, '<redacted>', `not set: ${why}`);
  }
  if (raw.encrypt !== undefined && raw.encrypt !== true) {
    check.fail('EncryptionRequired', 'encrypt', raw.encrypt, 'true (or unset): state is always written with server-side encryption');
  }
  if (raw.acl !== undefined && raw.acl !== STATE_OBJECT_ACL) {
    check.fail('PrivateAclRequired', 'acl', raw.acl, `"${STATE_OBJECT_ACL}" (or unset): state objects are never public`);
  }
  for (const name of ['assumeRoleRoleArn', 'assumeRolePolicy', 'assumeRoleSessionName', 'assumeRoleSessionExpiration']) {
    if (raw[name] !== undefined) check.fail('UseAssumeRole', name, raw[name], 'the assumeRole option ({ roleArn, sessionName, sessionExpiration, policy })');
  }
  check.required('bucket', props.bucket);
  checkBucketName(check, 'bucket', props.bucket);
  check.required('region', props.region);
  checkRegion(check, 'region', props.region);
  check.required('tablestoreEndpoint', props.tablestoreEndpoint);
  checkHttpsEndpoint(check, 'tablestoreEndpoint', props.tablestoreEndpoint);
  check.required('tablestoreTable', props.tablestoreTable);
  checkOtsTableName(check, 'tablestoreTable', props.tablestoreTable);
  checkKeyPath(check, 'prefix', props.prefix);
  checkKeyPath(check, 'key', props.key);
  checkOssEndpoint(check, 'endpoint', props.endpoint);
  check.bool('internalEndpoint', props.internalEndpoint);
  checkHttpsEndpoint(check, 'stsEndpoint', props.stsEndpoint);
  if (props.ecsRoleName !== undefined) {
    check.text('ecsRoleName', props.ecsRoleName, { max: PLATFORM_LIMITS.maxRoleNameLength, pattern: /^[A-Za-z0-9.-]+$/, patternText: 'of letters, digits, periods and hyphens (RAM role names)' });
  }
  const role = props.assumeRole;
  if (role !== undefined) {
    check.object('assumeRole', role);
    check.required('assumeRole.roleArn', role.roleArn);
    check.text('assumeRole.roleArn', role.roleArn, {
      max: 256, pattern: /^acs:ram::[0-9]+:role\/[A-Za-z0-9.-]+$/, patternText: 'of the form "acs:ram::<account id>:role/<role name>"', code: 'InvalidRoleArn',
    });
    check.text('assumeRole.sessionName', role.sessionName, {
      min: 2, max: 64, pattern: /^[A-Za-z0-9.@_-]+$/, patternText: 'of letters, digits, ".", "@", "-" and "_" (STS RoleSessionName)',
    });
    check.integer('assumeRole.sessionExpiration', role.sessionExpiration, PLATFORM_LIMITS.minBackendSessionExpirationSeconds, PLATFORM_LIMITS.maxBackendSessionExpirationSeconds);
    if (role.policy !== undefined && !isToken(role.policy)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(role.policy);
      } catch {
        parsed = undefined;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        check.fail('InvalidPolicy', 'assumeRole.policy', role.policy, 'a JSON policy document');
      }
    }
  }

  const stackName = TerraformStack.of(scope).node.id;
  const region = props.region;
  let endpoint = props.endpoint ?? (isToken(region) ? `https://oss-${region}${props.internalEndpoint ? '-internal' : ''}.aliyuncs.com`
    : ossEndpointOf(region, props.internalEndpoint === true));
  if (!isToken(endpoint) && !endpoint.startsWith('https://')) endpoint = `https://${endpoint}`;
  return {
    bucket: props.bucket,
    region,
    endpoint,
    prefix: props.prefix ?? 'stacks',
    key: props.key ?? `${stackName}.tfstate`,
    encrypt: true,
    acl: STATE_OBJECT_ACL,
    tablestoreEndpoint: props.tablestoreEndpoint,
    tablestoreTable: props.tablestoreTable,
    ecsRoleName: props.ecsRoleName,
    stsEndpoint: props.stsEndpoint,
    assumeRoleRoleArn: role?.roleArn,
    assumeRoleSessionName: role?.sessionName,
    assumeRoleSessionExpiration: role?.sessionExpiration,
    assumeRolePolicy: role?.policy,
  };
}
