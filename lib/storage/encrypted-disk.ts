import { Construct } from 'constructs';
import { PLATFORM_LIMITS } from '../controls';
import { EncryptionKey, EncryptionKeySpec, IEncryptionKey } from './encryption-key';
import { ISnapshotPolicy, SnapshotPolicy } from './snapshot-policy';
import { TerraformProvider } from '../cdktf';
import { HardenedConstructProps, OptOut } from '../core';
import { checkDescription, checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EcsDisk } from '../generated/providers/alicloud/ecs-disk';
import { EcsDiskAttachment } from '../generated/providers/alicloud/ecs-disk-attachment';
import { Instance } from '../generated/providers/alicloud/instance';

/**
 * An instance to attach a disk to: its id, a construct with an `instanceId` (e.g. a hardened
 * instance construct), or a raw `alicloud_instance` (L1 `Instance`).
 */
export type InstanceReference = string | { readonly instanceId: string } | Instance;

/**
 * Cloud disk categories that can be encrypted and snapshotted.
 *
 * Source: `alicloud_ecs_disk.category` validator (provider v1.285.0). Elastic ephemeral disks are
 * left out: local/ephemeral storage cannot be encrypted ("Local disks cannot be encrypted",
 * https://www.alibabacloud.com/help/en/ecs/user-guide/encryption-overview) and is no backup target.
 */
export enum DiskCategory {
  /** Enterprise SSD (default). */
  ESSD = 'cloud_essd',
  /** ESSD AutoPL. */
  ESSD_AUTO_PL = 'cloud_auto',
  /** ESSD Entry. */
  ESSD_ENTRY = 'cloud_essd_entry',
  /** Standard SSD. */
  SSD = 'cloud_ssd',
  /** Ultra disk. */
  EFFICIENCY = 'cloud_efficiency',
  /** Basic disk (previous generation). */
  BASIC = 'cloud',
}

/** ESSD performance levels (`performance_level`, validator PL0..PL3). */
export enum PerformanceLevel {
  PL0 = 'PL0',
  PL1 = 'PL1',
  PL2 = 'PL2',
  PL3 = 'PL3',
}

/** Disk encryption algorithms (`encrypt_algorithm`; provider docs of `alicloud_instance.system_disk_encrypt_algorithm`: `aes-256`, `sm4-128`). */
export enum EncryptAlgorithm {
  /** AES-256 (default); needs an `Aliyun_AES_256` key. */
  AES_256 = 'aes-256',
  /** SM4-128 (national standard); needs an `Aliyun_SM4` key. */
  SM4_128 = 'sm4-128',
}

/**
 * Disk size bounds in GiB per category (and per ESSD performance level).
 *
 * Source: `alicloud_ecs_disk.size` docs (provider v1.285.0) and the CreateDisk API `Size` parameter.
 */
export const DISK_SIZE_LIMITS: { readonly [category: string]: readonly [number, number] } = {
  'cloud_essd:PL0': [1, 65536],
  'cloud_essd:PL1': [20, 65536],
  'cloud_essd:PL2': [461, 65536],
  'cloud_essd:PL3': [1261, 65536],
  'cloud_auto': [1, 65536],
  'cloud_essd_entry': [10, 32768],
  'cloud_ssd': [20, 32768],
  'cloud_efficiency': [20, 32768],
  'cloud': [5, 2000],
};

// Most instances a multi-attach disk can be attached to (PLATFORM_LIMITS, source in LIMIT_SOURCES).
const MAX_MULTI_ATTACH_INSTANCES = PLATFORM_LIMITS.maxMultiAttachInstances;

