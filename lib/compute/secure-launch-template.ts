import { Construct } from 'constructs';
import { InstanceMetadata } from './metadata';
import {
  checkLaunchBasics, checkMetadataOptOut, checkRole, checkSecurityGroups, checkSystemDisk, checkTagsPasswordUserData,
  defaultInstanceName, grantableRole, metadataSettings, optOutReason,
} from './private/instance-util';
import { encodeUserData } from './user-data';
import { Token } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls';
import { checkDescription, checkProvider } from '../core/construct-checks';
import { OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { EcsLaunchTemplate, EcsLaunchTemplateDataDisks } from '../generated/providers/alicloud/ecs-launch-template';
import { IGrantable, IInstanceRole, InstanceRole, PolicyStatement } from '../identity';
import { IMachineImage } from '../images/machine-image';
import { Connections, HardenedSecurityGroup, IConnectable, ISecurityGroup } from '../network';
import { EncryptionKey, EncryptionKeySpec, IEncryptionKey } from '../storage';
import { DISK_SIZE_LIMITS } from '../storage/encrypted-disk';

/**
 * System disk categories a launch template accepts (provider 1.285.0 validator on
 * `system_disk.category`; `cloud_auto` and `cloud_essd_entry` are not in it). All support encryption.
 */
export type LaunchTemplateSystemDiskCategory = 'cloud_essd' | 'cloud_ssd' | 'cloud_efficiency';

const LT_SYSTEM_DISK_CATEGORIES: LaunchTemplateSystemDiskCategory[] = ['cloud_essd', 'cloud_ssd', 'cloud_efficiency'];

/** Data disk categories of a launch template (the provider does not validate them; these encrypt). */
export type LaunchTemplateDataDiskCategory = 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | 'cloud_ssd' | 'cloud_efficiency';

const LT_DATA_DISK_CATEGORIES: LaunchTemplateDataDiskCategory[] = ['cloud_essd', 'cloud_auto', 'cloud_essd_entry', 'cloud_ssd', 'cloud_efficiency'];

/** Names inside a launch template (provider validator on `instance_name`, `system_disk.name`, `data_disks.name`). */
const LT_NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5_0-9.:-]{1,127}$/;
const LT_NAME_TEXT = 'starting with a letter; letters, digits, ":", "_", ".", "-" (provider validator)';
/** Instance names additionally allow "," "[" "]" (provider validator on `instance_name`). */
const LT_INSTANCE_NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5_0-9.:,[\]-]{1,127}$/;

