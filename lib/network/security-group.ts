import { Construct, IConstruct } from 'constructs';
import { TerraformProvider } from '../cdktf';
import { coversAll, parseCidr, Range as CidrRange } from './cidr';
import { Connections, IConnectable } from './connections';
import { EgressPreset } from './egress-preset';
import { IPeer, Peer, PeerType, validatePeer } from './peer';
import { Port, Protocol } from './port';
import { portFinding, PLATFORM_LIMITS, ruleControl, SENSITIVE_PORTS } from '../controls';
import { checkDescription, checkProvider, checkTags } from '../core/construct-checks';
import { HardeningValidationError } from '../core/errors';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { SecurityGroup } from '../generated/providers/alicloud/security-group';
import { SecurityGroupRule } from '../generated/providers/alicloud/security-group-rule';

/** Basic vs advanced security groups (`security_group_type`). */
export enum SecurityGroupType {
  /**
   * Basic security group: may reference other groups (at most 20). With the hardened
   * `inner_access_policy = "Drop"` its members do not trust each other.
   */
  NORMAL = 'normal',
  /**
   * Advanced (enterprise) security group: always isolates its members and denies all traffic by
   * default, holds up to 65,536 private IPs, but cannot reference other security groups.
   */
  ENTERPRISE = 'enterprise',
}

/** Rule direction (`type`). */
export enum RuleDirection {
  /** Inbound. */
  INGRESS = 'ingress',
  /** Outbound. */
  EGRESS = 'egress',
}

/** Rule action (`policy`). */
export enum RulePolicy {
  /** Allow. */
  ACCEPT = 'accept',
  /** Silently drop. */
  DROP = 'drop',
}

// Limits from the control catalogue (PLATFORM_LIMITS, with their sources in LIMIT_SOURCES).
const MIN_RULE_PRIORITY = PLATFORM_LIMITS.minRulePriority;
const MAX_RULE_PRIORITY = PLATFORM_LIMITS.maxRulePriority;
const MAX_RULE_DESCRIPTION_LENGTH = PLATFORM_LIMITS.maxRuleDescriptionLength;
const MAX_RULES_PER_GROUP = PLATFORM_LIMITS.maxRulesPerGroup;
const MAX_REFERENCED_GROUPS = PLATFORM_LIMITS.maxReferencedGroups;

/** Options of `allowIngress` / `allowEgress`. */
export interface AllowRuleOptions {
  /**
   * Rule priority, 1 (highest) to 100 (lowest). At equal priority a drop rule wins over an accept
   * rule (ECS AuthorizeSecurityGroup). Accept egress rules must stay below 100, or the hardened
   * drop-all rule (priority 100) wins.
   *
   * @default 1 (the provider's and the API's default)
   */
  readonly priority?: number;

  /**
   * Opt-out that allows a sensitive port (`SENSITIVE_PORTS` of the control catalogue: remote
   * administration, file sharing, container and cluster control, databases, caches, search,
   * message brokers) to be opened to the whole internet (`0.0.0.0/0` or `::/0`), and accepts the
   * warning for other internet-open ingress. Recorded as `HardenedSecurityGroup.InternetExposure`:
   * the rule resource carries the acknowledgement of ALI-SG-002 for exactly the ports it opens
   * (`port:<n>`). All protocols or all ports from the internet (ALI-SG-003, which cannot be
   * acknowledged) is refused even with this opt-out.
   *
   * Control: CIS Alibaba Cloud Foundations Benchmark 3.2, 4.3 (SSH) and 4.4 (RDP); Checkov
   * CKV_ALI_2/CKV_ALI_3; InfraGuard `sg-risky-ports-check`.
   *
   * @default - internet-open sensitive ports are rejected; other internet-open ingress is allowed
   * with the warning `HardenedSecurityGroup.InternetIngress`
   */
  readonly internetExposure?: OptOut;
}