/** The attributes of an existing disk, for `EncryptedDisk.fromDiskAttributes`. */
export interface DiskAttributes {
  /** The disk id (`d-...`). */
  readonly diskId: string;
  /**
   * Provider for the attachments created with `attachTo`.
   *
   * @default - the stack's default `alicloud` provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A disk that can be attached to instances.
 */
export interface IDisk {
  /** The disk id. */
  readonly diskId: string;
  /**
   * Attaches the disk to an instance (`alicloud_ecs_disk_attachment`).
   *
   * @param instance an instance id, a construct with an `instanceId`, or an L1 `Instance`
   */
  attachTo(instance: InstanceReference, options?: AttachOptions): EcsDiskAttachment;
}

/** Options of {@link EncryptedDisk.attachTo}. */
export interface AttachOptions {
  /**
   * Construct id of the attachment.
   *
   * @default - derived from the instance (`Attach-<instance id or construct address>`)
   */
  readonly id?: string;
}

/**
 * Props of {@link EncryptedDisk}.
 */
export interface EncryptedDiskProps extends HardenedConstructProps {
  /** The zone of the disk (ForceNew), e.g. `cn-hangzhou-h`. Required: disks are zonal. */
  readonly zoneId: string;

  /**
   * Size in GiB, validated per category (ESSD PL0 1-65536, PL1 20-65536, PL2 461-65536, PL3
   * 1261-65536; AutoPL 1-65536; ESSD Entry 10-32768; SSD and ultra 20-32768; basic 5-2000;
   * `alicloud_ecs_disk` docs, provider v1.285.0). Required unless `snapshotId` is given.
   *
   * @default - the snapshot's size (only with `snapshotId`)
   */
  readonly size?: number;

  /**
   * Creates the disk from a snapshot (ForceNew).
   *
   * @default - an empty disk
   */
  readonly snapshotId?: string;

  /**
   * Disk category, always set explicitly (the provider ignores `performance_level` unless the
   * category is literally `cloud_essd` in the configuration).
   *
   * @default DiskCategory.ESSD
   */
  readonly category?: DiskCategory;

  /**
   * ESSD performance level (only with `DiskCategory.ESSD`).
   *
   * @default PerformanceLevel.PL1 - for ESSD; the platform default (CreateDisk API docs)
   */
  readonly performanceLevel?: PerformanceLevel;

  /**
   * Customer master key that encrypts the disk (and its snapshots). Its plain key id is used.
   * The disk is always encrypted: there is no opt-out.
   *
   * Implements CIS Alibaba Cloud Foundations Benchmark 4.1 ("Ensure that 'Unattached disks' are
   * encrypted"), "encrypt data on ECS" (Alibaba Cloud "Shared security responsibility model of ECS" (https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model)) and disk encryption with a
   * customer key (Cloud Config rule `ecs-disk-all-encrypted-by-kms`, KICS "Ecs Data Disk Kms Key Id Undefined").
   *
   * @default - `EncryptionKey.defaultFor(this, provider)`: one key per (stack, provider), created at stack level
   */
  readonly encryptionKey?: IEncryptionKey;

  /**
   * Encryption algorithm; must match the key spec (`aes-256` ↔ `Aliyun_AES_256`, `sm4-128` ↔ `Aliyun_SM4`).
   *
   * @default EncryptAlgorithm.AES_256
   */
  readonly encryptAlgorithm?: EncryptAlgorithm;

  /**
   * Automatic snapshot policy attached to the disk (`alicloud_ecs_auto_snapshot_policy_attachment`).
   *
   * Implements the data availability ("snapshot-based backup") of Alibaba Cloud "Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security) and the
   * Cloud Config rule `ecs-disk-auto-snapshot-policy`.
   *
   * @default - `SnapshotPolicy.defaultFor(this, provider)`: one policy per (stack, provider), daily at 02:00 UTC+8, kept 30 days
   */
  readonly snapshotPolicy?: ISnapshotPolicy;

  /**
   * Turns automatic backups off: no snapshot policy is attached.
   *
   * @default - backups on
   */
  readonly disableBackups?: OptOut;

  /**
   * Deletes the automatic snapshots when the disk is released (`delete_auto_snapshot = true`).
   * Implements the Cloud Config rule `ecs-disk-retain-auto-snapshot`.
   *
   * @default - snapshots survive the disk (`delete_auto_snapshot = false`)
   */
  readonly deleteSnapshotsOnRelease?: OptOut;

  /**
   * Releases the disk together with the instance it is attached to. Set on both the disk and every
   * attachment (AttachDisk always sends `DeleteWithInstance`, so both must agree or the disk drifts).
   * `true` adds the warning `EncryptedDisk.DeleteWithInstance`.
   *
   * @default false - data outlives the instance
   */
  readonly deleteWithInstance?: boolean;

