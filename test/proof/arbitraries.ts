/* eslint-disable @stylistic/max-len */
/**
 * Property-based generators (fast-check) of VALID configurations for every construct of the
 * library: all options, presets, opt-outs with reasons, and tokens as inputs (TerraformVariable
 * values, Fn results, attributes of other resources).
 *
 * An arbitrary produces a plain-data *plan* (printable, shrinkable, reproducible from the seed);
 * {@link buildCase} turns a plan into constructs inside a stack, materializing token markers
 * through a {@link CaseContext}. Used by test/proof/property.test.ts (a quick run with structural
 * invariants) and scripts/property-validate.ts (>= 1,000 plans through `terraform validate`).
 */
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import {
  AccountEncryptionDefaults, alicloud, AlicloudProvider, AlibabaCloudService, DiskCategory, Effect, EgressPreset,
  EncryptAlgorithm, EncryptedDisk, EncryptionKey, EncryptionKeySpec, Grant, GuardrailPolicies, HardenedSecurityGroup,
  IEncryptionKey, InstanceMetadata, InstanceRole, IPeer, ISecurityGroup, ISnapshotPolicy, KeyProtectionLevel,
  LeastPrivilegeRamPolicy, OptOut, Peer, PerformanceLevel, PolicyStatement, Port, SecureInstance, SecurityGroupType,
  SnapshotPolicy, SnapshotRetention, Weekday, SecureLaunchTemplate, SecureScalingGroup, MultiAzPolicy, TargetTrackingMetric,
  AdjustmentType, EncryptedImage, EncryptedSnapshot, HardenedImagePipeline, MachineImage,
} from '../../lib';
import { Fn, TerraformProvider, TerraformStack, TerraformVariable } from '../../lib/cdktf';
import { findSecretsInUserData } from '../../lib/compute/user-data-secrets';
import { SENSITIVE_PORTS as SENSITIVE_PORT_TABLE } from '../../lib/controls';
import { adminEquivalence, grantsFullAdmin } from '../../lib/rules/private/admin-policy';

// --- token markers ------------------------------------------------------------------------------

/** A string input: a literal, or a marker for a token made in the stack. */
export type Str = string | { readonly tok: 'var' | 'fn' | 'vpcId' | 'vswitchId' | 'zoneId' };
/** A number input: a literal, or a marker for a number variable. */
export type Num = number | { readonly tok: 'numVar' };

/** What a case may use from its stack: shared L1 resources, providers and token factories. */
export class CaseContext {
  private counter = 0;
  private alias?: TerraformProvider;
  public readonly vpc: alicloud.vpc.Vpc;
  public readonly vswitch: alicloud.vswitch.Vswitch;

  constructor(public readonly stack: TerraformStack) {
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    this.vpc = new alicloud.vpc.Vpc(stack, 'shared-vpc', { vpcName: 'property', cidrBlock: '10.0.0.0/16' });
    this.vswitch = new alicloud.vswitch.Vswitch(stack, 'shared-vswitch', {
      vpcId: this.vpc.id, cidrBlock: '10.0.1.0/24', zoneId: 'cn-hangzhou-h', vswitchName: 'property',
    });
  }

  /** A string token of the requested kind. */
  public str(value: Str): string {
    if (typeof value === 'string') return value;
    switch (value.tok) {
      case 'vpcId': return this.vpc.id;
      case 'vswitchId': return this.vswitch.id;
      case 'zoneId': return this.vswitch.zoneId;
      case 'fn': return Fn.lower(this.variable('string').stringValue);
      default: return this.variable('string').stringValue;
    }
  }

  /** A number token, or the literal. */
  public num(value: Num): number;
  public num(value: Num | undefined): number | undefined;
  public num(value: Num | undefined): number | undefined {
    if (value === undefined || typeof value === 'number') return value;
    return this.variable('number').numberValue;
  }

  /** The stack's aliased second provider (cn-shanghai). */
  public aliasProvider(): TerraformProvider {
    this.alias ??= new AlicloudProvider(this.stack, 'alicloud-secondary', { region: 'cn-shanghai', alias: 'secondary' });
    return this.alias;
  }

  /** A fresh aliased provider (for per-provider singletons such as AccountEncryptionDefaults). */
  public freshProvider(): TerraformProvider {
    const n = ++this.counter;
    return new AlicloudProvider(this.stack, `alicloud-p${n}`, { region: 'cn-hangzhou', alias: `p${n}` });
  }

  private variable(type: 'string' | 'number'): TerraformVariable {
    const n = ++this.counter;
    return new TerraformVariable(this.stack, `v${n}`, { type, description: `property-based ${type} input ${n}` });
  }
}

// --- shared small arbitraries --------------------------------------------------------------------

const reason = fc.constantFrom(
  'Reviewed by the security team in ticket SEC-1234',
  'Legacy workload, migration planned for next quarter',
  'Required by the vendor appliance running on this host',
  'Disaster-recovery test environment with synthetic data',
);
const letters = 'abcdefghijklmnopqrstuvwxyz';
const lowerWord = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...letters.split('')), minLength: min, maxLength: max });
const alnum = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...`${letters}0123456789`.split('')), minLength: min, maxLength: max });
/** A name of `min`–`max` characters starting with a letter, drawn from `chars`. */
const nameLike = (chars: string, max: number) => fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij'.split('')),
  fc.string({ unit: fc.constantFrom(...chars.split('')), minLength: 1, maxLength: max - 1 })).map(([a, b]) => a + b);
const description = (max: number) => fc.oneof(
  fc.constantFrom('Hardened by default', 'Data of the orders service', '订单服务的数据盘', 'x'.repeat(Math.min(max, 256))),
  fc.string({ minLength: 2, maxLength: Math.min(max, 80) }).filter((s) => s.trim().length >= 2 && !/^https?:\/\//.test(s) && !/[${}]/.test(s)),
);
const strTok = fc.constant<Str>({ tok: 'var' });
const tags = fc.option(fc.dictionary(
  fc.tuple(fc.constantFrom('team', 'env', 'cost-center', 'owner', 'app'), alnum(0, 6)).map(([a, b]) => a + b),
  alnum(0, 20), { maxKeys: 5 },
), { nil: undefined });
const providerChoice = fc.constantFrom<'default' | 'alias'>('default', 'default', 'alias');

// --- EncryptionKey -------------------------------------------------------------------------------

/** Plan of an EncryptionKey. */
export interface KeyPlan {
  readonly kind: 'EncryptionKey';
  readonly description?: Str;
  readonly alias?: string;
  readonly keySpec?: EncryptionKeySpec;
  readonly protectionLevel?: KeyProtectionLevel;
  readonly rotation: { readonly mode: 'default' } | { readonly mode: 'days'; readonly days: Num } | { readonly mode: 'long'; readonly days: number; readonly reason: string } | { readonly mode: 'off'; readonly reason: string };
  readonly pendingWindowDays?: Num;
  readonly disableDeletionProtection?: string;
  readonly kmsInstanceId?: Str;
  readonly tags?: Record<string, string>;
  readonly provider: 'default' | 'alias';
}

export const keyPlan: fc.Arbitrary<KeyPlan> = fc.record({
  kind: fc.constant('EncryptionKey' as const),
  description: fc.option(fc.oneof(description(256), strTok), { nil: undefined }),
  alias: fc.option(fc.tuple(lowerWord(1, 3), alnum(0, 12)).map(([a, b]) => `alias/app-${a}${b}`), { nil: undefined }),
  keySpec: fc.option(fc.constantFrom(...Object.values(EncryptionKeySpec)), { nil: undefined }),
  protectionLevel: fc.option(fc.constantFrom(...Object.values(KeyProtectionLevel)), { nil: undefined }),
  rotation: fc.oneof(
    fc.constant({ mode: 'default' as const }),
    fc.record({ mode: fc.constant('days' as const), days: fc.oneof(fc.integer({ min: 7, max: 365 }), fc.constant({ tok: 'numVar' as const })) }),
    fc.record({ mode: fc.constant('long' as const), days: fc.integer({ min: 366, max: 730 }), reason }),
    fc.record({ mode: fc.constant('off' as const), reason }),
  ),
  pendingWindowDays: fc.option(fc.oneof(fc.integer({ min: 7, max: 366 }), fc.constant({ tok: 'numVar' as const })), { nil: undefined }),
  disableDeletionProtection: fc.option(reason, { nil: undefined }),
  kmsInstanceId: fc.option(fc.oneof(alnum(8, 16).map((s) => `kst-hzz${s}`), strTok), { nil: undefined }),
  tags,
  provider: providerChoice,
}, { requiredKeys: ['kind', 'rotation', 'provider'] });

function buildKey(ctx: CaseContext, scope: Construct, id: string, p: KeyPlan): EncryptionKey {
  return new EncryptionKey(scope, id, {
    description: p.description !== undefined ? ctx.str(p.description) : undefined,
    alias: p.alias !== undefined ? `${p.alias}-${id.replace(/[^A-Za-z0-9]/g, '')}` : undefined,
    keySpec: p.keySpec,
    protectionLevel: p.protectionLevel,
    rotationIntervalDays: p.rotation.mode === 'days' || p.rotation.mode === 'long' ? ctx.num(p.rotation.days) : undefined,
    allowLongRotationInterval: p.rotation.mode === 'long' ? OptOut.because(p.rotation.reason) : undefined,
    disableRotation: p.rotation.mode === 'off' ? OptOut.because(p.rotation.reason) : undefined,
    pendingWindowDays: ctx.num(p.pendingWindowDays),
    disableDeletionProtection: p.disableDeletionProtection !== undefined ? OptOut.because(p.disableDeletionProtection) : undefined,
    kmsInstanceId: p.kmsInstanceId !== undefined ? ctx.str(p.kmsInstanceId) : undefined,
    tags: p.tags,
    provider: p.provider === 'alias' ? ctx.aliasProvider() : undefined,
  });
}

function keyOptOuts(p: KeyPlan): string[] {
  return [
    ...(p.rotation.mode === 'long' ? ['EncryptionKey.LongRotationInterval'] : []),
    ...(p.rotation.mode === 'off' ? ['EncryptionKey.Rotation'] : []),
    ...(p.disableDeletionProtection !== undefined ? ['EncryptionKey.DeletionProtection'] : []),
  ];
}

/** How a construct gets its key: the default, a new key, or an imported one. */
export type KeyChoice = { readonly use: 'default' } | { readonly use: 'new'; readonly plan: KeyPlan } | { readonly use: 'import'; readonly keyId: Str };
const keyChoice: fc.Arbitrary<KeyChoice> = fc.oneof(
  fc.constant({ use: 'default' as const }),
  fc.record({ use: fc.constant('new' as const), plan: keyPlan }),
  fc.record({ use: fc.constant('import' as const), keyId: fc.oneof(alnum(10, 20).map((s) => `key-hzz${s}`), strTok) }),
);

function materializeKey(ctx: CaseContext, scope: Construct, id: string, choice: KeyChoice, spec?: EncryptionKeySpec): IEncryptionKey | undefined {
  if (choice.use === 'default') return undefined;
  if (choice.use === 'import') return EncryptionKey.fromKeyId(scope, id, ctx.str(choice.keyId));
  return buildKey(ctx, scope, id, spec ? { ...choice.plan, keySpec: spec } : choice.plan);
}

// --- SnapshotPolicy ------------------------------------------------------------------------------

/** Plan of a SnapshotPolicy (constructor or preset), with the disks it is applied to. */
export interface SnapshotPlan {
  readonly kind: 'SnapshotPolicy';
  readonly preset: 'none' | 'daily30' | 'daily7' | 'weekly1y' | 'dailyCopy';
  readonly name?: Str;
  readonly hours?: Num[];
  readonly weekdays?: Weekday[];
  readonly retention: { readonly days: number; readonly shortReason?: string };
  readonly copy?: { readonly region: Str; readonly retentionDays?: number; readonly shortReason?: string; readonly key?: Str };
  readonly resourceGroupId?: Str;
  readonly tags?: Record<string, string>;
  readonly applyTo: Str[];
  readonly provider: 'default' | 'alias';
}

const retention = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 7, max: 3650 }).map((days) => ({ days })) },
  { weight: 1, arbitrary: fc.constant({ days: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(7, 65535).map((days) => ({ days })) },
  { weight: 2, arbitrary: fc.record({ days: fc.integer({ min: 1, max: 6 }), shortReason: reason }) },
);
const copyPlan = fc.record({
  region: fc.oneof(fc.constantFrom<Str>('cn-shanghai', 'cn-beijing', 'ap-southeast-1'), strTok),
  retentionDays: fc.option(fc.oneof(fc.integer({ min: 7, max: 65535 }), fc.constant(-1)), { nil: undefined }),
  shortReason: fc.option(reason, { nil: undefined }),
  key: fc.option(fc.oneof(alnum(10, 20).map((s) => `key-sh${s}`), strTok), { nil: undefined }),
}, { requiredKeys: ['region'] });

export const snapshotPlan: fc.Arbitrary<SnapshotPlan> = fc.record({
  kind: fc.constant('SnapshotPolicy' as const),
  preset: fc.constantFrom('none', 'none', 'none', 'daily30', 'daily7', 'weekly1y', 'dailyCopy'),
  name: fc.option(fc.oneof(nameLike(`${letters}0123456789:_-`, 40), strTok), { nil: undefined }),
  hours: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 24 }).chain((hs) =>
    fc.array(fc.boolean(), { minLength: hs.length, maxLength: hs.length }).map((toks) => hs.map((h, i) => (toks[i] && i === 0 ? { tok: 'numVar' as const } : h)))), { nil: undefined }),
  weekdays: fc.option(fc.uniqueArray(fc.constantFrom(...Object.values(Weekday)), { minLength: 1, maxLength: 7 }), { nil: undefined }),
  retention,
  copy: fc.option(copyPlan, { nil: undefined }),
  resourceGroupId: fc.option(fc.oneof(alnum(8, 14).map((s) => `rg-acfm${s}`), strTok), { nil: undefined }),
  tags,
  applyTo: fc.array(fc.oneof(alnum(10, 16).map((s): Str => `d-bp${s}`), strTok), { maxLength: 3 }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'preset', 'retention', 'applyTo', 'provider'] });

