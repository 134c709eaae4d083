import { Construct, IConstruct } from 'constructs';
import { PLATFORM_LIMITS } from '../controls';
import { EncryptionKey, IEncryptionKey } from './encryption-key';
import { EVERY_DAY, SnapshotRetention, SnapshotSchedule, Weekday } from './schedule';
import { TerraformProvider, TerraformStack, Token } from '../cdktf';
import { regionProblem } from '../controls/regions';
import { HardenedConstructProps, OptOut } from '../core';
import { checkProvider, checkTags, providerSuffix } from '../core/construct-checks';
import { HardeningValidationError } from '../core/errors';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { literalRegionOf } from '../core/provider-region';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EcsAutoSnapshotPolicy } from '../generated/providers/alicloud/ecs-auto-snapshot-policy';
import { EcsAutoSnapshotPolicyAttachment } from '../generated/providers/alicloud/ecs-auto-snapshot-policy-attachment';

// Bounds of snapshot policies: the control catalogue's PLATFORM_LIMITS (sources in LIMIT_SOURCES).
const SNAPSHOT_POLICY_LIMITS = {
  maxRetentionDays: PLATFORM_LIMITS.maxSnapshotRetentionDays,
  maxCopyRetentionDays: PLATFORM_LIMITS.maxCopiedSnapshotRetentionDays,
  minRetentionDaysWithoutOptOut: PLATFORM_LIMITS.minSnapshotRetentionDays,
  maxHours: PLATFORM_LIMITS.maxSnapshotTimePoints,
} as const;

/**
 * An automatic snapshot policy that disks can be attached to.
 */
export interface ISnapshotPolicy {
  /** The policy id (`alicloud_ecs_auto_snapshot_policy.id`). */
  readonly policyId: string;
  /**
   * Attaches the policy to a disk (`alicloud_ecs_auto_snapshot_policy_attachment`).
   *
   * @param disk a disk id, or a construct with a `diskId` (e.g. an `EncryptedDisk`)
   * @param id construct id of the attachment (recommended when `disk` is an unresolved token)
   */
  applyTo(disk: string | { readonly diskId: string }, id?: string): void;
}

/**
 * Cross-region copy of the automatic snapshots (disaster recovery). Copies are always encrypted.
 */
export interface CrossRegionCopyOptions {
  /**
   * The destination region, e.g. `cn-shanghai`. The platform accepts exactly one destination region
   * (CreateAutoSnapshotPolicy `TargetCopyRegions`: "You can specify only a single destination region").
   */
  readonly region: string;

  /**
   * Days to keep the copies in the destination region: 1 to 65535 (`copied_snapshots_retention_days`,
   * provider docs v1.285.0). Under 7 days needs `allowShortRetention`.
   *
   * @default - the policy's own retention (forever when the policy keeps snapshots forever)
   */
  readonly retentionDays?: number;

  /**
   * Key that encrypts the copies, which must live in the destination region (create it with a
   * provider for that region, or import it with `EncryptionKey.fromKeyId`).
   *
   * @default - the destination region's ECS service key (copies are still encrypted; a warning
   * `SnapshotPolicy.CopyServiceKey` is added)
   */
  readonly encryptionKey?: IEncryptionKey;

  /**
   * Allows a copy retention under 7 days.
   *
   * @default - copy retention under 7 days is rejected
   */
  readonly allowShortRetention?: OptOut;
}

/**
 * Props of {@link SnapshotPolicy}.
 */
export interface SnapshotPolicyProps extends HardenedConstructProps {
  /**
   * Name of the policy: 2 to 128 characters, starting with a letter; letters, digits, `:`, `_` and
   * `-` (`auto_snapshot_policy_name` docs, provider v1.285.0).
   *
   * @default - derived from the construct path
   */
  readonly name?: string;

  /**
   * When snapshots are taken.
   *
   * Implements the data-availability requirement ("snapshot-based backup") of
   * Alibaba Cloud "Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security) and the Cloud Config rule `ecs-disk-auto-snapshot-policy`.
   *
   * @default - every day at 02:00 UTC+8
   */
  readonly schedule?: SnapshotSchedule;

