import { Peer } from './peer';
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

  constructor(props: ConnectionsProps = {}) {
    this.connections = this;
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
      this.groups.push(sg);
    }
  }

  /** Allows traffic on `port` from `other` to this object (ingress here, egress there). */
  public allowFrom(other: IConnectable, port: Port, description?: string): void {
    const remote = connectionsOf(other, 'other');
    this.groups.forEachAndForever((mine) => remote.groups.forEachAndForever((theirs) => {
      mine.allowIngress(Peer.securityGroup(theirs), port, description ?? `Allow ${port} from ${theirs.node.path}`);
    }));
    remote.groups.forEachAndForever((theirs) => this.groups.forEachAndForever((mine) => {
      theirs.allowEgress(Peer.securityGroup(mine), port, description ?? `Allow ${port} to ${mine.node.path}`);
    }));
  }

  /** Allows traffic on `port` from this object to `other` (egress here, ingress there). */
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
