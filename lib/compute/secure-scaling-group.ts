import { Construct } from 'constructs';
import { INSTANCE_TYPE_SHAPE, instanceTypeProblem } from './instance-type';
import { SecureLaunchTemplate } from './secure-launch-template';
import { Op, Token } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls';
import { checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EssAlbServerGroupAttachment } from '../generated/providers/alicloud/ess-alb-server-group-attachment';
import { EssInstanceRefresh } from '../generated/providers/alicloud/ess-instance-refresh';
import { EssLifecycleHook } from '../generated/providers/alicloud/ess-lifecycle-hook';
import { EssScalingGroup } from '../generated/providers/alicloud/ess-scaling-group';
import { EssScalingRule } from '../generated/providers/alicloud/ess-scaling-rule';
import { IGrantable, PolicyStatement } from '../identity';
import { Connections, IConnectable } from '../network';

// ESS group size limits and the shortest instance lifetime (PLATFORM_LIMITS, sources in LIMIT_SOURCES).
const SCALING_GROUP_SIZE_LIMITS = { min: PLATFORM_LIMITS.minScalingGroupSize, max: PLATFORM_LIMITS.maxScalingGroupSize } as const;
const MIN_INSTANCE_LIFETIME_DAYS = PLATFORM_LIMITS.minInstanceLifetimeSeconds / 86400;

/** Default instance lifetime: instances are replaced (with the current template version) after 30 days. */
const DEFAULT_INSTANCE_LIFETIME_DAYS = 30;

/** How ESS spreads instances over the group's vSwitches (`multi_az_policy`, ForceNew). */
export enum MultiAzPolicy {
  /** Evenly across the zones of the vSwitches (the hardened default: a zone outage takes 1/n of the fleet). */
  BALANCE = 'BALANCE',
  /** In the order of the vSwitches (the provider default); the first zone gets everything it can hold. */
  PRIORITY = 'PRIORITY',
  /** Cheapest instance types first (with instance type overrides). */
  COST_OPTIMIZED = 'COST_OPTIMIZED',
  /** A combination of the policies (ESS console "composable" policy); the construct sets `az_balance = true` with it. */
  COMPOSABLE = 'COMPOSABLE',
}

/** Health checks that mark an instance unhealthy, so ESS replaces it (`health_check_types`). */
export enum HealthCheckType {
  /** The ECS instance is not running. */
  ECS = 'ECS',
  /** The load balancer's health check fails (added automatically by `attachToAlbServerGroup`). */
  LOAD_BALANCER = 'LOAD_BALANCER',
}

/** Which instances are removed first on scale-in (`removal_policies`, at most two, in order). */
export enum RemovalPolicy {
  /** Instances from the oldest launch template version first: scale-in finishes a rollout. */
  OLDEST_SCALING_CONFIGURATION = 'OldestScalingConfiguration',
  /** The longest-running instance first (oldest patches). */
  OLDEST_INSTANCE = 'OldestInstance',
  /** The newest instance first. */
  NEWEST_INSTANCE = 'NewestInstance',
}

/** System metrics a target-tracking rule can follow (ESS CreateScalingRule `MetricName`). */
export enum TargetTrackingMetric {
  /** Average CPU utilization of the group, in percent. */
  CPU_UTILIZATION = 'CpuUtilization',
  /** Average intranet inbound traffic per instance. */
  INTRANET_RX = 'IntranetRx',
  /** Average intranet outbound traffic per instance. */
  INTRANET_TX = 'IntranetTx',
}

/** Options of {@link SecureScalingGroup.addTargetTrackingRule}. */
export interface TargetTrackingRuleOptions {
  /** The metric to hold at `targetValue`. */
  readonly metric: TargetTrackingMetric;
  /** Target value (percent for CPU); greater than 0. */
  readonly targetValue: number;
  /** Rule name. @default - the construct path, sanitised */
  readonly name?: string;
  /** Warm-up of new instances before their metrics count, in seconds (0–86400). @default - ESS default (300) */
  readonly estimatedInstanceWarmup?: number;
  /** Only scale out, never in. @default false */
  readonly disableScaleIn?: boolean;
}

