import { Construct } from 'constructs';
import { SECRET_NAME_PATTERN, secretBootScript } from './boot-script';
import { PLATFORM_LIMITS } from '../controls/limits';
import { HardenedConstructProps, OptOut } from '../core';
import { checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { KmsSecret } from '../generated/providers/alicloud/kms-secret';
import { Grant, IGrantable } from '../identity/grant';
import { EncryptionKey, IEncryptionKey } from '../storage/encryption-key';

/** Secret types of KMS Secrets Manager (`secret_type`, provider v1.285.0 `resource_alicloud_kms_secret.go`). */
export enum SecretType {
  /** A generic secret: any text or binary value. KMS cannot rotate it automatically. */
  GENERIC = 'Generic',
  /** ApsaraDB RDS account credentials (managed, rotatable). */
  RDS = 'Rds',
  /** ApsaraDB for Redis account credentials (managed, rotatable). */
  REDIS = 'Redis',
  /** RAM user AccessKey (managed, rotatable). */
  RAM_CREDENTIALS = 'RAMCredentials',
  /** ECS instance password or key pair (managed, rotatable). */
  ECS = 'ECS',
  /** PolarDB account credentials (managed, rotatable). */
  POLARDB = 'PolarDB',
}

/** The KMS action `grantRead` allows on the secret. */
export const SECRET_READ_ACTIONS: readonly string[] = ['kms:GetSecretValue'];
/** The KMS action `grantRead` allows on the secret's key (Secrets Manager decrypts the value with it). */
export const SECRET_KEY_READ_ACTIONS: readonly string[] = ['kms:Decrypt'];

const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };

/** Props of {@link InstanceSecret}. */
export interface InstanceSecretProps extends HardenedConstructProps {
  /**
   * The secret name: 1 to 192 letters, digits and `_/+=.@-` (KMS CreateSecret `SecretName`), not
   * starting with the reserved `acs/`.
   */
  readonly secretName: string;
  /**
   * The secret value. **It is stored in Terraform state in plain text** (`secret_data` is only
   * marked sensitive, which hides it from plan output, not from state): keep state in a
   * `StateBackendBootstrap` bucket (encrypted with a customer key, private, versioned, locked) via
   * `HardenedOssBackend`, pass the value through a sensitive variable, never a literal in code, and
   * rotate it after the first apply when it matters.
   */
  readonly secretData: string;
  /**
   * The customer key the secret is encrypted with (`encryption_key_id`, ForceNew).
   * @default - a new `EncryptionKey` for the secret
   */
  readonly encryptionKey?: IEncryptionKey;
  /**
   * The secret type (ForceNew). Managed types (all but `Generic`) need `extendedConfig` and rotate
   * automatically.
   * @default SecretType.GENERIC
   */
  readonly secretType?: SecretType;
  /**
   * `extended_config` (JSON) of a managed secret type, e.g. `{"SecretSubType":"SingleUser","DBInstanceId":"rm-...","CustomData":{}}`
   * (KMS CreateSecret `ExtendedConfig`). Required for managed types, refused for `Generic`.
   * @default - none
   */
  readonly extendedConfig?: string;
  /**
   * `text` or `binary` (`secret_data_type`).
   * @default 'text'
   */
  readonly secretDataType?: 'text' | 'binary';
  /**
   * The initial version id (`version_id`).
   * @default 'v1'
   */
  readonly versionId?: string;
  /**
   * Automatic rotation interval of a managed secret type, `<integer><d|h|m|s>` between 6 hours and
   * 365 days (UpdateSecretRotationPolicy `RotationInterval`). Generic secrets cannot rotate
   * automatically ("The UpdateSecretRotationPolicy operation cannot be used to update the rotation
   * policy of generic secrets"): an interval is refused for them.
   * @default '30d' for managed types; none for `Generic`
   */
  readonly rotationInterval?: string;
  /**
   * Opt-out: no automatic rotation for a managed secret type. Recorded as `InstanceSecret.Rotation`.
   * @default - managed types rotate every 30 days
   */
  readonly disableRotation?: OptOut;
  /**
   * Days a deleted secret can be restored, 7 to 30 (`recovery_window_in_days`). Immediate deletion
   * (`force_delete_without_recovery`) is never used.
   * @default 30
   */
  readonly recoveryWindowDays?: number;
  /**
   * Description of the secret.
   * @default - 'Secret <name> managed by alicloud-ecs-hardened'
   */
  readonly description?: string;
  /**
   * The KMS instance (KMS 3.0, `dkms_instance_id`) that holds the secret. ForceNew.
   * @default - the region's default KMS
   */
  readonly kmsInstanceId?: string;
  /**
   * Tags of the secret.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** A secret an instance can be granted read access to. */
export interface IInstanceSecret {
  /** The secret name. */
  readonly secretName: string;
  /** The secret ARN (`acs:kms:<region>:<account>:secret/<name>`). */
  readonly secretArn: string;
  /** The key the secret is encrypted with. */
  readonly encryptionKey: IEncryptionKey;
  /** Lets `grantee` read the secret value: {@link SECRET_READ_ACTIONS} on the secret, {@link SECRET_KEY_READ_ACTIONS} on its key. */
  grantRead(grantee: IGrantable): Grant[];
}

/**
 * A KMS Secrets Manager secret (`alicloud_kms_secret`) for workloads on ECS, hardened by default:
 * encrypted with a customer key (never the service key), a 30-day recovery window (immediate
 * deletion never), automatic rotation every 30 days for managed types, and read access granted
 * per instance with `grantRead(instance)`, which adds exactly `kms:GetSecretValue` on this secret and
 * `kms:Decrypt` on its key, HTTPS only, to the instance role's least-privilege policy.
 *
 * The instance reads the value at boot with {@link InstanceSecret.bootScript}: STS credentials of
 * the instance role from the token-only metadata service, never an AccessKey in user data (which the
 * `SecureInstance.UserDataSecret` warning flags).
 *
 * **`secret_data` is stored in Terraform state.** Keep the state remote, encrypted and private
 * (`StateBackendBootstrap` + `HardenedOssBackend`).
 *
 * @example
 * const secret = new InstanceSecret(this, 'DbPassword', { secretName: 'app/db-password', secretData: dbPassword.stringValue });
 * secret.grantRead(instance);
 * new SecureInstance(this, 'Web', { ..., userData: secret.bootScript('cn-hangzhou') }); // then secret.grantRead(instance)
 */
export class InstanceSecret extends Construct implements IInstanceSecret {
  /** The secret name (a reference to the resource). */
  public readonly secretName: string;
  /** The secret ARN (the resource's `arn` attribute). */
  public readonly secretArn: string;
  /** The key the secret is encrypted with. */
  public readonly encryptionKey: IEncryptionKey;
  /** The secret type. */
  public readonly secretType: SecretType;
  /** The L1 `alicloud_kms_secret` (escape hatch). */
  public readonly resource: KmsSecret;