  /**
   * Enables multi-attach (up to 16 NVMe instances in the zone). ESSD only (ForceNew; provider docs:
   * "`multi_attach` can only be set to `Enabled` when `category` is set to `cloud_essd`").
   *
   * @default false
   */
  readonly multiAttach?: boolean;

  /**
   * Disk name: 2 to 128 characters, starting with a letter; letters, digits, `:`, `_`, `.`, `-`
   * (`disk_name` docs).
   *
   * @default - no name
   */
  readonly name?: string;

  /**
   * Description: 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags of the disk.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * An ECS data disk (`alicloud_ecs_disk`) that is always encrypted with a customer master key,
 * backed up by an automatic snapshot policy, keeps its snapshots when released and, by default,
 * outlives the instances it is attached to.
 */
export class EncryptedDisk extends Construct implements IDisk {
  /**
   * Imports an existing disk by id (`d-...`). Its encryption is not verified.
   */
  public static fromDiskId(scope: Construct, id: string, diskId: string, options: { readonly provider?: TerraformProvider } = {}): IDisk {
    return EncryptedDisk.fromDiskAttributes(scope, id, { diskId, provider: options?.provider });
  }

  /** Imports an existing disk from its attributes. Its encryption is not verified. */
  public static fromDiskAttributes(scope: Construct, id: string, attrs: DiskAttributes): IDisk {
    new Check(scope, 'EncryptedDisk').object('attrs', attrs);
    return new ImportedDisk(scope, id, attrs?.diskId, attrs?.provider);
  }

