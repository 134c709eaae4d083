import { Construct } from 'constructs';
import { Fn, Op, TerraformProvider, TerraformStack } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls';
import { HardenedConstructProps, OptOut } from '../core';
import { checkDescription, checkProvider, checkTags, providerSuffix } from '../core/construct-checks';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { KmsAlias } from '../generated/providers/alicloud/kms-alias';
import { KmsKey } from '../generated/providers/alicloud/kms-key';
import { Grant, IGrantable } from '../identity/grant';

/** Days in seconds (KMS reads `RotationInterval` back in seconds). */
const SECONDS_PER_DAY = 86400;

/**
 * A KMS customer master key that ECS can use to encrypt disks and snapshots.
 */
export interface IEncryptionKey {
  /**
   * The plain KMS key id (e.g. `key-hzz62f1cb66fa42qo****`), which is what disks need: ECS reads
   * `KMSKeyId` back as the plain id, and `kms_key_id` is ForceNew on `alicloud_ecs_disk`, so an alias
   * or ARN would make Terraform replace the disk on every plan (provider v1.285.0,
   * `resource_alicloud_ecs_disk.go`).
   */
  readonly keyId: string;
  /** The key ARN (`acs:kms:<region>:<account>:key/<id>`), for RAM policies. */
  readonly keyArn: string;
  /**
   * Lets `grantee` (e.g. a `SecureInstance`'s role) encrypt and decrypt with this key:
   * {@link KMS_ENCRYPT_DECRYPT_ACTIONS} on the key ARN only, HTTPS only.
   */
  grantEncryptDecrypt(grantee: IGrantable): Grant;
}

/**
 * The KMS actions `grantEncryptDecrypt` allows: envelope encryption with the key (KMS API
 * reference: Encrypt, Decrypt, GenerateDataKey).
 */
export const KMS_ENCRYPT_DECRYPT_ACTIONS: readonly string[] = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'];

/**
 * Key specs ECS accepts for encrypted cloud disks.
 *
 * Source: "Encrypt ECS data" (https://help.aliyun.com/en/ecs/user-guide/encrypt-data-stored-on-ecs-resources):
 * "select the Aliyun_AES_256 or Aliyun_SM4 key type. ECS does not support other key types for encrypted cloud disks."
 */
export enum EncryptionKeySpec {
  /** AES-256 (default). */
  AES_256 = 'Aliyun_AES_256',
  /** SM4, for Chinese national cryptographic standard (GB/T 32907) requirements. */
  SM4 = 'Aliyun_SM4',
}

/** Where the key material is protected (`protection_level`). */
export enum KeyProtectionLevel {
  /** Software-protected key (provider default). */
  SOFTWARE = 'SOFTWARE',
  /** Key material protected by a hardware security module. */
  HSM = 'HSM',
}

// Bounds of the key properties: the control catalogue's PLATFORM_LIMITS (sources in LIMIT_SOURCES).
const ENCRYPTION_KEY_LIMITS = {
  minRotationDays: PLATFORM_LIMITS.minRotationDays,
  maxRotationDays: PLATFORM_LIMITS.maxRotationDays,
  maxLongRotationDays: PLATFORM_LIMITS.maxLongRotationDays,
  minPendingWindowDays: PLATFORM_LIMITS.minPendingWindowDays,
  maxPendingWindowDays: PLATFORM_LIMITS.maxPendingWindowDays,
} as const;

/**
 * Props of {@link EncryptionKey}.
 */
export interface EncryptionKeyProps extends HardenedConstructProps {
  /**
   * Description of the key.
   *
   * @default 'Customer master key managed by alicloud-ecs-hardened'
   */
  readonly description?: string;

  /**
   * An alias for the key (`alicloud_kms_alias`), e.g. `alias/app-data`. It must start with `alias/`,
   * followed by 1 to 255 letters, digits, `_`, `-` or `/`, and must not use the reserved `alias/acs`
   * prefix (KMS CreateAlias API docs; provider docs of `alicloud_kms_alias`). Disks never use the
   * alias: they always take {@link EncryptionKey.keyId}.
   *
   * @default - no alias
   */
  readonly alias?: string;