/** System disk of the instances launched from the template. */
export interface LaunchTemplateSystemDiskOptions {
  /** @default 'cloud_essd' */
  readonly category?: LaunchTemplateSystemDiskCategory;
  /** Size in GiB: 20–2048, at least 461 for PL2 and 1261 for PL3, and at least the image size. @default 40 */
  readonly size?: number;
  /** ESSD performance level (only with `cloud_essd`). @default 'PL1' for cloud_essd */
  readonly performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  /** Disk name, 2–128 characters, starting with a letter. @default - none */
  readonly name?: string;
  /** Disk description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
}

/** A data disk of the instances launched from the template (always encrypted with the template's key). */
export interface LaunchTemplateDataDiskOptions {
  /** Size in GiB, within the category's limits (`DISK_SIZE_LIMITS`). */
  readonly size: number;
  /** @default 'cloud_essd' */
  readonly category?: LaunchTemplateDataDiskCategory;
  /** ESSD performance level (only with `cloud_essd`). @default 'PL1' for cloud_essd */
  readonly performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  /** Disk name, 2–128 characters, starting with a letter. @default - none */
  readonly name?: string;
  /** Description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
  /**
   * Release the disk with the instance. Scaled instances are disposable: a disk that outlives a
   * scale-in is an orphan nobody reattaches (the provider sends `false` when unset, so it is always set).
   * @default true
   */
  readonly deleteWithInstance?: boolean;
}

/** Props of {@link SecureLaunchTemplate}. */
export interface SecureLaunchTemplateProps extends HardenedConstructProps {
  /**
   * Image: an image id, or an `IMachineImage` (`MachineImage.fromId`, `MachineImage.lookup`, an
   * `EncryptedImage` from a golden-image pipeline). For token-only metadata use a recent Alibaba Cloud
   * public image, or a custom image with cloud-init 23.2.2 or later. Changing it creates a new
   * template version (roll it out with an instance refresh, see `SecureScalingGroup`).
   */
  readonly imageId: string | IMachineImage;
  /**
   * Instance type, `ecs.<family>.<size>`, e.g. `ecs.g7.large`, `ecs.t6-c1m1.large`, `ecs.r7.2xlarge`
   * (the same shape check as `SecureInstance`: a typo fails at synth rather than when ESS launches;
   * tokens are not checked).
   */
  readonly instanceType: string;
  /**
   * VPC of the instances; needed when no `securityGroups` are given (a group is created in it).
   * @default - required unless `securityGroups` is given
   */
  readonly vpcId?: string;
  /** Security groups of the launched instances. @default - one HardenedSecurityGroup in `vpcId` */
  readonly securityGroups?: ISecurityGroup[];
  /** Template name, 2–128 characters, starting with a letter. ForceNew. @default - the construct path, sanitised */
  readonly launchTemplateName?: string;
  /** Description of each new version (what changed). @default - none */
  readonly versionDescription?: string;
  /** Name of the launched instances, 2–128 characters. @default - the construct path, sanitised */
  readonly instanceName?: string;
  /** Description of the template and the instances, 2–256 characters. @default - none */
  readonly description?: string;
  /** Host name of the instances, 2–64 characters. @default - chosen by ECS */
  readonly hostName?: string;
  /**
   * Metadata service mode of the launched instances (`http_endpoint` / `http_tokens`). Control:
   * SSRF protection of the role's STS credentials (ECS "Access instance metadata in security
   * hardening mode"; InfraGuard `ecs-instance-meta-data-mode-check`).
   * @default InstanceMetadata.TOKEN_REQUIRED
   */
  readonly metadata?: InstanceMetadata;
  /**
   * Opt-out: metadata without a token (`http_tokens = "optional"`). Recorded as
   * `SecureLaunchTemplate.MetadataWithoutToken` (acknowledges ALI-LT-003; a `SecureScalingGroup` on
   * this template records `SecureScalingGroup.MetadataWithoutToken` for ALI-ASG-001).
   * @default - token required
   */
  readonly allowMetadataWithoutToken?: OptOut;
  /**
   * Customer-managed KMS key of the system disk and every data disk (its plain key id). The template
   * has no encryption-algorithm argument in provider 1.285.0, so only `Aliyun_AES_256` keys are
   * accepted. Control: CIS Alibaba Cloud Foundations 4.2; InfraGuard `ecs-disk-all-encrypted-by-kms`.
   * @default EncryptionKey.defaultFor(stack)
   */
  readonly encryptionKey?: IEncryptionKey;
  /** @default - cloud_essd PL1, 40 GiB, encrypted with `encryptionKey`, released with the instance */
  readonly systemDisk?: LaunchTemplateSystemDiskOptions;
  /** Data disks of every launched instance (encrypted with `encryptionKey`). @default - none */
  readonly dataDisks?: LaunchTemplateDataDiskOptions[];
  /**
   * Key pair for SSH login (`key_pair_name`); there is no password option. Control: InfraGuard
   * `ecs-instance-login-use-keypair`.
   * @default - no login credential: administer through Cloud Assistant / Session Manager
   */
  readonly keyPairName?: string;
  /**
   * RAM role of the launched instances (`ram_role_name`). Least privilege: grant to `template.role`.
   * @default - a new InstanceRole trusted by ECS only, with no permissions until granted
   */
  readonly role?: IInstanceRole;
  /** Plain-text user data (at most 32 KB), base64-encoded and scanned for secrets. @default - none */
  readonly userData?: string;
  /**
   * Tags of the launched instances (`tags`) and of the template itself (`template_tags`); keys and
   * values must not start with `aliyun` or `acs:`.
   * @default - none
   */
  readonly tags?: Record<string, string>;
}

/**
 * A hardened ECS launch template (`alicloud_ecs_launch_template`): what `SecureScalingGroup`
 * launches. The same defaults and checks as `SecureInstance` (shared code in
 * `lib/compute/private/instance-util.ts`):
 *
 * | setting | default | control |
 * | --- | --- | --- |
 * | metadata service | token-only (`http_tokens = "required"`) | InfraGuard `ecs-instance-meta-data-mode-check` |
 * | system and data disks | encrypted with a customer-managed KMS key (plain key id), released with the instance | CIS 4.2; InfraGuard `ecs-disk-all-encrypted-by-kms` |
 * | public IP | none (`internet_max_bandwidth_out = 0`); no opt-out on this branch | InfraGuard `ecs-instance-no-public-ip` |
 * | login | key pair only, no password prop, `password_inherit` never set | InfraGuard `ecs-instance-login-use-keypair` |
 * | Security Center agent | `security_enhancement_strategy = "Active"` | ECS shared responsibility model |
 * | RAM role | `ram_role_name` of an `InstanceRole` trusted by ECS only | InfraGuard `ecs-instance-ram-role-attached` |
 * | user data | base64-encoded, secrets warned about | |
 *
 * What a template cannot express (provider 1.285.0): release protection (`deletion_protection`),
 * automatic snapshot policies and the disk encryption algorithm. Instances launched from it are
 * therefore disposable by design; see `SecureScalingGroup` for where stateful data belongs.
 *
 * Versions: every change of a launch setting creates a new template version (the provider's
 * CustomizeDiff marks `latest_version_number` as changing and calls CreateLaunchTemplateVersion);
 * `update_default_version_number = true` makes it the default version, and `latestVersionNumber`
 * is what a `SecureScalingGroup` pins, so the group's plan shows the new version.
 */
export class SecureLaunchTemplate extends Construct implements IConnectable, IGrantable {
  /** The L1 `alicloud_ecs_launch_template`. */
  public readonly resource: EcsLaunchTemplate;
  /** Template id. */
  public readonly launchTemplateId: string;
  /** The newest version number, as a string token (what `launch_template_version` takes). */
  public readonly latestVersionNumber: string;
  /** The instances' RAM role; grants go to its least-privilege policy. */
  public readonly role: IInstanceRole & IGrantable;
  /** Security groups of the launched instances. */
  public readonly connections: Connections;
  /** Key encrypting the system and data disks. */
  public readonly encryptionKey: IEncryptionKey;
  /** The metadata opt-out's reason, when taken (a scaling group records it too). */
  public readonly metadataWithoutTokenReason?: string;