  /** The disk id. */
  public readonly diskId: string;
  /** The underlying `alicloud_ecs_disk`. */
  public readonly resource: EcsDisk;
  /** The key that encrypts the disk. */
  public readonly encryptionKey: IEncryptionKey;
  /** The snapshot policy attached to the disk (undefined when backups are disabled). */
  public readonly snapshotPolicy?: ISnapshotPolicy;
  /** Whether the disk is released with its instance. */
  public readonly deleteWithInstance: boolean;
  /** Whether multi-attach is enabled. */
  public readonly multiAttach: boolean;
  /** The attachments made with {@link attachTo}. */
  public readonly attachments: EcsDiskAttachment[] = [];

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: EncryptedDiskProps) {
    super(scope, id);
    const check = new Check(this, 'EncryptedDisk');
    if (props === undefined || props === null) check.fail('NotObject', 'props', props, 'an object with at least zoneId');
    check.object('props', props);
    checkProvider(check, props.provider);
    this.provider = props.provider;

    check.required('zoneId', props.zoneId);
    check.text('zoneId', props.zoneId, { max: 64, pattern: /^[a-z]{2,}(-[a-z0-9]+)+$/, patternText: 'that is a zone id such as "cn-hangzhou-h"', code: 'InvalidZone' });
    check.oneOf('category', props.category, Object.values(DiskCategory));
    check.oneOf('performanceLevel', props.performanceLevel, Object.values(PerformanceLevel));
    check.oneOf('encryptAlgorithm', props.encryptAlgorithm, Object.values(EncryptAlgorithm));
    check.bool('deleteWithInstance', props.deleteWithInstance);
    check.bool('multiAttach', props.multiAttach);
    check.text('name', props.name, {
      min: 2,
      max: 128,
      pattern: /^(?!https?:\/\/)[A-Za-z][A-Za-z0-9:_.-]*$/,
      patternText: 'starting with a letter, with letters, digits, ":", "_", "." and "-" only',
      code: 'InvalidName',
    });
    checkDescription(check, 'description', props.description);
    checkTags(check, 'tags', props.tags);
    if (props.snapshotId !== undefined) check.required('snapshotId', props.snapshotId);

    const category = props.category ?? DiskCategory.ESSD;
    const categoryKnown = !isToken(category);
    if (props.performanceLevel !== undefined && categoryKnown && category !== DiskCategory.ESSD) {
      check.fail('PerformanceLevelNeedsEssd', 'performanceLevel', props.performanceLevel,
        'only with category cloud_essd (the provider ignores performance_level for other categories)');
    }
    const performanceLevel = category === DiskCategory.ESSD ? (props.performanceLevel ?? PerformanceLevel.PL1) : props.performanceLevel;

    // Size: required unless created from a snapshot; range per category / performance level.
    if (props.size === undefined && props.snapshotId === undefined) {
      check.fail('SizeRequired', 'size', props.size, 'a size in GiB (or a snapshotId to create the disk from)');
    }
    if (props.size !== undefined && categoryKnown && !isToken(performanceLevel)) {
      const limitKey = category === DiskCategory.ESSD ? `${category}:${performanceLevel}` : category;
      const [min, max] = DISK_SIZE_LIMITS[limitKey];
      check.integer('size', props.size, min, max, 'SizeOutOfRange');
    } else if (props.size !== undefined) {
      check.integer('size', props.size, 1, 65536, 'SizeOutOfRange');
    }

    this.multiAttach = props.multiAttach ?? false;
    if (this.multiAttach && categoryKnown && category !== DiskCategory.ESSD) {
      check.fail('MultiAttachNeedsEssd', 'multiAttach', props.multiAttach,
        'multi-attach only with category cloud_essd (provider docs of alicloud_ecs_disk.multi_attach)');
    }

    // Encryption: always on, with a customer key whose spec matches the algorithm.
    const algorithm = props.encryptAlgorithm ?? EncryptAlgorithm.AES_256;
    if (props.encryptionKey !== undefined
      && (props.encryptionKey === null || typeof props.encryptionKey !== 'object' || !('keyId' in props.encryptionKey))) {
      check.fail('InvalidKey', 'encryptionKey', props.encryptionKey, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }
    if (props.encryptionKey === undefined && algorithm === EncryptAlgorithm.SM4_128) {
      check.fail('KeySpecMismatch', 'encryptionKey', undefined,
        'an EncryptionKey with keySpec Aliyun_SM4 when encryptAlgorithm is sm4-128 (the default key is Aliyun_AES_256)');
    }
    const key = props.encryptionKey ?? EncryptionKey.defaultFor(this, props.provider);
    if (key instanceof EncryptionKey && !isToken(algorithm)) {
      const expected = algorithm === EncryptAlgorithm.SM4_128 ? EncryptionKeySpec.SM4 : EncryptionKeySpec.AES_256;
      if (key.keySpec !== expected) {
        check.fail('KeySpecMismatch', 'encryptAlgorithm', algorithm, `an algorithm matching the key spec ${key.keySpec} (${expected === EncryptionKeySpec.SM4 ? 'aes-256' : 'sm4-128'})`);
      }
    }
    this.encryptionKey = key;

    const deleteSnapshotsReason = props.deleteSnapshotsOnRelease !== undefined
      ? checkOptOut(this, 'deleteSnapshotsOnRelease', props.deleteSnapshotsOnRelease) : undefined;
    const noBackupReason = props.disableBackups !== undefined
      ? checkOptOut(this, 'disableBackups', props.disableBackups) : undefined;
    if (noBackupReason !== undefined && props.snapshotPolicy !== undefined) {
      check.fail('BackupConflict', 'snapshotPolicy', '<ISnapshotPolicy>', 'no snapshotPolicy when disableBackups is set');
    }
    if (props.snapshotPolicy !== undefined
      && (props.snapshotPolicy === null || typeof props.snapshotPolicy !== 'object' || typeof props.snapshotPolicy.applyTo !== 'function')) {
      check.fail('InvalidSnapshotPolicy', 'snapshotPolicy', props.snapshotPolicy, 'an ISnapshotPolicy (e.g. a SnapshotPolicy)');
    }

    this.deleteWithInstance = props.deleteWithInstance ?? false;

    this.resource = new EcsDisk(this, 'Resource', {
      provider: props.provider,
      zoneId: props.zoneId,
      category,
      performanceLevel,
      size: props.size,
      snapshotId: props.snapshotId,
      encrypted: true,
      kmsKeyId: key.keyId,
      encryptAlgorithm: algorithm,
      deleteAutoSnapshot: deleteSnapshotsReason !== undefined,
      deleteWithInstance: this.deleteWithInstance,
      multiAttach: this.multiAttach ? 'Enabled' : 'Disabled',
      diskName: props.name,
      description: props.description,
      tags: props.tags,
    });
    this.diskId = this.resource.id;

    if (deleteSnapshotsReason !== undefined) {
      recordOptOut(this, 'EncryptedDisk.DeleteSnapshotsOnRelease', deleteSnapshotsReason, [this.resource]);
    }
    if (noBackupReason !== undefined) {
      recordOptOut(this, 'EncryptedDisk.Backups', noBackupReason, [this.resource]);
    } else {
      this.snapshotPolicy = props.snapshotPolicy ?? SnapshotPolicy.defaultFor(this, props.provider);
      this.snapshotPolicy.applyTo(this);
    }
    if (this.deleteWithInstance) {
      addHardeningWarning(this, 'EncryptedDisk.DeleteWithInstance',
        'the disk is released together with its instance; its automatic snapshots are kept');
    }

    this.node.addValidation({
      validate: () => {
        if (!this.multiAttach && this.attachments.length > 1) {
          return [`[EncryptedDisk.MultipleAttachments] ${this.node.path}: invalid attachTo (${this.attachments.length} instances): one instance, or multiAttach: true (cloud_essd) for up to ${MAX_MULTI_ATTACH_INSTANCES}`];
        }
        if (this.attachments.length > MAX_MULTI_ATTACH_INSTANCES) {
          return [`[EncryptedDisk.TooManyAttachments] ${this.node.path}: invalid attachTo (${this.attachments.length} instances): at most ${MAX_MULTI_ATTACH_INSTANCES} instances per multi-attach disk`];
        }
        return [];
      },
    });
  }

  /**
   * Attaches the disk to an instance (`alicloud_ecs_disk_attachment`) with the same
   * `delete_with_instance` as the disk. More than one attachment needs `multiAttach`.
   */
  public attachTo(instance: InstanceReference, options: AttachOptions = {}): EcsDiskAttachment {
    const attachment = attach(this, instance, options, this.diskId, this.deleteWithInstance, this.provider);
    this.attachments.push(attachment);
    return attachment;
  }
}

function attach(scope: Construct, instance: InstanceReference, options: AttachOptions,
  diskId: string, deleteWithInstance: boolean, provider: TerraformProvider | undefined): EcsDiskAttachment {
  const check = new Check(scope, 'EncryptedDisk');
  check.object('options', options);
  const instanceId = typeof instance === 'string' ? instance
    : instance instanceof Instance ? instance.id
      : (instance !== null && typeof instance === 'object' ? instance.instanceId : undefined);
  check.required('instance', instanceId);
  if (options?.id !== undefined) check.text('options.id', options.id, { max: 255, code: 'InvalidId' });
  let id = options?.id;
  if (id === undefined) {
    const node = typeof instance === 'object' ? (instance as { node?: { addr?: string } }).node : undefined;
    if (node?.addr) id = `Attach-${node.addr.slice(0, 12)}`;
    else if (!isToken(instanceId)) id = `Attach-${instanceId}`;
    else id = `Attach-${scope.node.children.filter((c) => c instanceof EcsDiskAttachment).length + 1}`;
  }
  if (scope.node.tryFindChild(id)) {
    check.fail('AlreadyAttached', 'instance', instanceId, 'an instance the disk is not attached to yet (or a distinct options.id)');
  }
  return new EcsDiskAttachment(scope, id, {
    provider: provider,
    diskId,
    instanceId: instanceId as string,
    deleteWithInstance,
  });
}

class ImportedDisk extends Construct implements IDisk {
  public readonly diskId: string;
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, diskId: string, provider?: TerraformProvider) {
    super(scope, id);
    const check = new Check(this, 'EncryptedDisk');
    check.required('diskId', diskId);
    // ECS disk ids look like d-bp1gnh6bsuz5h1pfxxxx (DescribeDisks).
    check.text('diskId', diskId, { max: 64, pattern: /^d-[a-z0-9]+$/, patternText: 'that is a disk id such as "d-bp1gnh6bsuz5h1pf****"', code: 'InvalidDiskId' });
    checkProvider(check, provider);
    this.diskId = diskId;
    this.provider = provider;
  }

  public attachTo(instance: InstanceReference, options: AttachOptions = {}): EcsDiskAttachment {
    return attach(this, instance, options, this.diskId, false, this.provider);
  }
}