/** A security group: a hardened one created here, or an imported one. */
export interface ISecurityGroup extends IConstruct, IConnectable {
  /** The security group id (`sg-...`). */
  readonly securityGroupId: string;
  /** Basic or advanced group (decides whether other groups may be referenced). */
  readonly securityGroupType: SecurityGroupType;
  /** Adds an accept ingress rule. */
  allowIngress(peer: IPeer, port: Port, description: string, options?: AllowRuleOptions): void;
  /** Adds an accept egress rule. */
  allowEgress(peer: IPeer, port: Port, description: string, options?: AllowRuleOptions): void;
  /** Adds a drop ingress rule with an explicit priority. */
  denyIngress(peer: IPeer, port: Port, description: string, priority: number): void;
  /** Adds a drop egress rule with an explicit priority. */
  denyEgress(peer: IPeer, port: Port, description: string, priority: number): void;
}

/** One rule as declared, before and after merging. */
interface RuleRecord {
  readonly key: string;
  readonly direction: RuleDirection;
  readonly policy: RulePolicy;
  readonly peer: IPeer;
  readonly port: Port;
  priority: number | undefined;
  readonly resource: SecurityGroupRule;
}

const CODE = 'HardenedSecurityGroup';

/**
 * Shared rule logic of hardened and imported security groups.
 */
abstract class SecurityGroupBase extends Construct implements ISecurityGroup {
  public abstract readonly securityGroupId: string;
  public abstract readonly securityGroupType: SecurityGroupType;
  public readonly connections: Connections;
  /** Prop checks naming this group's construct path. @internal */
  protected readonly check: Check;
  private readonly rules = new Map<string, RuleRecord>();

  protected constructor(scope: Construct, id: string, private readonly ruleProvider: TerraformProvider | undefined) {
    super(scope, id);
    this.check = new Check(this, CODE);
    this.connections = new Connections({ securityGroups: [this] });
    this.node.addValidation({ validate: () => this.validateRules() });
  }

  /** The rule resources of this group, in declaration order. */
  public get ruleResources(): SecurityGroupRule[] {
    return [...this.rules.values()].map((r) => r.resource);
  }

  public allowIngress(peer: IPeer, port: Port, description: string, options: AllowRuleOptions = {}): void {
    this.addRule(RuleDirection.INGRESS, RulePolicy.ACCEPT, peer, port, description, options);
  }

  public allowEgress(peer: IPeer, port: Port, description: string, options: AllowRuleOptions = {}): void {
    this.addRule(RuleDirection.EGRESS, RulePolicy.ACCEPT, peer, port, description, options);
  }

  public denyIngress(peer: IPeer, port: Port, description: string, priority: number): void {
    this.requirePriority(priority);
    this.addRule(RuleDirection.INGRESS, RulePolicy.DROP, peer, port, description, { priority });
  }

  public denyEgress(peer: IPeer, port: Port, description: string, priority: number): void {
    this.requirePriority(priority);
    this.addRule(RuleDirection.EGRESS, RulePolicy.DROP, peer, port, description, { priority });
  }

  /** True when this group drops all other egress at priority 100 (hardened default). */
  protected get defaultDenyEgress(): boolean {
    return false;
  }

  private requirePriority(priority: unknown): void {
    if (priority === undefined || priority === null) {
      this.check.fail('PriorityRequired', 'priority', priority,
        `an explicit priority from ${MIN_RULE_PRIORITY} to ${MAX_RULE_PRIORITY} for drop rules (smaller wins; drop wins ties)`);
    }
  }

