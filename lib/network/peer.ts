import { IConstruct } from 'constructs';
import { ipv4CidrProblem, ipv6CidrProblem, isWholeAddressSpace } from './cidr';
import { Connections, IConnectable } from './connections';
import { Check, isToken } from '../core/validate';

/** What a peer is, which decides the provider field it renders to. */
export enum PeerType {
  /** An IPv4 CIDR block (`cidr_ip`). */
  IPV4 = 'ipv4',
  /** An IPv6 CIDR block (`ipv6_cidr_ip`). */
  IPV6 = 'ipv6',
  /** Another security group (`source_security_group_id`; intranet only). */
  SECURITY_GROUP = 'securityGroup',
  /** A VPC prefix list (`prefix_list_id`). */
  PREFIX_LIST = 'prefixList',
}

/**
 * The source (ingress) or destination (egress) of a rule, as the provider fields of
 * `alicloud_security_group_rule`. Exactly one is set: the provider requires at least one of them and
 * makes `cidr_ip` conflict with `ipv6_cidr_ip` and `source_security_group_id`.
 */
export interface PeerRuleConfig {
  /** `cidr_ip`. */
  readonly cidrIp?: string;
  /** `ipv6_cidr_ip`. */
  readonly ipv6CidrIp?: string;
  /** `source_security_group_id` (the destination group for egress rules). */
  readonly sourceSecurityGroupId?: string;
  /** `prefix_list_id`. */
  readonly prefixListId?: string;
}

/** Anything with a security group id that `Peer.securityGroup` accepts (e.g. `HardenedSecurityGroup`). */
export interface ISecurityGroupReference extends IConstruct {
  /** The security group id (`sg-...`), possibly a token. */
  readonly securityGroupId: string;
}

/**
 * A peer of a security group rule. Create with the `Peer` factories.
 *
 * As in AWS CDK (`ec2.IPeer extends IConnectable`), a peer is connectable, so it can be passed
 * wherever a connectable is expected: `instance.connections.allowFrom(Peer.ipv4('10.0.2.0/24'),
 * Port.HTTPS)` adds the ingress rule on the instance's groups; a peer has no security groups of its
 * own, so nothing is added on its side.
 */
export interface IPeer extends IConnectable {
  /** What the peer is. */
  readonly peerType: PeerType;
  /** The CIDR, security group id or prefix list id (may be a token). */
  readonly value: string;
  /** A short readable label used in construct ids and default descriptions. */
  readonly label: string;
  /** True when the peer is a literal `/0` CIDR: the whole IPv4 or IPv6 internet. */
  readonly isInternet: boolean;
  /** The provider fields for this peer. */
  toRuleConfig(): PeerRuleConfig;
}

/**
 * Factories for rule peers, in the AWS CDK `ec2.Peer` style.
 *
 * CIDRs are checked when the peer is used in a rule (so the error names the security group path):
 * syntax, prefix length and host bits (`10.0.0.1/8` is rejected with the suggestion `10.0.0.0/8`),
 * as the provider's `validateCIDRNetworkAddress` does. Tokens pass through unchecked.
 */
export class Peer implements IPeer {
  /** An IPv4 CIDR block, e.g. `10.0.0.0/8` or `203.0.113.10/32`. */
  public static ipv4(cidr: string): IPeer {
    return new Peer(PeerType.IPV4, cidr);
  }

  /** An IPv6 CIDR block, e.g. `2408:4000::/32`. */
  public static ipv6(cidr: string): IPeer {
    return new Peer(PeerType.IPV6, cidr);
  }

  /** The whole IPv4 internet, `0.0.0.0/0`. Ingress from it is checked for exposed admin and database ports. */
  public static anyIpv4(): IPeer {
    return new Peer(PeerType.IPV4, '0.0.0.0/0', 'anyIpv4');
  }

  /** The whole IPv6 internet, `::/0`. Ingress from it is checked for exposed admin and database ports. */
  public static anyIpv6(): IPeer {
    return new Peer(PeerType.IPV6, '::/0', 'anyIpv6');
  }