/** How a simple scaling rule changes the capacity (`adjustment_type`). */
export enum AdjustmentType {
  /** Add (or remove, when negative) this many instances. */
  CHANGE_IN_CAPACITY = 'QuantityChangeInCapacity',
  /** Add (or remove) this percentage of the current capacity. */
  PERCENT_CHANGE_IN_CAPACITY = 'PercentChangeInCapacity',
  /** Set the capacity to this number of instances. */
  EXACT_CAPACITY = 'TotalCapacity',
}

/** Options of {@link SecureScalingGroup.addSimpleScalingRule}. */
export interface SimpleScalingRuleOptions {
  readonly adjustmentType: AdjustmentType;
  /** The adjustment: a whole number (negative only for the change types). */
  readonly adjustmentValue: number;
  /** Cooldown after the rule ran, in seconds (0–86400). @default - the group's default cooldown */
  readonly cooldown?: number;
  /** Rule name. @default - the construct path, sanitised */
  readonly name?: string;
}

/** Options of {@link SecureScalingGroup.addLifecycleHook}. */
export interface LifecycleHookOptions {
  /** When the hook pauses an instance: on the way in (`SCALE_OUT`) or out (`SCALE_IN`). */
  readonly transition: 'SCALE_OUT' | 'SCALE_IN';
  /** Seconds ESS waits for the hook to complete (30–21600). @default 600 */
  readonly heartbeatTimeout?: number;
  /**
   * What ESS does when the timeout passes without an answer: `CONTINUE`, `ABANDON` (release the
   * instance) or `ROLLBACK`.
   * @default 'ABANDON' for SCALE_OUT (an instance that did not finish bootstrapping never serves), 'CONTINUE' for SCALE_IN
   */
  readonly defaultResult?: 'CONTINUE' | 'ABANDON' | 'ROLLBACK';
  /** Where the hook notification goes (MNS queue/topic or OOS template ARN). @default - none (ESS events only) */
  readonly notificationArn?: string;
  /** Text passed with the notification (at most 4096 characters). @default - none */
  readonly notificationMetadata?: string;
  /** Hook name. @default - the construct path, sanitised */
  readonly name?: string;
}

/** An ALB server group a scaling group can register its instances in. */
export interface IAlbServerGroupTarget {
  /** The `alicloud_alb_server_group` id. */
  readonly serverGroupId: string;
}

/** Options of {@link SecureScalingGroup.attachToAlbServerGroup}. */
export interface AlbAttachmentOptions {
  /** Port the instances serve on (1–65535). */
  readonly port: number;
  /** Weight of each instance (0–100). @default 100 */
  readonly weight?: number;
}

/**
 * Rolling replacement of the group's instances whenever the launch template gets a new version
 * (`alicloud_ess_instance_refresh`, StartInstanceRefresh). The refresh resource is ForceNew on the
 * desired template version, so every new version starts one refresh; instances already on it are
 * skipped (`skip_matching = true`). Terraform does not wait for the refresh to finish, and
 * destroying the resource only forgets it (provider docs).
 */
export interface RollingUpdateOptions {
  /** Capacity kept in service during the refresh, in percent of the desired capacity (0–100). @default 100 */
  readonly minHealthyPercentage?: number;
  /** Capacity the refresh may go up to, in percent (100–200). @default 150 */
  readonly maxHealthyPercentage?: number;
}