  /**
   * Validates, merges and creates one rule.
   *
   * @internal
   */
  protected addRule(direction: RuleDirection, policy: RulePolicy, peer: IPeer, port: Port, description: string,
    options: AllowRuleOptions, internal = false): SecurityGroupRule {
    const c = this.check;
    validatePeer(c, 'peer', peer);
    if (!(port instanceof Port)) {
      c.fail('InvalidPort', 'port', port, 'a Port (Port.tcp, Port.tcpRange, Port.udp, Port.icmp, Port.allTraffic, Port.SSH, ...)');
    }
    port._validate(c, 'port');
    c.text('description', description, {
      min: 1, max: MAX_RULE_DESCRIPTION_LENGTH, pattern: /\S/, patternText: 'that is not blank (AuthorizeSecurityGroup Description)', code: 'InvalidDescription',
    });
    if (description === undefined) c.fail('InvalidDescription', 'description', description, `a description of 1 to ${MAX_RULE_DESCRIPTION_LENGTH} characters`);
    c.object('options', options);
    const priority = options.priority;
    c.integer('priority', priority, MIN_RULE_PRIORITY, MAX_RULE_PRIORITY, 'InvalidPriority');

    // ip_protocol vs address family (icmp is IPv4-only, icmpv6 IPv6-only).
    if (port.protocol === Protocol.ICMP && peer.peerType === PeerType.IPV6) {
      c.fail('ProtocolPeerMismatch', 'port', port.toString(), 'Port.icmpv6() for IPv6 peers (icmp is IPv4 only)');
    }
    if (port.protocol === Protocol.ICMPV6 && peer.peerType === PeerType.IPV4) {
      c.fail('ProtocolPeerMismatch', 'port', port.toString(), 'Port.icmp() for IPv4 peers (icmpv6 is IPv6 only)');
    }
    // Advanced groups cannot reference other groups (ECS AuthorizeSecurityGroup).
    if (peer.peerType === PeerType.SECURITY_GROUP && this.securityGroupType === SecurityGroupType.ENTERPRISE) {
      c.fail('EnterpriseGroupReference', 'peer', peer.value,
        'a CIDR or prefix list peer: enterprise (advanced) security groups cannot reference other security groups');
    }
    // A drop-all egress rule at priority 100 shadows accept egress rules at the same priority.
    if (direction === RuleDirection.EGRESS && policy === RulePolicy.ACCEPT && this.defaultDenyEgress
      && priority === MAX_RULE_PRIORITY && !internal) {
      c.fail('ShadowedByDefaultDeny', 'priority', priority,
        `a priority below ${MAX_RULE_PRIORITY}: the hardened drop-all egress rule has priority ${MAX_RULE_PRIORITY} and drop wins ties`);
    }

    let optOut: { optOutId: string; reason: string; findings: string[] } | undefined;
    if (direction === RuleDirection.INGRESS && policy === RulePolicy.ACCEPT && peer.isInternet) {
      optOut = this.checkInternetExposure(peer, port, options.internetExposure);
    }

    const key = [direction, policy, port.ipProtocol, port.portRange, peer.peerType, peer.value].join('|');
    const existing = this.rules.get(key);
    if (existing) {
      // Duplicate: merged into one rule keeping the stronger (smaller) priority and the first description.
      const effective = priority ?? 1;
      if ((existing.priority ?? 1) > effective) {
        existing.priority = effective;
        existing.resource.priority = effective;
      }
      if (optOut) recordOptOut(this, optOut.optOutId, optOut.reason, [existing.resource], optOut.findings);
      return existing.resource;
    }

    const resource = new SecurityGroupRule(this, this.ruleId(direction, policy, port, peer), {
      securityGroupId: this.securityGroupId,
      type: direction,
      ipProtocol: port.ipProtocol,
      portRange: port.portRange,
      policy,
      priority: priority ?? MIN_RULE_PRIORITY,
      nicType: 'intranet',
      description,
      ...peer.toRuleConfig(),
      provider: this.ruleProvider,
    });
    this.rules.set(key, { key, direction, policy, peer, port, priority: priority ?? MIN_RULE_PRIORITY, resource });
    if (optOut) recordOptOut(this, optOut.optOutId, optOut.reason, [resource], optOut.findings);
    return resource;
  }

  private checkInternetExposure(peer: IPeer, port: Port, optOut: OptOut | undefined):
  { optOutId: string; reason: string; findings: string[] } | undefined {
    // Every protocol or every port from the internet is ALI-SG-003, which cannot be acknowledged:
    // no opt-out is offered for it.
    if (!ruleControl('ALI-SG-003')!.acknowledgeable && port.coversAllPorts) {
      throw new HardeningValidationError(this, `${CODE}.InternetAllTraffic`, 'port', port.toString(),
        `specific ports for ingress from ${peer.value} (all protocols or all ports open to the internet fail ALI-SG-003, which cannot be acknowledged)`);
    }
    const sensitive = SENSITIVE_PORTS.filter((s) => port.covers(s.port));
    if (optOut !== undefined) {
      const reason = checkOptOut(this, 'internetExposure', optOut);
      return { optOutId: `${CODE}.InternetExposure`, reason, findings: sensitive.map((s) => portFinding(s.port)) };
    }
    if (sensitive.length > 0) {
      const shown = sensitive.slice(0, 8).map((s) => `${s.port} ${s.service}`).join(', ') + (sensitive.length > 8 ? `, and ${sensitive.length - 8} more` : '');
      throw new HardeningValidationError(this, `${CODE}.InternetExposedSensitivePort`, 'peer', peer.value,
        `a narrower source than ${peer.value} for ${port} (covers sensitive port(s) ${shown}; ALI-SG-002, `
        + 'CIS Alibaba Cloud 4.3/4.4), or the opt-out { internetExposure: OptOut.because(reason) }');
    }
    addHardeningWarning(this, `${CODE}.InternetIngress`,
      `${port} is open to the internet (${peer.value}); restrict the source or acknowledge with { internetExposure: OptOut.because(reason) }`);
    return undefined;
  }

