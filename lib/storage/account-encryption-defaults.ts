import { Construct } from 'constructs';
import { EncryptionKey, IEncryptionKey } from './encryption-key';
import { TerraformStack } from '../cdktf';
import { HardenedConstructProps, OptOut } from '../core';
import { checkProvider, providerSuffix } from '../core/construct-checks';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check } from '../core/validate';
import { EcsDiskDefaultKmsKey } from '../generated/providers/alicloud/ecs-disk-default-kms-key';
import { EcsDiskEncryptionByDefault } from '../generated/providers/alicloud/ecs-disk-encryption-by-default';

/**
 * Props of {@link AccountEncryptionDefaults}.
 */
export interface AccountEncryptionDefaultsProps extends HardenedConstructProps {
  /**
   * Customer master key that new disks of the region are encrypted with when they name no key
   * (`alicloud_ecs_disk_default_kms_key`).
   *
   * @default - `EncryptionKey.defaultFor(this, provider)`
   */
  readonly encryptionKey?: IEncryptionKey;

  /**
   * Keeps the ECS service key (managed by Alibaba Cloud) as the region's default key instead of a
   * customer key: no `alicloud_ecs_disk_default_kms_key` is created.
   *
   * @default - a customer key is the default key
   */
  readonly useServiceKey?: OptOut;
}

/**
 * Account-level (per region) EBS default encryption: after it is enabled, only encrypted cloud disks
 * can be created in the region ("configure custom policies so that RAM users can create only
 * encrypted disks" in Alibaba Cloud "Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security),
 * enforced at account level).
 *
 * Creates `alicloud_ecs_disk_encryption_by_default { encrypted = true }` and
 * `alicloud_ecs_disk_default_kms_key { kms_key_id }` (provider ≥ 1.277.0 / 1.278.0).
 *
 * Region caveats (EnableDiskEncryptionByDefault API docs,
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-enablediskencryptionbydefault):
 * - the feature "is available only in specific regions and to specific users" (submit a ticket);
 * - KMS must be activated in the region first; the settings apply to the provider's region only,
 *   so use one construct per region (one per stack and provider, enforced here);
 * - the first enablement uses the region's service key until a default KMS key is set;
 * - destroying `alicloud_ecs_disk_encryption_by_default` only removes it from the state (encryption
 *   by default stays on); destroying the default key resource resets the region to the service key.
 */
export class AccountEncryptionDefaults extends Construct {
  /** The `alicloud_ecs_disk_encryption_by_default`. */
  public readonly encryptionByDefault: EcsDiskEncryptionByDefault;
  /** The `alicloud_ecs_disk_default_kms_key` (undefined with `useServiceKey`). */
  public readonly defaultKey?: EcsDiskDefaultKmsKey;
  /** The default key (undefined with `useServiceKey`). */
  public readonly encryptionKey?: IEncryptionKey;

  constructor(scope: Construct, id: string, props: AccountEncryptionDefaultsProps = {}) {
    super(scope, id);
    const check = new Check(this, 'AccountEncryptionDefaults');
    check.object('props', props);
    props = props ?? {};
    checkProvider(check, props.provider);

    const stack = TerraformStack.of(this);
    const marker = `default${providerSuffix(props.provider)}`;
    const claimed = CLAIMED.get(stack) ?? new Map<string, string>();
    if (claimed.has(marker)) {
      check.fail('Duplicate', 'provider', claimed.get(marker),
        'one AccountEncryptionDefaults per stack and provider (the settings are per region)');
    }
    claimed.set(marker, this.node.path);
    CLAIMED.set(stack, claimed);

    const serviceKeyReason = props.useServiceKey !== undefined ? checkOptOut(this, 'useServiceKey', props.useServiceKey) : undefined;
    if (serviceKeyReason !== undefined && props.encryptionKey !== undefined) {
      check.fail('KeyConflict', 'encryptionKey', '<IEncryptionKey>', 'no encryptionKey when useServiceKey is set');
    }
    if (props.encryptionKey !== undefined
      && (props.encryptionKey === null || typeof props.encryptionKey !== 'object' || !('keyId' in props.encryptionKey))) {
      check.fail('InvalidKey', 'encryptionKey', props.encryptionKey, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }

    this.encryptionByDefault = new EcsDiskEncryptionByDefault(this, 'EncryptionByDefault', {
      provider: props.provider,
      encrypted: true,
    });
    if (serviceKeyReason !== undefined) {
      recordOptOut(this, 'AccountEncryptionDefaults.CustomerKey', serviceKeyReason, [this.encryptionByDefault]);
      return;
    }
    this.encryptionKey = props.encryptionKey ?? EncryptionKey.defaultFor(this, props.provider);
    this.defaultKey = new EcsDiskDefaultKmsKey(this, 'DefaultKmsKey', {
      provider: props.provider,
      kmsKeyId: this.encryptionKey.keyId,
      dependsOn: [this.encryptionByDefault],
    });
  }
}

const CLAIMED = new WeakMap<object, Map<string, string>>();
