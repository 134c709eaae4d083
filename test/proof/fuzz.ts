/* eslint-disable @stylistic/max-len */
/**
 * Fuzzed bad input: generators of INVALID prop sets for every construct (wrong CIDRs, out-of-range
 * ports, hours, weekdays, retention, priorities, windows, bad protocol/peer combinations, empty or
 * oversized names and descriptions, malformed actions and ARNs, oversized documents, wrong types
 * through `any`). Each case starts from a valid configuration and breaks one property; it must fail
 * with the library's own HardeningValidationError naming the construct path, the property, the
 * value and what is allowed: never a raw TypeError, never a silent success.
 *
 * Used by test/proof/fuzz.test.ts (fast run) and scripts/fuzz.ts (>= 10,000 cases in validate).
 */
import * as fs from 'fs';
import * as os from 'os';
import { join } from 'path';
import { isDeepStrictEqual } from 'util';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import {
  AccountEncryptionDefaults, AlicloudProvider, DiskCategory, EncryptedDisk, EncryptionKey, Grant,
  HardenedSecurityGroup, HardeningValidationError, InstanceMetadata, InstanceRole, LeastPrivilegeRamPolicy, OptOut, Peer,
  PolicyStatement, Port, SecureInstance, SecurityGroupType, SnapshotPolicy, SnapshotRetention, SecureLaunchTemplate, SecureScalingGroup,
  HttpsLoadBalancer, EncryptedImage, EncryptedSnapshot, HardenedImagePipeline, MachineImage,
} from '../../lib';
import { App, TerraformStack } from '../../lib/cdktf';
import { describeValue } from '../../lib/core/errors';

type Any = any;

/** One way to break one property of one construct. */
export interface Mutation {
  /** Construct (or value object) under test. */
  readonly construct: string;
  /** The property the error must name (exact, or a prefix followed by `.`/`[`). */
  readonly property: string;
  /** Bad values. */
  readonly bad: fc.Arbitrary<unknown>;
  /** The scope the error must name: the case construct's path (default) or a fixed name such as `PolicyStatement`. */
  readonly scope?: string;
  /** The error's value is a description (e.g. `<redacted>`), not the bad input itself. */
  readonly valueDescribed?: boolean;
  /** The problem is reported by a synth-time validation, with the same message format. */
  readonly atSynth?: boolean;
  /** Builds the case in `scope` as construct `id` with the bad value. */
  build(scope: Construct, id: string, bad: unknown): void;
}

// --- bad values ----------------------------------------------------------------------------------

// `null` counts as "not set" for optional props (as jsii treats it), so it is not among the wrong types here.
const notString = fc.oneof(
  fc.integer(), fc.double(), fc.boolean(), fc.constant(NaN), fc.constant(Infinity),
  fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.constant(() => 'x'), fc.bigInt(), fc.constant(Symbol('bad')),
);
const notNumber = fc.oneof(
  fc.string({ maxLength: 10 }), fc.boolean(), fc.constant(NaN), fc.constant(Infinity), fc.constant(-Infinity),
  fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }), fc.constant(() => 1), fc.bigInt(),
);
const notBoolean = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const notObject = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
const oversized = (max: number) => fc.integer({ min: max + 1, max: max + 3000 }).map((n) => 'a'.repeat(n));
const emptyish = fc.constantFrom('', ' ', '\t', '\n');
/** Values that are not a valid OptOut: too short a reason, no reason, wrong types. */
const badOptOut = fc.oneof(
  fc.string({ maxLength: 9 }).map((r) => OptOut.because(r)),
  fc.constantFrom('   short   ', '\t\t\t\t\t\t\t\t\t\t\t\t').map((r) => OptOut.because(r)),
  fc.constant({}), fc.constant({ reason: 42 }), fc.constant(null), fc.boolean(), fc.string({ minLength: 12, maxLength: 30 }), fc.integer(),
);
const outside = (min: number, max: number) => fc.oneof(
  fc.integer({ min: -1e9, max: min - 1 }), fc.integer({ min: max + 1, max: 1e9 }),
  fc.double({ min, max, noNaN: true }).filter((d) => !Number.isInteger(d)),
);
const badName = (max: number) => fc.oneof(emptyish, oversized(max), fc.constantFrom('1starts-with-digit', '-dash', 'has space', 'http://x', 'https://evil', 'semi;colon', 'slash/x'), notString);
const badDescription = (max: number, min = 2) => fc.oneof(
  emptyish.filter((s) => s.length < min || true), oversized(max), fc.constantFrom('http://example.com', 'https://example.com/x'), notString,
).filter((v) => !(typeof v === 'string' && v.length >= min && v.length <= max && !/^https?:\/\//.test(v)));
const badTags = fc.oneof(
  notObject.filter((v) => v !== null),
  fc.constantFrom({ aliyunTag: 'x' }, { 'acs:team': 'x' }, { '': 'x' }, { ['k'.repeat(129)]: 'x' }),
  fc.dictionary(fc.constantFrom('team', 'env'), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())), { minKeys: 1, maxKeys: 2 }),
);
const badCidr4 = fc.oneof(
  fc.constantFrom('10.0.0.1/8', '192.168.1.1/24', '300.0.0.0/8', '10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0', '10.0.0/8', 'abc',
    '::/0', '2408::/32', '010.0.0.0/8', '10.0.0.0/8/8', '', ' ', '0.0.0.0/0 ', '1.2.3.4/032'),
  fc.tuple(fc.integer({ min: 1, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 1, max: 24 }))
    .map(([a, b, c, p]) => `${a}.${b}.0.${c}/${p}`),
  fc.tuple(fc.integer({ min: 256, max: 999 }), fc.integer({ min: 0, max: 32 })).map(([a, p]) => `${a}.0.0.0/${p}`),
);
const badCidr6 = fc.constantFrom('2408::1/32', '2408::/129', 'gggg::/16', '10.0.0.0/8', '2408:::/32', '::1/0', '2408::', '');
const badPort = fc.oneof(
  fc.integer({ min: -70000, max: 0 }).map((p) => Port.tcp(p)),
  fc.integer({ min: 65536, max: 10_000_000 }).map((p) => Port.udp(p)),
  fc.double({ min: 1, max: 65535, noNaN: true }).filter((d) => !Number.isInteger(d)).map((p) => Port.tcp(p)),
  fc.tuple(fc.integer({ min: 2, max: 65535 }), fc.integer({ min: 1, max: 65534 })).filter(([a, b]) => a > b).map(([a, b]) => Port.tcpRange(a, b)),
  fc.constantFrom(NaN, Infinity).map((p) => Port.tcp(p)),
  notObject, fc.constant({ protocol: 'tcp', fromPort: 22, toPort: 22 }),
);
const badAction = fc.oneof(
  fc.constantFrom('ecs', 'ecs:', ':Describe', 'ecs DescribeInstances', 'ecs:Desc ribe', 'ecs:Describe!', 'ecs::Describe', '**', 'ecs:*:*', '', ' ', 'acs:ecs:*:*:instance/*'),
  notString,
);
const badResource = fc.oneof(
  fc.constantFrom('arn:aws:s3:::bucket', 'acs:', 'acs:ecs', 'bucket/*', '', ' ', 'acs:ecs:cn-hangzhou:abc:instance/*', '**', 'acs:ecs:cn-hangzhou:123'),
  notString,
);

