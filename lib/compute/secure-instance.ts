import { Construct } from 'constructs';
import { InstanceMetadata } from './metadata';
import {
  checkEncryptionKey, checkLaunchBasics, checkMetadataOptOut, checkRole, checkSecurityGroups, checkSystemDisk,
  checkTagsPasswordUserData, defaultInstanceName, grantableRole, metadataSettings, optOutReason,
} from './private/instance-util';
import { encodeUserData } from './user-data';
import { findSecretsInUserData } from './user-data-secrets';
import { TerraformProvider } from '../cdktf';
import { checkProvider } from '../core/construct-checks';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EcsKeyPairAttachment } from '../generated/providers/alicloud/ecs-key-pair-attachment';
import { EcsRamRoleAttachment } from '../generated/providers/alicloud/ecs-ram-role-attachment';
import { Instance } from '../generated/providers/alicloud/instance';
import { IGrantable, IInstanceRole, InstanceRole, PolicyStatement } from '../identity';
import { IMachineImage } from '../images/machine-image';
import { Connections, HardenedSecurityGroup, IConnectable, ISecurityGroup } from '../network';
import {
  EncryptAlgorithm, EncryptedDisk, EncryptedDiskProps, EncryptionKey, IEncryptionKey, ISnapshotPolicy,
  SnapshotPolicy,
} from '../storage';

/** System disk categories a hardened instance may use (all support encryption). */
export type SystemDiskCategory = 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | 'cloud_ssd' | 'cloud_efficiency';

const SYSTEM_DISK_CATEGORIES: SystemDiskCategory[] = ['cloud_essd', 'cloud_auto', 'cloud_essd_entry', 'cloud_ssd', 'cloud_efficiency'];

/** Subscription lengths the provider accepts (`period`: 1–9, 12, 24, 36, 48, 60). */
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60];
/** Auto-renewal lengths the provider accepts (`auto_renew_period`: 1, 2, 3, 6, 12). */
const AUTO_RENEW_PERIODS = [1, 2, 3, 6, 12];

/** Options of the instance's system disk. */
export interface SystemDiskOptions {
  /**
   * Disk category. Set explicitly because the provider ignores `system_disk_performance_level`
   * unless the category in the configuration is literally `cloud_essd`.
   * @default 'cloud_essd'
   */
  readonly category?: SystemDiskCategory;
  /**
   * Size in GiB: 20–2048 (RunInstances `SystemDisk.Size`), at least 461 for PL2 and 1261 for PL3,
   * and at least the image size. Grows in place (ResizeDisk); it cannot shrink.
   * @default 40
   */
  readonly size?: number;
  /**
   * ESSD performance level (only with `cloud_essd`; the provider sends it for no other category).
   * @default 'PL1' for cloud_essd
   */
  readonly performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  /**
   * Encryption algorithm; `sm4-128` for Chinese national-standard (GB/T) requirements, with an
   * `Aliyun_SM4` key. ForceNew and never read back by the provider.
   * @default 'aes-256'
   */
  readonly encryptAlgorithm?: 'aes-256' | 'sm4-128';
  /** Disk name, 2–128 characters. @default - none */
  readonly name?: string;
  /** Disk description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
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

/**
 * Preemptible (spot) capacity. Caveats: the instance can be reclaimed at any time (warning
 * `SecureInstance.SpotReclaim`), release protection does not stop that, and `spot_strategy`,
 * `spot_price_limit` and `spot_interruption_behavior` force a replacement when changed.
 */
export interface SpotOptions {
  /** `SpotAsPriceGo` (market price) or `SpotWithPriceLimit` (needs `priceLimit`). */
  readonly strategy: 'SpotAsPriceGo' | 'SpotWithPriceLimit';
  /** Maximum hourly price (greater than 0, at most three decimals), only with `SpotWithPriceLimit`. @default - none */
  readonly priceLimit?: number;
  /** What happens when the capacity is reclaimed. @default 'Stop' (keeps disks) */
  readonly interruptionBehavior?: 'Terminate' | 'Stop';
}

/**
 * Subscription billing. Caveats (warning `SecureInstance.DeletionProtectionPrePaid`): release
 * protection only exists for pay-as-you-go instances, so `deletion_protection` is not sent; the
 * instance cannot be destroyed by Terraform (this construct never sets `force_delete`); and without
 * `autoRenewPeriod` it stops when the subscription expires and is released 15 days later.
 */
export interface PrePaidOptions {
  /** Subscription length: 1–9, 12, 24, 36, 48 or 60 (provider validator on `period`). */
  readonly period: number;
  /** @default 'Month' */
  readonly periodUnit?: 'Month' | 'Week';
  /**
   * Renews the subscription automatically by this many months: 1, 2, 3, 6 or 12
   * (`renewal_status = "AutoRenewal"`, `auto_renew_period`).
   * @default - no automatic renewal (`renewal_status = "Normal"`, the provider default)
   */
  readonly autoRenewPeriod?: number;
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
  /**
   * Image: an image id, or an `IMachineImage` (`MachineImage.fromId`, `MachineImage.lookup`, an
   * `EncryptedImage`). For token-only metadata use a recent Alibaba Cloud public image, or a custom image
   * with cloud-init 23.2.2 or later. Changing it replaces the system disk (its data is lost).
   */
  readonly imageId: string | IMachineImage;
  /**
   * Instance type, `ecs.<family>.<size>`, e.g. `ecs.g7.large`, `ecs.t6-c1m1.large`, `ecs.r7.2xlarge`.
   * The size must be one of the ECS size words (`small`, `large`, `xlarge`, `<n>xlarge`, ...), so a
   * typo fails at synth rather than at apply time; tokens are not checked.
   */
  readonly instanceType: string;
  /** Instance name, 2–128 characters. @default - the construct path, sanitised */
  readonly instanceName?: string;
  /** Description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
  /** Host name, 2–64 characters (changing it reboots the instance). @default - chosen by ECS */
  readonly hostName?: string;