  private ruleId(direction: RuleDirection, policy: RulePolicy, port: Port, peer: IPeer): string {
    const portLabel = port.hasPortRange
      ? (port.isUnresolved ? `${port.protocol}-token` : port.fromPort === port.toPort ? `${port.protocol}-${port.fromPort}` : `${port.protocol}-${port.fromPort}-${port.toPort}`)
      : port.protocol;
    const base = `${direction}-${policy}-${portLabel}-${peer.label}`.replace(/[^A-Za-z0-9_.-]+/g, '-');
    let candidate = base;
    for (let n = 2; this.node.tryFindChild(candidate); n++) candidate = `${base}-${n}`;
    return candidate;
  }

  private validateRules(): string[] {
    const errors: string[] = [];
    const records = [...this.rules.values()];
    if (records.length > MAX_RULES_PER_GROUP) {
      errors.push(`[${CODE}.TooManyRules] ${this.node.path}: invalid rules ${records.length}: at most ${MAX_RULES_PER_GROUP} inbound + outbound rules per security group (ECS AuthorizeSecurityGroup)`);
    }
    const referenced = new Set(records.filter((r) => r.peer.peerType === PeerType.SECURITY_GROUP).map((r) => r.peer.value));
    if (this.securityGroupType === SecurityGroupType.NORMAL && referenced.size > MAX_REFERENCED_GROUPS) {
      errors.push(`[${CODE}.TooManyReferencedGroups] ${this.node.path}: invalid referencedSecurityGroups ${referenced.size}: a basic security group may reference at most ${MAX_REFERENCED_GROUPS} security groups (ECS AuthorizeSecurityGroup)`);
    }
    const byMatch = new Map<string, RuleRecord[]>();
    for (const r of records) {
      const k = [r.direction, r.port.ipProtocol, r.port.portRange, r.peer.peerType, r.peer.value].join('|');
      byMatch.set(k, [...(byMatch.get(k) ?? []), r]);
    }
    for (const group of byMatch.values()) {
      const accept = group.find((r) => r.policy === RulePolicy.ACCEPT);
      const drop = group.find((r) => r.policy === RulePolicy.DROP);
      if (accept && drop) {
        const winner = (drop.priority ?? 1) <= (accept.priority ?? 1) ? 'drop' : 'accept';
        errors.push(`[${CODE}.ConflictingRules] ${this.node.path}: invalid rules ${accept.direction} ${accept.port} ${accept.peer.value}: `
          + `accept (priority ${accept.priority}) and drop (priority ${drop.priority}) match the same traffic, ${winner} wins; remove one of them`
          + (accept.direction === RuleDirection.EGRESS && accept.peer.isInternet && accept.port.protocol === Protocol.ALL
            ? ' (to allow all outbound traffic use allowAllOutbound: OptOut.because(reason))' : ''));
      }
    }
    errors.push(...this.unionExposure(records));
    return errors;
  }