  constructor(scope: Construct, id: string, props: SecureLaunchTemplateProps) {
    super(scope, id);
    const check = new Check(this, 'SecureLaunchTemplate');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'a SecureLaunchTemplateProps object');
    check.object('props', props);
    checkProvider(check, props.provider);

    // --- inputs (shared with SecureInstance) -------------------------------------------------
    const imageId = checkLaunchBasics(check, props);
    checkTagsPasswordUserData(check, props, 'SecureLaunchTemplate');
    const anyProps = props as unknown as Record<string, unknown>;
    for (const notOffered of ['publicIp', 'passwordInherit', 'disableSecurityCenterAgent']) {
      if (anyProps[notOffered] !== undefined) {
        check.fail('OptOutNotOffered', notOffered, anyProps[notOffered],
          'nothing: a launch template has no public IP, inherits no image password and always activates the Security Center agent '
          + '(the rule pack cannot acknowledge these on a launch template yet)');
      }
    }
    check.text('instanceName', props.instanceName, { min: 2, max: 128, pattern: LT_INSTANCE_NAME, patternText: LT_NAME_TEXT });
    check.text('launchTemplateName', props.launchTemplateName, {
      min: 2, max: 128, pattern: /^(?!https?:\/\/)[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5_0-9.:-]{1,127}$/, patternText: LT_NAME_TEXT,
    });
    checkDescription(check, 'versionDescription', props.versionDescription);
    const sys = checkSystemDisk(check, props.systemDisk, LT_SYSTEM_DISK_CATEGORIES, []);
    if ((props.systemDisk as { encryptAlgorithm?: unknown } | undefined)?.encryptAlgorithm !== undefined) {
      check.fail('NoEncryptAlgorithm', 'systemDisk.encryptAlgorithm', (props.systemDisk as { encryptAlgorithm?: unknown }).encryptAlgorithm,
        'nothing: alicloud_ecs_launch_template has no encryption-algorithm argument (provider 1.285.0); disks use AES-256 keys');
    }
    check.text('systemDisk.name', sys.name, { min: 2, max: 128, pattern: LT_NAME, patternText: LT_NAME_TEXT });
    const dataDisks = this.checkDataDisks(check, props.dataDisks);
    if (props.encryptionKey !== undefined
      && (props.encryptionKey === null || typeof props.encryptionKey !== 'object' || !('keyId' in props.encryptionKey))) {
      check.fail('InvalidKey', 'encryptionKey', props.encryptionKey, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }
    if (props.encryptionKey instanceof EncryptionKey && props.encryptionKey.keySpec !== EncryptionKeySpec.AES_256) {
      check.fail('KeySpecMismatch', 'encryptionKey', props.encryptionKey.keySpec,
        `a key with keySpec ${EncryptionKeySpec.AES_256} (a launch template cannot select the SM4 algorithm in provider 1.285.0)`);
    }
    checkRole(check, props.role);
    checkSecurityGroups(check, props, 'the VPC of the instances');

    const metadataToken = optOutReason(this, 'allowMetadataWithoutToken', props.allowMetadataWithoutToken);
    checkMetadataOptOut(check, metadataToken, props.metadata);
    this.metadataWithoutTokenReason = metadataToken;

    // --- dependencies ------------------------------------------------------------------------
    this.encryptionKey = props.encryptionKey ?? EncryptionKey.defaultFor(this, props.provider);
    const securityGroups = props.securityGroups ?? [new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: props.vpcId!, tags: props.tags, provider: props.provider,
    })];
    this.role = grantableRole(this, 'SecureLaunchTemplate', props.role ?? new InstanceRole(this, 'Role', {
      provider: props.provider, description: `ECS instance role of ${this.node.path}`.slice(0, 1024),
    }), props.provider);

