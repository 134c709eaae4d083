import { Construct } from 'constructs';
import { TerraformProvider } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls/limits';
import { checkSnapshotId } from './private/image-checks';
import { checkDescription, checkProvider, checkTags } from '../core/construct-checks';
import { HardenedConstructProps } from '../core/props';
import { Check } from '../core/validate';
import { EcsSnapshot } from '../generated/providers/alicloud/ecs-snapshot';
import { IEncryptionKey } from '../storage/encryption-key';

/** A snapshot of an encrypted disk, with the key that encrypts it. */
export interface IEncryptedSnapshot {
  /** The snapshot id (`s-...`). */
  readonly snapshotId: string;
  /**
   * The customer key of the snapshot: a snapshot of an encrypted disk is encrypted with the disk's key
   * ("Encrypt ECS data", https://www.alibabacloud.com/help/en/ecs/user-guide/encrypt-data-stored-on-ecs-resources).
   */
  readonly encryptionKey: IEncryptionKey;
}

/**
 * An encrypted disk to snapshot: an `EncryptedDisk` (`diskId`), or a `SecureInstance`'s system disk
 * (`{ diskId: instance.resource.systemDiskId, encryptionKey: instance.encryptionKey }`).
 */
export interface IEncryptedDiskSource {
  /** The disk id. */
  readonly diskId: string;
  /** The customer key that encrypts the disk. */
  readonly encryptionKey: IEncryptionKey;
}

/** Attributes of an existing snapshot for {@link EncryptedSnapshot.fromSnapshotAttributes}. */
export interface EncryptedSnapshotAttributes {
  /** The snapshot id (`s-...`). */
  readonly snapshotId: string;
  /** The customer key that encrypts it (the key of the disk it was taken from). Not verified. */
  readonly encryptionKey: IEncryptionKey;
}

/** Props of {@link EncryptedSnapshot}. */
export interface EncryptedSnapshotProps extends HardenedConstructProps {
  /** The encrypted disk to snapshot (an `EncryptedDisk`, or a `SecureInstance` system disk; see {@link IEncryptedDiskSource}). */
  readonly disk: IEncryptedDiskSource;
  /** Snapshot name, 2–128 characters, starting with a letter. @default - none */
  readonly snapshotName?: string;
  /** Description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
  /** Days ECS keeps the snapshot before releasing it: 1 to 65536. @default - kept until deleted */
  readonly retentionDays?: number;
  /** Tags. @default - none */
  readonly tags?: Record<string, string>;
}

/**
 * A one-off snapshot (`alicloud_ecs_snapshot`) of an encrypted disk, encrypted with the disk's key.
 *
 * Terraform takes the snapshot once, when the resource is created (and again only when the resource is
 * replaced): it cannot schedule snapshots. Scheduled backups are the `SnapshotPolicy` every
 * `SecureInstance` and `EncryptedDisk` is attached to by default. Use this for a point-in-time copy, e.g.
 * before a migration, or as the source of an `EncryptedImage.fromSnapshot`.
 */
export class EncryptedSnapshot extends Construct implements IEncryptedSnapshot {
  /** Imports an existing snapshot, stating the key that encrypts it (not verified). */
  public static fromSnapshotAttributes(scope: Construct, id: string, attrs: EncryptedSnapshotAttributes): IEncryptedSnapshot {
    return new ImportedSnapshot(scope, id, attrs);
  }

  /** The snapshot id. */
  public readonly snapshotId: string;
  /** The key of the snapshotted disk. */
  public readonly encryptionKey: IEncryptionKey;
  /** The `alicloud_ecs_snapshot`. */
  public readonly resource: EcsSnapshot;

  constructor(scope: Construct, id: string, props: EncryptedSnapshotProps) {
    super(scope, id);
    const check = new Check(this, 'EncryptedSnapshot');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'an object with the disk to snapshot');
    check.object('props', props);
    checkProvider(check, props.provider);
    const disk = props.disk;
    if (disk === null || typeof disk !== 'object' || (disk as Partial<IEncryptedDiskSource>).diskId === undefined
      || typeof (disk as Partial<IEncryptedDiskSource>).encryptionKey?.keyId !== 'string') {
      check.fail('InvalidDisk', 'disk', disk,
        'an encrypted disk with its key: an EncryptedDisk, or { diskId: instance.resource.systemDiskId, encryptionKey: instance.encryptionKey }');
    }
    check.required('disk.diskId', disk.diskId);
    check.text('snapshotName', props.snapshotName, {
      min: 2, max: 128, pattern: /^(?!https?:\/\/)[A-Za-z][A-Za-z0-9.:_-]*$/, patternText: 'starting with a letter, with letters, digits, ".", ":", "_" and "-" only', code: 'InvalidName',
    });
    checkDescription(check, 'description', props.description);
    check.integer('retentionDays', props.retentionDays, PLATFORM_LIMITS.minManualSnapshotRetentionDays, PLATFORM_LIMITS.maxManualSnapshotRetentionDays, 'RetentionOutOfRange');
    checkTags(check, 'tags', props.tags);

    this.encryptionKey = disk.encryptionKey;
    this.resource = new EcsSnapshot(this, 'Resource', {
      provider: props.provider,
      diskId: disk.diskId,
      snapshotName: props.snapshotName,
      description: props.description,
      retentionDays: props.retentionDays,
      tags: props.tags,
    });
    this.snapshotId = this.resource.id;
  }
}

class ImportedSnapshot extends Construct implements IEncryptedSnapshot {
  public readonly snapshotId: string;
  public readonly encryptionKey: IEncryptionKey;
  constructor(scope: Construct, id: string, attrs: EncryptedSnapshotAttributes & { provider?: TerraformProvider }) {
    super(scope, id);
    const check = new Check(this, 'EncryptedSnapshot');
    check.object('attrs', attrs);
    if (attrs === undefined || attrs === null) check.fail('Required', 'attrs', attrs, 'an object with snapshotId and encryptionKey');
    checkSnapshotId(check, 'snapshotId', attrs.snapshotId);
    if (attrs.encryptionKey === null || typeof attrs.encryptionKey !== 'object' || attrs.encryptionKey.keyId === undefined) {
      check.fail('InvalidKey', 'encryptionKey', attrs.encryptionKey, 'the IEncryptionKey of the disk the snapshot was taken from (EncryptionKey.fromKeyId)');
    }
    this.snapshotId = attrs.snapshotId;
    this.encryptionKey = attrs.encryptionKey;
  }
}