/** Props of {@link SecureScalingGroup}. */
export interface SecureScalingGroupProps extends HardenedConstructProps {
  /**
   * The hardened launch template. Only a `SecureLaunchTemplate` is accepted: an ESS scaling
   * configuration (`alicloud_ess_scaling_configuration`) cannot require metadata tokens in provider
   * 1.285.0 (it has `http_endpoint` but no `http_tokens`).
   */
  readonly launchTemplate: SecureLaunchTemplate;
  /**
   * Version of the template the group launches: a version number, `Latest` or `Default`.
   * @default - the template's latest version number (a new version shows as a change of the group)
   */
  readonly launchTemplateVersion?: string;
  /**
   * vSwitches, in different zones. At least two unless `singleZone` is given. Control: ECS
   * "Shared security responsibility model" (availability: deploy across zones).
   */
  readonly vswitchIds: string[];
  /** Opt-out: one vSwitch only. Recorded as `SecureScalingGroup.SingleZone` (acknowledges ALI-ASG-003). @default - at least two */
  readonly singleZone?: OptOut;
  /** @default MultiAzPolicy.BALANCE (`az_balance = true` is set for COMPOSABLE, the only policy it affects) */
  readonly multiAzPolicy?: MultiAzPolicy;
  /** Fewest instances (0–2000). */
  readonly minSize: number;
  /** Most instances (0–2000, at least `minSize`). */
  readonly maxSize: number;
  /** Instances to hold (within `[minSize, maxSize]`). @default - none: ESS keeps `minSize` and the rules decide */
  readonly desiredCapacity?: number;
  /** Group name, 2–64 characters, starting with a letter, digit or Chinese character. @default - the construct path, sanitised */
  readonly scalingGroupName?: string;
  /** Seconds between scaling activities (0–86400). @default 300 */
  readonly defaultCooldown?: number;
  /** @default [HealthCheckType.ECS], plus LOAD_BALANCER once attached to a server group */
  readonly healthCheckTypes?: HealthCheckType[];
  /** @default [OLDEST_SCALING_CONFIGURATION, OLDEST_INSTANCE] */
  readonly removalPolicies?: RemovalPolicy[];
  /**
   * Days after which ESS replaces an instance with a fresh one from the current template version
   * (`max_instance_lifetime`): patch rotation, no long-lived hosts. At least 1.
   * @default 30
   */
  readonly maxInstanceLifetimeDays?: number;
  /**
   * More instance types for capacity (`launch_template_override`), each `ecs.<family>.<size>` (the
   * same shape check as the template's `instanceType`; tokens are not checked).
   * @default - the template's type only
   */
  readonly instanceTypeOverrides?: string[];
  /**
   * Opt-out: no group deletion protection (`group_deletion_protection = false`). Recorded as
   * `SecureScalingGroup.DeletionProtection` (acknowledges ALI-ASG-002).
   * @default - protected
   */
  readonly disableDeletionProtection?: OptOut;
  /**
   * Roll out every new template version by an instance refresh (see {@link RollingUpdateOptions}).
   * Only with the default `launchTemplateVersion` (the latest version number).
   * @default - no automatic refresh: new instances use the new version; `maxInstanceLifetimeDays` and the removal policy replace the rest
   */
  readonly rollingUpdate?: RollingUpdateOptions;
  /** Tags of the group. @default - none */
  readonly tags?: Record<string, string>;
}

const NAME = /^[A-Za-z0-9\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.-]{1,63}$/;
const NAME_TEXT = 'starting with a letter, digit or Chinese character; letters, digits, "_", "-", "." (ESS names)';

/**
 * An Auto Scaling (ESS) group of hardened instances, built on a `SecureLaunchTemplate` only.
 *
 * | setting | default | control |
 * | --- | --- | --- |
 * | launch source | a `SecureLaunchTemplate` (token-only metadata, encrypted disks), pinned to its latest version | InfraGuard `ecs-instance-meta-data-mode-check` |
 * | zones | at least two vSwitches, `multi_az_policy = "BALANCE"` (even spread over the zones) | availability (ECS shared responsibility model) |
 * | deletion protection | `group_deletion_protection = true` (provider default false) | |
 * | health checks | ECS, plus LOAD_BALANCER when attached | |
 * | removal | oldest template version first, then oldest instance | rollouts finish on scale-in |
 * | instance lifetime | 30 days (`max_instance_lifetime`) | patch rotation |
 * | rollout | opt-in `rollingUpdate`: an instance refresh per new template version, 100 % kept healthy | |
 *
 * Why not a scaling configuration: `alicloud_ess_scaling_configuration` (provider 1.285.0) has
 * `http_endpoint` but no `http_tokens`, so instances it launches answer metadata requests without a
 * session token; its system disk defaults to `cloud_efficiency`. A launch template has both.
 *
 * Stateless by design: a launch template cannot attach automatic snapshot policies or set release
 * protection, and ESS releases instances on scale-in, health-check failure and lifetime expiry.
 * Nothing that must survive an instance belongs on its disks. Homes for state: a managed database
 * (ApsaraDB RDS / PolarDB), OSS (encrypted, versioned buckets), NAS file systems mounted at boot, or
 * a separate fixed tier of `SecureInstance`s with `EncryptedDisk`s and snapshot policies. An
 * `EncryptedDisk` per scaled instance is not possible: ESS creates the disks from the template.
 */