function buildSnapshotPolicy(ctx: CaseContext, scope: Construct, id: string, p: SnapshotPlan): SnapshotPolicy {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  // A copy goes to another region than the policy's own (cn-shanghai for the alias, cn-hangzhou otherwise).
  const ownRegion = p.provider === 'alias' ? 'cn-shanghai' : 'cn-hangzhou';
  const copyRegion = (r: Str): Str => (r === ownRegion ? 'cn-beijing' : r);
  const base = {
    name: p.name !== undefined ? ctx.str(p.name) : undefined,
    resourceGroupId: p.resourceGroupId !== undefined ? ctx.str(p.resourceGroupId) : undefined,
    tags: p.tags,
    provider,
  };
  let policy: SnapshotPolicy;
  switch (p.preset) {
    case 'daily30': policy = SnapshotPolicy.daily30DayRetention(scope, id, base); break;
    case 'daily7': policy = SnapshotPolicy.daily7DayRetention(scope, id, base); break;
    case 'weekly1y': policy = SnapshotPolicy.weekly1YearRetention(scope, id, base); break;
    case 'dailyCopy':
      policy = SnapshotPolicy.dailyWithCrossRegionCopy(scope, id, {
        ...base,
        region: ctx.str(copyRegion(p.copy?.region ?? 'cn-shanghai')),
        encryptionKey: p.copy?.key !== undefined ? EncryptionKey.fromKeyId(scope, `${id}-copy-key`, ctx.str(p.copy.key)) : undefined,
        copyRetentionDays: p.copy?.retentionDays === -1 ? undefined : p.copy?.retentionDays,
      });
      break;
    default: {
      const copy = p.copy;
      // A copy without its own retention inherits the policy's: short (needs the copy opt-out) or 65536 (above the copy limit).
      const copyRetention = copy && copy.retentionDays === undefined && p.retention.days > 65535 ? 65535 : copy?.retentionDays;
      const inheritedShort = copy !== undefined && copyRetention === undefined && p.retention.days !== -1 && p.retention.days < 7;
      policy = new SnapshotPolicy(scope, id, {
        ...base,
        schedule: p.hours || p.weekdays ? { hours: p.hours?.map((h) => ctx.num(h)), weekdays: p.weekdays } : undefined,
        retention: p.retention.days === -1 ? SnapshotRetention.forever() : SnapshotRetention.days(p.retention.days),
        allowShortRetention: p.retention.shortReason !== undefined ? OptOut.because(p.retention.shortReason) : undefined,
        copy: copy ? {
          region: ctx.str(copyRegion(copy.region)),
          retentionDays: copyRetention,
          allowShortRetention: copy.shortReason !== undefined || inheritedShort ? OptOut.because(copy.shortReason ?? 'Copies follow the short local retention') : undefined,
          encryptionKey: copy.key !== undefined ? EncryptionKey.fromKeyId(scope, `${id}-copy-key`, ctx.str(copy.key)) : undefined,
        } : undefined,
      });
    }
  }
  p.applyTo.forEach((d, i) => policy.applyTo(ctx.str(d), typeof d === 'string' ? undefined : `disk-token-${i}`));
  return policy;
}

function snapshotOptOuts(p: SnapshotPlan): string[] {
  if (p.preset !== 'none') return [];
  const out: string[] = [];
  // An opt-out is recorded only where it waives a finding: a retention under 7 days (not -1).
  const short = (days: number) => days !== -1 && days < 7;
  if (p.retention.shortReason !== undefined && short(p.retention.days)) out.push('SnapshotPolicy.ShortRetention');
  const c = p.copy;
  if (c && short(c.retentionDays ?? p.retention.days)) out.push('SnapshotPolicy.ShortCopyRetention');
  return out;
}

// --- EncryptedDisk -------------------------------------------------------------------------------

/** Plan of an EncryptedDisk (or an imported disk) with its attachments. */
export interface DiskPlan {
  readonly kind: 'EncryptedDisk';
  readonly imported?: Str;
  readonly zoneId: Str;
  readonly category?: DiskCategory;
  readonly performanceLevel?: PerformanceLevel;
  readonly size: Num | 'fromSnapshot' | 'both';
  readonly snapshotId: Str;
  readonly algorithm?: EncryptAlgorithm;
  readonly key: KeyChoice;
  readonly snapshot: { readonly use: 'default' } | { readonly use: 'new'; readonly plan: SnapshotPlan } | { readonly use: 'off'; readonly reason: string };
  readonly deleteSnapshotsOnRelease?: string;
  readonly deleteWithInstance?: boolean;
  readonly multiAttach?: boolean;
  readonly name?: Str;
  readonly description?: Str;
  readonly tags?: Record<string, string>;
  readonly attachTo: Str[];
  readonly provider: 'default' | 'alias';
}

export const diskPlan: fc.Arbitrary<DiskPlan> = fc.record({
  kind: fc.constant('EncryptedDisk' as const),
  imported: fc.option(fc.oneof(alnum(10, 16).map((s): Str => `d-bp${s}`), strTok), { nil: undefined, freq: 8 }),
  zoneId: fc.oneof(fc.constantFrom<Str>('cn-hangzhou-h', 'cn-hangzhou-i', 'cn-shanghai-b'), fc.constant<Str>({ tok: 'zoneId' }), strTok),
  category: fc.option(fc.constantFrom(...Object.values(DiskCategory)), { nil: undefined }),
  performanceLevel: fc.option(fc.constantFrom(...Object.values(PerformanceLevel)), { nil: undefined }),
  size: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 65536 }) },
    { weight: 1, arbitrary: fc.constant({ tok: 'numVar' as const }) },
    { weight: 1, arbitrary: fc.constantFrom('fromSnapshot' as const, 'both' as const) },
  ),
  snapshotId: fc.oneof(alnum(10, 16).map((s): Str => `s-bp${s}`), strTok),
  algorithm: fc.option(fc.constantFrom(...Object.values(EncryptAlgorithm)), { nil: undefined }),
  key: keyChoice,
  snapshot: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ use: 'default' as const }) },
    { weight: 1, arbitrary: fc.record({ use: fc.constant('new' as const), plan: snapshotPlan.map((s) => ({ ...s, applyTo: [] })) }) },
    { weight: 1, arbitrary: fc.record({ use: fc.constant('off' as const), reason }) },
  ),
  deleteSnapshotsOnRelease: fc.option(reason, { nil: undefined }),
  deleteWithInstance: fc.option(fc.boolean(), { nil: undefined }),
  multiAttach: fc.option(fc.boolean(), { nil: undefined }),
  name: fc.option(fc.oneof(nameLike(`${letters}0123456789:_.-`, 60), strTok), { nil: undefined }),
  description: fc.option(fc.oneof(description(256), strTok), { nil: undefined }),
  tags,
  attachTo: fc.array(fc.oneof(alnum(10, 16).map((s): Str => `i-bp${s}`), strTok), { maxLength: 3 }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'zoneId', 'size', 'snapshotId', 'key', 'snapshot', 'attachTo', 'provider'] });