  /**
   * How long automatic snapshots are kept.
   *
   * @default SnapshotRetention.days(30)
   */
  readonly retention?: SnapshotRetention;

  /**
   * Allows a retention under 7 days (Cloud Config / InfraGuard rule `ecs-snapshot-retention-days`
   * requires at least 7 days).
   *
   * @default - retention under 7 days is rejected
   */
  readonly allowShortRetention?: OptOut;

  /**
   * Cross-region copy of the snapshots (same as calling {@link SnapshotPolicy.copyTo}).
   *
   * @default - no cross-region copy
   */
  readonly copy?: CrossRegionCopyOptions;

  /**
   * Resource group of the policy.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * Tags of the policy.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** The prop names copy errors and warnings use. */
interface CopyPropNames {
  readonly region: string;
  readonly retentionDays: string;
  readonly encryptionKey: string;
  /** Undefined when the caller has no short-retention opt-out for the copies. */
  readonly allowShortRetention?: string;
}

const COPY_PROPS: CopyPropNames = {
  region: 'copy.region',
  retentionDays: 'copy.retentionDays',
  encryptionKey: 'copy.encryptionKey',
  allowShortRetention: 'copy.allowShortRetention',
};

const PRESET_COPY_PROPS: CopyPropNames = { region: 'region', retentionDays: 'copyRetentionDays', encryptionKey: 'encryptionKey' };

/** The region of a literal KMS key ARN (`acs:kms:<region>:<account>:key/<id>`), if any. */
function arnRegion(arn: string | undefined): string | undefined {
  if (typeof arn !== 'string' || isToken(arn)) return undefined;
  const m = /^acs:kms:([a-z0-9-]+):/.exec(arn);
  return m ? m[1] : undefined;
}

/** Options of {@link SnapshotPolicy.dailyWithCrossRegionCopy}. */
export interface DailyWithCrossRegionCopyProps extends Omit<SnapshotPolicyProps, 'copy' | 'schedule'> {
  /** The destination region. */
  readonly region: string;
  /**
   * Key for the copies, in the destination region.
   *
   * @default - the destination region's service key
   */
  readonly encryptionKey?: IEncryptionKey;
  /**
   * Days to keep the copies.
   *
   * @default 7
   */
  readonly copyRetentionDays?: number;
}

/** The attributes of an existing automatic snapshot policy, for `SnapshotPolicy.fromSnapshotPolicyAttributes`. */
export interface SnapshotPolicyAttributes {
  /** The policy id (`sp-...`). */
  readonly policyId: string;
  /**
   * Provider for the attachments created with `applyTo`.
   *
   * @default - the stack's default `alicloud` provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What created and imported snapshot policies share (as AWS CDK's `KeyBase`): attaching disks.
 */
abstract class SnapshotPolicyBase extends Construct implements ISnapshotPolicy {
  public abstract readonly policyId: string;
  protected abstract readonly provider?: TerraformProvider;
  private readonly attached = new Map<string, EcsAutoSnapshotPolicyAttachment>();
  private tokenAttachments = 0;

  /** Attaches the policy to a disk. */
  public applyTo(disk: string | { readonly diskId: string }, id?: string): void {
    const check = new Check(this, 'SnapshotPolicy');
    const diskId = typeof disk === 'string' ? disk : (disk !== null && typeof disk === 'object' ? disk.diskId : undefined);
    check.required('disk', diskId ?? disk); // name the input itself when no id could be read from it
    if (id !== undefined) check.text('id', id, { max: 255, code: 'InvalidId' });
    const key = typeof disk === 'object' && isConstruct(disk) ? `construct:${disk.node.path}` : `id:${diskId}`;
    if (this.attached.has(key)) {
      check.fail('AlreadyApplied', 'disk', typeof disk === 'string' ? disk : (disk as unknown as IConstruct).node?.path ?? diskId,
        'a disk this policy is not yet applied to');
    }
    let attachmentId = id;
    if (attachmentId === undefined) {
      if (typeof disk === 'object' && isConstruct(disk)) attachmentId = `Apply-${disk.node.addr.slice(0, 12)}`;
      else if (!isToken(diskId)) attachmentId = `Apply-${diskId}`;
      else attachmentId = `Apply-${++this.tokenAttachments}`;
    }
    const attachment = new EcsAutoSnapshotPolicyAttachment(this, attachmentId, {
      provider: this.provider,
      autoSnapshotPolicyId: this.policyId,
      diskId: diskId as string,
    });
    this.attached.set(key, attachment);
  }