export class SecureScalingGroup extends Construct implements IConnectable, IGrantable {
  /** The L1 `alicloud_ess_scaling_group`. */
  public readonly resource: EssScalingGroup;
  /** Scaling group id. */
  public readonly scalingGroupId: string;
  /** The template the group launches. */
  public readonly launchTemplate: SecureLaunchTemplate;
  /** The instances' security groups (those of the template). */
  public readonly connections: Connections;
  /** The instance refresh rolling out new template versions, when `rollingUpdate` is given. */
  public readonly instanceRefresh?: EssInstanceRefresh;

  private readonly healthChecks: string[];
  private readonly explicitHealthChecks: boolean;
  private readonly provider: HardenedConstructProps['provider'];

  constructor(scope: Construct, id: string, props: SecureScalingGroupProps) {
    super(scope, id);
    const check = new Check(this, 'SecureScalingGroup');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'a SecureScalingGroupProps object');
    check.object('props', props);
    checkProvider(check, props.provider);
    this.provider = props.provider;

    const anyProps = props as unknown as Record<string, unknown>;
    if (anyProps.scalingConfiguration !== undefined) {
      check.fail('NoScalingConfiguration', 'scalingConfiguration', '<scaling configuration>',
        'a SecureLaunchTemplate in launchTemplate: an ESS scaling configuration cannot require metadata tokens (provider 1.285.0 has no http_tokens on it)');
    }
    if (!(props.launchTemplate instanceof SecureLaunchTemplate)) {
      check.fail('LaunchTemplateRequired', 'launchTemplate', props.launchTemplate, 'a SecureLaunchTemplate');
    }
    if (props.launchTemplateVersion !== undefined && !isToken(props.launchTemplateVersion)
      && (typeof props.launchTemplateVersion !== 'string' || !/^(Latest|Default|[1-9][0-9]*)$/.test(props.launchTemplateVersion))) {
      check.fail('InvalidLaunchTemplateVersion', 'launchTemplateVersion', props.launchTemplateVersion, 'a version number, "Latest" or "Default"');
    }

    // Capacity.
    for (const [prop, value] of [['minSize', props.minSize], ['maxSize', props.maxSize]] as const) {
      if (value === undefined) check.fail('Required', prop, value, `a whole number from ${SCALING_GROUP_SIZE_LIMITS.min} to ${SCALING_GROUP_SIZE_LIMITS.max}`);
      check.integer(prop, value, SCALING_GROUP_SIZE_LIMITS.min, SCALING_GROUP_SIZE_LIMITS.max);
    }
    check.integer('desiredCapacity', props.desiredCapacity, SCALING_GROUP_SIZE_LIMITS.min, SCALING_GROUP_SIZE_LIMITS.max);
    const known = (n: unknown): n is number => typeof n === 'number' && !isToken(n);
    if (known(props.minSize) && known(props.maxSize) && props.minSize > props.maxSize) {
      check.fail('MinAboveMax', 'minSize', props.minSize, `at most maxSize (${props.maxSize})`);
    }
    if (known(props.desiredCapacity)) {
      if (known(props.minSize) && props.desiredCapacity < props.minSize) {
        check.fail('DesiredOutOfRange', 'desiredCapacity', props.desiredCapacity, `at least minSize (${props.minSize})`);
      }
      if (known(props.maxSize) && props.desiredCapacity > props.maxSize) {
        check.fail('DesiredOutOfRange', 'desiredCapacity', props.desiredCapacity, `at most maxSize (${props.maxSize})`);
      }
    }
    check.integer('defaultCooldown', props.defaultCooldown, 0, 86400);
    check.text('scalingGroupName', props.scalingGroupName, { min: 2, max: 64, pattern: NAME, patternText: NAME_TEXT });

