import { Construct } from 'constructs';
import { InstanceMetadata } from './metadata';
import { encodeUserData } from './user-data';
import { TerraformProvider } from '../cdktf';
import { HardeningValidationError } from '../core/errors';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EcsKeyPairAttachment } from '../generated/providers/alicloud/ecs-key-pair-attachment';
import { EcsRamRoleAttachment } from '../generated/providers/alicloud/ecs-ram-role-attachment';
import { Instance } from '../generated/providers/alicloud/instance';
import { IGrantable, IInstanceRole, InstanceRole, PolicyStatement } from '../identity';
import { Connections, HardenedSecurityGroup, IConnectable, ISecurityGroup } from '../network';
import {
  EncryptedDisk, EncryptedDiskProps, EncryptionKey, IEncryptionKey, ISnapshotPolicy, SnapshotPolicy,
} from '../storage';

/** System disk categories a hardened instance may use (all support encryption). */
export type SystemDiskCategory = 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | 'cloud_ssd' | 'cloud_efficiency';

/** Options of the instance's system disk. */
export interface SystemDiskOptions {
  /**
   * Disk category. Set explicitly because the provider ignores `system_disk_performance_level`
   * unless the category in the configuration is literally `cloud_essd`.
   * @default 'cloud_essd'
   */
  readonly category?: SystemDiskCategory;
  /**
   * Size in GiB: 20–2048 (RunInstances `SystemDisk.Size`), and at least the image size.
   * @default 40
   */
  readonly size?: number;
  /**
   * ESSD performance level (only with `cloud_essd`).
   * @default 'PL1' for cloud_essd
   */
  readonly performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  /**
   * Encryption algorithm; `sm4-128` for Chinese national-standard (GB/T) requirements.
   * @default 'aes-256'
   */
  readonly encryptAlgorithm?: 'aes-256' | 'sm4-128';
  /** @default - none */
  readonly name?: string;
  /** @default - none */
  readonly description?: string;
}

/** A public IP on the instance: a weakening, so it needs an `OptOut` with the reason. */
export interface PublicIpOptions {
  /** Outbound public bandwidth in Mbit/s, 1–100 (RunInstances `InternetMaxBandwidthOut`). */
  readonly bandwidthMbps: number;
  /** @default 'PayByTraffic' */
  readonly chargeType?: 'PayByTraffic' | 'PayByBandwidth';
  /** Why this instance must be reachable from, or reach, the internet directly. */
  readonly optOut: OptOut;
}

/** Preemptible (spot) capacity. */
export interface SpotOptions {
  /** `SpotAsPriceGo` (market price) or `SpotWithPriceLimit` (needs `priceLimit`). */
  readonly strategy: 'SpotAsPriceGo' | 'SpotWithPriceLimit';
  /** Maximum hourly price, with `SpotWithPriceLimit`. @default - none */
  readonly priceLimit?: number;
  /** What happens when the capacity is reclaimed. @default 'Stop' (keeps disks) */
  readonly interruptionBehavior?: 'Terminate' | 'Stop';
}

/** Subscription billing. */
export interface PrePaidOptions {
  /** Subscription length: 1–9, 12, 24, 36, 48 or 60 (provider validator on `period`). */
  readonly period: number;
  /** @default 'Month' */
  readonly periodUnit?: 'Month' | 'Week';
}

/** Props of {@link SecureInstance}. */
export interface SecureInstanceProps extends HardenedConstructProps {
  /** The vSwitch the instance is placed in. There is no classic-network option. */
  readonly vswitchId: string;
  /**
   * VPC of the vSwitch; needed when no `securityGroups` are given (a group is created in it).
   * @default - required unless `securityGroups` is given
   */
  readonly vpcId?: string;
  /** Image id. For token-only metadata use a recent public image (or cloud-init 23.2.2 or later). */
  readonly imageId: string;
  /** Instance type, e.g. `ecs.g7.large` (provider validator: must start with `ecs.`). */
  readonly instanceType: string;
  /** @default - the construct path, sanitised */
  readonly instanceName?: string;
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly hostName?: string;

  /**
   * Metadata service mode.
   * @default InstanceMetadata.TOKEN_REQUIRED (security-hardening mode)
   */
  readonly metadata?: InstanceMetadata;
  /** Opt-out: allow metadata access without a token (normal mode). @default - token required */
  readonly allowMetadataWithoutToken?: OptOut;