    // --- the template ------------------------------------------------------------------------
    const name = defaultInstanceName(this.node.path);
    this.resource = new EcsLaunchTemplate(this, 'Resource', {
      provider: props.provider,
      launchTemplateName: props.launchTemplateName ?? name,
      description: props.description,
      versionDescription: props.versionDescription,
      // Every change creates a version; make it the default one too (the group pins the latest).
      updateDefaultVersionNumber: true,
      imageId,
      instanceType: props.instanceType,
      instanceName: props.instanceName ?? name,
      hostName: props.hostName,
      networkType: 'vpc',
      securityGroupIds: securityGroups.map((sg) => sg.securityGroupId),
      ...metadataSettings(props.metadata, metadataToken !== undefined),
      systemDisk: {
        category: sys.category,
        size: sys.size,
        performanceLevel: sys.performanceLevel,
        encrypted: true,
        kmsKeyId: this.encryptionKey.keyId,
        deleteWithInstance: true,
        name: sys.name,
        description: sys.description,
      },
      dataDisks: dataDisks.length ? dataDisks.map((d) => ({ ...d, encrypted: true, kmsKeyId: this.encryptionKey.keyId })) : undefined,
      internetMaxBandwidthOut: 0,
      keyPairName: props.keyPairName,
      ramRoleName: this.role.roleName,
      securityEnhancementStrategy: 'Active',
      userData: props.userData !== undefined ? encodeUserData(this, props.userData) : undefined,
      tags: props.tags,
      templateTags: props.tags,
    });
    this.launchTemplateId = this.resource.id;
    this.latestVersionNumber = Token.asString(this.resource.latestVersionNumber);
    this.connections = new Connections({ securityGroups });