  /** Number of disks this policy was applied to through {@link applyTo}. */
  public get attachmentCount(): number {
    return this.attached.size;
  }
}

/**
 * An ECS automatic snapshot policy (`alicloud_ecs_auto_snapshot_policy`) with a typed schedule,
 * secure retention (default 30 days, at least 7 unless opted out) and always-encrypted cross-region
 * copies. Attach disks with {@link SnapshotPolicy.applyTo}.
 */
export class SnapshotPolicy extends SnapshotPolicyBase {
  /** Imports an existing policy from its attributes; `applyTo` attaches disks to it. */
  public static fromSnapshotPolicyAttributes(scope: Construct, id: string, attrs: SnapshotPolicyAttributes): ISnapshotPolicy {
    return new ImportedSnapshotPolicy(scope, id, attrs);
  }

  /** Imports an existing policy by id (`sp-...`): shorthand for `fromSnapshotPolicyAttributes`. */
  public static fromSnapshotPolicyId(scope: Construct, id: string, policyId: string): ISnapshotPolicy {
    return SnapshotPolicy.fromSnapshotPolicyAttributes(scope, id, { policyId });
  }

  /**
   * The policy used for the scope when a disk is given none: ONE policy per (stack, provider),
   * created lazily at stack level (construct id `DefaultSnapshotPolicy`, plus a provider suffix for a
   * non-default provider): every day at 02:00 UTC+8, kept 30 days.
   */
  public static defaultFor(scope: Construct, provider?: TerraformProvider): SnapshotPolicy {
    const stack = TerraformStack.of(scope);
    const id = `DefaultSnapshotPolicy${providerSuffix(provider)}`;
    const existing = stack.node.tryFindChild(id);
    if (existing instanceof SnapshotPolicy) return existing;
    return new SnapshotPolicy(stack, id, { provider });
  }

  /** Preset: every day at 02:00 UTC+8, kept 30 days (same as the defaults). */
  public static daily30DayRetention(scope: Construct, id: string, props: Omit<SnapshotPolicyProps, 'schedule' | 'retention'> = {}): SnapshotPolicy {
    return new SnapshotPolicy(scope, id, { ...props, schedule: { hours: [2], weekdays: [...EVERY_DAY] }, retention: SnapshotRetention.days(30) });
  }

  /** Preset: every day at 02:00 UTC+8, kept 7 days (the shortest retention without an opt-out). */
  public static daily7DayRetention(scope: Construct, id: string, props: Omit<SnapshotPolicyProps, 'schedule' | 'retention'> = {}): SnapshotPolicy {
    return new SnapshotPolicy(scope, id, { ...props, schedule: { hours: [2], weekdays: [...EVERY_DAY] }, retention: SnapshotRetention.days(7) });
  }

  /** Preset: every Sunday at 03:00 UTC+8, kept one year (combine with a daily policy: a disk takes up to 10 policies). */
  public static weekly1YearRetention(scope: Construct, id: string, props: Omit<SnapshotPolicyProps, 'schedule' | 'retention'> = {}): SnapshotPolicy {
    return new SnapshotPolicy(scope, id, { ...props, schedule: { hours: [3], weekdays: [Weekday.SUNDAY] }, retention: SnapshotRetention.days(365) });
  }