  /**
   * Customer-managed KMS key encrypting the system disk and the data disks added with `addDataDisk`.
   * @default EncryptionKey.defaultFor(stack): one key per stack and provider
   */
  readonly encryptionKey?: IEncryptionKey;
  /** @default - cloud_essd PL1, 40 GiB, aes-256, encrypted with `encryptionKey` */
  readonly systemDisk?: SystemDiskOptions;
  /**
   * Automatic snapshot policy for the system disk and data disks.
   * @default SnapshotPolicy.defaultFor(stack): daily at 02:00 (UTC+8), kept 30 days
   */
  readonly snapshotPolicy?: ISnapshotPolicy;
  /** Opt-out: no automatic snapshots for this instance's disks. @default - backups on */
  readonly disableBackups?: OptOut;

  /**
   * Key pair (already existing, or from `alicloud_ecs_key_pair`) attached for SSH login. There is
   * no password option at all.
   * @default - no login credential: administer through Cloud Assistant / Session Manager
   */
  readonly keyPairName?: string;
  /** Opt-out: keep the password preset in the image (`password_inherit`). @default - not inherited */
  readonly passwordInherit?: OptOut;

  /** Public IP (an opt-out). @default - none: `internet_max_bandwidth_out = 0` */
  readonly publicIp?: PublicIpOptions;

  /**
   * Security groups. @default - one HardenedSecurityGroup in `vpcId` (no ingress, egress limited to
   * Alibaba Cloud internal services)
   */
  readonly securityGroups?: ISecurityGroup[];

  /**
   * RAM role of the instance, attached with `alicloud_ecs_ram_role_attachment`.
   * @default - a new InstanceRole trusted by ECS only, with no permissions until granted
   */
  readonly role?: IInstanceRole;

  /** Opt-out: no Security Center agent (`security_enhancement_strategy = "Deactive"`). @default - Active */
  readonly disableSecurityCenterAgent?: OptOut;
  /** Opt-out: no release protection (`deletion_protection = false`). @default - protected */
  readonly disableDeletionProtection?: OptOut;

  /** Plain-text user data; the construct base64-encodes it. @default - none */
  readonly userData?: string;
  /** Tags for the instance, its disks and the resources the construct creates. @default - none */
  readonly tags?: Record<string, string>;
  /** Subscription billing. @default - pay-as-you-go (PostPaid) */
  readonly prePaid?: PrePaidOptions;
  /** Spot capacity (pay-as-you-go only). @default - regular capacity */
  readonly spot?: SpotOptions;
}

/** Options of a data disk added with {@link SecureInstance.addDataDisk}. */
export type DataDiskOptions = Omit<EncryptedDiskProps, 'zoneId' | 'provider'>;

/**
 * An ECS instance with every protection on by default:
 *
 * | setting | default | control |
 * | --- | --- | --- |
 * | metadata service | security-hardening (token-only) mode | seed: ECS data security; CIS Alibaba Cloud 4.x |
 * | system disk | `cloud_essd`, encrypted with a customer-managed KMS key (plain key id) | seed: disk encryption |
 * | data disks | separate `EncryptedDisk`s + attachments (inline `data_disks` are never read back) | |
 * | backups | system and data disks in an automatic snapshot policy | seed: data availability |
 * | public IP | none (`internet_max_bandwidth_out = 0`) | CIS: no public IP on instances |
 * | login | key pair only, no password prop, `password_inherit` refused | |
 * | Security Center agent | `security_enhancement_strategy = "Active"` | seed: security in the cloud |
 * | release protection | `deletion_protection = true` | |
 * | RAM role | an `InstanceRole` trusted by ECS only, no permissions until granted | least privilege |
 * | network | in a vSwitch, with a HardenedSecurityGroup | |
 */
export class SecureInstance extends Construct implements IConnectable {
  /** The L1 `alicloud_instance`. */
  public readonly resource: Instance;
  /** Instance id. */
  public readonly instanceId: string;
  /** Primary private IP. */
  public readonly privateIp: string;
  /** The instance's RAM role. */
  public readonly role: IInstanceRole;
  /** Security groups and the rules between them. */
  public readonly connections: Connections;
  /** Key encrypting the system disk and the data disks added here. */
  public readonly encryptionKey: IEncryptionKey;
  /** The snapshot policy of its disks, unless backups were turned off. */
  public readonly snapshotPolicy?: ISnapshotPolicy;
  /** Data disks added with `addDataDisk`. */
  public readonly dataDisks: EncryptedDisk[] = [];