    if (metadataToken) recordOptOut(this, 'SecureLaunchTemplate.MetadataWithoutToken', metadataToken, [this.resource]);
  }

  /** The principal that grants go to (the instances' role). */
  public get grantPrincipal(): IGrantable {
    return this.role;
  }

  /** Adds a statement to the instance role's policy. */
  public addToRolePolicy(statement: PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }

  /** `IGrantable`: grants made to the template go to its role's policy. */
  public addToPrincipalPolicy(statement: PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }

  private checkDataDisks(check: Check, disks: LaunchTemplateDataDiskOptions[] | undefined): EcsLaunchTemplateDataDisks[] {
    check.array('dataDisks', disks);
    if (disks === undefined || isToken(disks)) return [];
    // RunInstances: at most 16 data disks per instance (PLATFORM_LIMITS.maxDataDisksPerInstance).
    const maxDisks = PLATFORM_LIMITS.maxDataDisksPerInstance;
    if (disks.length > maxDisks) check.fail('TooManyDataDisks', 'dataDisks', `<${disks.length} disks>`, `at most ${maxDisks} data disks (RunInstances DataDisk.N)`);
    return disks.map((d, i) => {
      const p = `dataDisks[${i}]`;
      check.object(p, d);
      if (d === undefined || d === null) check.fail('NotObject', p, d, 'an object');
      const category = d.category ?? 'cloud_essd';
      check.oneOf(`${p}.category`, category, LT_DATA_DISK_CATEGORIES);
      check.oneOf(`${p}.performanceLevel`, d.performanceLevel, ['PL0', 'PL1', 'PL2', 'PL3']);
      if (d.performanceLevel !== undefined && !isToken(category) && category !== 'cloud_essd') {
        check.fail('PerformanceLevelNeedsEssd', `${p}.performanceLevel`, d.performanceLevel, 'a performance level only with category "cloud_essd"');
      }
      const level = category === 'cloud_essd' ? (d.performanceLevel ?? 'PL1') : undefined;
      if (d.size === undefined) check.fail('Required', `${p}.size`, undefined, 'a size in GiB');
      if (!isToken(category) && !isToken(level) && !isToken(d.size)) {
        const [min, max] = DISK_SIZE_LIMITS[category === 'cloud_essd' ? `cloud_essd:${level}` : category];
        if (typeof d.size !== 'number' || !Number.isInteger(d.size) || d.size < min || d.size > max) {
          check.fail('DataDiskSizeOutOfRange', `${p}.size`, d.size, `a whole number of GiB from ${min} to ${max} for ${category}${level ? ` ${level}` : ''}`);
        }
      }
      check.text(`${p}.name`, d.name, { min: 2, max: 128, pattern: LT_NAME, patternText: LT_NAME_TEXT });
      checkDescription(check, `${p}.description`, d.description);
      check.bool(`${p}.deleteWithInstance`, d.deleteWithInstance);
      return {
        category,
        size: d.size,
        performanceLevel: level,
        name: d.name,
        description: d.description,
        deleteWithInstance: d.deleteWithInstance ?? true,
      };
    });
  }
}