  /**
   * Key spec. `Aliyun_SM4` serves national-standard (GB/T) requirements; pair it with
   * `EncryptAlgorithm.SM4_128` on disks.
   *
   * @default EncryptionKeySpec.AES_256 - the provider's and ECS's default; the only specs ECS accepts
   * are `Aliyun_AES_256` and `Aliyun_SM4` (https://help.aliyun.com/en/ecs/user-guide/encrypt-data-stored-on-ecs-resources)
   */
  readonly keySpec?: EncryptionKeySpec;

  /**
   * Protection level of the key material (ForceNew in the provider).
   *
   * @default KeyProtectionLevel.SOFTWARE - provider default `SOFTWARE`
   */
  readonly protectionLevel?: KeyProtectionLevel;

  /**
   * Days between automatic key rotations (rendered as seconds, e.g. `31536000s`, the form the KMS
   * API reads back, so plans stay clean). Accepted: 7 to 365 days (UpdateRotationPolicy API docs);
   * 366 to 730 days only with `allowLongRotationInterval`.
   *
   * Implements the Cloud Config rule `kms-key-rotation-enabled`, Checkov CKV_ALI_27 ("Ensure KMS Key
   * Rotation is enabled") and KICS "High KMS Key Rotation Period" (at most one year). The CIS Alibaba
   * Cloud Foundations Benchmark has no KMS section.
   *
   * @default 365
   */
  readonly rotationIntervalDays?: number;

  /**
   * Allows a rotation interval of 366 to 730 days (the limit of older KMS API versions; current
   * API docs say 365 days at most, so KMS may reject it).
   *
   * @default - rotation intervals above 365 days are rejected
   */
  readonly allowLongRotationInterval?: OptOut;

  /**
   * Turns automatic key rotation off (e.g. for an HSM key in a KMS instance type that cannot rotate:
   * "Only symmetric keys in KMS instances of the software key management type support key rotation",
   * UpdateRotationPolicy API docs).
   *
   * @default - rotation is enabled (`automatic_rotation = "Enabled"`)
   */
  readonly disableRotation?: OptOut;

  /**
   * Days the key stays in PendingDeletion after a destroy. Always set: the provider cannot destroy a
   * key without it (`Argument "pending_window_in_days" or "deletion_window_in_days" must be set one!`).
   * 7 to 366 (provider validator IntBetween(7, 366)).
   *
   * @default 30
   */
  readonly pendingWindowDays?: number;

  /**
   * Turns KMS deletion protection off.
   *
   * Deletion protection implements the Cloud Config rule `kms-key-delete-protection-enabled`: a
   * deleted key makes every disk and snapshot encrypted with it unrecoverable
   * (https://help.aliyun.com/en/ecs/user-guide/encrypt-data-stored-on-ecs-resources).
   *
   * @default - `deletion_protection = "Enabled"`
   */
  readonly disableDeletionProtection?: OptOut;

  /**
   * The KMS instance (KMS 3.0, `dkms_instance_id`) that holds the key. ForceNew.
   *
   * @default - the region's default KMS
   */
  readonly kmsInstanceId?: string;

  /**
   * Tags of the key.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** The attributes of an existing KMS key, for `EncryptionKey.fromEncryptionKeyAttributes`. */
export interface EncryptionKeyAttributes {
  /** The plain key id (aliases and ARNs are rejected: disks need the plain id). */
  readonly keyId: string;
  /**
   * The key ARN.
   *
   * @default - `acs:kms:*:*:key/<keyId>` (a RAM resource pattern matching the key in any region and account)
   */
  readonly keyArn?: string;
}

/** What created and imported keys share (as AWS CDK's `KeyBase`): grants on the key ARN. */
abstract class EncryptionKeyBase extends Construct implements IEncryptionKey {
  public abstract readonly keyId: string;
  public abstract readonly keyArn: string;

  /** Lets `grantee` encrypt and decrypt with this key (`kms:Encrypt`, `kms:Decrypt`, `kms:GenerateDataKey` on the key ARN). */
  public grantEncryptDecrypt(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: [...KMS_ENCRYPT_DECRYPT_ACTIONS], resourceArns: [this.keyArn] });
  }
}

/**
 * A KMS customer master key (`alicloud_kms_key`), hardened by default: automatic rotation every 365
 * days, deletion protection, a 30-day pending-deletion window (always set), `Enabled` state,
 * `Aliyun_AES_256` spec, optional alias.
 *
 * Use {@link EncryptionKey.keyId} (never the alias or ARN) for disks.
 */