  /**
   * Metadata service mode. Control: SSRF protection of the instance role's STS credentials
   * (ECS "Access instance metadata in security hardening mode"; InfraGuard
   * `ecs-instance-meta-data-mode-check`).
   * @default InstanceMetadata.TOKEN_REQUIRED (`http_endpoint = "enabled"`, `http_tokens = "required"`)
   */
  readonly metadata?: InstanceMetadata;
  /**
   * Opt-out: allow metadata access without a token (normal mode, `http_tokens = "optional"`), e.g.
   * for an old custom image without cloud-init 23.2.2. Recorded as `SecureInstance.MetadataWithoutToken`.
   * @default - token required
   */
  readonly allowMetadataWithoutToken?: OptOut;

  /**
   * Customer-managed KMS key encrypting the system disk and the data disks added with `addDataDisk`.
   * Its plain key id is used (`system_disk_kms_key_id` is read back as the plain id and is ForceNew).
   * Control: CIS Alibaba Cloud Foundations 4.2 ("Virtual Machine's disk are encrypted"); InfraGuard
   * `ecs-disk-all-encrypted-by-kms`.
   * @default EncryptionKey.defaultFor(stack): one key per stack and provider
   */
  readonly encryptionKey?: IEncryptionKey;
  /** @default - cloud_essd PL1, 40 GiB, aes-256, encrypted with `encryptionKey` */
  readonly systemDisk?: SystemDiskOptions;
  /**
   * Automatic snapshot policy for the system disk and data disks. Control: data availability
   * (snapshot-based backup) in Alibaba Cloud "Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security); InfraGuard `ecs-disk-auto-snapshot-policy`.
   * @default SnapshotPolicy.defaultFor(stack): daily at 02:00 (UTC+8), kept 30 days
   */
  readonly snapshotPolicy?: ISnapshotPolicy;
  /**
   * Opt-out: no automatic snapshots for this instance's disks. Recorded as `SecureInstance.Backups`
   * (and `EncryptedDisk.Backups` on the data disks).
   * @default - backups on
   */
  readonly disableBackups?: OptOut;