    // Zones.
    check.oneOf('multiAzPolicy', props.multiAzPolicy, Object.values(MultiAzPolicy));
    if (props.vswitchIds === undefined) check.fail('Required', 'vswitchIds', undefined, 'vSwitch ids in at least two zones');
    check.array('vswitchIds', props.vswitchIds);
    const singleZone = props.singleZone !== undefined ? checkOptOut(this, 'singleZone', props.singleZone) : undefined;
    if (!isToken(props.vswitchIds)) {
      props.vswitchIds.forEach((v, i) => check.required(`vswitchIds[${i}]`, v));
      const literal = props.vswitchIds.filter((v) => !isToken(v));
      if (new Set(literal).size !== literal.length) check.fail('DuplicateVswitch', 'vswitchIds', props.vswitchIds, 'distinct vSwitch ids');
      if (props.vswitchIds.length === 0) check.fail('Required', 'vswitchIds', props.vswitchIds, 'at least one vSwitch id');
      if (props.vswitchIds.length < 2 && !singleZone) {
        check.fail('SingleZone', 'vswitchIds', props.vswitchIds,
          'vSwitches in at least two zones, or singleZone: OptOut.because(...) (a zone outage would take the whole group)');
      }
      if (props.vswitchIds.length >= 2 && singleZone) {
        check.fail('SingleZoneConflict', 'singleZone', 'OptOut', 'no singleZone opt-out with two or more vSwitches');
      }
    }

    // Health, removal, lifetime, overrides.
    check.array('healthCheckTypes', props.healthCheckTypes);
    (props.healthCheckTypes ?? []).forEach((h, i) => check.oneOf(`healthCheckTypes[${i}]`, h, Object.values(HealthCheckType)));
    if (props.healthCheckTypes !== undefined && !isToken(props.healthCheckTypes) && props.healthCheckTypes.length === 0) {
      check.fail('NoHealthCheck', 'healthCheckTypes', props.healthCheckTypes, 'at least one of "ECS", "LOAD_BALANCER" (or omit it)');
    }
    check.array('removalPolicies', props.removalPolicies);
    (props.removalPolicies ?? []).forEach((r, i) => check.oneOf(`removalPolicies[${i}]`, r, Object.values(RemovalPolicy)));
    if (props.removalPolicies !== undefined && !isToken(props.removalPolicies)
      && (props.removalPolicies.length < 1 || props.removalPolicies.length > 2)) {
      check.fail('InvalidRemovalPolicies', 'removalPolicies', props.removalPolicies, 'one or two removal policies (provider: MinItems 1, MaxItems 2)');
    }
    const lifetimeDays = props.maxInstanceLifetimeDays ?? DEFAULT_INSTANCE_LIFETIME_DAYS;
    check.integer('maxInstanceLifetimeDays', props.maxInstanceLifetimeDays, MIN_INSTANCE_LIFETIME_DAYS, 3650);
    check.array('instanceTypeOverrides', props.instanceTypeOverrides);
    (props.instanceTypeOverrides ?? []).forEach((t, i) => {
      check.text(`instanceTypeOverrides[${i}]`, t, { max: 64, pattern: /^ecs\./, patternText: 'starting with "ecs."', code: 'InvalidInstanceType' });
      const problem = typeof t === 'string' && !isToken(t) ? instanceTypeProblem(t) : undefined;
      if (problem) check.fail('InvalidInstanceType', `instanceTypeOverrides[${i}]`, t, `an instance type ${INSTANCE_TYPE_SHAPE}: ${problem}`);
    });
    checkTags(check, 'tags', props.tags);
    check.object('rollingUpdate', props.rollingUpdate);
    check.integer('rollingUpdate.minHealthyPercentage', props.rollingUpdate?.minHealthyPercentage, 0, 100);
    check.integer('rollingUpdate.maxHealthyPercentage', props.rollingUpdate?.maxHealthyPercentage, 100, 200);
    if (props.rollingUpdate !== undefined && props.launchTemplateVersion !== undefined) {
      check.fail('RollingUpdateNeedsLatest', 'launchTemplateVersion', props.launchTemplateVersion,
        'no launchTemplateVersion with rollingUpdate (the refresh follows the template\'s latest version)');
    }
    const deletionProtection = props.disableDeletionProtection !== undefined
      ? checkOptOut(this, 'disableDeletionProtection', props.disableDeletionProtection) : undefined;