/** Size bounds per category / performance level (mirrors DISK_SIZE_LIMITS, kept independent on purpose). */
const SIZE_BOUNDS: Record<string, [number, number]> = {
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

function buildDisk(ctx: CaseContext, scope: Construct, id: string, p: DiskPlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  if (p.imported !== undefined) {
    const disk = EncryptedDisk.fromDiskId(scope, id, ctx.str(p.imported), { provider });
    p.attachTo.slice(0, 1).forEach((i, n) => disk.attachTo(ctx.str(i), { id: `attach-${n}` }));
    return [];
  }
  const category = p.category ?? DiskCategory.ESSD;
  const essd = category === DiskCategory.ESSD;
  const level = essd ? (p.performanceLevel ?? PerformanceLevel.PL1) : undefined;
  const [min, max] = SIZE_BOUNDS[essd ? `${category}:${level}` : category];
  let size: number | undefined;
  if (p.size === 'fromSnapshot') size = undefined;
  else if (p.size === 'both') size = max;
  else size = typeof p.size === 'number' ? min + (p.size % (max - min + 1)) : ctx.num(p.size);
  const sm4 = p.algorithm === EncryptAlgorithm.SM4_128;
  // SM4 needs an SM4 key: a new key with that spec, or an imported key (its spec is not known).
  const keyChoiceFixed: KeyChoice = sm4 && p.key.use === 'default' ? { use: 'import', keyId: 'key-sm4imported0001' } : p.key;
  const key = materializeKey(ctx, scope, `${id}-key`, keyChoiceFixed, sm4 ? EncryptionKeySpec.SM4 : EncryptionKeySpec.AES_256);
  const policy: ISnapshotPolicy | undefined = p.snapshot.use === 'new' ? buildSnapshotPolicy(ctx, scope, `${id}-snapshots`, p.snapshot.plan) : undefined;
  const multi = essd && p.multiAttach === true;
  const disk = new EncryptedDisk(scope, id, {
    zoneId: ctx.str(p.zoneId),
    category: p.category,
    performanceLevel: essd ? p.performanceLevel : undefined,
    size,
    snapshotId: p.size === 'fromSnapshot' || p.size === 'both' ? ctx.str(p.snapshotId) : undefined,
    encryptAlgorithm: p.algorithm,
    encryptionKey: key,
    snapshotPolicy: policy,
    disableBackups: p.snapshot.use === 'off' ? OptOut.because(p.snapshot.reason) : undefined,
    deleteSnapshotsOnRelease: p.deleteSnapshotsOnRelease !== undefined ? OptOut.because(p.deleteSnapshotsOnRelease) : undefined,
    deleteWithInstance: p.deleteWithInstance,
    multiAttach: essd ? p.multiAttach : undefined,
    name: p.name !== undefined ? ctx.str(p.name) : undefined,
    description: p.description !== undefined ? ctx.str(p.description) : undefined,
    tags: p.tags,
    provider,
  });
  (multi ? p.attachTo : p.attachTo.slice(0, 1)).forEach((i, n) => disk.attachTo(ctx.str(i), { id: `attach-${n}` }));
  return [
    ...(p.key.use === 'new' ? keyOptOuts(p.key.plan) : []),
    ...(p.snapshot.use === 'new' ? snapshotOptOuts(p.snapshot.plan) : []),
    ...(p.snapshot.use === 'off' ? ['EncryptedDisk.Backups'] : []),
    ...(p.deleteSnapshotsOnRelease !== undefined ? ['EncryptedDisk.DeleteSnapshotsOnRelease'] : []),
  ];
}

// --- AccountEncryptionDefaults -------------------------------------------------------------------

/** Plan of AccountEncryptionDefaults. */
export interface AccountDefaultsPlan {
  readonly kind: 'AccountEncryptionDefaults';
  readonly key: KeyChoice | { readonly use: 'service'; readonly reason: string };
}

export const accountDefaultsPlan: fc.Arbitrary<AccountDefaultsPlan> = fc.record({
  kind: fc.constant('AccountEncryptionDefaults' as const),
  key: fc.oneof(keyChoice, fc.record({ use: fc.constant('service' as const), reason })),
});

function buildAccountDefaults(ctx: CaseContext, scope: Construct, id: string, p: AccountDefaultsPlan): string[] {
  const provider = ctx.freshProvider();
  const k = p.key;
  const key = k.use === 'service' ? undefined
    : materializeKey(ctx, scope, `${id}-key`, k.use === 'new' ? { use: 'new', plan: { ...k.plan, provider: 'default' } } : k);
  new AccountEncryptionDefaults(scope, id, {
    provider,
    encryptionKey: key,
    useServiceKey: k.use === 'service' ? OptOut.because(k.reason) : undefined,
  });
  return [...(k.use === 'service' ? ['AccountEncryptionDefaults.CustomerKey'] : []), ...(k.use === 'new' ? keyOptOuts(k.plan) : [])];
}

// --- HardenedSecurityGroup -----------------------------------------------------------------------

/** A peer of a rule. */
export type PeerPlan =
  | { readonly peer: 'ipv4'; readonly octets: number[]; readonly prefix: number }
  | { readonly peer: 'ipv6'; readonly prefix: number; readonly group: number }
  | { readonly peer: 'anyIpv4' | 'anyIpv6' | 'sibling' | 'token' }
  | { readonly peer: 'sgId' | 'prefixList'; readonly id: string };
/** A port of a rule. */
export type PortPlan =
  | { readonly port: 'tcp' | 'udp'; readonly from: number; readonly to: number }
  | { readonly port: 'tcpToken' }
  | { readonly port: 'icmp' | 'icmpv6' | 'gre' | 'all' | 'allTcp' | 'allUdp' }
  | { readonly port: 'named'; readonly name: 'SSH' | 'RDP' | 'HTTPS' | 'HTTP' | 'MYSQL' | 'REDIS' | 'DNS_UDP' | 'NTP' | 'POSTGRES' };
/** One declared rule. */
export interface RulePlan {
  readonly action: 'allowIngress' | 'allowEgress' | 'denyIngress' | 'denyEgress';
  readonly peer: PeerPlan;
  readonly port: PortPlan;
  readonly description: string;
  readonly priority?: number;
  readonly exposureReason?: string;
}
/** Plan of a HardenedSecurityGroup (or an imported group) with rules and connections. */
export interface SecurityGroupPlan {
  readonly kind: 'HardenedSecurityGroup';
  readonly imported?: { readonly id: string; readonly mutable?: boolean; readonly type?: SecurityGroupType };
  readonly vpcId: Str;
  readonly name?: string;
  readonly description?: string;
  readonly type?: SecurityGroupType;
  readonly tags?: Record<string, string>;
  readonly egress: { readonly preset: 'default' | 'essentials' | 'none' } | { readonly preset: 'only'; readonly services: AlibabaCloudService[] } | { readonly preset: 'allowAll'; readonly reason: string };
  readonly rules: RulePlan[];
  readonly connection?: { readonly port: PortPlan; readonly internally: boolean };
  readonly provider: 'default' | 'alias';
}

const peerPlan: fc.Arbitrary<PeerPlan> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ peer: fc.constant('ipv4' as const), octets: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), prefix: fc.integer({ min: 0, max: 32 }) }) },
  { weight: 1, arbitrary: fc.record({ peer: fc.constant('ipv6' as const), prefix: fc.integer({ min: 16, max: 128 }), group: fc.integer({ min: 1, max: 0xffff }) }) },
  { weight: 2, arbitrary: fc.constantFrom({ peer: 'anyIpv4' as const }, { peer: 'anyIpv6' as const }, { peer: 'sibling' as const }, { peer: 'token' as const }) },
  { weight: 1, arbitrary: fc.record({ peer: fc.constantFrom('sgId' as const, 'prefixList' as const), id: alnum(8, 16) }) },
);
const portPlan: fc.Arbitrary<PortPlan> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ port: fc.constantFrom('tcp' as const, 'udp' as const), from: fc.integer({ min: 1, max: 65535 }), to: fc.integer({ min: 1, max: 65535 }) }) },
  { weight: 1, arbitrary: fc.constant({ port: 'tcpToken' as const }) },
  { weight: 2, arbitrary: fc.constantFrom('icmp', 'icmpv6', 'gre', 'all', 'allTcp', 'allUdp').map((port) => ({ port })) as fc.Arbitrary<PortPlan> },
  { weight: 2, arbitrary: fc.record({ port: fc.constant('named' as const), name: fc.constantFrom('SSH', 'RDP', 'HTTPS', 'HTTP', 'MYSQL', 'REDIS', 'DNS_UDP', 'NTP', 'POSTGRES') }) as fc.Arbitrary<PortPlan> },
);
const rulePlan: fc.Arbitrary<RulePlan> = fc.record({
  action: fc.constantFrom('allowIngress', 'allowIngress', 'allowEgress', 'denyIngress', 'denyEgress'),
  peer: peerPlan,
  port: portPlan,
  description: fc.oneof(fc.constantFrom('App servers', 'Health checks from the load balancer', '备份流量'), fc.string({ minLength: 1, maxLength: 60 }).filter((s) => /\S/.test(s) && !/[${}]/.test(s))),
  priority: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  exposureReason: fc.option(reason, { nil: undefined }),
}, { requiredKeys: ['action', 'peer', 'port', 'description'] });