  private readonly provider?: TerraformProvider;
  private readonly tags?: Record<string, string>;
  private readonly backupsOptOut?: string;

  constructor(scope: Construct, id: string, props: SecureInstanceProps) {
    super(scope, id);
    const check = new Check(this, 'SecureInstance');
    check.object('props', props);
    if (props === undefined) check.fail('Required', 'props', props, 'a SecureInstanceProps object');
    this.provider = props.provider;
    this.tags = props.tags;

    // --- inputs ------------------------------------------------------------------------------
    check.required('vswitchId', props.vswitchId);
    check.required('imageId', props.imageId);
    check.text('instanceType', props.instanceType, { max: 64, pattern: /^ecs\./, patternText: 'starting with "ecs." (e.g. ecs.g7.large)' });
    check.text('instanceName', props.instanceName, { min: 2, max: 128 });
    check.text('description', props.description, { min: 2, max: 256 });
    check.oneOf('metadata', props.metadata, [InstanceMetadata.TOKEN_REQUIRED, InstanceMetadata.DISABLED]);
    check.text('keyPairName', props.keyPairName, { min: 2, max: 128 });
    const anyProps = props as unknown as Record<string, unknown>;
    for (const forbidden of ['password', 'kmsEncryptedPassword']) {
      if (anyProps[forbidden] !== undefined) {
        check.fail('PasswordNotSupported', forbidden, '<redacted>',
          'nothing: SecureInstance allows key-pair login only (keyPairName), or Cloud Assistant without any credential');
      }
    }
    const sys = props.systemDisk ?? {};
    check.object('systemDisk', sys);
    const category = sys.category ?? 'cloud_essd';
    check.oneOf('systemDisk.category', category, ['cloud_essd', 'cloud_auto', 'cloud_essd_entry', 'cloud_ssd', 'cloud_efficiency']);
    check.integer('systemDisk.size', sys.size, 20, 2048);
    check.oneOf('systemDisk.performanceLevel', sys.performanceLevel, ['PL0', 'PL1', 'PL2', 'PL3']);
    if (sys.performanceLevel !== undefined && category !== 'cloud_essd') {
      check.fail('PerformanceLevelNeedsEssd', 'systemDisk.performanceLevel', sys.performanceLevel, 'a performance level only with category "cloud_essd"');
    }
    check.oneOf('systemDisk.encryptAlgorithm', sys.encryptAlgorithm, ['aes-256', 'sm4-128']);
    check.text('systemDisk.name', sys.name, { min: 2, max: 128 });
    check.text('systemDisk.description', sys.description, { min: 2, max: 256 });
    if (props.securityGroups === undefined && props.vpcId === undefined) {
      check.fail('VpcRequired', 'vpcId', props.vpcId, 'the VPC of the vSwitch, or existing securityGroups');
    }
    check.array('securityGroups', props.securityGroups);
    if (props.securityGroups !== undefined && props.securityGroups.length === 0) {
      check.fail('NoSecurityGroup', 'securityGroups', props.securityGroups, 'at least one security group (or omit it to get a HardenedSecurityGroup)');
    }
    if (props.prePaid && props.spot) {
      check.fail('SpotIsPayAsYouGo', 'spot', props.spot, 'spot capacity only with pay-as-you-go billing (omit prePaid)');
    }
    if (props.prePaid) {
      check.object('prePaid', props.prePaid);
      const p = props.prePaid.period;
      if (!isToken(p) && !(Number.isInteger(p) && ((p >= 1 && p <= 9) || [12, 24, 36, 48, 60].includes(p)))) {
        check.fail('InvalidPeriod', 'prePaid.period', p, '1 to 9, 12, 24, 36, 48 or 60');
      }
      check.oneOf('prePaid.periodUnit', props.prePaid.periodUnit, ['Month', 'Week']);
    }
    if (props.spot) {
      check.object('spot', props.spot);
      check.oneOf('spot.strategy', props.spot.strategy, ['SpotAsPriceGo', 'SpotWithPriceLimit']);
      check.oneOf('spot.interruptionBehavior', props.spot.interruptionBehavior, ['Terminate', 'Stop']);
      if (props.spot.strategy === 'SpotWithPriceLimit' && props.spot.priceLimit === undefined) {
        check.fail('PriceLimitRequired', 'spot.priceLimit', undefined, 'a maximum hourly price with strategy "SpotWithPriceLimit"');
      }
    }
    if (props.publicIp) {
      check.object('publicIp', props.publicIp);
      check.integer('publicIp.bandwidthMbps', props.publicIp.bandwidthMbps, 1, 100);
      check.oneOf('publicIp.chargeType', props.publicIp.chargeType, ['PayByTraffic', 'PayByBandwidth']);
    }

    // --- opt-outs (validated before anything is created) ---------------------------------------
    const reasons = {
      metadataToken: props.allowMetadataWithoutToken !== undefined ? checkOptOut(this, 'allowMetadataWithoutToken', props.allowMetadataWithoutToken) : undefined,
      backups: props.disableBackups !== undefined ? checkOptOut(this, 'disableBackups', props.disableBackups) : undefined,
      passwordInherit: props.passwordInherit !== undefined ? checkOptOut(this, 'passwordInherit', props.passwordInherit) : undefined,
      publicIp: props.publicIp !== undefined ? checkOptOut(this, 'publicIp.optOut', props.publicIp.optOut) : undefined,
      agent: props.disableSecurityCenterAgent !== undefined ? checkOptOut(this, 'disableSecurityCenterAgent', props.disableSecurityCenterAgent) : undefined,
      deletionProtection: props.disableDeletionProtection !== undefined ? checkOptOut(this, 'disableDeletionProtection', props.disableDeletionProtection) : undefined,
    };
    if (reasons.metadataToken && props.metadata === InstanceMetadata.DISABLED) {
      check.fail('MetadataConflict', 'allowMetadataWithoutToken', 'OptOut', 'no opt-out when the metadata endpoint is DISABLED');
    }
    this.backupsOptOut = reasons.backups;

    // --- dependencies ------------------------------------------------------------------------
    this.encryptionKey = props.encryptionKey ?? EncryptionKey.defaultFor(this, props.provider);
    if (!reasons.backups) this.snapshotPolicy = props.snapshotPolicy ?? SnapshotPolicy.defaultFor(this, props.provider);
    const securityGroups = props.securityGroups ?? [new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: props.vpcId!,
      description: `Security group of ${this.node.path}`,
      tags: props.tags,
      provider: props.provider,
    })];
    this.role = props.role ?? new InstanceRole(this, 'Role', { provider: props.provider, description: `Role of ${this.node.path}` });

    // --- the instance ------------------------------------------------------------------------
    const metadataDisabled = props.metadata === InstanceMetadata.DISABLED;
    this.resource = new Instance(this, 'Resource', {
      provider: props.provider,
      instanceName: props.instanceName ?? defaultName(this.node.path),
      description: props.description,
      hostName: props.hostName,
      imageId: props.imageId,
      instanceType: props.instanceType,
      vswitchId: props.vswitchId,
      securityGroups: securityGroups.map((sg) => sg.securityGroupId),
      // Metadata: token-only mode unless opted out.
      httpEndpoint: metadataDisabled ? 'disabled' : 'enabled',
      httpTokens: reasons.metadataToken ? 'optional' : 'required',
      // System disk: always encrypted with the customer key's plain id (an alias or ARN would be
      // read back as the id and force a replacement on every plan).
      systemDiskCategory: category,
      systemDiskSize: sys.size ?? 40,
      systemDiskPerformanceLevel: category === 'cloud_essd' ? (sys.performanceLevel ?? 'PL1') : undefined,
      systemDiskEncrypted: true,
      systemDiskKmsKeyId: this.encryptionKey.keyId,
      systemDiskEncryptAlgorithm: sys.encryptAlgorithm ?? 'aes-256',
      systemDiskName: sys.name,
      systemDiskDescription: sys.description,
      // No public IP unless opted out.
      internetMaxBandwidthOut: props.publicIp ? props.publicIp.bandwidthMbps : 0,
      internetChargeType: props.publicIp ? (props.publicIp.chargeType ?? 'PayByTraffic') : undefined,
      passwordInherit: reasons.passwordInherit ? true : undefined,
      securityEnhancementStrategy: reasons.agent ? 'Deactive' : 'Active',
      deletionProtection: !reasons.deletionProtection,
      userData: props.userData !== undefined ? encodeUserData(this, props.userData) : undefined,
      instanceChargeType: props.prePaid ? 'PrePaid' : 'PostPaid',
      period: props.prePaid?.period,
      periodUnit: props.prePaid ? (props.prePaid.periodUnit ?? 'Month') : undefined,
      spotStrategy: props.spot?.strategy,
      spotPriceLimit: props.spot?.priceLimit,
      spotInterruptionBehavior: props.spot ? (props.spot.interruptionBehavior ?? 'Stop') : undefined,
      tags: props.tags,
      volumeTags: props.tags,
    });
    this.instanceId = this.resource.id;
    this.privateIp = this.resource.primaryIpAddress;
    this.connections = new Connections({ securityGroups });

    // Backups of the system disk.
    if (this.snapshotPolicy) this.snapshotPolicy.applyTo(this.resource.systemDiskId, `${this.node.id}-system-disk`);

    // Login: key pair only.
    if (props.keyPairName !== undefined) {
      new EcsKeyPairAttachment(this, 'KeyPair', {
        provider: props.provider, keyPairName: props.keyPairName, instanceIds: [this.instanceId],
      });
    }
    // Role via the attachment resource (instance.role_name is deprecated).
    new EcsRamRoleAttachment(this, 'RoleAttachment', {
      provider: props.provider, instanceId: this.instanceId, ramRoleName: this.role.roleName,
    });

    // --- record opt-outs and caveats ---------------------------------------------------------
    const mine = [this.resource];
    if (reasons.metadataToken) recordOptOut(this, 'SecureInstance.MetadataWithoutToken', reasons.metadataToken, mine);
    if (reasons.backups) recordOptOut(this, 'SecureInstance.Backups', reasons.backups, mine);
    if (reasons.passwordInherit) recordOptOut(this, 'SecureInstance.PasswordInherit', reasons.passwordInherit, mine);
    if (reasons.publicIp) recordOptOut(this, 'SecureInstance.PublicIp', reasons.publicIp, mine);
    if (reasons.agent) recordOptOut(this, 'SecureInstance.SecurityCenterAgent', reasons.agent, mine);
    if (reasons.deletionProtection) recordOptOut(this, 'SecureInstance.DeletionProtection', reasons.deletionProtection, mine);
    if (props.prePaid && !reasons.deletionProtection) {
      addHardeningWarning(this, 'SecureInstance.DeletionProtectionPrePaid',
        'deletion_protection has no effect on subscription (PrePaid) instances: the provider suppresses it and ECS only '
        + 'protects pay-as-you-go instances. A subscription instance is still not released before it expires, and '
        + 'terraform destroy fails without force_delete, which this construct never sets.');
    }
    if (props.spot) {
      addHardeningWarning(this, 'SecureInstance.SpotReclaim',
        'spot instances can be reclaimed at any time and release protection does not apply to them; keep data on '
        + 'EncryptedDisks (they outlive the instance by default) and rely on the snapshot policy.');
    }
  }

  /**
   * Adds an encrypted data disk in the instance's zone, with the instance's key and snapshot policy
   * unless given, and attaches it. Data disks are separate `alicloud_ecs_disk` resources because
   * the provider never reads inline `data_disks` back (drift would go unseen).
   */
  public addDataDisk(id: string, options: DataDiskOptions = {}): EncryptedDisk {
    const disk = new EncryptedDisk(this, id, {
      encryptionKey: this.encryptionKey,
      snapshotPolicy: this.snapshotPolicy,
      disableBackups: this.backupsOptOut !== undefined ? OptOut.because(this.backupsOptOut) : undefined,
      tags: this.tags,
      ...options,
      zoneId: this.resource.availabilityZone,
      provider: this.provider,
    });
    disk.attachTo(this);
    this.dataDisks.push(disk);
    return disk;
  }

  /** Adds a statement to the instance role's policy (least privilege: name actions and resources). */
  public addToRolePolicy(statement: PolicyStatement): void {
    const grantee = this.role as Partial<IGrantable>;
    if (typeof grantee.addToPrincipalPolicy !== 'function') {
      throw new HardeningValidationError(this, 'SecureInstance.RoleNotMutable', 'role', this.role.roleName,
        'an InstanceRole created by this library; an imported role cannot take new statements');
    }
    grantee.addToPrincipalPolicy(statement);
  }
}

/** Instance names: 2–128 characters, starting with a letter; derived from the construct path. */
function defaultName(path: string): string {
  const cleaned = path.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z]+/, '');
  return (cleaned.length >= 2 ? cleaned : `ecs-${cleaned}`).slice(-128);
}