export class EncryptionKey extends EncryptionKeyBase {
  /** Imports an existing key from its attributes. */
  public static fromEncryptionKeyAttributes(scope: Construct, id: string, attrs: EncryptionKeyAttributes): IEncryptionKey {
    new Check(scope, 'EncryptionKey').object('attrs', attrs);
    return new ImportedEncryptionKey(scope, id, attrs?.keyId, attrs?.keyArn);
  }

  /**
   * Imports an existing key by its plain key id. Aliases (`alias/...`) and ARNs are rejected: disks
   * need the plain id.
   *
   * @param keyArn the key ARN; when omitted, `acs:kms:*:*:key/<keyId>` (a RAM resource pattern
   * matching the key in any region and account) is used.
   */
  public static fromKeyId(scope: Construct, id: string, keyId: string, keyArn?: string): IEncryptionKey {
    return EncryptionKey.fromEncryptionKeyAttributes(scope, id, { keyId, keyArn });
  }

  /**
   * The key used for the scope when none is given: ONE key per (stack, provider), created lazily at
   * stack level (construct id `DefaultEncryptionKey`, plus a provider suffix for a non-default
   * provider) the first time any construct asks for it, with all hardened defaults and no alias (an
   * alias is account-wide per region and would clash between stacks). This is the key every
   * `EncryptedDisk`, `SnapshotPolicy` copy and `AccountEncryptionDefaults` uses when none is given.
   */
  public static defaultFor(scope: Construct, provider?: TerraformProvider): IEncryptionKey {
    const stack = TerraformStack.of(scope);
    const id = `DefaultEncryptionKey${providerSuffix(provider)}`;
    const existing = stack.node.tryFindChild(id);
    if (existing instanceof EncryptionKey) return existing;
    return new EncryptionKey(stack, id, {
      description: `Default disk encryption key of stack ${stack.node.id} (alicloud-ecs-hardened)`,
      provider,
    });
  }