  /**
   * Preset for disaster recovery: every day at 02:00 UTC+8, kept 30 days locally, and copied
   * encrypted to `region`, kept 7 days there.
   */
  public static dailyWithCrossRegionCopy(scope: Construct, id: string, props: DailyWithCrossRegionCopyProps): SnapshotPolicy {
    new Check(scope, 'SnapshotPolicy').object('props', props);
    const { region, encryptionKey, copyRetentionDays, ...rest } = props;
    const policy = new SnapshotPolicy(scope, id, {
      retention: SnapshotRetention.days(30),
      ...rest,
      schedule: { hours: [2], weekdays: [...EVERY_DAY] },
    });
    // Errors and warnings name this preset's props (`region`, `encryptionKey`, `copyRetentionDays`).
    policy.configureCopy({ region, encryptionKey, retentionDays: copyRetentionDays ?? 7 }, PRESET_COPY_PROPS);
    return policy;
  }

  /** The policy id. */
  public readonly policyId: string;
  /** The underlying `alicloud_ecs_auto_snapshot_policy`. */
  public readonly resource: EcsAutoSnapshotPolicy;
  /** `retention_days` (-1 = forever). */
  public readonly retentionDays: number;
  /** The destination region of the cross-region copy, once configured. */
  public copyRegion?: string;

  protected readonly provider?: TerraformProvider;
  private readonly shortRetentionReason?: string;

  constructor(scope: Construct, id: string, props: SnapshotPolicyProps = {}) {
    super(scope, id);
    const check = new Check(this, 'SnapshotPolicy');
    check.object('props', props);
    props = props ?? {};
    checkProvider(check, props.provider);
    this.provider = props.provider;
    check.text('name', props.name, {
      min: 2,
      max: 128,
      pattern: /^(?!https?:\/\/)[A-Za-z][A-Za-z0-9:_-]*$/,
      patternText: 'starting with a letter, with letters, digits, ":", "_" and "-" only',
      code: 'InvalidName',
    });
    checkTags(check, 'tags', props.tags);
    if (props.resourceGroupId !== undefined) check.required('resourceGroupId', props.resourceGroupId);

    check.object('schedule', props.schedule);
    const hours = props.schedule?.hours ?? [2];
    const weekdays = props.schedule?.weekdays ?? [...EVERY_DAY];
    checkHours(check, hours);
    checkWeekdays(check, weekdays);

    const retention = props.retention ?? SnapshotRetention.days(30);
    if (!(retention instanceof SnapshotRetention)) {
      check.fail('InvalidRetention', 'retention', retention, 'SnapshotRetention.days(n) or SnapshotRetention.forever()');
    }
    this.retentionDays = retention.days;
    if (retention.days !== -1) {
      check.integer('retention', retention.days, 1, SNAPSHOT_POLICY_LIMITS.maxRetentionDays, 'RetentionOutOfRange');
    }
    if (props.allowShortRetention !== undefined) {
      const reason = checkOptOut(this, 'allowShortRetention', props.allowShortRetention);
      this.shortRetentionReason = reason;
    } else if (isShort(retention.days)) {
      check.fail('ShortRetention', 'retention', retention.days,
        `at least ${SNAPSHOT_POLICY_LIMITS.minRetentionDaysWithoutOptOut} days (Cloud Config rule ecs-snapshot-retention-days), SnapshotRetention.forever(), or allowShortRetention: OptOut.because(reason)`);
    }

    this.resource = new EcsAutoSnapshotPolicy(this, 'Resource', {
      provider: props.provider,
      autoSnapshotPolicyName: props.name ?? defaultName(this),
      timePoints: isToken(hours) ? hours as unknown as string[] : hours.map((h) => (isToken(h) ? Token.asString(h) : String(h))),
      repeatWeekdays: weekdays,
      retentionDays: retention.days,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
    });
    this.policyId = this.resource.id;
    // An opt-out is recorded only where it waives something: a retention the pack reports as short.
    if (this.shortRetentionReason !== undefined && isShort(retention.days)) {
      recordOptOut(this, 'SnapshotPolicy.ShortRetention', this.shortRetentionReason, [this.resource]);
    }

    if (props.copy !== undefined) this.copyTo(props.copy);
  }


