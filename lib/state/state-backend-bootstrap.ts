import { createHash } from 'crypto';
import { Construct } from 'constructs';
import {
  checkBucketName, checkKeyPath, checkOtsInstanceName, checkOtsTableName, checkRegion, LOCK_TABLE_PRIMARY_KEY,
  ossEndpointOf, STATE_OBJECT_ACL, tablestoreEndpointOf,
} from './names';
import { TerraformOutput, TerraformResource } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls/limits';
import { HardenedConstructProps, OptOut } from '../core';
import { checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { OssBucket } from '../generated/providers/alicloud/oss-bucket';
import { OssBucketAcl } from '../generated/providers/alicloud/oss-bucket-acl';
import { OssBucketHttpsConfig } from '../generated/providers/alicloud/oss-bucket-https-config';
import { OssBucketPublicAccessBlock } from '../generated/providers/alicloud/oss-bucket-public-access-block';
import { OssBucketWorm } from '../generated/providers/alicloud/oss-bucket-worm';
import { OtsInstance } from '../generated/providers/alicloud/ots-instance';
import { OtsInstanceAttachment } from '../generated/providers/alicloud/ots-instance-attachment';
import { OtsTable } from '../generated/providers/alicloud/ots-table';
import { LeastPrivilegeRamPolicy, PolicyStatement } from '../identity';
import { EncryptionKey, IEncryptionKey } from '../storage/encryption-key';

/** Networks a Tablestore instance can admit (`network_type_acl`, provider docs of `alicloud_ots_instance`). */
export enum TablestoreNetwork {
  /** Requests from a VPC bound to the instance (`alicloud_ots_instance_attachment`). */
  VPC = 'VPC',
  /** Requests from the internet. Needs `allowInternetAccessToLockTable`. */
  INTERNET = 'INTERNET',
  /** Requests from the classic network. Needs `allowInternetAccessToLockTable` (classic is shared, not isolated). */
  CLASSIC = 'CLASSIC',
}

/** TLS versions the state bucket accepts on HTTPS (`alicloud_oss_bucket_https_config.tls_versions`). */
export const STATE_BUCKET_TLS_VERSIONS: readonly string[] = ['TLSv1.2', 'TLSv1.3'];

/** Where the state bucket's access logs go. */
export interface StateAccessLogOptions {
  /**
   * Name of the log bucket. It is created by the construct (private, versioned, encrypted with the
   * same key, public access blocked, HTTPS only), as AWS users expect of S3 server access logs: a
   * separate bucket, never the state bucket itself.
   * @default - `<bucketName>-logs` (so bucketName must then be at most 58 characters)
   */
  readonly bucketName?: string;
  /**
   * Object key prefix of the state bucket's access logs in the log bucket.
   * @default 'state-bucket/'
   */
  readonly prefix?: string;
  /**
   * Days the access logs are kept (lifecycle expiration on the log bucket), 90 to 3,650.
   * @default 365
   */
  readonly retentionDays?: number;
  /**
   * A retention policy (OSS WORM, `alicloud_oss_bucket_worm`) on the log bucket: log objects cannot be
   * deleted or overwritten for this many days (1 to 25,550). It is created `InProgress`; locking it
   * (`Locked`) is irreversible, so do that deliberately in the console or by setting `status` through
   * the escape hatch. Never on the state bucket: Terraform overwrites the state object on every apply.
   * @default - no retention policy
   */
  readonly wormRetentionDays?: number;
}

/** The VPC the lock table is reached from. */
export interface LockTableVpcOptions {
  /** Name of the binding (`vpc_name`): 3 to 16 letters and digits, starting with a letter (provider docs). */
  readonly vpcName: string;
  /** A vSwitch of the VPC the pipelines run in. */
  readonly vswitchId: string;
}

/** Props of {@link StateBackendBootstrap}. */
export interface StateBackendBootstrapProps extends HardenedConstructProps {
  /** The state bucket name: 3 to 63 lowercase letters, digits and hyphens, globally unique. */
  readonly bucketName: string;
  /** The region of the bucket and the lock table (the provider's region), e.g. `cn-hangzhou`. */
  readonly region: string;
  /**
   * The customer KMS key of the bucket's default encryption (SSE-KMS), in the same region.
   * @default - a new `EncryptionKey` (rotation, deletion protection) for the state
   */
  readonly encryptionKey?: IEncryptionKey;
  /**
   * The key prefix application stacks write their state under (`HardenedOssBackend.prefix`); the
   * pipeline policy is scoped to it.
   * @default 'stacks'
   */
  readonly statePrefix?: string;
  /**
   * Access logging of the state bucket.
   * @default - a `<bucketName>-logs` bucket, prefix `state-bucket/`, 365 days
   */
  readonly accessLogs?: StateAccessLogOptions;
  /**
   * Name of the Tablestore instance that holds the lock table (3 to 16 characters, unique in the region).
   * @default - `tfl` plus 12 hex characters derived from the bucket name
   */
  readonly lockInstanceName?: string;
  /**
   * Name of the lock table.
   * @default 'terraform_state_lock'
   */
  readonly lockTableName?: string;
  /**
   * Networks the Tablestore instance admits.
   * @default [TablestoreNetwork.VPC] - VPC only; bind the VPC with `lockTableVpc`
   */
  readonly lockTableNetworks?: TablestoreNetwork[];
  /**
   * The VPC the pipelines reach the lock table from (`alicloud_ots_instance_attachment`).
   * @default - no VPC binding (warning `StateBackendBootstrap.LockTableUnreachable` when only VPC access is allowed)
   */
  readonly lockTableVpc?: LockTableVpcOptions;
  /**
   * Opt-out: let `INTERNET` or `CLASSIC` networks reach the lock table (e.g. hosted CI runners).
   * Recorded as `StateBackendBootstrap.LockTableInternetAccess`.
   * @default - VPC only
   */
  readonly allowInternetAccessToLockTable?: OptOut;
  /**
   * Opt-out: let `terraform destroy` remove the state bucket, the log bucket, the lock instance and
   * table. By default they carry `lifecycle { prevent_destroy = true }` (OSS and Tablestore have no
   * deletion protection flag; the KMS key has one). Recorded as `StateBackendBootstrap.AllowDestroy`.
   * @default - prevent_destroy on all of them
   */
  readonly allowDestroy?: OptOut;
  /**
   * Tags of the buckets, the Tablestore instance and a created key.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Everything a team needs once per account and region before application stacks can use remote
 * state (the Alibaba Cloud counterpart of an S3 + DynamoDB bootstrap):
 *
 * - an OSS state bucket: versioning, default encryption SSE-KMS with a customer key, private ACL,
 *   public access blocked, a bucket policy denying every request without `acs:SecureTransport`,
 *   TLS 1.2+ only, access logs to a separate log bucket, `prevent_destroy`;
 * - a Tablestore instance admitting the VPC only, and a lock table with primary key `LockID`
 *   (String) and server-side encryption, as Terraform's `oss` backend requires for locking;
 * - a least-privilege, HTTPS-only RAM policy for the pipelines (`pipelinePolicy`; attach it to the
 *   pipelines' role or group);
 * - a `TerraformOutput` for every value `HardenedOssBackend` needs.
 *
 * The bootstrap stack itself starts with local state; after the first apply, move its state into the
 * bucket with `terraform init -migrate-state` (see examples/state-backend/README.md).
 *
 * Controls: "Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security), CIS
 * Alibaba Cloud Foundations 5.9 (OSS SSE with BYOK), checkov CKV_ALI_1/6/10/11/12.
 */
export class StateBackendBootstrap extends Construct {
  /** The state bucket name. */
  public readonly bucketName: string;
  /** The region of the bucket and the lock table. */
  public readonly region: string;
  /** The HTTPS OSS endpoint of the region. */
  public readonly ossEndpoint: string;
  /** The key prefix application stacks write under. */
  public readonly statePrefix: string;
  /** The key of the bucket's default encryption. */
  public readonly encryptionKey: IEncryptionKey;
  /** The state bucket (`alicloud_oss_bucket`). */
  public readonly bucket: OssBucket;
  /** The access-log bucket. */
  public readonly logBucket: OssBucket;
  /** The Tablestore instance. */
  public readonly lockInstance: OtsInstance;
  /** The lock table (`LockID` String). */
  public readonly lockTable: OtsTable;
  /** The Tablestore instance name. */
  public readonly lockInstanceName: string;
  /** The lock table name. */
  public readonly lockTableName: string;
  /** The Tablestore endpoint the backend uses (the VPC endpoint when only the VPC is admitted). */
  public readonly tablestoreEndpoint: string;
  /** The VPC binding of the lock instance, when `lockTableVpc` is given. */
  public readonly lockTableAttachment?: OtsInstanceAttachment;
  /** The retention policy of the log bucket, when `accessLogs.wormRetentionDays` is given. */
  public readonly logBucketWorm?: OssBucketWorm;
  /** Least-privilege, HTTPS-only policy for the pipelines that read and write state and take locks. */
  public readonly pipelinePolicy: LeastPrivilegeRamPolicy;

  constructor(scope: Construct, id: string, props: StateBackendBootstrapProps) {
    super(scope, id);
    const check = new Check(this, 'StateBackendBootstrap');
    if (props === undefined) check.fail('NotObject', 'props', props, 'an object with bucketName and region');
    check.object('props', props);
    checkProvider(check, props.provider);
    check.required('bucketName', props.bucketName);
    checkBucketName(check, 'bucketName', props.bucketName);
    check.required('region', props.region);
    checkRegion(check, 'region', props.region);
    checkKeyPath(check, 'statePrefix', props.statePrefix);
    checkTags(check, 'tags', props.tags);
    if (props.encryptionKey !== undefined
      && (props.encryptionKey === null || typeof props.encryptionKey !== 'object' || (props.encryptionKey as IEncryptionKey).keyId === undefined)) {
      check.fail('InvalidEncryptionKey', 'encryptionKey', props.encryptionKey, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }
    const logs = props.accessLogs ?? {};
    check.object('accessLogs', logs);
    checkBucketName(check, 'accessLogs.bucketName', logs.bucketName);
    checkKeyPath(check, 'accessLogs.prefix', logs.prefix);
    check.integer('accessLogs.retentionDays', logs.retentionDays,
      PLATFORM_LIMITS.minStateLogRetentionDays, PLATFORM_LIMITS.maxStateLogRetentionDays);
    check.integer('accessLogs.wormRetentionDays', logs.wormRetentionDays,
      PLATFORM_LIMITS.minWormRetentionDays, PLATFORM_LIMITS.maxWormRetentionDays);
    checkOtsInstanceName(check, 'lockInstanceName', props.lockInstanceName);
    checkOtsTableName(check, 'lockTableName', props.lockTableName);
    check.array('lockTableNetworks', props.lockTableNetworks);
    const networks = [...new Set(props.lockTableNetworks ?? [TablestoreNetwork.VPC])];
    if (!isToken(props.lockTableNetworks)) {
      if (networks.length === 0) check.fail('NoNetworks', 'lockTableNetworks', props.lockTableNetworks, 'at least one network (VPC)');
      networks.forEach((n, i) => check.oneOf(`lockTableNetworks[${i}]`, n, Object.values(TablestoreNetwork)));
    }
    if (props.lockTableVpc !== undefined) {
      check.object('lockTableVpc', props.lockTableVpc);
      check.required('lockTableVpc.vpcName', props.lockTableVpc.vpcName);
      check.text('lockTableVpc.vpcName', props.lockTableVpc.vpcName, {
        min: 3, max: 16, pattern: /^[a-zA-Z][a-zA-Z0-9]*$/, patternText: 'of letters and digits, starting with a letter (alicloud_ots_instance_attachment vpc_name)', code: 'InvalidVpcName',
      });
      check.required('lockTableVpc.vswitchId', props.lockTableVpc.vswitchId);
    }
    const exposed = networks.filter((n) => n !== TablestoreNetwork.VPC);
    const internetReason = props.allowInternetAccessToLockTable !== undefined
      ? checkOptOut(this, 'allowInternetAccessToLockTable', props.allowInternetAccessToLockTable) : undefined;
    if (exposed.length > 0 && internetReason === undefined && !isToken(props.lockTableNetworks)) {
      check.fail('LockTableExposed', 'lockTableNetworks', networks,
        'VPC only, or allowInternetAccessToLockTable: OptOut.because(...) to admit INTERNET or CLASSIC');
    }
    if (internetReason !== undefined && exposed.length === 0) {
      check.fail('UnusedOptOut', 'allowInternetAccessToLockTable', 'OptOut', 'no opt-out unless lockTableNetworks admits INTERNET or CLASSIC');
    }
    const destroyReason = props.allowDestroy !== undefined ? checkOptOut(this, 'allowDestroy', props.allowDestroy) : undefined;

    const provider = props.provider;
    this.bucketName = props.bucketName;
    this.region = props.region;
    this.ossEndpoint = isToken(props.region) ? `https://oss-${props.region}.aliyuncs.com` : ossEndpointOf(props.region);
    this.statePrefix = props.statePrefix ?? 'stacks';
    const logBucketName = logs.bucketName ?? this.defaultLogBucketName(check, props.bucketName);
    this.lockInstanceName = props.lockInstanceName ?? defaultLockInstanceName(check, props.bucketName);
    this.lockTableName = props.lockTableName ?? 'terraform_state_lock';
    const lifecycle = destroyReason === undefined ? { preventDestroy: true } : undefined;

    this.encryptionKey = props.encryptionKey ?? new EncryptionKey(this, 'Key', {
      provider, description: `Encrypts the Terraform state in OSS bucket ${props.bucketName} (alicloud-ecs-hardened)`, tags: props.tags,
    });

    // --- access-log bucket -------------------------------------------------------------------
    this.logBucket = this.hardenedBucket('LogBucket', logBucketName, {
      loggingPrefix: 'log-bucket/',
      retentionDays: logs.retentionDays ?? 365,
    }, props, lifecycle);
    if (logs.wormRetentionDays !== undefined) {
      this.logBucketWorm = new OssBucketWorm(this, 'LogBucketWorm', {
        provider, bucket: this.logBucket.bucket, retentionPeriodInDays: logs.wormRetentionDays, status: 'InProgress',
      });
    }

    // --- state bucket ------------------------------------------------------------------------
    this.bucket = this.hardenedBucket('Bucket', props.bucketName, {
      logTarget: this.logBucket, loggingPrefix: logs.prefix ?? 'state-bucket/',
    }, props, lifecycle);

    // --- lock table --------------------------------------------------------------------------
    this.lockInstance = new OtsInstance(this, 'LockInstance', {
      provider,
      name: this.lockInstanceName,
      description: `Terraform state locks for OSS bucket ${props.bucketName}`,
      instanceType: 'HighPerformance',
      networkTypeAcl: networks,
      networkSourceAcl: ['TRUST_PROXY'],
      tags: props.tags,
      lifecycle,
    });
    if (props.lockTableVpc) {
      this.lockTableAttachment = new OtsInstanceAttachment(this, 'LockInstanceVpc', {
        provider, instanceName: this.lockInstance.name, vpcName: props.lockTableVpc.vpcName, vswitchId: props.lockTableVpc.vswitchId,
      });
    } else if (exposed.length === 0) {
      addHardeningWarning(this, 'StateBackendBootstrap.LockTableUnreachable',
        'the lock table admits VPC requests only, but no VPC is bound (lockTableVpc): pipelines cannot take locks until one is');
    }
    this.lockTable = new OtsTable(this, 'LockTable', {
      provider,
      instanceName: this.lockInstance.name,
      tableName: this.lockTableName,
      primaryKey: [{ name: LOCK_TABLE_PRIMARY_KEY.name, type: LOCK_TABLE_PRIMARY_KEY.type }],
      timeToLive: -1,
      maxVersion: 1,
      enableSse: true,
      sseKeyType: 'SSE_KMS_SERVICE',
      lifecycle,
      dependsOn: this.lockTableAttachment ? [this.lockTableAttachment] : undefined,
    });
    const vpcOnly = exposed.length === 0;
    this.tablestoreEndpoint = tablestoreEndpointOf(this.lockInstanceName, props.region, vpcOnly);

    // --- pipeline policy ---------------------------------------------------------------------
    const prefix = this.statePrefix.replace(/\/+$/, '');
    this.pipelinePolicy = new LeastPrivilegeRamPolicy(this, 'PipelinePolicy', {
      provider,
      description: `Read and write Terraform state under ${props.bucketName}/${prefix}/ and take locks in ${this.lockTableName} (HTTPS only)`,
      statements: [
        // Listing (workspaces) only under the prefix.
        new PolicyStatement({
          actions: ['oss:ListObjects'],
          resources: [`acs:oss:*:*:${props.bucketName}`],
          conditions: { StringLike: { 'oss:Prefix': [`${prefix}/*`] } },
        }),
        new PolicyStatement({
          actions: ['oss:DeleteObject', 'oss:GetObject', 'oss:PutObject'],
          resources: [`acs:oss:*:*:${props.bucketName}/${prefix}/*`],
        }),
        new PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [this.encryptionKey.keyArn] }),
        new PolicyStatement({
          actions: ['ots:DeleteRow', 'ots:GetRow', 'ots:PutRow', 'ots:UpdateRow'],
          resources: [`acs:ots:${props.region}:*:instance/${this.lockInstanceName}/table/${this.lockTableName}`],
        }),
      ],
    });

    const mine: TerraformResource[] = [this.bucket, this.logBucket, this.lockInstance, this.lockTable];
    if (destroyReason !== undefined) recordOptOut(this, 'StateBackendBootstrap.AllowDestroy', destroyReason, mine);
    if (internetReason !== undefined) recordOptOut(this, 'StateBackendBootstrap.LockTableInternetAccess', internetReason, [this.lockInstance]);

    // --- outputs: everything HardenedOssBackend needs ---------------------------------------
    const out = (name: string, value: string, description: string) =>
      new TerraformOutput(this, name, { value, description, staticId: true });
    out('state_bucket', this.bucket.bucket, 'HardenedOssBackend bucket');
    out('state_region', props.region, 'HardenedOssBackend region');
    out('state_endpoint', this.ossEndpoint, 'HardenedOssBackend endpoint (HTTPS)');
    out('state_prefix', prefix, 'HardenedOssBackend prefix');
    out('state_kms_key_id', this.encryptionKey.keyId, 'Customer key of the state bucket default encryption');
    out('tablestore_endpoint', this.tablestoreEndpoint, 'HardenedOssBackend tablestoreEndpoint');
    out('tablestore_table', this.lockTable.tableName, 'HardenedOssBackend tablestoreTable');
    out('access_log_bucket', this.logBucket.bucket, 'Bucket holding the state bucket access logs');
    out('pipeline_policy_name', this.pipelinePolicy.policyName, 'RAM policy to attach to the pipelines role or group');
  }

  private defaultLogBucketName(check: Check, bucketName: string): string {
    if (!isToken(bucketName) && bucketName.length > PLATFORM_LIMITS.maxBucketNameLength - 5) {
      check.fail('LogBucketNameTooLong', 'accessLogs.bucketName', undefined,
        `a log bucket name: the default "<bucketName>-logs" would exceed ${PLATFORM_LIMITS.maxBucketNameLength} characters`);
    }
    return `${bucketName}-logs`;
  }

  private hardenedBucket(id: string, name: string, opts: { logTarget?: OssBucket; loggingPrefix: string; retentionDays?: number },
    props: StateBackendBootstrapProps, lifecycle: { preventDestroy: boolean } | undefined): OssBucket {
    const provider = props.provider;
    const bucket = new OssBucket(this, id, {
      provider,
      bucket: name,
      storageClass: 'Standard',
      versioning: { status: 'Enabled' },
      serverSideEncryptionRule: { sseAlgorithm: 'KMS', kmsMasterKeyId: this.encryptionKey.keyId },
      // The log bucket logs its own access into itself (under its own prefix): checkov CKV_ALI_12 wants
      // logging on every bucket, and a third bucket would only move the question.
      logging: { targetBucket: opts.logTarget ? opts.logTarget.bucket : name, targetPrefix: opts.loggingPrefix },
      // checkov CKV_ALI_11; no cost until the accelerate endpoint is used.
      transferAcceleration: { enabled: true },
      policy: secureTransportPolicy(name),
      lifecycleRule: opts.retentionDays !== undefined ? [{
        id: 'expire-access-logs',
        enabled: true,
        prefix: '',
        expiration: [{ days: opts.retentionDays }],
        noncurrentVersionExpiration: [{ days: opts.retentionDays }],
      }] : undefined,
      forceDestroy: false,
      tags: props.tags,
      lifecycle,
    });
    new OssBucketAcl(this, `${id}Acl`, { provider, bucket: bucket.bucket, acl: STATE_OBJECT_ACL });
    new OssBucketPublicAccessBlock(this, `${id}PublicAccessBlock`, { provider, bucket: bucket.bucket, blockPublicAccess: true });
    new OssBucketHttpsConfig(this, `${id}Https`, { provider, bucket: bucket.bucket, enable: true, tlsVersions: [...STATE_BUCKET_TLS_VERSIONS] });
    return bucket;
  }
}

/**
 * The bucket policy of the state and log buckets: deny every request made without HTTPS
 * (`acs:SecureTransport` false), for every principal ("Bucket policy", OSS docs; RAM "Policy
 * elements"). It is the bucket's inline `policy`: a separate `alicloud_oss_bucket_policy` would fight
 * the bucket's `policy` attribute, which the provider reads back (resource_alicloud_oss_bucket.go).
 */
export function secureTransportPolicy(bucketName: string): string {
  return JSON.stringify({
    Version: '1',
    Statement: [{
      Effect: 'Deny',
      Principal: ['*'],
      Action: ['oss:*'],
      Resource: [`acs:oss:*:*:${bucketName}`, `acs:oss:*:*:${bucketName}/*`],
      Condition: { Bool: { 'acs:SecureTransport': ['false'] } },
    }],
  });
}

/** `tfl` + 12 hex characters of the bucket name's SHA-256 (15 characters, a valid Tablestore name). */
function defaultLockInstanceName(check: Check, bucketName: string): string {
  if (isToken(bucketName)) {
    check.fail('LockInstanceNameRequired', 'lockInstanceName', undefined,
      'an explicit Tablestore instance name when bucketName is a token (the default is derived from the literal bucket name)');
  }
  return `tfl${createHash('sha256').update(bucketName).digest('hex').slice(0, 12)}`;
}