  /**
   * Sources that are each narrower than "anywhere" but together cover a whole address family on a
   * sensitive port (`0.0.0.0/1` + `128.0.0.0/1` on 22): the group then admits the internet, which
   * ALI-SG-002 fails on every rule of the union. No single rule carries an internet-exposure opt-out
   * for it, so the group refuses it here, with its own code.
   */
  private unionExposure(records: readonly RuleRecord[]): string[] {
    const errors: string[] = [];
    const accepts = records.filter((r) => r.direction === RuleDirection.INGRESS && r.policy === RulePolicy.ACCEPT
      && (r.peer.peerType === PeerType.IPV4 || r.peer.peerType === PeerType.IPV6) && !r.peer.isInternet && !isToken(r.peer.value));
    if (accepts.length < 2) return errors;
    for (const { port, service } of SENSITIVE_PORTS) {
      for (const family of ['ipv4', 'ipv6'] as const) {
        const union = accepts.filter((r) => r.port.covers(port)).map((r) => ({ r, range: parseCidr(r.peer.value) }))
          .filter((x): x is { r: RuleRecord; range: CidrRange } => x.range !== undefined && x.range.family === family);
        if (union.length > 1 && coversAll(union.map((x) => x.range), family)) {
          errors.push(new HardeningValidationError(this, `${CODE}.InternetExposureByUnion`, 'allowIngress',
            union.map((x) => x.r.peer.value).join(' + '),
            `sources that do not together cover every ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address on port ${port} (${service}): `
            + 'together they open it to the internet (ALI-SG-002); narrow them, or use Peer.anyIpv4()/anyIpv6() with internetExposure: OptOut.because(reason)').message);
        }
      }
    }
    return errors;
  }
}

/** Props of `HardenedSecurityGroup`. */
export interface HardenedSecurityGroupProps extends HardenedConstructProps {
  /**
   * The VPC of the group. Required: classic-network groups are not supported (CIS Alibaba Cloud
   * Foundations Benchmark 3.1 "Ensure legacy networks does not exist").
   */
  readonly vpcId: string;

  /**
   * Name, 2–128 characters, starting with a letter, not with `http://` or `https://`; letters,
   * digits, `:`, `_`, `.`, `-` (ECS CreateSecurityGroup `SecurityGroupName`).
   *
   * @default - a name generated by ECS
   */
  readonly securityGroupName?: string;

  /**
   * Description, 2–256 characters, not starting with `http://` or `https://` (ECS CreateSecurityGroup).
   *
   * @default - `Hardened security group <construct path>`
   */
  readonly description?: string;

  /**
   * Basic (`normal`) or advanced (`enterprise`) group. Advanced groups isolate members and deny all
   * traffic by default but cannot reference other groups; such rules are rejected.
   *
   * @default SecurityGroupType.NORMAL (the API default), hardened with `inner_access_policy = "Drop"`
   */
  readonly securityGroupType?: SecurityGroupType;

  /**
   * Tags (at most 20; keys 1–128 characters, not starting with `aliyun` or `acs:`).
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * The Alibaba Cloud services the group may reach before any rule you add. Everything else is
   * dropped by two priority-100 drop-all egress rules (0.0.0.0/0 and ::/0).
   *
   * Control: Alibaba Cloud Config `ecs-security-group-egress-not-all-access`; InfraGuard
   * `ecs-security-group-egress-not-all-access`; least privilege (Alibaba Cloud "Security group
   * guidelines": default-deny, open only what is required).
   *
   * @default EgressPreset.ALIBABA_CLOUD_ESSENTIALS (metadata server, intranet DNS, NTP, VPC package mirrors)
   */
  readonly egressPreset?: EgressPreset;

  /**
   * Opt-out: accept all outbound traffic (explicit accept-all rules for 0.0.0.0/0 and ::/0 at
   * priority 100 instead of the drop-all rules; the preset is then not needed and not added).
   * Recorded as `HardenedSecurityGroup.AllowAllOutbound`.
   *
   * @default - outbound traffic is denied except the egress preset and declared rules
   */
  readonly allowAllOutbound?: OptOut;
}

/** Options of `HardenedSecurityGroup.fromSecurityGroupId`. */
export interface SecurityGroupImportOptions {
  /**
   * Whether rules added to the imported group (directly or through `connections`) are created.
   *
   * @default true
   */
  readonly mutable?: boolean;

  /**
   * The type of the imported group (advanced groups cannot reference other groups).
   *
   * @default SecurityGroupType.NORMAL
   */
  readonly securityGroupType?: SecurityGroupType;

  /**
   * Provider for the rule resources created on the imported group.
   *
   * @default - the stack's default `alicloud` provider
   */
  readonly provider?: TerraformProvider;
}

