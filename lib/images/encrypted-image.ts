import { Construct } from 'constructs';
import { IEncryptedSnapshot } from './encrypted-snapshot';
import { IMachineImage, imageIdOf } from './machine-image';
import { TerraformProvider, TerraformResource, TerraformStack } from '../cdktf';
import { checkAccountId, checkImageId, checkImageName, checkKey, checkRegion, checkSnapshotId, providerOfKey } from './private/image-checks';
import { checkDescription, checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { Image } from '../generated/providers/alicloud/image';
import { ImageCopy } from '../generated/providers/alicloud/image-copy';
import { ImageSharePermission } from '../generated/providers/alicloud/image-share-permission';
import { EncryptionKey, IEncryptionKey } from '../storage/encryption-key';

/** A custom image encrypted with a customer-managed KMS key. */
export interface IEncryptedImage extends IMachineImage {
  /** The image id (`m-...`). */
  readonly imageId: string;
  /** The customer key that encrypts the image's system disk snapshot. */
  readonly encryptionKey: IEncryptionKey;
}

/** Attributes of an existing encrypted image for {@link EncryptedImage.fromImageAttributes}. */
export interface EncryptedImageAttributes {
  /** The image id (`m-...`). */
  readonly imageId: string;
  /** The customer key that encrypts it. Not verified: state the key the image was encrypted with. */
  readonly encryptionKey: IEncryptionKey;
}

/** The instance an image is created from: a `SecureInstance` (its system disk is always encrypted). */
export interface EncryptedImageInstanceSource {
  /** The instance id. */
  readonly instanceId: string;
  /** The customer key of its system disk. */
  readonly encryptionKey: IEncryptionKey;
}

/** Options every way of making an {@link EncryptedImage} shares. */
export interface EncryptedImageOptions extends HardenedConstructProps {
  /**
   * Image name: 2–128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and `-`; not
   * starting with `aliyun` or `acs:` (CreateImage / CopyImage `ImageName`). Image names are unique per
   * region and account, so a fixed name makes a replacement fail until the old image is gone.
   * @default - chosen by ECS
   */
  readonly imageName?: string;
  /** Description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
  /** Tags of the image. Keys and values must not start with `aliyun` or `acs:`. @default - none */
  readonly tags?: Record<string, string>;
  /**
   * Deletes the image's own snapshots when the image is destroyed (`delete_auto_snapshot`).
   * @default true for `fromInstance` and `copyOf` (the snapshots were created for the image); false for
   * `fromSnapshot`, where the image's snapshot is the source snapshot (your backup) itself
   */
  readonly deleteSnapshotsOnDestroy?: boolean;
}

/** Options of {@link EncryptedImage.fromInstance}. */
export interface EncryptedImageFromInstanceOptions extends EncryptedImageOptions {
  /**
   * Image family (2–128 characters, the image name rules), so instances can take the newest image of
   * the family (`MachineImage.lookup({ owners: 'self', imageFamily })`).
   * @default - none
   */
  readonly imageFamily?: string;
}

/** Options of {@link EncryptedImage.fromSnapshot}. */
export interface EncryptedImageFromSnapshotOptions extends EncryptedImageFromInstanceOptions {
  /** Architecture of the system disk in the snapshot (ForceNew). @default 'x86_64' (provider default) */
  readonly architecture?: 'i386' | 'x86_64' | 'arm64';
  /** Operating system distribution of the snapshot (ForceNew), e.g. `Aliyun`, `Ubuntu`. @default - detected by ECS */
  readonly platform?: string;
}

/** Options of {@link EncryptedImage.copyOf}. */
export interface EncryptedImageCopyOptions extends EncryptedImageOptions {
  /**
   * The region the source image is in (`source_region_id`, required by the provider). The copy is made
   * in the region of `provider` (an aliased provider for another region; CopyImage
   * `DestinationRegionId` is the provider's region).
   */
  readonly sourceRegion: string;
  /**
   * The customer key of the copy. It must be in the destination region (the region of `provider`):
   * create it with the same provider, or import it with `EncryptionKey.fromKeyId`. Plain key id only.
   * @default EncryptionKey.defaultFor(scope, provider): the stack's default key for that provider
   */
  readonly encryptionKey?: IEncryptionKey;
}

/** How an {@link EncryptedImage} was made. */
export type EncryptedImageSource = 'instance' | 'snapshot' | 'copy';

/**
 * A custom image encrypted with a customer-managed KMS key. Control: "Ensure data security" (image
 * encryption: https://www.alibabacloud.com/help/en/ecs/data-security); rule ALI-IMG-001 / ALI-IMG-004.
 *
 * `alicloud_image` has no encryption arguments (provider v1.285.0): its encryption is inherited, so each
 * path yields a different key:
 *
 * | path | resource | key of the image |
 * | --- | --- | --- |
 * | `fromInstance(instance)` | `alicloud_image.instance_id` | the instance's system disk key (`instance.encryptionKey`); data disk snapshots keep their disks' keys |
 * | `fromSnapshot(snapshot)` | `alicloud_image.snapshot_id` | the key of the disk the snapshot was taken from (`snapshot.encryptionKey`) |
 * | `copyOf(image, { encryptionKey })` | `alicloud_image_copy` with `encrypted = true`, `kms_key_id` | `encryptionKey` (a key in the provider's region), whatever the source image's encryption |
 *
 * Use `copyOf` to encrypt a public, shared or unencrypted image, to re-key an image, or to bring an image
 * to another region. An image is never deleted while instances use it (`force` is never set).
 */
export class EncryptedImage extends Construct implements IEncryptedImage {
  /**
   * An image of a `SecureInstance` (CreateImage `InstanceId`): ECS snapshots every disk of the instance,
   * so the image's system disk is encrypted with the instance's key. The instance must be Running or
   * Stopped; an image of a running instance is crash-consistent (stop it, or flush application data,
   * for a consistent image). The image is made once: `instance_id` is not ForceNew in the provider
   * (v1.285.0), so the construct adds `lifecycle.replace_triggered_by` on the instance id (a replaced
   * instance gives a new image); for a new image of the same instance, replace the image resource
   * (`terraform apply -replace`).
   */
  public static fromInstance(scope: Construct, id: string, instance: EncryptedImageInstanceSource,
    options: EncryptedImageFromInstanceOptions = {}): EncryptedImage {
    return new EncryptedImage(scope, id, { kind: 'instance', instance, options });
  }

  /**
   * An image of an encrypted system disk snapshot (CreateImage `SnapshotId`), encrypted with the key of
   * the snapshotted disk (`snapshot.encryptionKey`). The snapshot is kept when the image is destroyed
   * unless `deleteSnapshotsOnDestroy` is set (warning `EncryptedImage.DeletesSourceSnapshot`).
   * `snapshot_id` is not ForceNew in the provider (v1.285.0): the construct adds
   * `lifecycle.replace_triggered_by` on the snapshot id when the snapshot is an `EncryptedSnapshot` of
   * this app (a new snapshot gives a new image).
   */
  public static fromSnapshot(scope: Construct, id: string, snapshot: IEncryptedSnapshot,
    options: EncryptedImageFromSnapshotOptions = {}): EncryptedImage {
    return new EncryptedImage(scope, id, { kind: 'snapshot', snapshot, options });
  }

  /**
   * An encrypted copy (`alicloud_image_copy`, `encrypted = true`, `kms_key_id` = the customer key) of any
   * image: a public, shared or unencrypted image, or an image in another region. The copy is made in the
   * region of `options.provider`.
   */
  public static copyOf(scope: Construct, id: string, image: string | IMachineImage, options: EncryptedImageCopyOptions): EncryptedImage {
    return new EncryptedImage(scope, id, { kind: 'copy', image, options });
  }

  /** Imports an existing encrypted image, stating its key (not verified). */
  public static fromImageAttributes(scope: Construct, id: string, attrs: EncryptedImageAttributes): IEncryptedImage {
    return new ImportedEncryptedImage(scope, id, attrs);
  }

  /** The image id. */
  public readonly imageId: string;
  /** The customer key of the image (see the table in the class docs). */
  public readonly encryptionKey: IEncryptionKey;
  /** How the image was made. */
  public readonly source: EncryptedImageSource;
  /** The `alicloud_image` (`fromInstance`, `fromSnapshot`) or `alicloud_image_copy` (`copyOf`). */
  public readonly resource: Image | ImageCopy;
  /** The shares added with {@link shareWith}. */
  public readonly shares: ImageSharePermission[] = [];

  private readonly provider?: TerraformProvider;

  private constructor(scope: Construct, id: string, spec:
  | { kind: 'instance'; instance: EncryptedImageInstanceSource; options: EncryptedImageFromInstanceOptions }
  | { kind: 'snapshot'; snapshot: IEncryptedSnapshot; options: EncryptedImageFromSnapshotOptions }
  | { kind: 'copy'; image: string | IMachineImage; options: EncryptedImageCopyOptions }) {
    super(scope, id);
    const check = new Check(this, 'EncryptedImage');
    if (spec.options === undefined || spec.options === null) check.fail('NotObject', 'options', spec.options, 'an object');
    check.object('options', spec.options);
    const options: EncryptedImageFromSnapshotOptions & Partial<EncryptedImageCopyOptions> = spec.options;
    checkProvider(check, options.provider);
    this.provider = options.provider;
    checkImageName(check, 'imageName', options.imageName);
    checkDescription(check, 'description', options.description);
    checkTags(check, 'tags', options.tags);
    check.bool('deleteSnapshotsOnDestroy', options.deleteSnapshotsOnDestroy);
    this.source = spec.kind;

    if (spec.kind === 'copy') {
      const sourceImageId = imageIdOf(check, 'image', spec.image);
      if (typeof spec.image === 'string') checkImageId(check, 'image', spec.image);
      if (spec.image === undefined) check.fail('Required', 'image', spec.image, 'an image id or an IMachineImage');
      checkRegion(check, 'sourceRegion', options.sourceRegion);
      checkKey(check, 'encryptionKey', options.encryptionKey);
      if (options.encryptionKey !== undefined) {
        const keyProvider = providerOfKey(options.encryptionKey);
        if (keyProvider !== 'unknown' && keyProvider !== options.provider) {
          check.fail('KeyInOtherRegion', 'encryptionKey', options.encryptionKey.keyId,
            'a key created with the same provider as the copy (the destination region): CopyImage encrypts with a key of the destination region');
        }
      }
      this.encryptionKey = options.encryptionKey ?? EncryptionKey.defaultFor(this, options.provider);
      this.resource = new ImageCopy(this, 'Resource', {
        provider: options.provider,
        sourceImageId,
        sourceRegionId: options.sourceRegion!,
        imageName: options.imageName,
        description: options.description,
        // Always encrypted with the customer key's plain id (both ForceNew; never read back).
        encrypted: true,
        kmsKeyId: this.encryptionKey.keyId,
        deleteAutoSnapshot: options.deleteSnapshotsOnDestroy ?? true,
        tags: options.tags,
      });
    } else {
      checkImageName(check, 'imageFamily', options.imageFamily);
      let instanceId: string | undefined;
      let snapshotId: string | undefined;
      const source = spec.kind === 'instance' ? spec.instance : spec.snapshot;
      const sourceResource = (source as { resource?: unknown } | undefined)?.resource instanceof TerraformResource
        ? (source as unknown as { resource: TerraformResource }).resource : undefined;
      if (spec.kind === 'instance') {
        const instance = spec.instance;
        if (instance === null || typeof instance !== 'object' || instance.instanceId === undefined) {
          check.fail('InvalidInstance', 'instance', instance, 'a SecureInstance (its system disk is encrypted with its customer key)');
        }
        checkKey(check, 'instance.encryptionKey', instance.encryptionKey);
        if (instance.encryptionKey === undefined) {
          check.fail('InvalidInstance', 'instance', '<no encryptionKey>', 'a SecureInstance (an instance whose system disk is encrypted with a known customer key)');
        }
        check.required('instance.instanceId', instance.instanceId);
        instanceId = instance.instanceId;
        this.encryptionKey = instance.encryptionKey;
      } else {
        const snapshot = spec.snapshot;
        if (snapshot === null || typeof snapshot !== 'object' || snapshot.snapshotId === undefined || snapshot.encryptionKey === undefined) {
          check.fail('InvalidSnapshot', 'snapshot', snapshot, 'an IEncryptedSnapshot (EncryptedSnapshot or EncryptedSnapshot.fromSnapshotAttributes)');
        }
        if (!isToken(snapshot.snapshotId)) checkSnapshotId(check, 'snapshot.snapshotId', snapshot.snapshotId);
        checkKey(check, 'snapshot.encryptionKey', snapshot.encryptionKey);
        snapshotId = snapshot.snapshotId;
        this.encryptionKey = snapshot.encryptionKey;
        check.oneOf('architecture', options.architecture, ['i386', 'x86_64', 'arm64']);
        check.text('platform', options.platform, { min: 1, max: 64, code: 'InvalidPlatform' });
        if (options.deleteSnapshotsOnDestroy === true) {
          addHardeningWarning(this, 'EncryptedImage.DeletesSourceSnapshot',
            'deleteSnapshotsOnDestroy is set on an image made from a snapshot: destroying the image deletes the source snapshot '
            + `${isToken(snapshotId) ? '' : `${snapshotId} `}itself (delete_auto_snapshot deletes every snapshot of the image's disk device mappings)`);
        }
      }
      this.resource = new Image(this, 'Resource', {
        provider: options.provider,
        instanceId,
        snapshotId,
        imageName: options.imageName,
        imageFamily: options.imageFamily,
        description: options.description,
        architecture: spec.kind === 'snapshot' ? options.architecture : undefined,
        platform: spec.kind === 'snapshot' ? options.platform : undefined,
        deleteAutoSnapshot: options.deleteSnapshotsOnDestroy ?? (spec.kind === 'instance'),
        tags: options.tags,
        // instance_id / snapshot_id are not ForceNew: follow a replaced source (a new id) with a new image.
        // (Terraform JSON wants a bare reference here; only a resource of this stack can be referenced.)
        lifecycle: sourceResource && TerraformStack.of(sourceResource) === TerraformStack.of(this)
          ? { replaceTriggeredBy: [`${sourceResource.terraformResourceType}.${sourceResource.friendlyUniqueId}.id`] } : undefined,
      });
    }
    this.imageId = this.resource.id;
  }

  /**
   * Shares the image with another Alibaba Cloud account (`alicloud_image_share_permission`). Sharing
   * moves the image outside the account, so it is a recorded opt-out (`EncryptedImage.Share`, the
   * acknowledgement of warning ALI-IMG-002). The other account can only use an encrypted image if it
   * may use the KMS key: grant that separately.
   *
   * @param accountId the Alibaba Cloud account id (UID, digits only)
   */
  public shareWith(accountId: string, optOut: OptOut): ImageSharePermission {
    const check = new Check(this, 'EncryptedImage');
    checkAccountId(check, 'accountId', accountId);
    const reason = checkOptOut(this, 'optOut', optOut);
    const label = isToken(accountId) ? `${this.shares.length + 1}` : accountId;
    if (this.node.tryFindChild(`Share-${label}`)) check.fail('AlreadyShared', 'accountId', accountId, 'an account this image is not yet shared with');
    const share = new ImageSharePermission(this, `Share-${label}`, {
      provider: this.provider,
      imageId: this.imageId,
      accountId,
    });
    recordOptOut(this, 'EncryptedImage.Share', reason, [share as TerraformResource]);
    this.shares.push(share);
    return share;
  }
}

class ImportedEncryptedImage extends Construct implements IEncryptedImage {
  public readonly imageId: string;
  public readonly encryptionKey: IEncryptionKey;
  constructor(scope: Construct, id: string, attrs: EncryptedImageAttributes) {
    super(scope, id);
    const check = new Check(this, 'EncryptedImage');
    if (attrs === undefined || attrs === null) check.fail('Required', 'attrs', attrs, 'an object with imageId and encryptionKey');
    check.object('attrs', attrs);
    check.required('imageId', attrs.imageId);
    check.text('imageId', attrs.imageId, { max: 64, pattern: /^m-[a-z0-9]+$/, patternText: 'that is a custom image id such as "m-bp1g7004ksh0oeuc****"', code: 'InvalidImageId' });
    if (attrs.encryptionKey === undefined) check.fail('InvalidKey', 'encryptionKey', undefined, 'the IEncryptionKey the image is encrypted with (EncryptionKey.fromKeyId)');
    checkKey(check, 'encryptionKey', attrs.encryptionKey);
    this.imageId = attrs.imageId;
    this.encryptionKey = attrs.encryptionKey;
  }
}