export const securityGroupPlan: fc.Arbitrary<SecurityGroupPlan> = fc.record({
  kind: fc.constant('HardenedSecurityGroup' as const),
  imported: fc.option(fc.record({
    id: alnum(8, 16).map((s) => `sg-bp${s}`),
    mutable: fc.option(fc.boolean(), { nil: undefined }),
    type: fc.option(fc.constantFrom(...Object.values(SecurityGroupType)), { nil: undefined }),
  }, { requiredKeys: ['id'] }), { nil: undefined, freq: 6 }),
  vpcId: fc.oneof(fc.constant<Str>({ tok: 'vpcId' }), strTok, alnum(10, 16).map((s): Str => `vpc-bp${s}`)),
  name: fc.option(nameLike(`${letters}0123456789:_.-`, 60), { nil: undefined }),
  description: fc.option(description(256), { nil: undefined }),
  type: fc.option(fc.constantFrom(...Object.values(SecurityGroupType)), { nil: undefined }),
  tags,
  egress: fc.oneof(
    fc.constantFrom({ preset: 'default' as const }, { preset: 'essentials' as const }, { preset: 'none' as const }),
    fc.record({ preset: fc.constant('only' as const), services: fc.uniqueArray(fc.constantFrom(...Object.values(AlibabaCloudService)), { maxLength: 4 }) }),
    fc.record({ preset: fc.constant('allowAll' as const), reason }),
  ),
  rules: fc.array(rulePlan, { maxLength: 8 }),
  connection: fc.option(fc.record({ port: portPlan, internally: fc.boolean() }), { nil: undefined }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'vpcId', 'egress', 'rules', 'provider'] });

function toPeer(ctx: CaseContext, p: PeerPlan, sibling: ISecurityGroup | undefined): IPeer | undefined {
  switch (p.peer) {
    case 'ipv4': {
      // Zero the host bits so the CIDR is a network address.
      const n = p.octets.reduce((a, o) => a * 256 + o, 0);
      const block = 2 ** (32 - p.prefix);
      const net = Math.floor(n / block) * block;
      return Peer.ipv4(`${[3, 2, 1, 0].map((i) => Math.floor(net / 256 ** i) % 256).join('.')}/${p.prefix}`);
    }
    case 'ipv6': {
      const group = p.prefix >= 32 ? p.group.toString(16) : '0';
      return Peer.ipv6(p.prefix >= 32 ? `2408:${group}::/${p.prefix}` : `2408::/${p.prefix}`);
    }
    case 'anyIpv4': return Peer.anyIpv4();
    case 'anyIpv6': return Peer.anyIpv6();
    case 'sibling': return sibling ? Peer.securityGroup(sibling) : undefined;
    case 'token': return Peer.ipv4(ctx.str({ tok: 'var' }));
    case 'sgId': return Peer.securityGroup(`sg-${p.id}`);
    default: return Peer.prefixList(`pl-${p.id}`);
  }
}

function toPort(ctx: CaseContext, p: PortPlan): Port {
  switch (p.port) {
    case 'tcp': return p.from === p.to ? Port.tcp(p.from) : Port.tcpRange(Math.min(p.from, p.to), Math.max(p.from, p.to));
    case 'udp': return p.from === p.to ? Port.udp(p.from) : Port.udpRange(Math.min(p.from, p.to), Math.max(p.from, p.to));
    case 'tcpToken': return Port.tcp(ctx.num({ tok: 'numVar' }));
    case 'icmp': return Port.icmp();
    case 'icmpv6': return Port.icmpv6();
    case 'gre': return Port.gre();
    case 'all': return Port.allTraffic();
    case 'allTcp': return Port.allTcp();
    case 'allUdp': return Port.allUdp();
    default: return Port[p.name];
  }
}

/** The ports HardenedSecurityGroup refuses from the internet without an opt-out (one source: lib/controls/ports.ts). */
const SENSITIVE_PORTS = SENSITIVE_PORT_TABLE.map((s) => s.port);

function buildSecurityGroup(ctx: CaseContext, scope: Construct, id: string, p: SecurityGroupPlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  const optOuts: string[] = [];
  let sg: ISecurityGroup;
  let enterprise: boolean;
  let defaultDeny = false;
  // Traffic matches already declared (direction|protocol|range|peerType|value -> policy), to avoid accept/drop conflicts.
  const matches = new Map<string, string>();
  if (p.imported) {
    sg = HardenedSecurityGroup.fromSecurityGroupId(scope, id, p.imported.id, { mutable: p.imported.mutable, securityGroupType: p.imported.type, provider });
    enterprise = p.imported.type === SecurityGroupType.ENTERPRISE;
  } else {
    const g = new HardenedSecurityGroup(scope, id, {
      vpcId: ctx.str(p.vpcId),
      securityGroupName: p.name,
      description: p.description,
      securityGroupType: p.type,
      tags: p.tags,
      egressPreset: p.egress.preset === 'essentials' ? EgressPreset.ALIBABA_CLOUD_ESSENTIALS : p.egress.preset === 'none' ? EgressPreset.NONE
        : p.egress.preset === 'only' ? EgressPreset.only(...p.egress.services) : undefined,
      allowAllOutbound: p.egress.preset === 'allowAll' ? OptOut.because(p.egress.reason) : undefined,
      provider,
    });
    sg = g;
    enterprise = p.type === SecurityGroupType.ENTERPRISE;
    if (p.egress.preset === 'allowAll') {
      optOuts.push('HardenedSecurityGroup.AllowAllOutbound');
      for (const v of ['0.0.0.0/0', '::/0']) matches.set(['egress', 'all', '-1/-1', v.includes(':') ? 'ipv6' : 'ipv4', v].join('|'), 'accept');
    } else {
      defaultDeny = true;
      for (const v of ['0.0.0.0/0', '::/0']) matches.set(['egress', 'all', '-1/-1', v.includes(':') ? 'ipv6' : 'ipv4', v].join('|'), 'drop');
      for (const r of g.egressPreset!.rules) matches.set(['egress', r.port.ipProtocol, r.port.portRange, r.peer.peerType, r.peer.value].join('|'), 'accept');
    }
  }
  const sibling = !enterprise ? HardenedSecurityGroup.fromSecurityGroupId(scope, `${id}-peer`, 'sg-bp1sibling0001', { provider }) : undefined;
  for (const r of p.rules) {
    const peer = toPeer(ctx, r.peer, sibling);
    if (!peer) continue;
    if (enterprise && peer.peerType === 'securityGroup') continue;
    const port = toPort(ctx, r.port);
    if ((port.protocol === 'icmp' && peer.peerType === 'ipv6') || (port.protocol === 'icmpv6' && peer.peerType === 'ipv4')) continue;
    const direction = r.action.endsWith('Ingress') ? 'ingress' : 'egress';
    const policy = r.action.startsWith('allow') ? 'accept' : 'drop';
    const key = [direction, port.ipProtocol, port.portRange, peer.peerType, peer.value].join('|');
    if (matches.has(key) && matches.get(key) !== policy) continue;
    matches.set(key, policy);
    if (policy === 'drop') {
      (r.action === 'denyIngress' ? sg.denyIngress : sg.denyEgress).call(sg, peer, port, r.description, r.priority ?? 50);
      continue;
    }
    let priority = r.priority;
    if (direction === 'egress' && defaultDeny && priority === 100) priority = 99;
    const internet = direction === 'ingress' && peer.isInternet;
    // Every protocol or every port from the internet is refused (ALI-SG-003 cannot be acknowledged):
    // not a valid plan.
    if (internet && port.coversAllPorts) continue;
    const sensitive = internet && SENSITIVE_PORTS.some((x) => port.covers(x));
    const exposure = internet && (sensitive || r.exposureReason !== undefined) ? OptOut.because(r.exposureReason ?? 'Public endpoint reviewed by the security team') : undefined;
    (r.action === 'allowIngress' ? sg.allowIngress : sg.allowEgress).call(sg, peer, port, r.description, { priority, internetExposure: exposure });
    const mutable = !p.imported || p.imported.mutable !== false;
    if (exposure && mutable && !optOuts.includes('HardenedSecurityGroup.InternetExposure')) optOuts.push('HardenedSecurityGroup.InternetExposure');
  }
  if (p.connection && !enterprise && sibling) {
    const port = toPort(ctx, p.connection.port);
    const other = new HardenedSecurityGroup(scope, `${id}-other`, { vpcId: ctx.str(p.vpcId), provider });
    // Connection rules reference security groups, so they never clash with the CIDR rules above.
    if (p.connection.internally && !p.imported) sg.connections.allowInternally(port, 'Members of the same tier');
    else sg.connections.allowFrom(other, port);
  }
  return optOuts;
}

// --- identity ------------------------------------------------------------------------------------

/** Plan of one policy statement. */
export interface StatementPlan {
  readonly effect?: Effect;
  readonly actions: { readonly not: boolean; readonly list: string[] };
  readonly resources: { readonly not: boolean; readonly list: string[]; readonly withToken: boolean };
  readonly conditions: Array<{ readonly op: string; readonly key: string; readonly values: string[] }>;
  readonly insecureReason?: string;
}

const ACTIONS = ['ecs:DescribeInstances', 'ecs:StartInstance', 'oss:GetObject', 'oss:Get*', 'oss:PutObject', 'kms:Decrypt',
  'kms:Encrypt', 'ecs:*', 'log:PostLogStoreLogs', 'ecs:Describe*', 'vpc:DescribeVpcs', 'ram:ListRoles', 'sts:AssumeRole'];
const RESOURCES = ['*', 'acs:oss:*:*:app-bucket/*', 'acs:ecs:cn-hangzhou:*:instance/*', 'acs:kms:*:*:key/*',
  'acs:log:cn-hangzhou:1234567890123456:project/app/*', 'acs:ram::*:role/app-role'];