  /**
   * Key pair (already existing, or from `alicloud_ecs_key_pair`) attached for SSH login with
   * `alicloud_ecs_key_pair_attachment`. There is no password option at all. Control: InfraGuard
   * `ecs-instance-login-use-keypair`.
   * @default - no login credential: administer through Cloud Assistant / Session Manager
   */
  readonly keyPairName?: string;
  /**
   * Reboots the new instance once after the key pair is attached (`force = true` on the
   * attachment): ECS applies a key pair attached to a running instance only after a restart
   * (AttachKeyPair API). Set `false` when first-boot user data must not be interrupted, and reboot
   * later yourself. ForceNew on the attachment.
   * @default true
   */
  readonly keyPairReboot?: boolean;
  /**
   * Opt-out: keep the password preset in the image (`password_inherit = true`). Recorded as
   * `SecureInstance.PasswordInherit`.
   * @default - not inherited
   */
  readonly passwordInherit?: OptOut;

  /**
   * Public IP (an opt-out, recorded as `SecureInstance.PublicIp`). Control: InfraGuard
   * `ecs-instance-no-public-ip`.
   * @default - none: `internet_max_bandwidth_out = 0`
   */
  readonly publicIp?: PublicIpOptions;

  /**
   * Security groups. @default - one HardenedSecurityGroup in `vpcId` (no ingress, egress limited to
   * Alibaba Cloud internal services)
   */
  readonly securityGroups?: ISecurityGroup[];

  /**
   * RAM role of the instance, attached with `alicloud_ecs_ram_role_attachment` (the instance's
   * `role_name` is deprecated). Control: InfraGuard `ecs-instance-ram-role-attached`; least
   * privilege, no AccessKeys on instances.
   * @default - a new InstanceRole trusted by ECS only, with no permissions until granted
   */
  readonly role?: IInstanceRole;

  /**
   * Opt-out: no Security Center agent (`security_enhancement_strategy = "Deactive"`), e.g. for a
   * custom image where activation fails (Active works with public images). ForceNew. Recorded as
   * `SecureInstance.SecurityCenterAgent`.
   * @default - Active
   */
  readonly disableSecurityCenterAgent?: OptOut;
  /**
   * Opt-out: no release protection (`deletion_protection = false`). Recorded as
   * `SecureInstance.DeletionProtection`. Control: InfraGuard `ecs-instance-deletion-protection-enabled`.
   * @default - protected (pay-as-you-go); not applicable to subscription instances
   */
  readonly disableDeletionProtection?: OptOut;