  /** The plain KMS key id: what disks, snapshot copies and account defaults use. */
  public readonly keyId: string;
  /** The key ARN. */
  public readonly keyArn: string;
  /** The key spec. */
  public readonly keySpec: string;
  /** The alias name, when one was given. */
  public readonly aliasName?: string;
  /** The underlying `alicloud_kms_key`. */
  public readonly resource: KmsKey;
  /** The `alicloud_kms_alias`, when an alias was given. */
  public readonly alias?: KmsAlias;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps = {}) {
    super(scope, id);
    const check = new Check(this, 'EncryptionKey');
    check.object('props', props);
    props = props ?? {};
    checkProvider(check, props.provider);
    checkDescription(check, 'description', props.description);
    check.oneOf('keySpec', props.keySpec, Object.values(EncryptionKeySpec));
    check.oneOf('protectionLevel', props.protectionLevel, Object.values(KeyProtectionLevel));
    check.integer('pendingWindowDays', props.pendingWindowDays,
      ENCRYPTION_KEY_LIMITS.minPendingWindowDays, ENCRYPTION_KEY_LIMITS.maxPendingWindowDays);
    checkTags(check, 'tags', props.tags);
    if (props.kmsInstanceId !== undefined) check.required('kmsInstanceId', props.kmsInstanceId);

    const longReason = props.allowLongRotationInterval !== undefined
      ? checkOptOut(this, 'allowLongRotationInterval', props.allowLongRotationInterval) : undefined;
    const noRotationReason = props.disableRotation !== undefined
      ? checkOptOut(this, 'disableRotation', props.disableRotation) : undefined;
    const noProtectionReason = props.disableDeletionProtection !== undefined
      ? checkOptOut(this, 'disableDeletionProtection', props.disableDeletionProtection) : undefined;

    const rotationDays = props.rotationIntervalDays ?? ENCRYPTION_KEY_LIMITS.maxRotationDays;
    if (noRotationReason !== undefined && props.rotationIntervalDays !== undefined) {
      check.fail('RotationConflict', 'rotationIntervalDays', props.rotationIntervalDays, 'no rotation interval when disableRotation is set');
    }
    const maxDays = longReason !== undefined ? ENCRYPTION_KEY_LIMITS.maxLongRotationDays : ENCRYPTION_KEY_LIMITS.maxRotationDays;
    check.integer('rotationIntervalDays', rotationDays, ENCRYPTION_KEY_LIMITS.minRotationDays, maxDays);

    if (props.alias !== undefined) {
      check.text('alias', props.alias, {
        min: 7,
        max: 261,
        pattern: /^alias\/(?!acs(\/|$))[A-Za-z0-9_/-]{1,255}$/,
        patternText: 'starting with "alias/" followed by letters, digits, "_", "-" or "/" (not the reserved "alias/acs" prefix)',
        code: 'InvalidAlias',
      });
    }

    this.keySpec = props.keySpec ?? EncryptionKeySpec.AES_256;
    const protectionLevel = props.protectionLevel ?? KeyProtectionLevel.SOFTWARE;

    this.resource = new KmsKey(this, 'Resource', {
      provider: props.provider,
      description: props.description ?? 'Customer master key managed by alicloud-ecs-hardened',
      keySpec: this.keySpec,
      keyUsage: 'ENCRYPT/DECRYPT',
      protectionLevel,
      automaticRotation: noRotationReason === undefined ? 'Enabled' : 'Disabled',
      rotationInterval: noRotationReason === undefined ? rotationInterval(rotationDays) : undefined,
      pendingWindowInDays: props.pendingWindowDays ?? 30,
      deletionProtection: noProtectionReason === undefined ? 'Enabled' : 'Disabled',
      deletionProtectionDescription: noProtectionReason === undefined
        ? 'Protects the disks and snapshots encrypted with this key (alicloud-ecs-hardened)' : undefined,
      status: 'Enabled',
      dkmsInstanceId: props.kmsInstanceId,
      tags: props.tags,
    });
    this.keyId = this.resource.id;
    this.keyArn = this.resource.arn;

    if (longReason !== undefined) recordOptOut(this, 'EncryptionKey.LongRotationInterval', longReason, [this.resource]);
    if (noRotationReason !== undefined) recordOptOut(this, 'EncryptionKey.Rotation', noRotationReason, [this.resource]);
    if (noProtectionReason !== undefined) recordOptOut(this, 'EncryptionKey.DeletionProtection', noProtectionReason, [this.resource]);

    if (protectionLevel === KeyProtectionLevel.HSM && noRotationReason === undefined) {
      addHardeningWarning(this, 'EncryptionKey.HsmRotation',
        'automatic rotation is only supported for software-protected symmetric keys in KMS instances '
        + '(UpdateRotationPolicy API docs); if KMS rejects rotation for this HSM key, set disableRotation with a reason');
    }

    if (props.alias !== undefined) {
      this.aliasName = props.alias;
      this.alias = new KmsAlias(this, 'Alias', {
        provider: props.provider,
        aliasName: props.alias,
        keyId: this.resource.id,
      });
    }
  }

}

/** `rotation_interval` in seconds, the form KMS reads back (`604800s`), so literal plans stay clean. */
function rotationInterval(days: number): string {
  if (isToken(days)) return Fn.format('%ds', [Op.mul(days, SECONDS_PER_DAY)]);
  return `${days * SECONDS_PER_DAY}s`;
}

class ImportedEncryptionKey extends EncryptionKeyBase {
  public readonly keyId: string;
  public readonly keyArn: string;

  constructor(scope: Construct, id: string, keyId: string, keyArn?: string) {
    super(scope, id);
    const check = new Check(this, 'EncryptionKey');
    check.required('keyId', keyId);
    if (!isToken(keyId) && (/^alias\//.test(keyId) || /^acs:/.test(keyId))) {
      check.fail('NotPlainKeyId', 'keyId', keyId,
        'the plain KMS key id (e.g. "key-hzz62f1cb66fa42qo****"); an alias or ARN makes Terraform replace encrypted disks on every plan');
    }
    if (keyArn !== undefined) {
      check.text('keyArn', keyArn, { max: 512, pattern: /^acs:kms:/, patternText: 'starting with "acs:kms:"', code: 'InvalidArn' });
    }
    this.keyId = keyId;
    this.keyArn = keyArn ?? `acs:kms:*:*:key/${keyId}`;
  }
}