const CONDITIONS = [
  { op: 'IpAddress', key: 'acs:SourceIp', values: ['203.0.113.0/24'] },
  { op: 'NotIpAddress', key: 'acs:SourceIp', values: ['198.51.100.7'] },
  { op: 'StringEquals', key: 'acs:SourceVpc', values: ['vpc-bp1example0001'] },
  { op: 'Bool', key: 'acs:MFAPresent', values: ['true'] },
  { op: 'StringLike', key: 'acs:ResourceTag/team', values: ['payments*'] },
  { op: 'NumericLessThanEquals', key: 'acs:MFAAge', values: ['3600'] },
  { op: 'DateLessThan', key: 'acs:CurrentTime', values: ['2030-01-01T00:00:00Z'] },
  { op: 'StringEquals', key: 'ecs:IsDiskEncrypted', values: ['true'] },
];

export const statementPlan: fc.Arbitrary<StatementPlan> = fc.record({
  effect: fc.option(fc.constantFrom(...Object.values(Effect)), { nil: undefined }),
  actions: fc.record({ not: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), list: fc.uniqueArray(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 4 }) }),
  resources: fc.record({ not: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), list: fc.uniqueArray(fc.constantFrom(...RESOURCES), { minLength: 1, maxLength: 3 }), withToken: fc.boolean() }),
  conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { maxLength: 3, selector: (c) => `${c.op}|${c.key}` }),
  insecureReason: fc.option(reason, { nil: undefined, freq: 6 }),
}, { requiredKeys: ['actions', 'resources', 'conditions'] });

function buildStatement(p: StatementPlan, tokenArn?: string): PolicyStatement {
  const resources = p.resources.withToken && tokenArn ? [...p.resources.list, tokenArn] : p.resources.list;
  return new PolicyStatement({
    effect: p.effect,
    actions: p.actions.not ? undefined : p.actions.list,
    notActions: p.actions.not ? p.actions.list : undefined,
    resources: p.resources.not ? undefined : resources,
    notResources: p.resources.not ? resources.filter((r) => r !== '*').concat(['acs:ecs:*:*:instance/i-protected']) : undefined,
    conditions: p.conditions.length ? p.conditions.reduce<Record<string, Record<string, string[]>>>((acc, c) => {
      acc[c.op] = { ...(acc[c.op] ?? {}), [c.key]: c.values };
      return acc;
    }, {}) : undefined,
    allowInsecureTransport: p.insecureReason !== undefined ? OptOut.because(p.insecureReason) : undefined,
  });
}

/** Plan of a LeastPrivilegeRamPolicy (or a guardrail preset / grant) and its attachments. */
export interface RamPolicyPlan {
  readonly kind: 'LeastPrivilegeRamPolicy';
  readonly preset: 'none' | 'baseline' | 'denyUnencryptedDisks' | 'denyInstancesWithoutMetadataHardening' | 'denyPublicIp' | 'denyInsecureTransport';
  readonly policyName?: string;
  readonly description?: string;
  readonly statements: StatementPlan[];
  readonly viaDocument: boolean;
  readonly roles: string[];
  readonly groups: string[];
  readonly userReason?: string;
  readonly provider: 'default' | 'alias';
}

export const ramPolicyPlan: fc.Arbitrary<RamPolicyPlan> = fc.record({
  kind: fc.constant('LeastPrivilegeRamPolicy' as const),
  preset: fc.constantFrom('none', 'none', 'none', 'none', 'baseline', 'denyUnencryptedDisks', 'denyInstancesWithoutMetadataHardening', 'denyPublicIp', 'denyInsecureTransport'),
  policyName: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/), { nil: undefined }),
  description: fc.option(description(1024), { nil: undefined }),
  statements: fc.array(statementPlan, { minLength: 1, maxLength: 4 }),
  viaDocument: fc.boolean(),
  roles: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9.-]{1,20}$/), { maxLength: 2 }),
  groups: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9.-]{1,20}$/), { maxLength: 2 }),
  userReason: fc.option(reason, { nil: undefined, freq: 5 }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'preset', 'statements', 'viaDocument', 'roles', 'groups', 'provider'] });

/** Drops what would make a statement an administrator Allow (`*`/`*:*` on `*`): not valid input. */
/** Whether SecureInstance refuses this user data without `allowUserDataSecrets` (the detector ALI-ECS-014 uses). */
function userDataHasSecret(script: string | undefined): boolean {
  return script !== undefined && findSecretsInUserData(script).length > 0;
}

/** Admin or admin-equivalent (what LeastPrivilegeRamPolicy refuses): the rule pack's own test (ALI-RAM-001 / ALI-RAM-005). */
function isAdmin(s: StatementPlan): boolean {
  const grant = {
    effect: s.effect ?? Effect.ALLOW,
    actions: s.actions.not ? [] : s.actions.list,
    notActions: s.actions.not ? s.actions.list : [],
    resources: s.resources.not ? [] : s.resources.list,
  };
  return grantsFullAdmin(grant) || adminEquivalence(grant) !== undefined;
}

function buildRamPolicy(ctx: CaseContext, scope: Construct, id: string, p: RamPolicyPlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  const optOuts: string[] = [];
  if (p.preset !== 'none') {
    GuardrailPolicies[p.preset](scope, id, { policyName: p.policyName, description: p.description, groupNames: p.groups, roleNames: p.roles, provider });
    return optOuts;
  }
  const tokenArn = `acs:kms:cn-hangzhou:${ctx.str({ tok: 'var' })}:key/*`;
  const statements = p.statements.filter((s) => !isAdmin(s)).map((s) => buildStatement(s, tokenArn));
  const policy = p.viaDocument
    ? new LeastPrivilegeRamPolicy(scope, id, { policyName: p.policyName, description: p.description, provider })
    : new LeastPrivilegeRamPolicy(scope, id, { policyName: p.policyName, description: p.description, provider, statements });
  if (p.viaDocument) policy.addStatements(...statements);
  if (statements.length === 0) policy.addStatements(new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'] }));
  // The HTTPS opt-out waives ALI-RAM-003, which only concerns Allow statements.
  statements.forEach((s) => { if (s.allowInsecureTransport !== undefined && s.effect === Effect.ALLOW) optOuts.push('LeastPrivilegeRamPolicy.InsecureTransport'); });
  for (const r of p.roles) policy.attachToRole(r);
  for (const g of p.groups) policy.attachToGroup(g);
  if (p.userReason !== undefined) {
    policy.attachToUser('app-operator', OptOut.because(p.userReason));
    optOuts.push('LeastPrivilegeRamPolicy.UserAttachment');
  }
  return optOuts;
}

/** Plan of an InstanceRole (or an imported one) with grants. */
export interface RolePlan {
  readonly kind: 'InstanceRole';
  readonly imported?: string;
  readonly roleName?: string;
  readonly description?: string;
  readonly maxSessionDuration?: Num;
  readonly statements: StatementPlan[];
  readonly grant: boolean;
  readonly provider: 'default' | 'alias';
}

export const rolePlan: fc.Arbitrary<RolePlan> = fc.record({
  kind: fc.constant('InstanceRole' as const),
  imported: fc.option(fc.stringMatching(/^[A-Za-z0-9.-]{1,30}$/), { nil: undefined, freq: 5 }),
  roleName: fc.option(fc.stringMatching(/^[A-Za-z0-9.-]{1,64}$/), { nil: undefined }),
  description: fc.option(description(1024), { nil: undefined }),
  maxSessionDuration: fc.option(fc.oneof(fc.integer({ min: 3600, max: 43200 }), fc.constant({ tok: 'numVar' as const })), { nil: undefined }),
  statements: fc.array(statementPlan, { maxLength: 3 }),
  grant: fc.boolean(),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'statements', 'grant', 'provider'] });

function buildRole(ctx: CaseContext, scope: Construct, id: string, p: RolePlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  const role = p.imported !== undefined ? InstanceRole.fromRoleName(scope, id, p.imported, { provider })
    : new InstanceRole(scope, id, { roleName: p.roleName, description: p.description, maxSessionDuration: ctx.num(p.maxSessionDuration), provider });
  const statements = p.statements.filter((s) => !isAdmin(s)).map((s) => buildStatement(s));
  statements.forEach((s) => role.addToPrincipalPolicy(s));
  if (p.grant) Grant.addToPrincipal({ grantee: role, actions: ['kms:Decrypt'], resourceArns: [`acs:kms:*:*:key/${ctx.str({ tok: 'var' })}`] });
  return statements.some((s) => s.allowInsecureTransport !== undefined && s.effect === Effect.ALLOW) ? ['LeastPrivilegeRamPolicy.InsecureTransport'] : [];
}

// --- SecureInstance ------------------------------------------------------------------------------