  /**
   * Plain-text user data (at most 32 KB); the construct base64-encodes it. User data that looks like
   * it contains a secret (an AccessKey, a private key, a password or token assignment) is refused,
   * as rule ALI-ECS-014 fails it, unless `allowUserDataSecrets` is given. Changing it reboots the
   * instance.
   * @default - none
   */
  readonly userData?: string;
  /**
   * Opt-out: accept user data that looks like it holds a credential (a false positive of the
   * detector, or a secret reviewed as harmless). Recorded as `SecureInstance.UserDataSecrets`
   * (acknowledges ALI-ECS-014 `[user_data]`); the construct still warns
   * `SecureInstance.UserDataSecret`.
   * @default - user data that looks like it holds a secret is refused
   */
  readonly allowUserDataSecrets?: OptOut;
  /**
   * Tags for the instance, its system disk (`volume_tags`), the data disks added with
   * `addDataDisk` and the security group the construct creates. Values and keys must not start
   * with `aliyun` or `acs:`.
   * @default - none
   */
  readonly tags?: Record<string, string>;
  /** Subscription billing (see {@link PrePaidOptions} for the caveats). @default - pay-as-you-go (PostPaid) */
  readonly prePaid?: PrePaidOptions;
  /** Spot capacity (pay-as-you-go only; see {@link SpotOptions}). @default - regular capacity */
  readonly spot?: SpotOptions;
}

/** Options of a data disk added with {@link SecureInstance.addDataDisk}. */
export type DataDiskOptions = Omit<EncryptedDiskProps, 'zoneId' | 'provider'>;

/**
 * An ECS instance with every protection on by default:
 *
 * | setting | default | control |
 * | --- | --- | --- |
 * | metadata service | security-hardening (token-only) mode | [Ensure data security](https://www.alibabacloud.com/help/en/ecs/data-security); InfraGuard `ecs-instance-meta-data-mode-check` |
 * | system disk | `cloud_essd`, encrypted with a customer-managed KMS key (plain key id), aes-256 | CIS 4.2; InfraGuard `ecs-disk-all-encrypted-by-kms` |
 * | data disks | separate `EncryptedDisk`s + attachments (inline `data_disks` are never read back) | drift detection |
 * | backups | system and data disks in an automatic snapshot policy | data availability, [Ensure data security](https://www.alibabacloud.com/help/en/ecs/data-security); InfraGuard `ecs-disk-auto-snapshot-policy` |
 * | public IP | none (`internet_max_bandwidth_out = 0`) | InfraGuard `ecs-instance-no-public-ip` |
 * | login | key pair only, no password prop, `password_inherit` refused | InfraGuard `ecs-instance-login-use-keypair` |
 * | Security Center agent | `security_enhancement_strategy = "Active"` | security in the cloud, [Shared security responsibility model of ECS](https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model) |
 * | release protection | `deletion_protection = true` | InfraGuard `ecs-instance-deletion-protection-enabled` |
 * | RAM role | an `InstanceRole` trusted by ECS only, no permissions until granted | InfraGuard `ecs-instance-ram-role-attached`; least privilege |
 * | network | in a vSwitch, with a HardenedSecurityGroup | CIS 3.1 (no classic network) |
 * | user data | base64-encoded by the construct, secrets warned about | |
 */
export class SecureInstance extends Construct implements IConnectable, IGrantable {
  /** The L1 `alicloud_instance`. */
  public readonly resource: Instance;
  /** Instance id. */
  public readonly instanceId: string;
  /**
   * Primary private IP. Read lazily: every attribute reference is a cdktf token that captures a
   * stack trace, so a fleet of instances does not pay for IPs nobody reads.
   */
  public get privateIp(): string {
    this._privateIp ??= this.resource.primaryIpAddress;
    return this._privateIp;
  }
  private _privateIp?: string;
  /**
   * The instance's RAM role. Grants go to its least-privilege policy: e.g.
   * `key.grantEncryptDecrypt(instance.role)`. A given role that is not an `InstanceRole` receives
   * granted statements in a new policy attached to it by name.
   */
  public readonly role: IInstanceRole & IGrantable;
  /** Security groups and the rules between them. */
  public readonly connections: Connections;
  /** Key encrypting the system disk and the data disks added here. */
  public readonly encryptionKey: IEncryptionKey;
  /** The snapshot policy of its disks, unless backups were turned off. */
  public readonly snapshotPolicy?: ISnapshotPolicy;
  /** Data disks added with `addDataDisk`. */
  public readonly dataDisks: EncryptedDisk[] = [];
  /** The `alicloud_ecs_key_pair_attachment`, when `keyPairName` is given. */
  public readonly keyPairAttachment?: EcsKeyPairAttachment;
  /** The `alicloud_ecs_ram_role_attachment`. */
  public readonly roleAttachment: EcsRamRoleAttachment;

  private readonly provider?: TerraformProvider;
  private readonly tags?: Record<string, string>;
  private readonly backupsOptOut?: string;
  private readonly encryptAlgorithm: string;

  constructor(scope: Construct, id: string, props: SecureInstanceProps) {
    super(scope, id);
    const check = new Check(this, 'SecureInstance');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'a SecureInstanceProps object');
    check.object('props', props);
    checkProvider(check, props.provider);
    this.provider = props.provider;
    this.tags = props.tags;

    // --- inputs ------------------------------------------------------------------------------
    check.required('vswitchId', props.vswitchId);
    const imageId = checkLaunchBasics(check, props);
    check.bool('keyPairReboot', props.keyPairReboot);
    checkTagsPasswordUserData(check, props, 'SecureInstance');

    // System disk.
    const sys = checkSystemDisk(check, props.systemDisk, SYSTEM_DISK_CATEGORIES, ['aes-256', 'sm4-128']);
    const { category, size, performanceLevel, algorithm } = sys;

    // Dependencies given by the caller.
    checkEncryptionKey(check, props.encryptionKey, algorithm);
    if (props.snapshotPolicy !== undefined
      && (props.snapshotPolicy === null || typeof props.snapshotPolicy !== 'object' || typeof props.snapshotPolicy.applyTo !== 'function')) {
      check.fail('InvalidSnapshotPolicy', 'snapshotPolicy', props.snapshotPolicy, 'an ISnapshotPolicy (e.g. a SnapshotPolicy)');
    }
    checkRole(check, props.role);

    // Network.
    checkSecurityGroups(check, props, 'the VPC of the vSwitch');