  /**
   * Copies every automatic snapshot, encrypted, to one other region (disaster recovery):
   * `enable_cross_region_copy = true`, `target_copy_regions = [region]`,
   * `copied_snapshots_retention_days` and `copy_encryption_configuration { encrypted = true, kms_key_id }`.
   * The platform accepts a single destination region, so this can be called once.
   */
  public copyTo(options: CrossRegionCopyOptions): void {
    this.configureCopy(options, COPY_PROPS);
  }

  /** `copyTo`, with errors and warnings naming the props the caller passed (`copy.*` or the preset's). */
  private configureCopy(options: CrossRegionCopyOptions, names: CopyPropNames): void {
    const check = new Check(this, 'SnapshotPolicy');
    check.object('copy', options);
    if (options === undefined || options === null) check.fail('NotObject', 'copy', options, 'an object');
    if (this.copyRegion !== undefined) {
      check.fail('CopyAlreadyConfigured', names.region, options.region,
        `a single destination region (already copying to ${this.copyRegion}; TargetCopyRegions accepts one region)`);
    }
    check.required(names.region, options.region);
    const problem = regionProblem(options.region);
    if (problem !== undefined) check.fail('InvalidRegion', names.region, options.region, problem);

    const retentionDays = options.retentionDays ?? this.retentionDays;
    if (retentionDays !== -1) {
      check.integer(names.retentionDays, retentionDays, 1, SNAPSHOT_POLICY_LIMITS.maxCopyRetentionDays, 'RetentionOutOfRange');
    }
    let shortReason: string | undefined;
    if (options.allowShortRetention !== undefined) {
      shortReason = checkOptOut(this, names.allowShortRetention ?? 'copy.allowShortRetention', options.allowShortRetention);
    } else if (isShort(retentionDays)) {
      const minDays = SNAPSHOT_POLICY_LIMITS.minRetentionDaysWithoutOptOut;
      check.fail('ShortRetention', names.retentionDays, retentionDays, names.allowShortRetention !== undefined
        ? `at least ${minDays} days (Cloud Config rule ecs-snapshot-retention-days) or ${names.allowShortRetention}: OptOut.because(reason)`
        : `at least ${minDays} days (Cloud Config rule ecs-snapshot-retention-days); for shorter copies use new SnapshotPolicy with copy.allowShortRetention`);
    }
    const key = options.encryptionKey;
    if (key !== undefined && (key === null || typeof key !== 'object' || key.keyId === undefined)) {
      check.fail('InvalidKey', names.encryptionKey, key, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
    }

    this.copyRegion = options.region;
    this.resource.enableCrossRegionCopy = true;
    this.resource.targetCopyRegions = [options.region];
    this.resource.copiedSnapshotsRetentionDays = retentionDays;
    this.resource.putCopyEncryptionConfiguration({ encrypted: true, kmsKeyId: key?.keyId });
    if (shortReason !== undefined && isShort(retentionDays)) recordOptOut(this, 'SnapshotPolicy.ShortCopyRetention', shortReason, [this.resource]);
    if (key === undefined) {
      addHardeningWarning(this, 'SnapshotPolicy.CopyServiceKey',
        `snapshot copies to ${options.region} are encrypted with that region's ECS service key; pass ${names.encryptionKey} (a customer key in ${options.region}) to control the key`);
    }
    // The providers' regions may be set after this call: compared at validation time.
    this.node.addValidation({ validate: () => this.validateCopyRegions(options.region, key, names) });
  }

  /**
   * When the regions are literals: the copy region differs from the policy's own region (a copy to
   * the same region is no disaster recovery, and the API rejects it), and the copy key lives in the
   * copy region (KMS keys are regional: a key of the source region cannot encrypt the copies).
   */
  private validateCopyRegions(copyRegion: string, key: IEncryptionKey | undefined, names: CopyPropNames): string[] {
    if (isToken(copyRegion)) return [];
    const errors: string[] = [];
    const source = literalRegionOf(this, this.provider);
    if (source !== undefined && source === copyRegion) {
      errors.push(new HardeningValidationError(this, 'SnapshotPolicy.CopyToOwnRegion', names.region, copyRegion,
        `a region other than the policy's own region ${source} (cross-region copy is for disaster recovery)`).message);
    }
    const keyRegion = key instanceof EncryptionKey ? literalRegionOf(key, key.resource.provider) : arnRegion(key?.keyArn);
    if (keyRegion !== undefined && keyRegion !== copyRegion) {
      errors.push(new HardeningValidationError(this, 'SnapshotPolicy.CopyKeyRegion', names.encryptionKey,
        key instanceof EncryptionKey ? key.node.path : key?.keyArn,
        `a KMS key in the copy region ${copyRegion} (this key is in ${keyRegion}; create it with a provider for ${copyRegion})`).message);
    }
    return errors;
  }
}

function isConstruct(x: unknown): x is IConstruct {
  return typeof x === 'object' && x !== null && 'node' in x && typeof (x as IConstruct).node?.path === 'string';
}

function isShort(days: number): boolean {
  return !isToken(days) && days !== -1 && days < SNAPSHOT_POLICY_LIMITS.minRetentionDaysWithoutOptOut;
}

function checkHours(check: Check, hours: unknown): void {
  if (isToken(hours)) return;
  check.array('schedule.hours', hours);
  const list = hours as number[];
  if (list.length < 1 || list.length > SNAPSHOT_POLICY_LIMITS.maxHours) {
    check.fail('InvalidSchedule', 'schedule.hours', list, 'from 1 to 24 hours of the day (0 to 23, UTC+8)');
  }
  const seen = new Set<number>();
  for (const h of list) {
    if (isToken(h)) continue;
    check.integer('schedule.hours', h, 0, 23, 'InvalidSchedule');
    if (seen.has(h)) check.fail('InvalidSchedule', 'schedule.hours', list, 'unique hours of the day (0 to 23, UTC+8)');
    seen.add(h);
  }
}

function checkWeekdays(check: Check, weekdays: unknown): void {
  if (isToken(weekdays)) return;
  check.array('schedule.weekdays', weekdays);
  const list = weekdays as string[];
  if (list.length < 1 || list.length > 7) {
    check.fail('InvalidSchedule', 'schedule.weekdays', list, 'from 1 to 7 Weekday values (Weekday.MONDAY ... Weekday.SUNDAY)');
  }
  const seen = new Set<string>();
  const allowed = Object.values(Weekday) as string[];
  for (const d of list) {
    if (isToken(d)) continue;
    if (typeof d !== 'string' || !allowed.includes(d)) {
      check.fail('InvalidSchedule', 'schedule.weekdays', d, 'a Weekday ("1" = Monday ... "7" = Sunday)');
    }
    if (seen.has(d)) check.fail('InvalidSchedule', 'schedule.weekdays', list, 'unique weekdays');
    seen.add(d);
  }
}

/** A valid policy name derived from the construct path. */
function defaultName(scope: IConstruct): string {
  const raw = scope.node.path.split('/').join('-').replace(/[^A-Za-z0-9:_-]/g, '-');
  const name = /^[A-Za-z]/.test(raw) ? raw : `p-${raw}`;
  return name.length > 128 ? `${name.slice(0, 115)}-${scope.node.addr.slice(0, 12)}` : (name.length < 2 ? `${name}-policy` : name);
}

/** An existing automatic snapshot policy referenced by id. */
class ImportedSnapshotPolicy extends SnapshotPolicyBase {
  public readonly policyId: string;
  protected readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, attrs: SnapshotPolicyAttributes) {
    super(scope, id);
    const check = new Check(this, 'SnapshotPolicy');
    check.object('attrs', attrs);
    if (attrs === undefined) check.fail('NotObject', 'attrs', attrs, 'an object with policyId');
    check.required('policyId', attrs.policyId);
    // Automatic snapshot policy ids look like sp-bp14yziiuvu3s6jn**** (DescribeAutoSnapshotPolicyEx).
    check.text('policyId', attrs.policyId, { max: 64, pattern: /^sp-[a-z0-9]+$/, patternText: 'that is a snapshot policy id such as "sp-bp14yziiuvu3s6jn****"', code: 'InvalidPolicyId' });
    checkProvider(check, attrs.provider);
    this.policyId = attrs.policyId;
    this.provider = attrs.provider;
  }
}