/** Plan of a SecureInstance with data disks and role statements. */
export interface InstancePlan {
  readonly kind: 'SecureInstance';
  readonly vswitchId: Str;
  readonly vpc: 'given' | 'groups';
  readonly imageId: Str;
  readonly instanceType: Str;
  readonly instanceName?: string;
  readonly description?: string;
  readonly hostName?: string;
  readonly metadata: 'default' | 'token' | 'disabled' | 'withoutToken';
  readonly metadataReason: string;
  readonly key: KeyChoice;
  readonly systemDisk?: { category?: 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | 'cloud_ssd' | 'cloud_efficiency'; size?: Num; performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3'; encryptAlgorithm?: 'aes-256' | 'sm4-128'; name?: string; description?: string };
  readonly backups: { readonly use: 'default' } | { readonly use: 'new'; readonly plan: SnapshotPlan } | { readonly use: 'off'; readonly reason: string };
  readonly keyPairName?: Str;
  readonly keyPairReboot?: boolean;
  readonly passwordInherit?: string;
  readonly publicIp?: { bandwidthMbps: number; chargeType?: 'PayByTraffic' | 'PayByBandwidth'; reason: string };
  readonly role: 'default' | 'new' | 'imported';
  readonly disableAgent?: string;
  readonly disableDeletionProtection?: string;
  readonly userData?: string;
  readonly tags?: Record<string, string>;
  readonly billing: { readonly mode: 'postpaid' } | { readonly mode: 'prepaid'; readonly period: number; readonly unit?: 'Month' | 'Week'; readonly autoRenew?: number } | { readonly mode: 'spot'; readonly strategy: 'SpotAsPriceGo' | 'SpotWithPriceLimit'; readonly price: number; readonly behavior?: 'Terminate' | 'Stop' };
  readonly dataDisks: Array<{ size: number; name?: string; deleteWithInstance?: boolean }>;
  readonly statements: StatementPlan[];
  readonly provider: 'default' | 'alias';
}

export const instancePlan: fc.Arbitrary<InstancePlan> = fc.record({
  kind: fc.constant('SecureInstance' as const),
  vswitchId: fc.oneof(fc.constant<Str>({ tok: 'vswitchId' }), strTok, alnum(10, 16).map((s): Str => `vsw-bp${s}`)),
  vpc: fc.constantFrom('given' as const, 'groups' as const),
  imageId: fc.oneof(fc.constantFrom<Str>('aliyun_3_x64_20G_alibase_20240819.vhd', 'ubuntu_22_04_x64_20G_alibase_20240130.vhd'), strTok),
  instanceType: fc.oneof(fc.constantFrom<Str>('ecs.g7.large', 'ecs.c7.xlarge', 'ecs.r7.2xlarge'), strTok),
  instanceName: fc.option(nameLike(`${letters}0123456789_.-`, 60), { nil: undefined }),
  description: fc.option(description(256), { nil: undefined }),
  hostName: fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,8}){0,3}$/).filter((h) => h.length >= 2), { nil: undefined }),
  metadata: fc.constantFrom('default', 'token', 'disabled', 'withoutToken'),
  metadataReason: reason,
  key: keyChoice,
  systemDisk: fc.option(fc.record({
    category: fc.option(fc.constantFrom('cloud_essd' as const, 'cloud_auto' as const, 'cloud_essd_entry' as const, 'cloud_ssd' as const, 'cloud_efficiency' as const), { nil: undefined }),
    size: fc.option(fc.oneof(fc.integer({ min: 20, max: 2048 }), fc.constant({ tok: 'numVar' as const })), { nil: undefined }),
    performanceLevel: fc.option(fc.constantFrom('PL0' as const, 'PL1' as const, 'PL2' as const, 'PL3' as const), { nil: undefined }),
    encryptAlgorithm: fc.option(fc.constantFrom('aes-256' as const, 'sm4-128' as const), { nil: undefined }),
    name: fc.option(nameLike(`${letters}0123456789_-`, 40), { nil: undefined }),
    description: fc.option(description(256), { nil: undefined }),
  }, { requiredKeys: [] }), { nil: undefined }),
  backups: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ use: 'default' as const }) },
    { weight: 1, arbitrary: fc.record({ use: fc.constant('new' as const), plan: snapshotPlan.map((s) => ({ ...s, applyTo: [] })) }) },
    { weight: 1, arbitrary: fc.record({ use: fc.constant('off' as const), reason }) },
  ),
  keyPairName: fc.option(fc.oneof(nameLike(`${letters}0123456789_-`, 30), strTok), { nil: undefined }),
  keyPairReboot: fc.option(fc.boolean(), { nil: undefined }),
  passwordInherit: fc.option(reason, { nil: undefined, freq: 5 }),
  publicIp: fc.option(fc.record({
    bandwidthMbps: fc.integer({ min: 1, max: 100 }),
    chargeType: fc.option(fc.constantFrom('PayByTraffic' as const, 'PayByBandwidth' as const), { nil: undefined }),
    reason,
  }, { requiredKeys: ['bandwidthMbps', 'reason'] }), { nil: undefined, freq: 4 }),
  role: fc.constantFrom('default' as const, 'new' as const, 'imported' as const),
  disableAgent: fc.option(reason, { nil: undefined, freq: 5 }),
  disableDeletionProtection: fc.option(reason, { nil: undefined, freq: 5 }),
  userData: fc.option(fc.constantFrom('#!/bin/bash\nyum update -y\n', '#cloud-config\npackages: [nginx]\n', '#!/bin/sh\necho "password=changeme" > /tmp/x\n'), { nil: undefined }),
  tags,
  billing: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ mode: 'postpaid' as const }) },
    { weight: 1, arbitrary: fc.record({ mode: fc.constant('prepaid' as const), period: fc.constantFrom(1, 2, 3, 6, 9, 12, 24, 36, 48, 60), unit: fc.option(fc.constant('Month' as const), { nil: undefined }), autoRenew: fc.option(fc.constantFrom(1, 2, 3, 6, 12), { nil: undefined }) }, { requiredKeys: ['mode', 'period'] }) },
    { weight: 1, arbitrary: fc.record({ mode: fc.constant('spot' as const), strategy: fc.constantFrom('SpotAsPriceGo' as const, 'SpotWithPriceLimit' as const), price: fc.double({ min: 0.01, max: 10, noNaN: true }), behavior: fc.option(fc.constantFrom('Terminate' as const, 'Stop' as const), { nil: undefined }) }, { requiredKeys: ['mode', 'strategy', 'price'] }) },
  ),
  dataDisks: fc.array(fc.record({ size: fc.integer({ min: 20, max: 4096 }), name: fc.option(nameLike(`${letters}0123456789_-`, 30), { nil: undefined }), deleteWithInstance: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['size'] }), { maxLength: 2 }),
  statements: fc.array(statementPlan, { maxLength: 2 }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'vswitchId', 'vpc', 'imageId', 'instanceType', 'metadata', 'metadataReason', 'key', 'backups', 'role', 'billing', 'dataDisks', 'statements', 'provider'] });

function buildInstance(ctx: CaseContext, scope: Construct, id: string, p: InstancePlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  const optOuts: string[] = [];
  const sys = p.systemDisk;
  const category = sys?.category ?? 'cloud_essd';
  // sm4-128 needs an SM4 key (a new key gets that spec; the default AES key is replaced by an imported one).
  const sm4 = sys?.encryptAlgorithm === 'sm4-128';
  const keyPlanFixed: KeyChoice = sm4 && p.key.use === 'default' ? { use: 'import', keyId: 'key-sm4imported0002' } : p.key;
  const key = materializeKey(ctx, scope, `${id}-key`, keyPlanFixed, sm4 ? EncryptionKeySpec.SM4 : EncryptionKeySpec.AES_256);
  const snapshotPolicy = p.backups.use === 'new' ? buildSnapshotPolicy(ctx, scope, `${id}-snapshots`, p.backups.plan) : undefined;
  const groups = p.vpc === 'groups' ? [new HardenedSecurityGroup(scope, `${id}-sg`, { vpcId: ctx.vpc.id, provider })] : undefined;
  const role = p.role === 'new' ? new InstanceRole(scope, `${id}-role`, { provider })
    : p.role === 'imported' ? InstanceRole.fromRoleName(scope, `${id}-role`, 'existing-app-role', { provider }) : undefined;
  const instance = new SecureInstance(scope, id, {
    vswitchId: ctx.str(p.vswitchId),
    vpcId: p.vpc === 'given' ? ctx.vpc.id : undefined,
    securityGroups: groups,
    imageId: ctx.str(p.imageId),
    instanceType: ctx.str(p.instanceType),
    instanceName: p.instanceName,
    description: p.description,
    hostName: p.hostName,
    metadata: p.metadata === 'token' ? InstanceMetadata.TOKEN_REQUIRED : p.metadata === 'disabled' ? InstanceMetadata.DISABLED : undefined,
    allowMetadataWithoutToken: p.metadata === 'withoutToken' ? OptOut.because(p.metadataReason) : undefined,
    encryptionKey: key,
    systemDisk: sys ? {
      category: sys.category,
      size: systemDiskSize(category, sys.performanceLevel, sys.size, ctx),
      performanceLevel: category === 'cloud_essd' ? sys.performanceLevel : undefined,
      encryptAlgorithm: sys.encryptAlgorithm,
      name: sys.name,
      description: sys.description,
    } : undefined,
    snapshotPolicy,
    disableBackups: p.backups.use === 'off' ? OptOut.because(p.backups.reason) : undefined,
    keyPairName: p.keyPairName !== undefined ? ctx.str(p.keyPairName) : undefined,
    keyPairReboot: p.keyPairReboot,
    passwordInherit: p.passwordInherit !== undefined ? OptOut.because(p.passwordInherit) : undefined,
    publicIp: p.publicIp ? { bandwidthMbps: p.publicIp.bandwidthMbps, chargeType: p.publicIp.chargeType, optOut: OptOut.because(p.publicIp.reason) } : undefined,
    role,
    disableSecurityCenterAgent: p.disableAgent !== undefined ? OptOut.because(p.disableAgent) : undefined,
    disableDeletionProtection: p.disableDeletionProtection !== undefined ? OptOut.because(p.disableDeletionProtection) : undefined,
    userData: p.userData,
    // Secret-looking user data is refused without the opt-out (ALI-ECS-014 fails it).
    allowUserDataSecrets: userDataHasSecret(p.userData) ? OptOut.because('Bootstrap placeholder reviewed by the security team') : undefined,
    tags: p.tags,
    prePaid: p.billing.mode === 'prepaid' ? { period: p.billing.period, periodUnit: p.billing.unit, autoRenewPeriod: p.billing.autoRenew } : undefined,
    spot: p.billing.mode === 'spot' ? { strategy: p.billing.strategy, priceLimit: p.billing.strategy === 'SpotWithPriceLimit' ? Math.round(p.billing.price * 100) / 100 : undefined, interruptionBehavior: p.billing.behavior } : undefined,
    provider,
  });
  // Data disks inherit the instance's key and algorithm.
  p.dataDisks.forEach((d, i) => instance.addDataDisk(`data-${i}`, { size: d.size, name: d.name, deleteWithInstance: d.deleteWithInstance }));
  const statements = p.statements.filter((s) => !isAdmin(s)).map((s) => buildStatement(s));
  statements.forEach((s) => instance.addToRolePolicy(s));
  if (statements.some((s) => s.allowInsecureTransport !== undefined && s.effect === Effect.ALLOW)) optOuts.push('LeastPrivilegeRamPolicy.InsecureTransport');
  if (p.metadata === 'withoutToken') optOuts.push('SecureInstance.MetadataWithoutToken');
  if (p.backups.use === 'off') optOuts.push('SecureInstance.Backups');
  if (p.backups.use === 'off' && p.dataDisks.length) optOuts.push('EncryptedDisk.Backups');
  if (p.passwordInherit !== undefined) optOuts.push('SecureInstance.PasswordInherit');
  if (p.publicIp) optOuts.push('SecureInstance.PublicIp');
  if (p.disableAgent !== undefined) optOuts.push('SecureInstance.SecurityCenterAgent');
  // Release protection exists for pay-as-you-go instances only (ALI-ECS-008 does not apply to PrePaid).
  if (p.disableDeletionProtection !== undefined && p.billing.mode !== 'prepaid') optOuts.push('SecureInstance.DeletionProtection');
  if (userDataHasSecret(p.userData)) optOuts.push('SecureInstance.UserDataSecrets');
  if (p.key.use === 'new') optOuts.push(...keyOptOuts(p.key.plan));
  if (p.backups.use === 'new') optOuts.push(...snapshotOptOuts(p.backups.plan));
  return optOuts;
}