    // Billing.
    if (props.prePaid && props.spot) {
      check.fail('SpotIsPayAsYouGo', 'spot', props.spot, 'spot capacity only with pay-as-you-go billing (omit prePaid)');
    }
    if (props.prePaid !== undefined) {
      check.object('prePaid', props.prePaid);
      const p = props.prePaid.period;
      if (!isToken(p) && !PERIODS.includes(p)) {
        check.fail('InvalidPeriod', 'prePaid.period', p, '1 to 9, 12, 24, 36, 48 or 60');
      }
      check.oneOf('prePaid.periodUnit', props.prePaid.periodUnit, ['Month', 'Week']);
      const r = props.prePaid.autoRenewPeriod;
      if (r !== undefined && !isToken(r) && !AUTO_RENEW_PERIODS.includes(r)) {
        check.fail('InvalidAutoRenewPeriod', 'prePaid.autoRenewPeriod', r, '1, 2, 3, 6 or 12 (months)');
      }
    }
    if (props.spot !== undefined) {
      check.object('spot', props.spot);
      check.oneOf('spot.strategy', props.spot.strategy, ['SpotAsPriceGo', 'SpotWithPriceLimit']);
      if (props.spot.strategy === undefined) check.fail('NotAllowed', 'spot.strategy', undefined, 'one of "SpotAsPriceGo", "SpotWithPriceLimit"');
      check.oneOf('spot.interruptionBehavior', props.spot.interruptionBehavior, ['Terminate', 'Stop']);
      const limit = props.spot.priceLimit;
      if (props.spot.strategy === 'SpotWithPriceLimit' && limit === undefined) {
        check.fail('PriceLimitRequired', 'spot.priceLimit', undefined, 'a maximum hourly price with strategy "SpotWithPriceLimit"');
      }
      if (props.spot.strategy === 'SpotAsPriceGo' && limit !== undefined) {
        check.fail('PriceLimitNotAllowed', 'spot.priceLimit', limit, 'no price limit with strategy "SpotAsPriceGo" (use "SpotWithPriceLimit")');
      }
      // Provider docs of spot_price_limit: "Three decimals is allowed at most".
      if (limit !== undefined && !isToken(limit)
        && (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0 || Math.abs(Math.round(limit * 1000) - limit * 1000) > 1e-6)) {
        check.fail('InvalidPriceLimit', 'spot.priceLimit', limit, 'a price per hour greater than 0 with at most three decimals');
      }
    }
    if (props.publicIp !== undefined) {
      check.object('publicIp', props.publicIp);
      if (props.publicIp.bandwidthMbps === undefined) check.fail('OutOfRange', 'publicIp.bandwidthMbps', undefined, 'a whole number from 1 to 100');
      check.integer('publicIp.bandwidthMbps', props.publicIp.bandwidthMbps, 1, 100);
      check.oneOf('publicIp.chargeType', props.publicIp.chargeType, ['PayByTraffic', 'PayByBandwidth']);
    }

    // --- opt-outs (validated before anything is created) ---------------------------------------
    const reasons = {
      metadataToken: optOutReason(this, 'allowMetadataWithoutToken', props.allowMetadataWithoutToken),
      backups: optOutReason(this, 'disableBackups', props.disableBackups),
      passwordInherit: optOutReason(this, 'passwordInherit', props.passwordInherit),
      publicIp: props.publicIp !== undefined ? checkOptOut(this, 'publicIp.optOut', props.publicIp.optOut) : undefined,
      agent: optOutReason(this, 'disableSecurityCenterAgent', props.disableSecurityCenterAgent),
      deletionProtection: optOutReason(this, 'disableDeletionProtection', props.disableDeletionProtection),
      userDataSecrets: optOutReason(this, 'allowUserDataSecrets', props.allowUserDataSecrets),
    };
    checkMetadataOptOut(check, reasons.metadataToken, props.metadata);
    if (reasons.backups && props.snapshotPolicy !== undefined) {
      check.fail('BackupConflict', 'snapshotPolicy', '<ISnapshotPolicy>', 'no snapshotPolicy when disableBackups is set');
    }
    this.backupsOptOut = reasons.backups;
    this.encryptAlgorithm = algorithm;