  private readonly literalName: string;

  constructor(scope: Construct, id: string, props: InstanceSecretProps) {
    super(scope, id);
    const check = new Check(this, 'InstanceSecret');
    if (props === undefined || props === null) check.fail('NotObject', 'props', props, 'an object with secretName and secretData');
    check.object('props', props);
    checkProvider(check, props.provider);
    check.required('secretName', props.secretName);
    check.text('secretName', props.secretName, {
      max: PLATFORM_LIMITS.maxSecretNameLength,
      pattern: SECRET_NAME_PATTERN,
      patternText: 'of letters, digits and "_/+=.@-" (KMS CreateSecret SecretName)',
      code: 'InvalidSecretName',
    });
    if (!isToken(props.secretName) && /^acs\//i.test(props.secretName)) {
      check.fail('InvalidSecretName', 'secretName', props.secretName, 'a name that does not start with the reserved "acs/" prefix');
    }
    if (props.secretData === undefined || props.secretData === null || (typeof props.secretData !== 'string')) {
      check.fail('Required', 'secretData', props.secretData === undefined ? undefined : '<redacted>', 'a string (a sensitive variable or another resource attribute)');
    }
    if (!isToken(props.secretData) && props.secretData.length === 0) check.fail('Required', 'secretData', '', 'a non-empty value');
    check.oneOf('secretType', props.secretType, Object.values(SecretType));
    check.oneOf('secretDataType', props.secretDataType, ['text', 'binary']);
    check.text('versionId', props.versionId, { max: 64, pattern: /^[A-Za-z0-9_.-]+$/, patternText: 'of letters, digits and "_.-"' });
    check.integer('recoveryWindowDays', props.recoveryWindowDays,
      PLATFORM_LIMITS.minSecretRecoveryWindowDays, PLATFORM_LIMITS.maxSecretRecoveryWindowDays);
    check.text('description', props.description, { max: PLATFORM_LIMITS.maxSecretDescriptionLength });
    checkTags(check, 'tags', props.tags);
    if (props.kmsInstanceId !== undefined) check.required('kmsInstanceId', props.kmsInstanceId);
    if (props.encryptionKey !== undefined
      && (props.encryptionKey === null || typeof props.encryptionKey !== 'object' || (props.encryptionKey as IEncryptionKey).keyId === undefined)) {
      check.fail('InvalidEncryptionKey', 'encryptionKey', props.encryptionKey, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }

    const type = props.secretType ?? SecretType.GENERIC;
    const managed = type !== SecretType.GENERIC;
    if (managed && !isToken(type)) {
      check.required('extendedConfig', props.extendedConfig);
    }
    if (props.extendedConfig !== undefined && !isToken(props.extendedConfig)) {
      if (!managed) check.fail('ExtendedConfigNotAllowed', 'extendedConfig', props.extendedConfig, 'no extendedConfig for a Generic secret');
      let parsed: unknown;
      try {
        parsed = JSON.parse(props.extendedConfig);
      } catch {
        parsed = undefined;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        check.fail('InvalidExtendedConfig', 'extendedConfig', props.extendedConfig, 'a JSON object (KMS CreateSecret ExtendedConfig)');
      }
    }
    const noRotationReason = props.disableRotation !== undefined ? checkOptOut(this, 'disableRotation', props.disableRotation) : undefined;
    if (!managed && props.rotationInterval !== undefined) {
      check.fail('RotationNotSupported', 'rotationInterval', props.rotationInterval,
        'no rotationInterval for a Generic secret: KMS cannot rotate generic secrets automatically (UpdateSecretRotationPolicy); rotate by writing a new version');
    }
    if (!managed && noRotationReason !== undefined) {
      check.fail('UnusedOptOut', 'disableRotation', 'OptOut', 'no opt-out for a Generic secret (it has no automatic rotation to turn off)');
    }
    if (noRotationReason !== undefined && props.rotationInterval !== undefined) {
      check.fail('RotationConflict', 'rotationInterval', props.rotationInterval, 'no rotation interval when disableRotation is set');
    }
    checkRotationInterval(check, props.rotationInterval);

    this.secretType = type;
    this.literalName = props.secretName;
    this.encryptionKey = props.encryptionKey ?? new EncryptionKey(this, 'Key', {
      provider: props.provider, description: `Encrypts KMS secret ${props.secretName} (alicloud-ecs-hardened)`, tags: props.tags,
    });
    const rotate = managed && noRotationReason === undefined;
    this.resource = new KmsSecret(this, 'Resource', {
      provider: props.provider,
      secretName: props.secretName,
      secretData: props.secretData,
      secretType: type,
      secretDataType: props.secretDataType ?? 'text',
      versionId: props.versionId ?? 'v1',
      encryptionKeyId: this.encryptionKey.keyId,
      extendedConfig: props.extendedConfig,
      enableAutomaticRotation: managed ? rotate : undefined,
      rotationInterval: rotate ? (props.rotationInterval ?? '30d') : undefined,
      recoveryWindowInDays: props.recoveryWindowDays ?? 30,
      forceDeleteWithoutRecovery: false,
      description: props.description ?? `Secret ${props.secretName} managed by alicloud-ecs-hardened`,
      dkmsInstanceId: props.kmsInstanceId,
      tags: props.tags,
    });
    this.secretName = this.resource.secretName;
    this.secretArn = this.resource.arn;
    if (noRotationReason !== undefined) recordOptOut(this, 'InstanceSecret.Rotation', noRotationReason, [this.resource]);
    if (!isToken(props.secretData)) {
      addHardeningWarning(this, 'InstanceSecret.LiteralSecretData',
        'secretData is a literal: it is in the source code and in cdk.tf.json as well as in state; pass it through a '
        + 'sensitive TerraformVariable (e.g. TF_VAR_...) or another resource\'s attribute');
    }
  }

  /**
   * Lets `grantee` (a `SecureInstance` or its role) read the secret: `kms:GetSecretValue` on this
   * secret's ARN and `kms:Decrypt` on its key's ARN, each HTTPS only. Nothing else.
   */
  public grantRead(grantee: IGrantable): Grant[] {
    return [
      Grant.addToPrincipal({ grantee, actions: [...SECRET_READ_ACTIONS], resourceArns: [this.secretArn] }),
      Grant.addToPrincipal({ grantee, actions: [...SECRET_KEY_READ_ACTIONS], resourceArns: [this.encryptionKey.keyArn] }),
    ];
  }

  /**
   * The user-data snippet that reads this secret at boot (see {@link secretBootScript}): the role
   * is discovered on the instance, so the script has no token. Grant it first with
   * `grantRead(instance)`. Needs a literal `secretName`.
   *
   * @param region the secret's region (the provider's region)
   * @param options `path` (default `/run/secrets/<name>`) and `kmsEndpoint` (e.g. `kms-vpc.<region>.aliyuncs.com`)
   */
  public bootScript(region: string, options: { path?: string; kmsEndpoint?: string } = {}): string {
    return secretBootScript({ secretName: this.literalName, region, path: options.path, kmsEndpoint: options.kmsEndpoint });
  }
}

/** Validates a rotation interval `<n><d|h|m|s>` between 6 hours and 365 days (tokens pass). */
function checkRotationInterval(check: Check, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  const m = typeof value === 'string' ? /^([1-9][0-9]{0,8})([dhms])$/.exec(value) : null;
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2]] : NaN;
  if (!m || seconds < PLATFORM_LIMITS.minSecretRotationSeconds || seconds > PLATFORM_LIMITS.maxSecretRotationSeconds) {
    check.fail('InvalidRotationInterval', 'rotationInterval', value,
      'an interval "<integer><d|h|m|s>" from 6 hours to 365 days, e.g. "30d", "720h" (KMS UpdateSecretRotationPolicy RotationInterval)');
  }
}