// --- valid bases ---------------------------------------------------------------------------------

const DISK = { zoneId: 'cn-hangzhou-h', size: 100 };
const GROUP = { vpcId: 'vpc-bp1fuzz0001' };
const INSTANCE = { vswitchId: 'vsw-bp1fuzz0001', vpcId: 'vpc-bp1fuzz0001', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large' };
const statement = () => new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'] });

const m = (construct: string, property: string, bad: fc.Arbitrary<unknown>, build: Mutation['build'], extra: Partial<Mutation> = {}): Mutation =>
  ({ construct, property, bad, build, ...extra });
const disk = (property: string, bad: fc.Arbitrary<unknown>, extra?: Partial<Mutation>) =>
  m('EncryptedDisk', property, bad, (s, id, v) => new EncryptedDisk(s, id, { ...DISK, [property]: v } as Any), extra);
const key = (property: string, bad: fc.Arbitrary<unknown>, base: object = {}) =>
  m('EncryptionKey', property, bad, (s, id, v) => new EncryptionKey(s, id, { ...base, [property]: v } as Any));
const snap = (property: string, bad: fc.Arbitrary<unknown>, build?: Mutation['build']) =>
  m('SnapshotPolicy', property, bad, build ?? ((s, id, v) => new SnapshotPolicy(s, id, { [property]: v } as Any)));
const group = (property: string, bad: fc.Arbitrary<unknown>, extra?: Partial<Mutation>) =>
  m('HardenedSecurityGroup', property, bad, (s, id, v) => new HardenedSecurityGroup(s, id, { ...GROUP, [property]: v } as Any), extra);
const rule = (property: string, bad: fc.Arbitrary<unknown>, add: (g: HardenedSecurityGroup, v: Any) => void, base: object = {}, extra?: Partial<Mutation>) =>
  m('HardenedSecurityGroup', property, bad, (s, id, v) => add(new HardenedSecurityGroup(s, id, { ...GROUP, ...base } as Any), v), extra);
const policy = (property: string, bad: fc.Arbitrary<unknown>) =>
  m('LeastPrivilegeRamPolicy', property, bad, (s, id, v) => new LeastPrivilegeRamPolicy(s, id, { statements: [statement()], [property]: v } as Any));
const role = (property: string, bad: fc.Arbitrary<unknown>) =>
  m('InstanceRole', property, bad, (s, id, val) => new InstanceRole(s, id, { [property]: val } as Any));
const inst = (property: string, bad: fc.Arbitrary<unknown>, base: object = {}, extra?: Partial<Mutation>) => {
  const path = property.split('.');
  return m('SecureInstance', property, bad, (s, id, val) => {
    const props: Any = { ...INSTANCE, ...base };
    if (path.length === 2) props[path[0]] = { ...(props[path[0]] ?? {}), [path[1]]: val };
    else props[property] = val;
    new SecureInstance(s, id, props);
  }, extra);
};

/** A mutation of one (possibly nested) prop of a construct built from `base` props. */
const nested = (construct: string, make: (s: Construct, id: string, props: Any) => void, defaults: () => object) =>
  (property: string, bad: fc.Arbitrary<unknown>, base: object = {}, extra?: Partial<Mutation>) => {
    const path = property.split('.');
    return m(construct, property, bad, (s, id, val) => {
      const props: Any = { ...defaults(), ...base };
      if (path.length === 2) props[path[0]] = { ...(props[path[0]] ?? {}), [path[1]]: val };
      else props[property] = val;
      make(s, id, props);
    }, extra);
  };
const TEMPLATE = { vpcId: 'vpc-bp1fuzz0001', imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large' };
const lt = nested('SecureLaunchTemplate', (s, id, props) => new SecureLaunchTemplate(s, id, props), () => TEMPLATE);
/** The group's template is created beside the group (not under it), so errors name the group. */
const asg = nested('SecureScalingGroup', (s, id, props) => new SecureScalingGroup(s, id, {
  launchTemplate: new SecureLaunchTemplate(s, `${id}-lt`, TEMPLATE), ...props,
}), () => ({ vswitchIds: ['vsw-bp1fuzz0001', 'vsw-bp1fuzz0002'], minSize: 1, maxSize: 4 }));
const ALB = {
  vpcId: 'vpc-bp1fuzz0001',
  zones: [{ vswitchId: 'vsw-bp1fuzz0001', zoneId: 'cn-hangzhou-h' }, { vswitchId: 'vsw-bp1fuzz0002', zoneId: 'cn-hangzhou-i' }],
  certificateId: '1234567-cn-hangzhou',
  accessLogs: { logProject: 'fuzz-logs', logStore: 'alb' },
};
const alb = nested('HttpsLoadBalancer', (s, id, props) => new HttpsLoadBalancer(s, id, props), () => ALB);
const IMAGE_SOURCE = 'aliyun_3_x64_20G_alibase_20240819.vhd';
const image = (property: string, bad: fc.Arbitrary<unknown>) =>
  m('EncryptedImage', property, bad, (s, id, v) => EncryptedImage.copyOf(s, id, IMAGE_SOURCE, { sourceRegion: 'cn-hangzhou', [property]: v } as Any));
const PIPELINE = { vswitchId: 'vsw-bp1fuzz0001', baseImage: IMAGE_SOURCE, buildContent: 'RUN yum -y update' };
const pipe = (property: string, bad: fc.Arbitrary<unknown>, base: object = {}) => {
  const path = property.split('.');
  return m('HardenedImagePipeline', property, bad, (s, id, val) => {
    const props: Any = { ...PIPELINE, ...base };
    if (path.length === 2) props[path[0]] = { ...(props[path[0]] ?? {}), [path[1]]: val };
    else props[property] = val;
    new HardenedImagePipeline(s, id, props);
  });
};

/** PolicyStatement mutations: thrown at construction, with the scope `PolicyStatement`. */
const statementMutation = (property: string, bad: fc.Arbitrary<unknown>, base: object = { actions: ['ecs:DescribeInstances'], resources: ['*'] }, extra: Partial<Mutation> = {}): Mutation =>
  m('PolicyStatement', property, bad, (_s, _id, val) => new PolicyStatement({ ...base, [property]: val } as Any), { scope: 'PolicyStatement', ...extra });

/** Every mutation, by construct. */
export const MUTATIONS: Mutation[] = [
  // EncryptedDisk
  m('EncryptedDisk', 'props', notObject, (s, id, val) => new EncryptedDisk(s, id, val as Any)),
  disk('zoneId', fc.oneof(emptyish, fc.constantFrom('CN_HANGZHOU', 'hangzhou', 'cn hangzhou h', 'cn-'), oversized(64), notString)),
  disk('size', fc.oneof(outside(20, 65536), notNumber)),
  disk('category', fc.oneof(fc.string({ maxLength: 12 }).filter((c) => !Object.values(DiskCategory).includes(c as DiskCategory)), notString)),
  disk('performanceLevel', fc.oneof(fc.constantFrom('PL4', 'pl1', '', 'PL'), notString)),
  m('EncryptedDisk', 'performanceLevel', fc.constantFrom('PL0', 'PL1', 'PL2', 'PL3'), (s, id, val) => new EncryptedDisk(s, id, { ...DISK, category: DiskCategory.SSD, performanceLevel: val as Any })),
  disk('encryptAlgorithm', fc.oneof(fc.constantFrom('aes-128', 'AES-256', 'sm4', ''), notString)),
  disk('deleteWithInstance', notBoolean),
  disk('multiAttach', notBoolean),
  m('EncryptedDisk', 'multiAttach', fc.constant(true), (s, id, val) => new EncryptedDisk(s, id, { ...DISK, category: DiskCategory.EFFICIENCY, multiAttach: val as Any })),
  disk('name', badName(128)),
  disk('description', badDescription(256)),
  disk('tags', badTags),
  disk('snapshotId', fc.oneof(emptyish, notString.filter((x) => x !== null))),
  disk('encryptionKey', notObject.filter((x) => x !== undefined)),
  disk('snapshotPolicy', notObject),
  disk('disableBackups', badOptOut),
  disk('deleteSnapshotsOnRelease', badOptOut),
  disk('provider', fc.oneof(notObject.filter((x) => x !== null), fc.constant({ alias: 'x' }))),
  m('EncryptedDisk', 'diskId', fc.oneof(emptyish, fc.constantFrom('disk-123', 'd_123', 'D-ABC', 'vol-1'), notString), (s, id, val) => EncryptedDisk.fromDiskId(s, id, val as Any)),
  // EncryptionKey
  m('EncryptionKey', 'props', notObject.filter((x) => x !== null), (s, id, val) => new EncryptionKey(s, id, val as Any)),
  key('description', badDescription(256)),
  key('alias', fc.oneof(fc.constantFrom('alias/', 'alias/acs', 'alias/acs/x', 'noprefix', 'alias/with space', 'alias/ä', 'Alias/x'), oversized(261).map((s) => `alias/${s}`), notString)),
  key('keySpec', fc.oneof(fc.constantFrom('Aliyun_AES_128', 'RSA_2048', 'aliyun_aes_256', ''), notString)),
  key('protectionLevel', fc.oneof(fc.constantFrom('hsm', 'HARDWARE', ''), notString)),
  key('rotationIntervalDays', fc.oneof(outside(7, 365), notNumber)),
  key('pendingWindowDays', fc.oneof(outside(7, 366), notNumber)),
  key('kmsInstanceId', fc.oneof(emptyish, notString.filter((x) => x !== null))),
  key('tags', badTags),
  key('disableRotation', badOptOut),
  key('allowLongRotationInterval', badOptOut),
  key('disableDeletionProtection', badOptOut),
  m('EncryptionKey', 'rotationIntervalDays', fc.integer({ min: 7, max: 365 }), (s, id, val) => new EncryptionKey(s, id, { rotationIntervalDays: val as number, disableRotation: OptOut.because('HSM key cannot rotate here') })),
  m('EncryptionKey', 'keyId', fc.oneof(emptyish, fc.constantFrom('alias/app', 'acs:kms:cn-hangzhou:123:key/abc'), notString), (s, id, val) => EncryptionKey.fromKeyId(s, id, val as Any)),
  m('EncryptionKey', 'keyArn', fc.oneof(fc.constantFrom('arn:aws:kms:x', 'key/abc', ''), oversized(512).map((x) => `acs:kms:${x}`)), (s, id, val) => EncryptionKey.fromKeyId(s, id, 'key-abc', val as Any)),
  // SnapshotPolicy
  m('SnapshotPolicy', 'props', notObject.filter((x) => x !== null), (s, id, val) => new SnapshotPolicy(s, id, val as Any)),
  snap('name', badName(128)),
  snap('schedule', notObject.filter((x) => x !== null)),
  snap('schedule.hours', fc.oneof(
    fc.constant([]), fc.array(fc.integer({ min: 0, max: 23 }), { minLength: 25, maxLength: 30 }),
    fc.array(fc.oneof(fc.integer({ min: 24, max: 1000 }), fc.integer({ min: -1000, max: -1 }), fc.constantFrom(1.5, NaN)), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 0, max: 23 }).map((h) => [h, h]), fc.constant(['2']), notObject.filter((x) => !Array.isArray(x) && x !== null),
  ), (s, id, val) => new SnapshotPolicy(s, id, { schedule: { hours: val as Any } })),
  snap('schedule.weekdays', fc.oneof(
    fc.constant([]), fc.constantFrom(['0'], ['8'], ['Monday'], [1], ['1', '1'], ['1', '2', '3', '4', '5', '6', '7', '1']), notObject.filter((x) => !Array.isArray(x) && x !== null),
  ), (s, id, val) => new SnapshotPolicy(s, id, { schedule: { weekdays: val as Any } })),
  snap('retention', fc.oneof(
    fc.oneof(fc.integer({ min: -1e6, max: 0 }).filter((d) => d !== -1), fc.integer({ min: 65537, max: 1e9 }), fc.constantFrom(1.5, NaN)).map((d) => SnapshotRetention.days(d)),
    fc.integer({ min: 1, max: 6 }).map((d) => SnapshotRetention.days(d)),
    fc.constant({ days: 30 }), fc.integer({ min: 7, max: 30 }), fc.string({ maxLength: 5 }),
  )),
  snap('allowShortRetention', badOptOut, (s, id, val) => new SnapshotPolicy(s, id, { retention: SnapshotRetention.days(3), allowShortRetention: val as Any })),
  snap('copy', notObject.filter((x) => x !== null), (s, id, val) => new SnapshotPolicy(s, id, { copy: val as Any })),
  snap('copy.region', fc.oneof(emptyish, fc.constantFrom('Shanghai', 'cn_shanghai', 'cn-'), notString), (s, id, val) => new SnapshotPolicy(s, id, { copy: { region: val as Any } })),
  snap('copy.retentionDays', fc.oneof(outside(7, 65535).filter((d) => d !== -1), notNumber), (s, id, val) => new SnapshotPolicy(s, id, { copy: { region: 'cn-shanghai', retentionDays: val as Any } })),
  snap('copy.encryptionKey', fc.oneof(notObject.filter((x) => x !== null), fc.constant({})), (s, id, val) => new SnapshotPolicy(s, id, { copy: { region: 'cn-shanghai', encryptionKey: val as Any } })),
  snap('resourceGroupId', fc.oneof(emptyish, notString.filter((x) => x !== null))),
  snap('tags', badTags),
  snap('disk', fc.oneof(emptyish, fc.constant(null), fc.integer(), fc.constant({})), (s, id, val) => new SnapshotPolicy(s, id).applyTo(val as Any)),
  // AccountEncryptionDefaults
  m('AccountEncryptionDefaults', 'props', notObject.filter((x) => x !== null), (s, id, val) => new AccountEncryptionDefaults(s, id, val as Any)),
  m('AccountEncryptionDefaults', 'encryptionKey', fc.oneof(notObject.filter((x) => x !== null), fc.constant({})), (s, id, val) => new AccountEncryptionDefaults(s, id, { encryptionKey: val as Any })),
  m('AccountEncryptionDefaults', 'useServiceKey', badOptOut, (s, id, val) => new AccountEncryptionDefaults(s, id, { useServiceKey: val as Any })),
  m('AccountEncryptionDefaults', 'provider', fc.oneof(notObject.filter((x) => x !== null), fc.constant({})), (s, id, val) => new AccountEncryptionDefaults(s, id, { provider: val as Any })),
  // HardenedSecurityGroup
  m('HardenedSecurityGroup', 'props', notObject, (s, id, val) => new HardenedSecurityGroup(s, id, val as Any)),
  group('vpcId', fc.oneof(emptyish, notString)),
  group('securityGroupName', badName(128)),
  group('description', badDescription(256)),
  group('securityGroupType', fc.oneof(fc.constantFrom('advanced', 'Normal', ''), notString)),
  group('tags', fc.oneof(badTags, fc.constant(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']))), fc.constant({ team: 'v'.repeat(129) }))),
  group('egressPreset', fc.oneof(notObject.filter((x) => x !== null), fc.constant({ rules: [] }), fc.constant('ALIBABA_CLOUD_ESSENTIALS'))),
  group('allowAllOutbound', badOptOut),
  group('provider', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  rule('peer', badCidr4, (g, val) => g.allowIngress(Peer.ipv4(val), Port.HTTPS, 'HTTPS')),
  rule('peer', badCidr6, (g, val) => g.allowIngress(Peer.ipv6(val), Port.HTTPS, 'HTTPS')),
  rule('peer', fc.constantFrom('sg_123', 'security-group', '', 'vpc-123'), (g, val) => g.allowIngress(Peer.securityGroup(val), Port.HTTPS, 'HTTPS')),
  rule('peer', fc.constantFrom('prefix-1', '', 'pl_1'), (g, val) => g.allowEgress(Peer.prefixList(val), Port.HTTPS, 'HTTPS')),
  rule('peer', fc.oneof(notObject, fc.constant({ peerType: 'ipv4', value: '10.0.0.0/8' }), fc.constant('10.0.0.0/8')), (g, val) => g.allowIngress(val, Port.HTTPS, 'HTTPS')),
  rule('port', badPort, (g, val) => g.allowIngress(Peer.ipv4('10.0.0.0/8'), val, 'App traffic')),
  rule('description', fc.oneof(emptyish, oversized(512), notString), (g, val) => g.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, val)),
  rule('priority', fc.oneof(outside(1, 100), notNumber.filter((x) => x !== null)), (g, val) => g.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS', { priority: val })),
  rule('priority', fc.oneof(outside(1, 100), notNumber), (g, val) => g.denyIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS', val)),
  rule('priority', fc.constant(100), (g, val) => g.allowEgress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS', { priority: val })),
  rule('port', fc.constantFrom('icmp', 'icmpv6'), (g, val) => (val === 'icmp' ? g.allowIngress(Peer.ipv6('2408::/32'), Port.icmp(), 'ping') : g.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.icmpv6(), 'ping'))),
  rule('peer', fc.constantFrom('SSH', 'RDP', 'TELNET', 'MYSQL', 'POSTGRES', 'MSSQL', 'ORACLE', 'REDIS', 'MEMCACHED', 'MONGODB', 'ELASTICSEARCH'),
    (g, val) => g.allowIngress(Peer.anyIpv4(), (Port as Any)[val as string], 'Open to the internet'), {}, { valueDescribed: true }),
  rule('peer', fc.tuple(fc.integer({ min: 1, max: 22 }), fc.integer({ min: 3389, max: 65535 })), (g, val) => g.allowIngress(Peer.anyIpv6(), Port.tcpRange((val as number[])[0], (val as number[])[1]), 'Wide open'), {}, { valueDescribed: true }),
  rule('internetExposure', badOptOut, (g, val) => g.allowIngress(Peer.anyIpv4(), Port.SSH, 'SSH', { internetExposure: val })),
  rule('peer', fc.constantFrom('sg-bp1other01', 'sg-bp1other02'), (g, val) => g.allowIngress(Peer.securityGroup(val as string), Port.HTTPS, 'HTTPS'), { securityGroupType: SecurityGroupType.ENTERPRISE }),
  m('HardenedSecurityGroup', 'securityGroupId', fc.oneof(emptyish, fc.constantFrom('sg_1', 'group-1', 'vpc-1'), notString), (s, id, val) => HardenedSecurityGroup.fromSecurityGroupId(s, id, val as Any)),
  // LeastPrivilegeRamPolicy, PolicyStatement, InstanceRole, Grant
  m('LeastPrivilegeRamPolicy', 'props', notObject.filter((x) => x !== null), (s, id, val) => new LeastPrivilegeRamPolicy(s, id, val as Any)),
  policy('policyName', fc.oneof(emptyish, oversized(128), fc.constantFrom('has space', 'under_score', 'dot.name', 'ünïcode'), notString)),
  policy('description', fc.oneof(fc.constant(''), oversized(1024), notString)),
  policy('document', fc.oneof(notObject.filter((x) => x !== null), fc.constant({ Statement: [] }))),
  policy('statements', fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant({}))),
  m('LeastPrivilegeRamPolicy', 'statements[0]', fc.oneof(notObject, fc.constant({ Effect: 'Allow', Action: ['ecs:*'], Resource: ['*'] })),
    (s, id, val) => new LeastPrivilegeRamPolicy(s, id, { statements: [val as Any] })),
  m('LeastPrivilegeRamPolicy', 'statements[0].actions', fc.constantFrom(['*'], ['*:*'], ['*', 'ecs:DescribeInstances'], ['*:*', 'oss:GetObject']),
    (s, id, val) => new LeastPrivilegeRamPolicy(s, id, { statements: [new PolicyStatement({ actions: val as string[], resources: ['*'] })] })),
  m('LeastPrivilegeRamPolicy', 'document', fc.integer({ min: 60, max: 120 }), (s, id, val) => {
    const p = new LeastPrivilegeRamPolicy(s, id, {});
    for (let i = 0; i < (val as number); i++) {
      p.addStatements(new PolicyStatement({ actions: [`ecs:DescribeInstances${i}`, `oss:GetObject${i}`], resources: [`acs:oss:*:*:bucket-number-${i}/*`] }));
    }
  }, { atSynth: true, valueDescribed: true }),
  m('LeastPrivilegeRamPolicy', 'statements', fc.constant([]), (s, id) => new LeastPrivilegeRamPolicy(s, id, {}), { atSynth: true }),
  m('LeastPrivilegeRamPolicy', 'attachToUser', badOptOut, (s, id, val) => new LeastPrivilegeRamPolicy(s, id, { statements: [statement()] }).attachToUser('ops-user', val as Any)),
  m('LeastPrivilegeRamPolicy', 'role', fc.oneof(emptyish, fc.constant(null), fc.integer(), fc.constant({})), (s, id, val) => new LeastPrivilegeRamPolicy(s, id, { statements: [statement()] }).attachToRole(val as Any)),
  m('LeastPrivilegeRamPolicy', 'groupName', fc.oneof(emptyish, notString), (s, id, val) => new LeastPrivilegeRamPolicy(s, id, { statements: [statement()] }).attachToGroup(val as Any)),
  statementMutation('effect', fc.oneof(fc.constantFrom('allow', 'ALLOW', 'Permit', ''), notString.filter((x) => x !== null))),
  statementMutation('actions', fc.oneof(fc.array(badAction, { minLength: 1, maxLength: 3 }).map((a) => ['ecs:DescribeInstances', ...a]), notObject.filter((x) => !Array.isArray(x) && x !== null))),
  statementMutation('resources', fc.oneof(fc.array(badResource, { minLength: 1, maxLength: 3 }), notObject.filter((x) => !Array.isArray(x) && x !== null))),
  statementMutation('notActions', fc.constant(['ecs:StartInstance'])),
  statementMutation('notResources', fc.constant(['acs:ecs:*:*:instance/i-1'])),
  statementMutation('conditions', fc.oneof(
    fc.constantFrom({ StringEqual: { 'acs:SourceVpc': 'vpc-1' } }, { Bool: { SecureTransport: 'true' } }, { IpAddress: { 'acs:SourceIp': [] } },
      { Bool: { 'acs:SecureTransport': 'false' } }, { StringEquals: { 'acs:SourceVpc': { nested: 1 } } }, { IpAddress: 'x' }),
    notObject.filter((x) => x !== null),
  ), undefined, { valueDescribed: true }),
  statementMutation('allowInsecureTransport', badOptOut.filter((x) => x !== null)),
  m('InstanceRole', 'props', notObject.filter((x) => x !== null), (s, id, val) => new InstanceRole(s, id, val as Any)),
  role('roleName', fc.oneof(emptyish, oversized(64), fc.constantFrom('has space', 'under_score', 'slash/x'), notString)),
  role('description', fc.oneof(fc.constant(''), oversized(1024), notString)),
  role('maxSessionDuration', fc.oneof(outside(3600, 43200), notNumber)),
  m('InstanceRole', 'roleName', fc.oneof(emptyish, oversized(64), fc.constantFrom('bad name'), notString), (s, id, val) => InstanceRole.fromRoleName(s, id, val as Any)),
  m('InstanceRole', 'statement', fc.oneof(notObject, fc.constant({ actions: ['ecs:DescribeInstances'] })), (s, id, val) => new InstanceRole(s, id).addToPolicy(val as Any)),
  m('Grant', 'grantee', fc.oneof(notObject, fc.constant({})), (_s, _id, val) => Grant.addToPrincipal({ grantee: val as Any, actions: ['kms:Decrypt'], resourceArns: ['acs:kms:*:*:key/*'] }), { scope: 'Grant' }),
  m('Grant', 'actions', fc.oneof(fc.constant([]), notObject.filter((x) => !Array.isArray(x))), (s, id, val) => Grant.addToPrincipal({ grantee: new InstanceRole(s, id), actions: val as Any, resourceArns: ['*'] }), { scope: 'Grant' }),
  m('Grant', 'resourceArns', fc.oneof(fc.constant([]), notObject.filter((x) => !Array.isArray(x))), (s, id, val) => Grant.addToPrincipal({ grantee: new InstanceRole(s, id), actions: ['ecs:DescribeInstances'], resourceArns: val as Any }), { scope: 'Grant' }),
  // SecureInstance
  m('SecureInstance', 'props', notObject, (s, id, val) => new SecureInstance(s, id, val as Any)),
  inst('vswitchId', fc.oneof(emptyish, notString)),
  inst('imageId', fc.oneof(emptyish, notString)),
  inst('instanceType', fc.oneof(emptyish, fc.constantFrom('g7.large', 'ECS.g7.large', 't2.micro'), oversized(64).map((s) => `ecs.${s}`), notString)),
  inst('instanceName', fc.oneof(fc.constantFrom('', 'a'), oversized(128), notString)),
  inst('description', badDescription(256)),
  inst('hostName', fc.oneof(fc.constantFrom('', 'a', '-host', 'host-', 'a..b', 'a--b', 'under_score', 'has space'), oversized(64), notString)),
  inst('metadata', fc.oneof(fc.constantFrom('TOKEN_OPTIONAL', 'enabled', 'required', ''), notString)),
  inst('keyPairName', fc.oneof(fc.constantFrom('', 'k'), oversized(128), notString)),
  inst('keyPairReboot', notBoolean),
  inst('password', fc.oneof(fc.string({ minLength: 8, maxLength: 20 }), fc.integer()), {}, { valueDescribed: true }),
  inst('kmsEncryptedPassword', fc.string({ minLength: 8, maxLength: 20 }), {}, { valueDescribed: true }),
  inst('userData', notString.filter((x) => x !== null && typeof x !== 'symbol')),
  inst('tags', badTags),
  inst('systemDisk', notObject.filter((x) => x !== null)),
  inst('systemDisk.category', fc.oneof(fc.constantFrom('cloud', 'ephemeral_ssd', 'cloud_essd ', ''), notString)),
  inst('systemDisk.size', fc.oneof(outside(20, 2048), notNumber.filter((x) => x !== null))),
  inst('systemDisk.size', fc.integer({ min: 20, max: 460 }), { systemDisk: { performanceLevel: 'PL2' } }),
  inst('systemDisk.performanceLevel', fc.oneof(fc.constantFrom('PL4', 'pl1'), notString)),
  inst('systemDisk.performanceLevel', fc.constantFrom('PL0', 'PL1'), { systemDisk: { category: 'cloud_ssd' } }),
  inst('systemDisk.encryptAlgorithm', fc.oneof(fc.constantFrom('aes-128', 'SM4'), notString)),
  inst('systemDisk.name', fc.oneof(fc.constantFrom('', 'a'), oversized(128), notString)),
  inst('systemDisk.description', badDescription(256)),
  inst('encryptionKey', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  m('SecureInstance', 'encryptionKey', fc.constant('sm4-128'), (s, id) => new SecureInstance(s, id, { ...INSTANCE, systemDisk: { encryptAlgorithm: 'sm4-128' } }), { valueDescribed: true }),
  inst('snapshotPolicy', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  inst('role', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  m('SecureInstance', 'vpcId', fc.constant(undefined), (s, id) => new SecureInstance(s, id, { ...INSTANCE, vpcId: undefined } as Any)),
  inst('securityGroups', fc.oneof(fc.constant([]), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({}))),
  inst('prePaid.period', fc.oneof(fc.integer({ min: -100, max: 200 }).filter((p) => !(p >= 1 && p <= 9) && ![12, 24, 36, 48, 60].includes(p)), fc.constant(1.5), fc.string({ maxLength: 3 }))),
  inst('prePaid.periodUnit', fc.oneof(fc.constantFrom('Year', 'month', ''), notString), { prePaid: { period: 1 } }),
  inst('prePaid.autoRenewPeriod', fc.oneof(fc.integer({ min: -5, max: 40 }).filter((p) => ![1, 2, 3, 6, 12].includes(p)), fc.string({ maxLength: 3 })), { prePaid: { period: 1 } }),
  inst('spot', fc.constant({ strategy: 'SpotAsPriceGo' }), { prePaid: { period: 1 } }),
  inst('spot.strategy', fc.oneof(fc.constantFrom('NoSpot', 'spotasprice', ''), notString)),
  inst('spot.priceLimit', fc.oneof(fc.double({ max: 0, noNaN: true }), fc.constantFrom(NaN, Infinity), fc.string({ maxLength: 4 })), { spot: { strategy: 'SpotWithPriceLimit' } }),
  inst('spot.priceLimit', fc.double({ min: 0.01, max: 5, noNaN: true }), { spot: { strategy: 'SpotAsPriceGo' } }),
  inst('spot.interruptionBehavior', fc.oneof(fc.constantFrom('Hibernate', 'stop'), notString), { spot: { strategy: 'SpotAsPriceGo' } }),
  inst('publicIp.bandwidthMbps', fc.oneof(outside(1, 100), notNumber.filter((x) => x !== null)), { publicIp: { optOut: OptOut.because('Bastion host reached from the office') } }),
  inst('publicIp.chargeType', fc.oneof(fc.constantFrom('PayByHour', ''), notString), { publicIp: { bandwidthMbps: 5, optOut: OptOut.because('Bastion host reached from the office') } }),
  inst('publicIp.optOut', badOptOut, { publicIp: { bandwidthMbps: 5 } }),
  inst('allowMetadataWithoutToken', badOptOut),
  inst('allowMetadataWithoutToken', fc.constant(OptOut.because('Legacy agent needs IMDSv1 access')), { metadata: InstanceMetadata.DISABLED }, { valueDescribed: true }),
  inst('disableBackups', badOptOut),
  inst('passwordInherit', badOptOut),
  inst('disableSecurityCenterAgent', badOptOut),
  inst('disableDeletionProtection', badOptOut),
  m('SecureInstance', 'options', notObject.filter((x) => x !== null), (s, id, val) => new SecureInstance(s, id, INSTANCE).addDataDisk('data', val as Any)),
  // SecureLaunchTemplate
  m('SecureLaunchTemplate', 'props', notObject, (s, id, val) => new SecureLaunchTemplate(s, id, val as Any)),
  lt('imageId', fc.oneof(emptyish, notString)),
  lt('instanceType', fc.oneof(emptyish, fc.constantFrom('g7.large', 't2.micro'), notString)),
  lt('instanceName', fc.oneof(fc.constantFrom('', 'a', 'has space', '1web'), oversized(128), notString)),
  lt('launchTemplateName', fc.oneof(fc.constantFrom('', 'a', '1web', 'http://x', 'has space'), oversized(128), notString)),
  lt('versionDescription', badDescription(256)),
  lt('metadata', fc.oneof(fc.constantFrom('TOKEN_OPTIONAL', 'required', ''), notString)),
  lt('systemDisk.category', fc.oneof(fc.constantFrom('cloud_auto', 'cloud_essd_entry', 'cloud', ''), notString)),
  lt('systemDisk.size', fc.oneof(outside(20, 2048), notNumber.filter((x) => x !== null))),
  lt('systemDisk.name', fc.oneof(fc.constantFrom('', 'a', '1disk', 'has space'), oversized(128), notString)),
  lt('systemDisk.encryptAlgorithm', fc.constantFrom('aes-256', 'sm4-128')),
  lt('dataDisks', fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant({}))),
  m('SecureLaunchTemplate', 'dataDisks[0].size', fc.oneof(fc.integer({ min: 65537, max: 100000 }), fc.integer({ min: -10, max: 19 }), fc.constant(1.5)),
    (s, id, val) => new SecureLaunchTemplate(s, id, { ...TEMPLATE, dataDisks: [{ size: val as number }] })),
  m('SecureLaunchTemplate', 'dataDisks[0].category', fc.oneof(fc.constantFrom('cloud', 'local_disk', ''), notString),
    (s, id, val) => new SecureLaunchTemplate(s, id, { ...TEMPLATE, dataDisks: [{ size: 40, category: val as Any }] })),
  lt('keyPairName', fc.oneof(fc.constantFrom('', 'k'), oversized(128), notString)),
  lt('password', fc.string({ minLength: 8, maxLength: 20 }), {}, { valueDescribed: true }),
  lt('publicIp', fc.constant({ bandwidthMbps: 5 })),
  lt('userData', notString.filter((x) => x !== null && typeof x !== 'symbol')),
  lt('tags', badTags),
  lt('encryptionKey', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  lt('role', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}))),
  lt('securityGroups', fc.oneof(fc.constant([]), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({}))),
  lt('allowMetadataWithoutToken', badOptOut),
  // SecureScalingGroup
  asg('launchTemplate', fc.oneof(fc.constantFrom('lt-bp1abc', ''), fc.constant({}), notObject.filter((x) => x !== null))),
  asg('minSize', fc.oneof(outside(0, 2000), notNumber.filter((x) => x !== null))),
  asg('maxSize', fc.oneof(outside(0, 2000), notNumber.filter((x) => x !== null))),
  asg('minSize', fc.integer({ min: 5, max: 2000 }), { maxSize: 4 }),
  asg('desiredCapacity', fc.oneof(fc.integer({ min: 5, max: 2000 }), fc.constant(0)), { minSize: 1, maxSize: 4 }),
  asg('vswitchIds', fc.oneof(fc.constant(['vsw-bp1fuzz0001']), fc.constant([]), fc.constant(['vsw-a', 'vsw-a']), fc.integer(), fc.string({ maxLength: 4 }))),
  asg('multiAzPolicy', fc.oneof(fc.constantFrom('balance', 'EVEN', ''), notString)),
  asg('defaultCooldown', fc.oneof(outside(0, 86400), notNumber.filter((x) => x !== null))),
  asg('maxInstanceLifetimeDays', fc.oneof(outside(1, 3650), notNumber.filter((x) => x !== null))),
  asg('launchTemplateVersion', fc.oneof(fc.constantFrom('latest', 'v2', '0', ''), notString)),
  asg('scalingGroupName', fc.oneof(fc.constantFrom('', 'a', '-web', 'has space'), oversized(64), notString)),
  asg('removalPolicies', fc.oneof(fc.constant([]), fc.constant(['OldestInstance', 'NewestInstance', 'OldestInstance']), fc.constant(['Random']))),
  asg('healthCheckTypes', fc.oneof(fc.constant([]), fc.constant(['NONE']), fc.constant(['ecs']))),
  asg('instanceTypeOverrides', fc.oneof(fc.constant(['g7.large']), fc.constant(['']), fc.integer())),
  asg('tags', badTags),
  asg('disableDeletionProtection', badOptOut),
  asg('singleZone', badOptOut, { vswitchIds: ['vsw-bp1fuzz0001'] }),
  // HttpsLoadBalancer
  m('HttpsLoadBalancer', 'props', notObject, (s, id, val) => new HttpsLoadBalancer(s, id, val as Any)),
  alb('vpcId', fc.oneof(emptyish, notString)),
  alb('certificateId', fc.oneof(emptyish, fc.constantFrom('my-cert', '1234567', 'cn-hangzhou-1234'), notString)),
  alb('zones', fc.oneof(fc.constant([]), fc.constant([ALB.zones[0]]), fc.constant([ALB.zones[0], ALB.zones[0]]), fc.integer(), fc.string({ maxLength: 4 }))),
  alb('accessLogs', notObject.filter((x) => x !== null)),
  alb('accessLogs.logProject', fc.oneof(emptyish, notString)),
  alb('addressType', fc.oneof(fc.constantFrom('Public', 'internet', ''), notString)),
  alb('edition', fc.oneof(fc.constantFrom('Premium', 'standard', ''), notString)),
  alb('backendPort', fc.oneof(outside(1, 65535), notNumber.filter((x) => x !== null))),
  alb('httpRedirect', notBoolean),
  alb('loadBalancerName', fc.oneof(fc.constantFrom('', 'a', '1alb', 'has space'), oversized(128), notString)),
  alb('tags', badTags),
  // Images (lib/images)
  image('imageName', fc.oneof(badName(128), fc.constantFrom('aliyun-golden', 'acs:golden', 'golden image'))),
  image('sourceRegion', fc.oneof(emptyish, fc.constantFrom('CN-Hangzhou', 'hangzhou', 'cn_hangzhou', 'cn-'), oversized(64), notString)),
  image('description', badDescription(256)),
  image('tags', badTags),
  image('deleteSnapshotsOnDestroy', notBoolean),
  image('encryptionKey', fc.oneof(notObject.filter((x) => x !== null), fc.constant({}), fc.constantFrom({ keyId: 'alias/golden' }, { keyId: 'acs:kms:cn-hangzhou:1:key/k' }))),
  m('EncryptedImage', 'image', fc.oneof(emptyish, fc.constantFrom('m-1 2', 'm/1', '../x'), notString.filter((x) => typeof x !== 'object' || x === null), fc.constant({ id: 'm-1' })),
    (s, id, val) => EncryptedImage.copyOf(s, id, val as Any, { sourceRegion: 'cn-hangzhou' })),
  m('EncryptedImage', 'imageFamily', fc.oneof(badName(128), fc.constantFrom('aliyun-family')),
    (s, id, val) => EncryptedImage.fromInstance(s, id, new SecureInstance(s, `${id}Source`, INSTANCE), { imageFamily: val as Any })),
  m('EncryptedImage', 'instance', notObject, (s, id, val) => EncryptedImage.fromInstance(s, id, val as Any)),
  m('EncryptedImage', 'snapshot', fc.oneof(notObject, fc.constant({ snapshotId: 's-1' })), (s, id, val) => EncryptedImage.fromSnapshot(s, id, val as Any)),
  m('EncryptedImage', 'accountId', fc.oneof(emptyish, fc.constantFrom('partner', '12-34', '1234'), fc.constant('1'.repeat(21)), notString),
    (s, id, val) => EncryptedImage.copyOf(s, id, 'm-bp1fuzz0001', { sourceRegion: 'cn-hangzhou' }).shareWith(val as Any, OptOut.because('Partner account launches the image'))),
  m('EncryptedSnapshot', 'retentionDays', fc.oneof(outside(1, 65536), notNumber), (s, id, val) => new EncryptedSnapshot(s, id, { disk: new EncryptedDisk(s, `${id}Disk`, DISK), retentionDays: val as Any })),
  m('EncryptedSnapshot', 'snapshotName', badName(128), (s, id, val) => new EncryptedSnapshot(s, id, { disk: new EncryptedDisk(s, `${id}Disk`, DISK), snapshotName: val as Any })),
  m('EncryptedSnapshot', 'disk', fc.oneof(notObject, fc.constant({ diskId: 'd-1' })), (s, id, val) => new EncryptedSnapshot(s, id, { disk: val as Any })),
  pipe('baseImage', fc.oneof(emptyish, fc.constantFrom('m-1 2', 'm/1'), notString.filter((x) => typeof x !== 'object' || x === null))),
  pipe('systemDiskSize', fc.oneof(outside(20, 500), notNumber)),
  pipe('publicBandwidth.mbps', fc.oneof(outside(1, 100), notNumber), { publicBandwidth: { optOut: OptOut.because('No NAT gateway in the build VPC') } }),
  pipe('publicBandwidth.optOut', badOptOut, { publicBandwidth: { mbps: 5 } }),
  pipe('imageNamePrefix', fc.oneof(badName(64), fc.constantFrom('aliyun-golden'))),
  pipe('pipelineName', badName(128)),
  pipe('vswitchId', fc.oneof(emptyish, notString.filter((x) => typeof x !== 'object' || x === null))),
  pipe('instanceType', fc.oneof(fc.constantFrom('g7.large', 'ECS.g7', ''), oversized(64), notString)),
  pipe('description', badDescription(256)),
  pipe('tags', badTags),
  m('MachineImage', 'owners', fc.oneof(fc.constantFrom('System', 'all', '', 'amazon'), notString), (s, id, val) => MachineImage.lookup(s, id, { owners: val as Any, nameRegex: '^x' })),
  m('MachineImage', 'nameRegex', fc.oneof(fc.constantFrom('(', '[a-', '*x', ''), notString), (s, id, val) => MachineImage.lookup(s, id, { owners: 'system', nameRegex: val as Any })),
];

/** A fuzz case: a mutation and the bad value drawn for it. */
export interface FuzzCase {
  readonly mutation: Mutation;
  readonly bad: unknown;
}

/** Every mutation equally likely, with its bad values. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(...MUTATIONS.map((mutation) => mutation.bad.map((bad) => ({ mutation, bad }))));

/** A fresh stack (with the default provider) for a case; the app is shared. */
export function caseStack(app: App, n: number): TerraformStack {
  const stack = new TerraformStack(app, `fuzz${n}`);
  new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  return stack;
}

function propertyMatches(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(`${expected}.`) || actual.startsWith(`${expected}[`);
}

function showCase(c: FuzzCase): string {
  return `${c.mutation.construct}.${c.mutation.property} = ${describeValue(c.bad)}`;
}

/**
 * Runs one case in `stack` as construct `id`; returns what is wrong (undefined when the case was
 * rejected as required) and the error code seen.
 */
export function runFuzzCase(stack: TerraformStack, id: string, c: FuzzCase): { problem?: string; code?: string } {
  const { mutation, bad } = c;
  const expectedPath = mutation.scope ?? `${stack.node.path}/${id}`;
  let caught: unknown;
  try {
    mutation.build(stack, id, bad);
  } catch (e) {
    caught = e;
  }
  if (mutation.atSynth) {
    if (caught !== undefined) return { problem: `${showCase(c)}: expected a synth-time validation error, but construction threw ${String(caught)}` };
    const messages = stack.node.findAll().flatMap((x) => x.node.validate());
    const re = new RegExp(`^\\[[A-Za-z]+\\.[A-Za-z]+\\] ${escape(expectedPath)}: invalid ${escape(mutation.property)}\\b.+: .+`);
    const hit = messages.find((msg) => re.test(msg));
    return hit ? { code: /^\[([^\]]+)\]/.exec(hit)![1] } : { problem: `${showCase(c)}: no synth-time validation error naming ${expectedPath} and ${mutation.property} (got ${JSON.stringify(messages)})` };
  }
  if (caught === undefined) return { problem: `${showCase(c)}: accepted silently (no error)` };
  if (!(caught instanceof HardeningValidationError)) {
    return { problem: `${showCase(c)}: threw ${(caught as Error)?.constructor?.name ?? typeof caught} instead of HardeningValidationError: ${String((caught as Error)?.message ?? caught)}` };
  }
  const err = caught;
  const problems: string[] = [];
  if (err.constructPath !== expectedPath) problems.push(`path ${err.constructPath} (expected ${expectedPath})`);
  if (!propertyMatches(err.property, mutation.property)) problems.push(`property ${err.property} (expected ${mutation.property})`);
  if (!err.message.includes(err.constructPath) || !err.message.includes(err.property)) problems.push('message does not name path and property');
  if (!err.message.includes(describeValue(err.value))) problems.push('message does not show the value');
  if (!err.allowed || err.allowed.trim().length < 3) problems.push('no description of what is allowed');
  if (!mutation.valueDescribed && !valueRelated(err.value, bad)) problems.push(`value ${describeValue(err.value)} is not the bad input ${describeValue(bad)}`);
  return problems.length ? { problem: `${showCase(c)}: ${problems.join('; ')} — ${err.message}`, code: err.code } : { code: err.code };
}

/** The error's value is the bad input, part of it, or the bad input is part of it (e.g. a list holding it). */
function valueRelated(value: unknown, bad: unknown): boolean {
  if (Object.is(value, bad) || isDeepStrictEqual(value, bad)) return true;
  const contains = (outer: unknown, inner: unknown): boolean => {
    if (Object.is(outer, inner) || isDeepStrictEqual(outer, inner)) return true;
    if (Array.isArray(outer)) return outer.some((x) => contains(x, inner));
    if (outer && typeof outer === 'object') {
      const o = outer as Record<string | symbol, unknown>;
      return Object.keys(o).some((k) => k === inner || contains(o[k], inner));
    }
    return false;
  };
  if (contains(value, bad) || contains(bad, value)) return true;
  // Ports, retentions and opt-outs reach the error through an object (Port, SnapshotRetention, OptOut) or as its rendering.
  const text = describeValue(value);
  return (typeof bad === 'object' && bad !== null && Object.values(bad).some((x) => x !== undefined && text.includes(describeValue(x).replace(/^"|"$/g, ''))))
    || (typeof value === 'string' && typeof bad === 'string' && (value.includes(bad) || bad.includes(value)));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Outcome of a fuzz run. */
export interface FuzzRunResult {
  readonly seed: number;
  readonly cases: number;
  readonly rejected: number;
  readonly codes: Map<string, number>;
  readonly byConstruct: Map<string, number>;
  readonly failures: string[];
}

let fuzzOutdir: string | undefined;

/**
 * A fresh app for fuzz cases. They are never synthesized, but cdktf creates the output directory
 * up front: use one temporary directory per process (a clean clone has no `.cache/`).
 */
export function fuzzApp(): App {
  fuzzOutdir ??= fs.mkdtempSync(join(os.tmpdir(), 'alicloud-fuzz-'));
  return new App({ outdir: fuzzOutdir, skipValidation: true });
}

/** Runs `count` cases from `seed`, each in its own stack (a new app every 200 cases). */
export function runFuzz(seed: number, count: number): FuzzRunResult {
  const cases = fc.sample(fuzzCase, { seed, numRuns: count });
  const failures: string[] = [];
  const codes = new Map<string, number>();
  const byConstruct = new Map<string, number>();
  let app = fuzzApp();
  let rejected = 0;
  cases.forEach((c, i) => {
    if (i % 200 === 0) app = fuzzApp();
    const r = runFuzzCase(caseStack(app, i), 'Case', c);
    byConstruct.set(c.mutation.construct, (byConstruct.get(c.mutation.construct) ?? 0) + 1);
    if (r.code) codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
    if (r.problem) failures.push(r.problem);
    else rejected++;
  });
  return { seed, cases: cases.length, rejected, codes, byConstruct, failures };
}