    // --- dependencies ------------------------------------------------------------------------
    this.encryptionKey = props.encryptionKey ?? EncryptionKey.defaultFor(this, props.provider);
    if (!reasons.backups) this.snapshotPolicy = props.snapshotPolicy ?? SnapshotPolicy.defaultFor(this, props.provider);
    const securityGroups = props.securityGroups ?? [new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: props.vpcId!,
      tags: props.tags,
      provider: props.provider,
    })];
    this.role = grantableRole(this, 'SecureInstance', props.role ?? new InstanceRole(this, 'Role', {
      provider: props.provider, description: `ECS instance role of ${this.node.path}`.slice(0, 1024),
    }), props.provider);

    // --- the instance ------------------------------------------------------------------------
    const { httpEndpoint, httpTokens } = metadataSettings(props.metadata, reasons.metadataToken !== undefined);
    this.resource = new Instance(this, 'Resource', {
      provider: props.provider,
      instanceName: props.instanceName ?? defaultInstanceName(this.node.path),
      description: props.description,
      hostName: props.hostName,
      imageId,
      instanceType: props.instanceType,
      vswitchId: props.vswitchId,
      securityGroups: securityGroups.map((sg) => sg.securityGroupId),
      // Metadata: token-only mode unless opted out (both read back; changes apply in place).
      httpEndpoint,
      httpTokens,
      // System disk: always encrypted with the customer key's plain id (an alias or ARN would be
      // read back as the id and force a replacement on every plan).
      systemDiskCategory: category,
      systemDiskSize: size,
      systemDiskPerformanceLevel: performanceLevel,
      systemDiskEncrypted: true,
      systemDiskKmsKeyId: this.encryptionKey.keyId,
      systemDiskEncryptAlgorithm: algorithm,
      systemDiskName: sys.name,
      systemDiskDescription: sys.description,
      // No public IP unless opted out (set explicitly: the provider has no default since 1.243.0).
      internetMaxBandwidthOut: props.publicIp ? props.publicIp.bandwidthMbps : 0,
      internetChargeType: props.publicIp ? (props.publicIp.chargeType ?? 'PayByTraffic') : undefined,
      passwordInherit: reasons.passwordInherit ? true : undefined,
      securityEnhancementStrategy: reasons.agent ? 'Deactive' : 'Active',
      // Release protection exists for pay-as-you-go instances only (the provider suppresses the
      // field for PrePaid); it is not sent for subscriptions.
      deletionProtection: props.prePaid ? undefined : !reasons.deletionProtection,
      userData: props.userData !== undefined ? encodeUserData(this, props.userData, reasons.userDataSecrets) : undefined,
      instanceChargeType: props.prePaid ? 'PrePaid' : 'PostPaid',
      period: props.prePaid?.period,
      periodUnit: props.prePaid ? (props.prePaid.periodUnit ?? 'Month') : undefined,
      renewalStatus: props.prePaid?.autoRenewPeriod !== undefined ? 'AutoRenewal' : undefined,
      autoRenewPeriod: props.prePaid?.autoRenewPeriod,
      spotStrategy: props.spot?.strategy,
      spotPriceLimit: props.spot?.priceLimit,
      spotInterruptionBehavior: props.spot ? (props.spot.interruptionBehavior ?? 'Stop') : undefined,
      tags: props.tags,
      volumeTags: props.tags,
    });
    this.instanceId = this.resource.id;
    this.connections = new Connections({ securityGroups });

    // Backups of the system disk (data disks are attached in addDataDisk).
    if (this.snapshotPolicy) this.snapshotPolicy.applyTo(this.resource.systemDiskId, `SystemDisk-${this.node.addr.slice(0, 12)}`);

    // Login: key pair only.
    if (props.keyPairName !== undefined) {
      this.keyPairAttachment = new EcsKeyPairAttachment(this, 'KeyPair', {
        provider: props.provider,
        keyPairName: props.keyPairName,
        instanceIds: [this.instanceId],
        force: props.keyPairReboot ?? true,
      });
    }
    // Role via the attachment resource (instance.role_name is deprecated).
    this.roleAttachment = new EcsRamRoleAttachment(this, 'RoleAttachment', {
      provider: props.provider, instanceId: this.instanceId, ramRoleName: this.role.roleName,
    });

    // --- record opt-outs and caveats ---------------------------------------------------------
    const mine = [this.resource];
    if (reasons.metadataToken) recordOptOut(this, 'SecureInstance.MetadataWithoutToken', reasons.metadataToken, mine);
    if (reasons.backups) recordOptOut(this, 'SecureInstance.Backups', reasons.backups, mine);
    if (reasons.passwordInherit) recordOptOut(this, 'SecureInstance.PasswordInherit', reasons.passwordInherit, mine);
    if (reasons.publicIp) recordOptOut(this, 'SecureInstance.PublicIp', reasons.publicIp, mine);
    if (reasons.agent) recordOptOut(this, 'SecureInstance.SecurityCenterAgent', reasons.agent, mine);
    // Release protection exists for pay-as-you-go instances only: on PrePaid the opt-out waives nothing (ALI-ECS-008 does not apply).
    if (reasons.deletionProtection && !props.prePaid) recordOptOut(this, 'SecureInstance.DeletionProtection', reasons.deletionProtection, mine);
    // Recorded only where it waives a finding: user data the detector (and so ALI-ECS-014) flags.
    if (reasons.userDataSecrets && props.userData !== undefined && findSecretsInUserData(props.userData).length > 0) {
      recordOptOut(this, 'SecureInstance.UserDataSecrets', reasons.userDataSecrets, mine);
    }
    if (props.prePaid) {
      addHardeningWarning(this, 'SecureInstance.DeletionProtectionPrePaid',
        'release protection (deletion_protection) only exists for pay-as-you-go instances, so it is not set on this '
        + 'subscription (PrePaid) instance. A subscription instance cannot be released manually before it expires, and '
        + 'terraform destroy fails unless force_delete is set, which this construct never does. '
        + (props.prePaid.autoRenewPeriod === undefined
          ? 'Without prePaid.autoRenewPeriod the instance stops when the subscription expires and is released 15 days later.'
          : 'The subscription renews automatically.'));
    }
    if (props.spot) {
      addHardeningWarning(this, 'SecureInstance.SpotReclaim',
        'spot instances can be reclaimed at any time and release protection does not prevent that; keep data on '
        + 'EncryptedDisks (they outlive the instance by default) and rely on the snapshot policy.');
    }
  }

  /**
   * Adds an encrypted data disk in the instance's zone, with the instance's key, encryption
   * algorithm, tags and snapshot policy unless given, and attaches it. Data disks are separate `alicloud_ecs_disk` resources
   * because the provider never reads inline `data_disks` back (drift would go unseen). The
   * instance's tags are merged into the disk's: the provider applies `volume_tags` changes to every
   * disk of the instance, so the disk's own `tags` then stay in step.
   *
   * @param id construct id of the disk (under this instance)
   */
  public addDataDisk(id: string, options: DataDiskOptions = {}): EncryptedDisk {
    new Check(this, 'SecureInstance').object('options', options);
    const opts = options ?? {};
    const diskBackupsOff = opts.disableBackups !== undefined;
    const useInstanceOptOut = this.backupsOptOut !== undefined && opts.snapshotPolicy === undefined && !diskBackupsOff;
    const disk = new EncryptedDisk(this, id, {
      encryptionKey: this.encryptionKey,
      encryptAlgorithm: this.encryptAlgorithm as EncryptAlgorithm,
      ...opts,
      snapshotPolicy: diskBackupsOff ? undefined : (opts.snapshotPolicy ?? this.snapshotPolicy),
      disableBackups: useInstanceOptOut ? OptOut.because(this.backupsOptOut!) : opts.disableBackups,
      tags: this.tags || opts.tags ? { ...this.tags, ...opts.tags } : undefined,
      zoneId: this.resource.availabilityZone,
      provider: this.provider,
    });
    disk.attachTo(this, { id: 'Attachment' });
    this.dataDisks.push(disk);
    return disk;
  }

  /** The principal that grants go to (the instance role), in the AWS CDK `grantPrincipal` style. */
  public get grantPrincipal(): IGrantable {
    return this.role;
  }

  /** Adds a statement to the instance role's policy (least privilege: name actions and resources). */
  public addToRolePolicy(statement: PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }

  /** `IGrantable`: grants made to the instance go to its role's policy. */
  public addToPrincipalPolicy(statement: PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }
}