  /**
   * Another security group (a construct such as `HardenedSecurityGroup`, or an id). Only allowed in
   * rules of basic (`normal`) groups, at most 20 referenced groups per group (AuthorizeSecurityGroup).
   */
  public static securityGroup(securityGroup: ISecurityGroupReference | string): IPeer {
    if (typeof securityGroup === 'object' && securityGroup !== null && 'securityGroupId' in securityGroup) {
      return new Peer(PeerType.SECURITY_GROUP, securityGroup.securityGroupId, securityGroup.node?.id);
    }
    return new Peer(PeerType.SECURITY_GROUP, securityGroup as string);
  }

  /** A VPC prefix list (`pl-...`). */
  public static prefixList(prefixListId: string): IPeer {
    return new Peer(PeerType.PREFIX_LIST, prefixListId);
  }

  /** Connections with this peer as the only rule peer and no security groups. */
  public readonly connections: Connections;

  private constructor(
    public readonly peerType: PeerType,
    public readonly value: string,
    private readonly name?: string,
  ) {
    this.connections = new Connections({ peer: this });
  }

  public get isInternet(): boolean {
    return (this.peerType === PeerType.IPV4 || this.peerType === PeerType.IPV6)
      && typeof this.value === 'string' && !isToken(this.value) && isWholeAddressSpace(this.value);
  }

  public get label(): string {
    if (this.name) return this.name;
    if (typeof this.value === 'string' && !isToken(this.value)) return this.value;
    return `${this.peerType}-token`;
  }

  public toRuleConfig(): PeerRuleConfig {
    switch (this.peerType) {
      case PeerType.IPV4: return { cidrIp: this.value };
      case PeerType.IPV6: return { ipv6CidrIp: this.value };
      case PeerType.SECURITY_GROUP: return { sourceSecurityGroupId: this.value };
      default: return { prefixListId: this.value };
    }
  }

  public toString(): string {
    return this.label;
  }
}

/**
 * Checks any peer (including one from JavaScript that is not a `Peer`) and throws
 * `HardeningValidationError` naming `property` on the first problem.
 *
 * @internal
 */
export function validatePeer(check: Check, property: string, peer: unknown): asserts peer is IPeer {
  if (typeof peer !== 'object' || peer === null || typeof (peer as IPeer).toRuleConfig !== 'function'
    || !Object.values(PeerType).includes((peer as IPeer).peerType)) {
    check.fail('InvalidPeer', property, peer, 'a Peer (Peer.ipv4, Peer.ipv6, Peer.anyIpv4, Peer.anyIpv6, Peer.securityGroup, Peer.prefixList)');
  }
  const p = peer as IPeer;
  const value: unknown = p.value;
  if (isToken(value)) return;
  if (typeof value !== 'string' || value.trim() === '') {
    check.fail('InvalidPeer', property, value, `a non-empty ${p.peerType} string`);
  }
  switch (p.peerType) {
    case PeerType.IPV4: {
      const problem = ipv4CidrProblem(value);
      if (problem) {
        const hint = ipv6CidrProblem(value) === undefined ? ' (this is an IPv6 CIDR: use Peer.ipv6)' : '';
        check.fail('InvalidCidr', property, value,
          `an IPv4 CIDR a.b.c.d/n with n from 0 to 32 and the host bits zero (e.g. 10.0.0.0/8), but ${problem.reason}${problem.suggestion ? `; did you mean "${problem.suggestion}"?` : ''}${hint}`);
      }
      break;
    }
    case PeerType.IPV6: {
      const problem = ipv6CidrProblem(value);
      if (problem) {
        const hint = ipv4CidrProblem(value) === undefined ? ' (this is an IPv4 CIDR: use Peer.ipv4)' : '';
        check.fail('InvalidCidr', property, value,
          `an IPv6 CIDR x:x::x/n with n from 0 to 128 and the host bits zero (e.g. 2408:4000::/32), but ${problem.reason}${problem.suggestion ? `; did you mean "${problem.suggestion}"?` : ''}${hint}`);
      }
      break;
    }
    case PeerType.SECURITY_GROUP:
      if (!/^sg-[a-z0-9]+$/i.test(value)) check.fail('InvalidPeer', property, value, 'a security group id such as "sg-bp1..."');
      break;
    default:
      if (!/^pl-[a-z0-9]+$/i.test(value)) check.fail('InvalidPeer', property, value, 'a prefix list id such as "pl-bp1..."');
  }
}
