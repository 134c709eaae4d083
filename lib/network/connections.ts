import { IPeer, Peer } from './peer';
import { Port } from './port';
import type { ISecurityGroup } from './security-group';
import { HardeningValidationError } from '../core/errors';

/** Anything whose network access is managed through security groups. */
export interface IConnectable {
  /** The security groups of this object, and the methods to allow traffic between them. */
  readonly connections: Connections;
}

/** Props of `Connections`. */
export interface ConnectionsProps {
  /**
   * The security groups managed by this object.
   *
   * @default - none; add them later with `addSecurityGroup`
   */
  readonly securityGroups?: ISecurityGroup[];

  /**
   * A peer these connections stand for (the `connections` of a `Peer`): rules declared towards
   * these connections name the peer. A connections object with a peer and no security groups only
   * ever receives rules on the other side.
   *
   * @default - the security groups themselves are the only peers
   */
  readonly peer?: IPeer;
}

/**
 * What the other side's rules name: a managed security group (read when the rule is added: a
 * group's id is assigned after its `Connections` is created) or an explicit peer.
 */
type RulePeer = { readonly group: ISecurityGroup } | { readonly peer: IPeer };

function peerOf(r: RulePeer): IPeer {
  return 'group' in r ? Peer.securityGroup(r.group) : r.peer;
}

/** The name of a rule peer in generated descriptions: a group's construct path, or the peer's label. */
function labelOf(r: RulePeer): string {
  return 'group' in r ? r.group.node.path : r.peer.label;
}

/** A list that runs callbacks on its current and on every future element. */
class ReactiveList<T> {
  private readonly items: T[] = [];
  private readonly listeners: Array<(item: T) => void> = [];

  public push(item: T): void {
    if (this.items.includes(item)) return;
    this.items.push(item);
    for (const listener of [...this.listeners]) listener(item);
  }

  public forEachAndForever(listener: (item: T) => void): void {
    for (const item of [...this.items]) listener(item);
    this.listeners.push(listener);
  }

  public toArray(): T[] {
    return [...this.items];
  }
}

/**
 * Manages the security groups of a connectable object and adds matching rules on both sides, in the
 * AWS CDK `ec2.Connections` style: `a.connections.allowTo(b, Port.MYSQL)` adds an egress rule on every
 * group of `a` towards every group of `b`, and an ingress rule on every group of `b` from every group
 * of `a`. Security groups added later (to either side) receive the rules declared earlier.
 *
 * Rules that reference other groups are intranet-only and allowed only in basic (`normal`) groups;
 * a basic group may reference at most 20 groups (ECS AuthorizeSecurityGroup limits).
 */
export class Connections implements IConnectable {
  public readonly connections: Connections;
  private readonly groups = new ReactiveList<ISecurityGroup>();
  /** What the other side's rules name: each security group (as `Peer.securityGroup`) and the explicit peers. */
  private readonly rulePeers = new ReactiveList<RulePeer>();

  constructor(props: ConnectionsProps = {}) {
    this.connections = this;
    if (props.peer !== undefined) this.rulePeers.push({ peer: props.peer });
    for (const sg of props.securityGroups ?? []) this.addSecurityGroup(sg);
  }

  /** The security groups currently managed. */
  public get securityGroups(): ISecurityGroup[] {
    return this.groups.toArray();
  }

  /** Adds security groups; they receive every rule declared through these connections, before or after. */
  public addSecurityGroup(...securityGroups: ISecurityGroup[]): void {
    for (const sg of securityGroups) {
      if (typeof sg !== 'object' || sg === null || typeof (sg as ISecurityGroup).allowIngress !== 'function') {
        throw new HardeningValidationError('Connections', 'Connections.InvalidSecurityGroup', 'securityGroups', sg,
          'an ISecurityGroup (HardenedSecurityGroup or HardenedSecurityGroup.fromSecurityGroupId)');
      }
      if (this.groups.toArray().includes(sg)) continue;
      this.groups.push(sg);
      this.rulePeers.push({ group: sg });
    }
  }

  /**
   * Allows traffic on `port` from `other` to this object: an ingress rule on each of these groups
   * from each of `other`'s groups (or from `other` itself when it is a `Peer`), and the matching
   * egress rule on each of `other`'s groups.
   *
   * @param other a connectable (e.g. a `HardenedSecurityGroup` or a `SecureInstance`) or a peer
   * (`Peer.ipv4('10.0.2.0/24')`, `Peer.prefixList(...)`)
   * @param port the port or port range
   * @param description the rule description; when omitted, one is generated as AWS CDK does:
   * `Allow <port> from <peer>` on the ingress rules and `Allow <port> to <peer>` on the egress
   * rules, e.g. `Allow tcp 443 from 10.0.2.0/24` (a group is named by its construct path)
   */
  public allowFrom(other: IConnectable, port: Port, description?: string): void {
    const remote = connectionsOf(other, 'other');
    this.groups.forEachAndForever((mine) => remote.rulePeers.forEachAndForever((theirs) => {
      mine.allowIngress(peerOf(theirs), port, description ?? `Allow ${port} from ${labelOf(theirs)}`);
    }));
    remote.groups.forEachAndForever((theirs) => this.rulePeers.forEachAndForever((mine) => {
      theirs.allowEgress(peerOf(mine), port, description ?? `Allow ${port} to ${labelOf(mine)}`);
    }));
  }

  /**
   * Allows traffic on `port` from this object to `other`: an egress rule on each of these groups
   * towards each of `other`'s groups (or towards `other` itself when it is a `Peer`), and the
   * matching ingress rule on each of `other`'s groups.
   *
   * @param other a connectable or a peer
   * @param port the port or port range
   * @param description the rule description; when omitted, `Allow <port> to <peer>` on the egress
   * rules and `Allow <port> from <peer>` on the ingress rules
   */
  public allowTo(other: IConnectable, port: Port, description?: string): void {
    connectionsOf(other, 'other').allowFrom(this, port, description);
  }

  /**
   * Allows traffic on `port` between members of the same groups. Needed because hardened groups set
   * `inner_access_policy = "Drop"` (members do not trust each other by default).
   */
  public allowInternally(port: Port, description?: string): void {
    this.allowFrom(this, port, description);
  }
}

function connectionsOf(other: unknown, property: string): Connections {
  const c = (other as IConnectable | undefined)?.connections;
  if (!(c instanceof Connections)) {
    throw new HardeningValidationError('Connections', 'Connections.InvalidConnectable', property, other,
      'an IConnectable (an object with `connections`, e.g. a HardenedSecurityGroup)');
  }
  return c;
}