/** The attributes of an existing security group, for `HardenedSecurityGroup.fromSecurityGroupAttributes`. */
export interface SecurityGroupAttributes extends SecurityGroupImportOptions {
  /** The security group id (`sg-...`). */
  readonly securityGroupId: string;
}

const NAME_PATTERN = /^[A-Za-z\u4E00-\u9FA5][A-Za-z0-9\u4E00-\u9FA5:_.-]{1,127}$/;
const NOT_URL = /^(?!https?:\/\/)/;

/**
 * An `alicloud_security_group` in a VPC, locked down by default, with its rules as separate
 * `alicloud_security_group_rule` resources.
 *
 * Hardened defaults: VPC only; `inner_access_policy = "Drop"` (basic groups); no ingress until
 * declared; outbound limited to the egress preset, everything else dropped at priority 100; admin and
 * database ports never open to the internet without an opt-out; every rule described; duplicates
 * merged; conflicting accept/drop pairs, rule count and referenced-group limits reported at synth.
 *
 * @example
 * const web = new HardenedSecurityGroup(this, 'web', { vpcId: vpc.id });
 * web.allowIngress(Peer.anyIpv4(), Port.HTTPS, 'Public HTTPS', { internetExposure: OptOut.because('Public web front end') });
 * db.connections.allowFrom(web, Port.MYSQL, 'App servers to MySQL');
 */
export class HardenedSecurityGroup extends SecurityGroupBase {
  /**
   * Imports an existing group by id. Rules added to it are created as `alicloud_security_group_rule`
   * resources in this scope (unless `mutable: false`); no egress preset is applied to it.
   */
  public static fromSecurityGroupId(scope: Construct, id: string, securityGroupId: string, options: SecurityGroupImportOptions = {}): ISecurityGroup {
    return new ImportedSecurityGroup(scope, id, securityGroupId, options);
  }

  /** Imports an existing group from its attributes (the same as `fromSecurityGroupId`, in the shared import shape). */
  public static fromSecurityGroupAttributes(scope: Construct, id: string, attrs: SecurityGroupAttributes): ISecurityGroup {
    new Check(scope, CODE).object('attrs', attrs);
    const { securityGroupId, ...options } = attrs ?? ({} as SecurityGroupAttributes);
    return new ImportedSecurityGroup(scope, id, securityGroupId, options);
  }

  /** The L1 `alicloud_security_group` resource. */
  public readonly resource: SecurityGroup;
  /** The security group id. */
  public readonly securityGroupId: string;
  /** Basic or advanced group. */
  public readonly securityGroupType: SecurityGroupType;
  /** The egress preset applied (`undefined` with `allowAllOutbound`). */
  public readonly egressPreset?: EgressPreset;
  private readonly denyEgressByDefault: boolean;