/** A system disk size inside the bounds of the category / performance level (20–2048 GiB overall). */
function systemDiskSize(category: string, level: string | undefined, size: Num | undefined, ctx: CaseContext): number | undefined {
  const [catMin, catMax] = SIZE_BOUNDS[category === 'cloud_essd' ? `cloud_essd:${level ?? 'PL1'}` : category];
  const min = Math.max(20, catMin);
  const max = Math.min(2048, catMax);
  // The default 40 GiB is below the PL2/PL3 minimums: those need an explicit size.
  if (size === undefined) return min > 40 ? min : undefined;
  if (typeof size !== 'number') return ctx.num(size);
  return min + (size % (max - min + 1));
}

// --- SecureLaunchTemplate + SecureScalingGroup -----------------------------------------------------

/** Plan of a SecureLaunchTemplate and the SecureScalingGroup launching it. */
export interface FleetPlan {
  readonly kind: 'SecureScalingGroup';
  readonly imageId: Str;
  readonly instanceType: Str;
  readonly metadata: 'default' | 'disabled' | 'withoutToken';
  readonly metadataReason: string;
  readonly key: 'default' | 'new';
  readonly systemDisk?: { category?: 'cloud_essd' | 'cloud_ssd' | 'cloud_efficiency'; size?: Num; performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3' };
  readonly dataDisks: Array<{ size: number; deleteWithInstance?: boolean }>;
  readonly keyPairName?: Str;
  readonly userData?: string;
  readonly tags?: Record<string, string>;
  readonly zones: 1 | 2 | 3;
  readonly singleZoneReason: string;
  readonly multiAzPolicy?: MultiAzPolicy;
  readonly minSize: number;
  readonly extra: number;
  readonly desired?: number;
  readonly lifetimeDays?: Num;
  readonly disableDeletionProtection?: string;
  readonly version?: 'Latest' | 'Default';
  readonly targetCpu?: number;
  readonly stepUp?: number;
  readonly hook?: 'SCALE_OUT' | 'SCALE_IN';
  readonly rolling?: { min?: number; max?: number };
  readonly provider: 'default' | 'alias';
}

export const fleetPlan: fc.Arbitrary<FleetPlan> = fc.record({
  kind: fc.constant('SecureScalingGroup' as const),
  imageId: fc.oneof(fc.constant<Str>('aliyun_3_x64_20G_alibase_20240819.vhd'), strTok),
  instanceType: fc.oneof(fc.constantFrom<Str>('ecs.g7.large', 'ecs.c7.xlarge'), strTok),
  metadata: fc.constantFrom('default' as const, 'disabled' as const, 'withoutToken' as const),
  metadataReason: reason,
  key: fc.constantFrom('default' as const, 'new' as const),
  systemDisk: fc.option(fc.record({
    category: fc.option(fc.constantFrom('cloud_essd' as const, 'cloud_ssd' as const, 'cloud_efficiency' as const), { nil: undefined }),
    size: fc.option(fc.oneof(fc.integer({ min: 20, max: 2048 }), fc.constant({ tok: 'numVar' as const })), { nil: undefined }),
    performanceLevel: fc.option(fc.constantFrom('PL0' as const, 'PL1' as const, 'PL2' as const, 'PL3' as const), { nil: undefined }),
  }, { requiredKeys: [] }), { nil: undefined }),
  dataDisks: fc.array(fc.record({ size: fc.integer({ min: 20, max: 4096 }), deleteWithInstance: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['size'] }), { maxLength: 2 }),
  keyPairName: fc.option(fc.oneof(nameLike(`${letters}0123456789_-`, 30), strTok), { nil: undefined }),
  userData: fc.option(fc.constantFrom('#!/bin/bash\nyum update -y\n', '#cloud-config\npackages: [nginx]\n'), { nil: undefined }),
  tags,
  zones: fc.constantFrom(1 as const, 2 as const, 2 as const, 3 as const),
  singleZoneReason: reason,
  multiAzPolicy: fc.option(fc.constantFrom(...Object.values(MultiAzPolicy)), { nil: undefined }),
  minSize: fc.integer({ min: 0, max: 20 }),
  extra: fc.integer({ min: 0, max: 20 }),
  desired: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  lifetimeDays: fc.option(fc.oneof(fc.integer({ min: 1, max: 365 }), fc.constant({ tok: 'numVar' as const })), { nil: undefined }),
  disableDeletionProtection: fc.option(reason, { nil: undefined, freq: 4 }),
  version: fc.option(fc.constantFrom('Latest' as const, 'Default' as const), { nil: undefined }),
  targetCpu: fc.option(fc.integer({ min: 10, max: 90 }), { nil: undefined }),
  stepUp: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  hook: fc.option(fc.constantFrom('SCALE_OUT' as const, 'SCALE_IN' as const), { nil: undefined }),
  rolling: fc.option(fc.record({ min: fc.integer({ min: 0, max: 100 }), max: fc.integer({ min: 100, max: 200 }) }, { requiredKeys: [] }), { nil: undefined }),
  provider: providerChoice,
}, { requiredKeys: ['kind', 'imageId', 'instanceType', 'metadata', 'metadataReason', 'key', 'dataDisks', 'zones', 'singleZoneReason', 'minSize', 'extra', 'provider'] });

function buildFleet(ctx: CaseContext, scope: Construct, id: string, p: FleetPlan): string[] {
  const provider = p.provider === 'alias' ? ctx.aliasProvider() : undefined;
  const sys = p.systemDisk;
  const category = sys?.category ?? 'cloud_essd';
  const template = new SecureLaunchTemplate(scope, `${id}-template`, {
    vpcId: ctx.vpc.id,
    imageId: ctx.str(p.imageId),
    instanceType: ctx.str(p.instanceType),
    metadata: p.metadata === 'disabled' ? InstanceMetadata.DISABLED : undefined,
    allowMetadataWithoutToken: p.metadata === 'withoutToken' ? OptOut.because(p.metadataReason) : undefined,
    encryptionKey: p.key === 'new' ? new EncryptionKey(scope, `${id}-key`, { provider }) : undefined,
    systemDisk: sys ? {
      category: sys.category,
      size: systemDiskSize(category, sys.performanceLevel, sys.size, ctx),
      performanceLevel: category === 'cloud_essd' ? sys.performanceLevel : undefined,
    } : undefined,
    dataDisks: p.dataDisks.map((d) => ({ size: d.size, deleteWithInstance: d.deleteWithInstance })),
    keyPairName: p.keyPairName !== undefined ? ctx.str(p.keyPairName) : undefined,
    userData: p.userData,
    tags: p.tags,
    provider,
  });
  const vswitchIds = Array.from({ length: p.zones }, (_, i) => (i === 0 ? ctx.vswitch.id : `vsw-bp1zone${i}fleet${id.length}`));
  const maxSize = p.minSize + p.extra;
  const group = new SecureScalingGroup(scope, id, {
    launchTemplate: template,
    launchTemplateVersion: p.version,
    vswitchIds,
    singleZone: p.zones === 1 ? OptOut.because(p.singleZoneReason) : undefined,
    multiAzPolicy: p.multiAzPolicy,
    minSize: p.minSize,
    maxSize,
    desiredCapacity: p.desired === undefined ? undefined : p.minSize + (p.desired % (p.extra + 1)),
    maxInstanceLifetimeDays: p.lifetimeDays === undefined ? undefined : ctx.num(p.lifetimeDays),
    disableDeletionProtection: p.disableDeletionProtection !== undefined ? OptOut.because(p.disableDeletionProtection) : undefined,
    // A rolling update follows the latest version only.
    rollingUpdate: p.rolling && p.version === undefined ? { minHealthyPercentage: p.rolling.min, maxHealthyPercentage: p.rolling.max } : undefined,
    provider,
  });
  if (p.targetCpu !== undefined) group.addTargetTrackingRule('cpu', { metric: TargetTrackingMetric.CPU_UTILIZATION, targetValue: p.targetCpu });
  if (p.stepUp !== undefined) group.addSimpleScalingRule('step', { adjustmentType: AdjustmentType.CHANGE_IN_CAPACITY, adjustmentValue: p.stepUp });
  if (p.hook !== undefined) group.addLifecycleHook('hook', { transition: p.hook });
  const optOuts: string[] = [];
  if (p.metadata === 'withoutToken') optOuts.push('SecureLaunchTemplate.MetadataWithoutToken', 'SecureScalingGroup.MetadataWithoutToken');
  if (p.zones === 1) optOuts.push('SecureScalingGroup.SingleZone');
  if (p.disableDeletionProtection !== undefined) optOuts.push('SecureScalingGroup.DeletionProtection');
  return optOuts;
}

// --- images --------------------------------------------------------------------------------------

/** Plan of an EncryptedImage (and its source). */
export interface ImagePlan {
  readonly kind: 'EncryptedImage';
  readonly source: 'instance' | 'snapshot' | 'copy' | 'copyAlias';
  readonly imageName?: string;
  readonly imageFamily?: string;
  readonly description?: string;
  readonly tags?: Record<string, string>;
  readonly deleteSnapshotsOnDestroy?: boolean;
  readonly sourceImage: Str;
  readonly key: KeyChoice;
  readonly retentionDays?: number;
  readonly share?: { readonly accountId: Str; readonly reason: string };
}

const imageName = nameLike(`${letters}ABCDEFGHIJ0123456789.:_-`, 128).filter((n) => !/^(aliyun|acs:)/.test(n));
export const imagePlan: fc.Arbitrary<ImagePlan> = fc.record({
  kind: fc.constant<'EncryptedImage'>('EncryptedImage'),
  source: fc.constantFrom<ImagePlan['source']>('instance', 'snapshot', 'copy', 'copyAlias'),
  imageName: fc.option(fc.oneof(imageName, strTok as fc.Arbitrary<any>), { nil: undefined }),
  imageFamily: fc.option(imageName, { nil: undefined }),
  description: fc.option(description(256), { nil: undefined }),
  tags,
  deleteSnapshotsOnDestroy: fc.option(fc.boolean(), { nil: undefined }),
  sourceImage: fc.oneof(fc.constantFrom<Str>('aliyun_3_x64_20G_alibase_20240819.vhd', 'm-bp1golden0001'), strTok),
  key: fc.oneof(fc.constant<KeyChoice>({ use: 'default' }), fc.constant<KeyChoice>({ use: 'import', keyId: 'key-image0001' })),
  retentionDays: fc.option(fc.integer({ min: 1, max: 65536 }), { nil: undefined }),
  share: fc.option(fc.record({ accountId: fc.oneof(fc.constantFrom<Str>('1234567890123456'), strTok), reason }), { nil: undefined }),
}, { requiredKeys: ['kind', 'source', 'sourceImage', 'key'] }) as fc.Arbitrary<ImagePlan>;

function buildImage(ctx: CaseContext, scope: Construct, id: string, p: ImagePlan): string[] {
  const common = {
    imageName: p.imageName !== undefined ? ctx.str(p.imageName) : undefined,
    description: p.description,
    tags: p.tags,
    deleteSnapshotsOnDestroy: p.source === 'snapshot' ? undefined : p.deleteSnapshotsOnDestroy,
  };
  let image: EncryptedImage;
  if (p.source === 'copy' || p.source === 'copyAlias') {
    const provider = p.source === 'copyAlias' ? ctx.aliasProvider() : undefined;
    const key = p.key.use === 'import' ? EncryptionKey.fromKeyId(scope, `${id}-key`, ctx.str(p.key.keyId)) : undefined;
    image = EncryptedImage.copyOf(scope, id, ctx.str(p.sourceImage), { ...common, sourceRegion: 'cn-hangzhou', encryptionKey: key, provider });
  } else {
    const instance = new SecureInstance(scope, `${id}-source`, {
      vswitchId: ctx.vswitch.id, vpcId: ctx.vpc.id, imageId: MachineImage.fromId(ctx.str(p.sourceImage)), instanceType: 'ecs.g7.large',
    });
    if (p.source === 'instance') {
      image = EncryptedImage.fromInstance(scope, id, instance, { ...common, imageFamily: p.imageFamily });
    } else {
      const snapshot = new EncryptedSnapshot(scope, `${id}-snapshot`, {
        disk: { diskId: instance.resource.systemDiskId, encryptionKey: instance.encryptionKey }, retentionDays: p.retentionDays,
      });
      image = EncryptedImage.fromSnapshot(scope, id, snapshot, { ...common, imageFamily: p.imageFamily });
    }
  }
  if (p.share) image.shareWith(ctx.str(p.share.accountId), OptOut.because(p.share.reason));
  return p.share ? ['EncryptedImage.Share'] : [];
}

/** Plan of a HardenedImagePipeline (and its encrypted output). */
export interface PipelinePlan {
  readonly kind: 'HardenedImagePipeline';
  readonly base: 'image' | 'family' | 'lookup';
  readonly vswitchId: Str;
  readonly instanceType?: string;
  readonly systemDiskSize?: Num;
  readonly buildContent?: string;
  readonly components: string[];
  readonly imageNamePrefix?: string;
  readonly pipelineName?: string;
  readonly execute?: boolean;
  readonly publicBandwidth?: { readonly mbps: number; readonly reason: string };
  readonly output: boolean;
}

export const pipelinePlan: fc.Arbitrary<PipelinePlan> = fc.record({
  kind: fc.constant<'HardenedImagePipeline'>('HardenedImagePipeline'),
  base: fc.constantFrom<PipelinePlan['base']>('image', 'family', 'lookup'),
  vswitchId: fc.oneof(fc.constant<Str>({ tok: 'vswitchId' }), fc.constant<Str>('vsw-bp1pipeline0001')),
  instanceType: fc.option(fc.constantFrom('ecs.g7.large', 'ecs.c7.xlarge'), { nil: undefined }),
  systemDiskSize: fc.option(fc.oneof(fc.integer({ min: 20, max: 500 }), fc.constant<Num>({ tok: 'numVar' })), { nil: undefined }),
  buildContent: fc.option(fc.constantFrom('RUN yum -y update', 'RUN echo hardened > /etc/motd\nRUN yum -y install audit'), { nil: undefined }),
  components: fc.array(fc.constantFrom('RUN systemctl enable auditd', 'RUN echo ok'), { maxLength: 2 }),
  imageNamePrefix: fc.option(nameLike(`${letters}0123456789.:_-`, 64).filter((n) => !/^(aliyun|acs:)/.test(n)), { nil: undefined }),
  pipelineName: fc.option(nameLike(`${letters}0123456789.:_-`, 128), { nil: undefined }),
  execute: fc.option(fc.boolean(), { nil: undefined }),
  publicBandwidth: fc.option(fc.record({ mbps: fc.integer({ min: 1, max: 100 }), reason }), { nil: undefined }),
  output: fc.boolean(),
}, { requiredKeys: ['kind', 'base', 'vswitchId', 'components', 'output'] }) as fc.Arbitrary<PipelinePlan>;

function buildPipeline(ctx: CaseContext, scope: Construct, id: string, p: PipelinePlan): string[] {
  const baseImage = p.base === 'image' ? 'aliyun_3_x64_20G_alibase_20240819.vhd'
    : p.base === 'lookup' ? MachineImage.lookup(scope, `${id}-base`, { owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_' }) : undefined;
  const pipeline = new HardenedImagePipeline(scope, id, {
    baseImage,
    baseImageFamily: p.base === 'family' ? 'acs:alibaba_cloud_linux_3_2104_lts_x64' : undefined,
    vswitchId: ctx.str(p.vswitchId),
    instanceType: p.instanceType,
    systemDiskSize: ctx.num(p.systemDiskSize),
    buildContent: p.buildContent ?? (p.components.length ? undefined : 'RUN yum -y update'),
    components: p.components.map((content) => ({ content })),
    imageNamePrefix: p.imageNamePrefix,
    pipelineName: p.pipelineName,
    execute: p.execute,
    publicBandwidth: p.publicBandwidth ? { mbps: p.publicBandwidth.mbps, optOut: OptOut.because(p.publicBandwidth.reason) } : undefined,
  });
  if (p.output) {
    pipeline.encryptedImage(scope, `${id}-output`, { sourceRegion: 'cn-hangzhou', builtImageId: p.imageNamePrefix ? undefined : 'm-bp1built0001' });
  }
  return p.publicBandwidth ? ['HardenedImagePipeline.PublicBandwidth'] : [];
}

// --- all constructs ------------------------------------------------------------------------------

/** A plan for any construct. */
export type ConstructPlan = KeyPlan | SnapshotPlan | DiskPlan | AccountDefaultsPlan | SecurityGroupPlan | RamPolicyPlan | RolePlan | InstancePlan | FleetPlan
  | ImagePlan | PipelinePlan;

/** One arbitrary per construct, by construct name. */
export const PLAN_ARBITRARIES = {
  EncryptionKey: keyPlan,
  SnapshotPolicy: snapshotPlan,
  EncryptedDisk: diskPlan,
  AccountEncryptionDefaults: accountDefaultsPlan,
  HardenedSecurityGroup: securityGroupPlan,
  LeastPrivilegeRamPolicy: ramPolicyPlan,
  InstanceRole: rolePlan,
  SecureInstance: instancePlan,
  SecureScalingGroup: fleetPlan,
  EncryptedImage: imagePlan,
  HardenedImagePipeline: pipelinePlan,
} as const;

/** Any construct's plan, every construct equally likely. */
export const anyPlan: fc.Arbitrary<ConstructPlan> = fc.oneof(...Object.values(PLAN_ARBITRARIES) as fc.Arbitrary<ConstructPlan>[]);

/**
 * Builds a plan as construct `id` under `scope` (inside the context's stack) and returns the opt-out
 * ids that must be recorded on the construct tree under it (each id prefix at least once).
 */
export function buildCase(ctx: CaseContext, scope: Construct, id: string, plan: ConstructPlan): string[] {
  switch (plan.kind) {
    case 'EncryptionKey': buildKey(ctx, scope, id, plan); return keyOptOuts(plan);
    case 'SnapshotPolicy': buildSnapshotPolicy(ctx, scope, id, plan); return snapshotOptOuts(plan);
    case 'EncryptedDisk': return buildDisk(ctx, scope, id, plan);
    case 'AccountEncryptionDefaults': return buildAccountDefaults(ctx, scope, id, plan);
    case 'HardenedSecurityGroup': return buildSecurityGroup(ctx, scope, id, plan);
    case 'LeastPrivilegeRamPolicy': return buildRamPolicy(ctx, scope, id, plan);
    case 'InstanceRole': return buildRole(ctx, scope, id, plan);
    case 'SecureInstance': return buildInstance(ctx, scope, id, plan);
    case 'SecureScalingGroup': return buildFleet(ctx, scope, id, plan);
    case 'EncryptedImage': return buildImage(ctx, scope, id, plan);
    case 'HardenedImagePipeline': return buildPipeline(ctx, scope, id, plan);
  }
}