    // --- the group ---------------------------------------------------------------------------
    this.launchTemplate = props.launchTemplate;
    this.explicitHealthChecks = props.healthCheckTypes !== undefined;
    this.healthChecks = [...(props.healthCheckTypes ?? [HealthCheckType.ECS])];
    const policy = props.multiAzPolicy ?? MultiAzPolicy.BALANCE;
    this.resource = new EssScalingGroup(this, 'Resource', {
      provider: props.provider,
      scalingGroupName: props.scalingGroupName ?? defaultName(this.node.path, 64),
      minSize: props.minSize,
      maxSize: props.maxSize,
      desiredCapacity: props.desiredCapacity,
      defaultCooldown: props.defaultCooldown ?? 300,
      launchTemplateId: props.launchTemplate.launchTemplateId,
      launchTemplateVersion: props.launchTemplateVersion ?? props.launchTemplate.latestVersionNumber,
      launchTemplateOverride: props.instanceTypeOverrides?.length
        ? props.instanceTypeOverrides.map((instanceType) => ({ instanceType })) : undefined,
      vswitchIds: props.vswitchIds,
      multiAzPolicy: policy,
      // az_balance only takes effect with COMPOSABLE (provider docs); BALANCE balances by itself.
      azBalance: policy === MultiAzPolicy.COMPOSABLE ? true : undefined,
      groupDeletionProtection: !deletionProtection,
      healthCheckTypes: this.healthChecks,
      removalPolicies: props.removalPolicies ?? [RemovalPolicy.OLDEST_SCALING_CONFIGURATION, RemovalPolicy.OLDEST_INSTANCE],
      // Days to seconds (provider minimum: PLATFORM_LIMITS.minInstanceLifetimeSeconds, one day); a token stays a Terraform expression.
      maxInstanceLifetime: isToken(lifetimeDays) ? Token.asNumber(Op.mul(lifetimeDays, 86400)) : lifetimeDays * 86400,
      tags: props.tags,
    });
    this.scalingGroupId = this.resource.id;
    this.connections = props.launchTemplate.connections;
    if (props.rollingUpdate) {
      this.instanceRefresh = new EssInstanceRefresh(this, 'RollingUpdate', {
        provider: props.provider,
        scalingGroupId: this.scalingGroupId,
        desiredConfigurationLaunchTemplateId: props.launchTemplate.launchTemplateId,
        desiredConfigurationLaunchTemplateVersion: props.launchTemplate.latestVersionNumber,
        minHealthyPercentage: props.rollingUpdate.minHealthyPercentage ?? 100,
        maxHealthyPercentage: props.rollingUpdate.maxHealthyPercentage ?? 150,
        skipMatching: true,
        dependsOn: [this.resource],
      });
    }