  constructor(scope: Construct, id: string, props: HardenedSecurityGroupProps) {
    super(scope, id, (props as HardenedSecurityGroupProps | undefined)?.provider);
    const c = this.check;
    c.object('props', props);
    if (props === undefined) c.fail('NotObject', 'props', props, 'an object with at least vpcId');
    c.required('vpcId', props.vpcId);
    c.oneOf('securityGroupType', props.securityGroupType, Object.values(SecurityGroupType));
    c.text('securityGroupName', props.securityGroupName, {
      min: 2,
      max: 128,
      pattern: NAME_PATTERN,
      patternText: 'starting with a letter, with letters, digits, ":", "_", ".", "-" only (ECS CreateSecurityGroup)',
      code: 'InvalidName',
    });
    if (typeof props.securityGroupName === 'string' && !isToken(props.securityGroupName) && !NOT_URL.test(props.securityGroupName)) {
      c.fail('InvalidName', 'securityGroupName', props.securityGroupName, 'a name not starting with http:// or https://');
    }
    checkDescription(c, 'description', props.description);
    checkTags(c, 'tags', props.tags);
    if (props.egressPreset !== undefined && !(props.egressPreset instanceof EgressPreset)) {
      c.fail('InvalidEgressPreset', 'egressPreset', props.egressPreset, 'an EgressPreset (EgressPreset.ALIBABA_CLOUD_ESSENTIALS, EgressPreset.NONE, EgressPreset.only(...))');
    }
    checkProvider(c, props.provider);
    const allowAllReason = props.allowAllOutbound !== undefined ? checkOptOut(this, 'allowAllOutbound', props.allowAllOutbound) : undefined;

    this.securityGroupType = props.securityGroupType ?? SecurityGroupType.NORMAL;
    const description = props.description ?? `Hardened security group ${this.node.path}`.slice(0, 256);
    this.resource = new SecurityGroup(this, 'Resource', {
      vpcId: props.vpcId,
      securityGroupName: props.securityGroupName,
      description,
      securityGroupType: this.securityGroupType,
      // Advanced groups always isolate members; the provider suppresses the field for them and
      // ModifySecurityGroupPolicy applies to basic groups only, so it is omitted there.
      innerAccessPolicy: this.securityGroupType === SecurityGroupType.NORMAL ? 'Drop' : undefined,
      tags: props.tags,
      provider: props.provider,
    });
    this.securityGroupId = this.resource.id;
    this.denyEgressByDefault = allowAllReason === undefined;

    if (allowAllReason !== undefined) {
      const v4 = this.addRule(RuleDirection.EGRESS, RulePolicy.ACCEPT, Peer.anyIpv4(), Port.allTraffic(),
        'Accept all outbound IPv4 traffic (allowAllOutbound opt-out)', { priority: MAX_RULE_PRIORITY }, true);
      const v6 = this.addRule(RuleDirection.EGRESS, RulePolicy.ACCEPT, Peer.anyIpv6(), Port.allTraffic(),
        'Accept all outbound IPv6 traffic (allowAllOutbound opt-out)', { priority: MAX_RULE_PRIORITY }, true);
      recordOptOut(this, `${CODE}.AllowAllOutbound`, allowAllReason, [v4, v6]);
    } else {
      this.egressPreset = props.egressPreset ?? EgressPreset.ALIBABA_CLOUD_ESSENTIALS;
      for (const rule of this.egressPreset.rules) this.allowEgress(rule.peer, rule.port, rule.description);
      this.addRule(RuleDirection.EGRESS, RulePolicy.DROP, Peer.anyIpv4(), Port.allTraffic(),
        'Hardened default: drop all other outbound IPv4 traffic (lowest priority)', { priority: MAX_RULE_PRIORITY }, true);
      this.addRule(RuleDirection.EGRESS, RulePolicy.DROP, Peer.anyIpv6(), Port.allTraffic(),
        'Hardened default: drop all other outbound IPv6 traffic (lowest priority)', { priority: MAX_RULE_PRIORITY }, true);
    }
  }

  protected get defaultDenyEgress(): boolean {
    return this.denyEgressByDefault;
  }
}

/** An existing security group referenced by id. */
class ImportedSecurityGroup extends SecurityGroupBase {
  public readonly securityGroupId: string;
  public readonly securityGroupType: SecurityGroupType;
  private readonly mutable: boolean;

  constructor(scope: Construct, id: string, securityGroupId: string, options: SecurityGroupImportOptions) {
    super(scope, id, options?.provider);
    const c = this.check;
    c.object('options', options);
    c.required('securityGroupId', securityGroupId);
    if (!isToken(securityGroupId) && !/^sg-[a-z0-9]+$/i.test(securityGroupId)) {
      c.fail('InvalidSecurityGroupId', 'securityGroupId', securityGroupId, 'a security group id such as "sg-bp1..."');
    }
    c.oneOf('securityGroupType', options.securityGroupType, Object.values(SecurityGroupType));
    c.bool('mutable', options.mutable);
    this.securityGroupId = securityGroupId;
    this.securityGroupType = options.securityGroupType ?? SecurityGroupType.NORMAL;
    this.mutable = options.mutable ?? true;
  }

  protected addRule(direction: RuleDirection, policy: RulePolicy, peer: IPeer, port: Port, description: string,
    options: AllowRuleOptions, internal = false): SecurityGroupRule {
    if (!this.mutable) {
      addHardeningWarning(this, `${CODE}.ImmutableImport`, `rule ${direction} ${port} ${peer} ignored: the imported group is immutable`);
      return undefined as unknown as SecurityGroupRule;
    }
    return super.addRule(direction, policy, peer, port, description, options, internal);
  }
}