    const mine = [this.resource];
    if (singleZone) recordOptOut(this, 'SecureScalingGroup.SingleZone', singleZone, mine);
    if (deletionProtection) recordOptOut(this, 'SecureScalingGroup.DeletionProtection', deletionProtection, mine);
    if (props.launchTemplate.metadataWithoutTokenReason) {
      recordOptOut(this, 'SecureScalingGroup.MetadataWithoutToken', props.launchTemplate.metadataWithoutTokenReason, mine);
    }
    if (props.launchTemplateVersion !== undefined && /^[0-9]+$/.test(props.launchTemplateVersion)) {
      addHardeningWarning(this, 'SecureScalingGroup.PinnedOldVersion',
        `launchTemplateVersion pins version ${props.launchTemplateVersion}: the rule pack checks the template's current settings, `
        + 'which an older version may not have. Prefer the default (the latest version).');
    }
  }

  /**
   * Registers the group's instances in an ALB server group (`alicloud_ess_alb_server_group_attachment`,
   * `force_attach = true` so running instances are registered too) and adds the LOAD_BALANCER health
   * check unless health checks were given explicitly.
   */
  public attachToAlbServerGroup(serverGroup: IAlbServerGroupTarget, options: AlbAttachmentOptions): EssAlbServerGroupAttachment {
    const check = new Check(this, 'SecureScalingGroup');
    if (serverGroup === null || typeof serverGroup !== 'object' || serverGroup.serverGroupId === undefined) {
      check.fail('InvalidServerGroup', 'serverGroup', serverGroup, 'an object with serverGroupId (e.g. HttpsLoadBalancer.serverGroup)');
    }
    check.object('options', options);
    if (options?.port === undefined) check.fail('Required', 'options.port', undefined, 'a port from 1 to 65535');
    check.integer('options.port', options.port, 1, 65535, 'InvalidPort');
    check.integer('options.weight', options.weight, 0, 100);
    const n = this.node.children.filter((c) => c instanceof EssAlbServerGroupAttachment).length;
    const attachment = new EssAlbServerGroupAttachment(this, n === 0 ? 'AlbAttachment' : `AlbAttachment${n + 1}`, {
      provider: this.provider,
      scalingGroupId: this.scalingGroupId,
      albServerGroupId: serverGroup.serverGroupId,
      port: options.port,
      weight: options.weight ?? 100,
      forceAttach: true,
    });
    if (!this.explicitHealthChecks && !this.healthChecks.includes(HealthCheckType.LOAD_BALANCER)) {
      this.healthChecks.push(HealthCheckType.LOAD_BALANCER);
      this.resource.healthCheckTypes = [...this.healthChecks];
    }
    return attachment;
  }

  /** Adds a target-tracking rule (`scaling_rule_type = "TargetTrackingScalingRule"`). */
  public addTargetTrackingRule(id: string, options: TargetTrackingRuleOptions): EssScalingRule {
    const check = new Check(this, 'SecureScalingGroup');
    check.object('options', options);
    check.oneOf('options.metric', options?.metric, Object.values(TargetTrackingMetric));
    if (options?.metric === undefined) check.fail('Required', 'options.metric', undefined, 'a TargetTrackingMetric');
    if (options.targetValue === undefined || (!isToken(options.targetValue)
      && (typeof options.targetValue !== 'number' || !Number.isFinite(options.targetValue) || options.targetValue <= 0))) {
      check.fail('InvalidTargetValue', 'options.targetValue', options.targetValue, 'a number greater than 0');
    }
    if (options.metric === TargetTrackingMetric.CPU_UTILIZATION && !isToken(options.targetValue) && options.targetValue > 100) {
      check.fail('InvalidTargetValue', 'options.targetValue', options.targetValue, 'a CPU utilization percentage from 0 to 100');
    }
    check.integer('options.estimatedInstanceWarmup', options.estimatedInstanceWarmup, 0, 86400);
    check.bool('options.disableScaleIn', options.disableScaleIn);
    check.text('options.name', options.name, { min: 2, max: 64, pattern: NAME, patternText: NAME_TEXT });
    return new EssScalingRule(this, id, {
      provider: this.provider,
      scalingGroupId: this.scalingGroupId,
      scalingRuleName: options.name ?? defaultName(`${this.node.path}-${id}`, 64),
      scalingRuleType: 'TargetTrackingScalingRule',
      metricName: options.metric,
      targetValue: options.targetValue,
      estimatedInstanceWarmup: options.estimatedInstanceWarmup,
      disableScaleIn: options.disableScaleIn,
    });
  }

  /** Adds a simple scaling rule (run by an alarm task or a scheduled task). */
  public addSimpleScalingRule(id: string, options: SimpleScalingRuleOptions): EssScalingRule {
    const check = new Check(this, 'SecureScalingGroup');
    check.object('options', options);
    if (options?.adjustmentType === undefined) check.fail('Required', 'options.adjustmentType', undefined, 'an AdjustmentType');
    check.oneOf('options.adjustmentType', options.adjustmentType, Object.values(AdjustmentType));
    const v = options.adjustmentValue;
    if (v === undefined) check.fail('Required', 'options.adjustmentValue', undefined, 'a whole number');
    if (!isToken(v)) {
      const min = options.adjustmentType === AdjustmentType.EXACT_CAPACITY ? 0 : -SCALING_GROUP_SIZE_LIMITS.max;
      check.integer('options.adjustmentValue', v, min, options.adjustmentType === AdjustmentType.PERCENT_CHANGE_IN_CAPACITY ? 10000 : SCALING_GROUP_SIZE_LIMITS.max);
    }
    check.integer('options.cooldown', options.cooldown, 0, 86400);
    check.text('options.name', options.name, { min: 2, max: 64, pattern: NAME, patternText: NAME_TEXT });
    return new EssScalingRule(this, id, {
      provider: this.provider,
      scalingGroupId: this.scalingGroupId,
      scalingRuleName: options.name ?? defaultName(`${this.node.path}-${id}`, 64),
      scalingRuleType: 'SimpleScalingRule',
      adjustmentType: options.adjustmentType,
      adjustmentValue: v,
      cooldown: options.cooldown,
    });
  }

  /** Adds a lifecycle hook (e.g. wait for bootstrap before serving, drain before release). */
  public addLifecycleHook(id: string, options: LifecycleHookOptions): EssLifecycleHook {
    const check = new Check(this, 'SecureScalingGroup');
    check.object('options', options);
    if (options?.transition === undefined) check.fail('Required', 'options.transition', undefined, 'one of "SCALE_OUT", "SCALE_IN"');
    check.oneOf('options.transition', options.transition, ['SCALE_OUT', 'SCALE_IN']);
    check.integer('options.heartbeatTimeout', options.heartbeatTimeout, 30, 21600);
    check.oneOf('options.defaultResult', options.defaultResult, ['CONTINUE', 'ABANDON', 'ROLLBACK']);
    check.text('options.notificationMetadata', options.notificationMetadata, { max: 4096 });
    check.text('options.name', options.name, { min: 2, max: 64, pattern: NAME, patternText: NAME_TEXT });
    if (options.notificationArn !== undefined) check.required('options.notificationArn', options.notificationArn);
    return new EssLifecycleHook(this, id, {
      provider: this.provider,
      scalingGroupId: this.scalingGroupId,
      name: options.name ?? defaultName(`${this.node.path}-${id}`, 64),
      lifecycleTransition: options.transition,
      heartbeatTimeout: options.heartbeatTimeout ?? 600,
      defaultResult: options.defaultResult ?? (options.transition === 'SCALE_OUT' ? 'ABANDON' : 'CONTINUE'),
      notificationArn: options.notificationArn,
      notificationMetadata: options.notificationMetadata,
    });
  }

  /** Grants go to the instances' role (the template's). */
  public get grantPrincipal(): IGrantable {
    return this.launchTemplate.role;
  }

  /** `IGrantable`: grants made to the group go to the template's role policy. */
  public addToPrincipalPolicy(statement: PolicyStatement): void {
    this.launchTemplate.addToPrincipalPolicy(statement);
  }
}

/** ESS names: 2–`max` characters, starting with a letter or digit; derived from the construct path. */
function defaultName(path: string, max: number): string {
  const cleaned = path.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(-max).replace(/^[^A-Za-z0-9]+/, '');
  return cleaned.length >= 2 ? cleaned : `asg-${cleaned}`;
}
