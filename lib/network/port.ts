import { Token } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls';
import { Check, isToken } from '../core/validate';

/**
 * The `ip_protocol` values of `alicloud_security_group_rule` (provider v1.285.0
 * `resource_alicloud_security_group_rule.go`: `StringInSlice(tcp, udp, icmp, icmpv6, gre, all)`).
 */
export enum Protocol {
  /** TCP; needs a real port range 1–65535. */
  TCP = 'tcp',
  /** UDP; needs a real port range 1–65535. */
  UDP = 'udp',
  /** ICMP for IPv4; port range is always `-1/-1`. */
  ICMP = 'icmp',
  /** ICMP for IPv6; port range is always `-1/-1`. */
  ICMPV6 = 'icmpv6',
  /** GRE; port range is always `-1/-1`. */
  GRE = 'gre',
  /** All protocols; port range is always `-1/-1`. */
  ALL = 'all',
}

// Lowest and highest port of a tcp/udp range (PLATFORM_LIMITS.minPort / maxPort, AuthorizeSecurityGroup PortRange).
const MIN_PORT = PLATFORM_LIMITS.minPort;
const MAX_PORT = PLATFORM_LIMITS.maxPort;

/** The port range the provider requires for every protocol other than tcp/udp. */
export const ALL_PORT_RANGE = '-1/-1';

/**
 * A protocol and port range of a security group rule, rendered as the provider's `ip_protocol` and
 * `port_range` (`"from/to"`, or `"-1/-1"` for icmp, icmpv6, gre and all).
 *
 * Values are checked when the port is used in a rule, so the error names the security group's
 * construct path: ports must be whole numbers 1–65535 and ranges ordered (`from <= to`). Unresolved
 * tokens are passed through unchecked.
 *
 * @example
 * Port.tcp(443); Port.tcpRange(8000, 8080); Port.udp(53); Port.icmp(); Port.allTraffic(); Port.SSH
 */
export class Port {
  // Sensitive ports (the control catalogue's SENSITIVE_PORTS) are never opened to the internet
  // without the `internetExposure` opt-out.
  /** SSH, TCP 22 (a sensitive port: never open to the internet without an opt-out). */
  public static readonly SSH = Port.tcp(22);
  /** Telnet, TCP 23 (an admin port). */
  public static readonly TELNET = Port.tcp(23);
  /** RDP, TCP 3389 (an admin port). */
  public static readonly RDP = Port.tcp(3389);
  /** HTTP, TCP 80. */
  public static readonly HTTP = Port.tcp(80);
  /** HTTPS, TCP 443. */
  public static readonly HTTPS = Port.tcp(443);
  /** DNS over UDP 53. */
  public static readonly DNS_UDP = Port.udp(53);
  /** DNS over TCP 53. */
  public static readonly DNS_TCP = Port.tcp(53);
  /** NTP, UDP 123. */
  public static readonly NTP = Port.udp(123);
  /** MySQL / ApsaraDB RDS for MySQL / PolarDB-MySQL, TCP 3306 (a database port). */
  public static readonly MYSQL = Port.tcp(3306);
  /** PostgreSQL, TCP 5432 (a database port). */
  public static readonly POSTGRES = Port.tcp(5432);
  /** Microsoft SQL Server, TCP 1433 (a database port). */
  public static readonly MSSQL = Port.tcp(1433);
  /** Oracle listener, TCP 1521 (a database port). */
  public static readonly ORACLE = Port.tcp(1521);
  /** Redis / Tair, TCP 6379 (a cache port). */
  public static readonly REDIS = Port.tcp(6379);
  /** Memcached, TCP 11211 (a cache port). */
  public static readonly MEMCACHED = Port.tcp(11211);
  /** MongoDB, TCP 27017 (a database port). */
  public static readonly MONGODB = Port.tcp(27017);
  /** Elasticsearch HTTP, TCP 9200 (a database port). */
  public static readonly ELASTICSEARCH = Port.tcp(9200);

  /** One TCP port. */
  public static tcp(port: number): Port {
    return new Port(Protocol.TCP, port, port);
  }

  /** A TCP port range `from`–`to` (inclusive). */
  public static tcpRange(from: number, to: number): Port {
    return new Port(Protocol.TCP, from, to);
  }

  /** Every TCP port (`1/65535`). */
  public static allTcp(): Port {
    return new Port(Protocol.TCP, MIN_PORT, MAX_PORT);
  }

  /** One UDP port. */
  public static udp(port: number): Port {
    return new Port(Protocol.UDP, port, port);
  }

  /** A UDP port range `from`–`to` (inclusive). */
  public static udpRange(from: number, to: number): Port {
    return new Port(Protocol.UDP, from, to);
  }

  /** Every UDP port (`1/65535`). */
  public static allUdp(): Port {
    return new Port(Protocol.UDP, MIN_PORT, MAX_PORT);
  }

  /** All ICMP (IPv4) traffic. Use with IPv4 peers; see `icmpv6()` for IPv6. */
  public static icmp(): Port {
    return new Port(Protocol.ICMP);
  }

  /** All ICMPv6 traffic. Use with IPv6 peers. */
  public static icmpv6(): Port {
    return new Port(Protocol.ICMPV6);
  }

  /** GRE traffic. */
  public static gre(): Port {
    return new Port(Protocol.GRE);
  }

  /** Every protocol and port (`ip_protocol = "all"`, `port_range = "-1/-1"`). */
  public static allTraffic(): Port {
    return new Port(Protocol.ALL);
  }

  private constructor(
    /** The protocol. */
    public readonly protocol: Protocol,
    /** First port of a tcp/udp range; `undefined` for the other protocols. */
    public readonly fromPort?: number,
    /** Last port of a tcp/udp range; `undefined` for the other protocols. */
    public readonly toPort?: number,
  ) {}

  /** True for tcp and udp (the protocols with a real port range). */
  public get hasPortRange(): boolean {
    return this.protocol === Protocol.TCP || this.protocol === Protocol.UDP;
  }

  /** The provider's `ip_protocol` value. */
  public get ipProtocol(): string {
    return this.protocol;
  }

  /** The provider's `port_range` value: `"from/to"` for tcp/udp, `"-1/-1"` otherwise. */
  public get portRange(): string {
    if (!this.hasPortRange) return ALL_PORT_RANGE;
    return `${renderNumber(this.fromPort)}/${renderNumber(this.toPort)}`;
  }

  /** True when the port contains an unresolved token. */
  public get isUnresolved(): boolean {
    return isToken(this.fromPort) || isToken(this.toPort);
  }

  /**
   * True when traffic to `port` matches this rule (for `all`, every port; for tcp/udp, when the
   * port is inside the range; never for icmp/icmpv6/gre). Unresolved ranges return false.
   */
  public covers(port: number): boolean {
    if (this.protocol === Protocol.ALL) return true;
    if (!this.hasPortRange || this.isUnresolved) return false;
    return (this.fromPort as number) <= port && port <= (this.toPort as number);
  }

  /**
   * True when the rule matches every port: protocol `all`, or a tcp/udp range from 1 to 65535
   * (what rule ALI-SG-003 reports for internet ingress). False for unresolved ranges.
   */
  public get coversAllPorts(): boolean {
    if (this.protocol === Protocol.ALL) return true;
    if (!this.hasPortRange || this.isUnresolved) return false;
    return (this.fromPort as number) <= MIN_PORT && (this.toPort as number) >= MAX_PORT;
  }

  /** Human-readable form, e.g. `tcp 22`, `tcp 8000-8080`, `icmp`, `all traffic`. */
  public toString(): string {
    if (this.protocol === Protocol.ALL) return 'all traffic';
    if (!this.hasPortRange) return this.protocol;
    if (!this.isUnresolved && this.fromPort === this.toPort) return `${this.protocol} ${this.fromPort}`;
    return `${this.protocol} ${renderNumber(this.fromPort)}-${renderNumber(this.toPort)}`;
  }

  /**
   * Checks the port against the provider's rules (tcp/udp: 1–65535, ordered range). Called by the
   * security group so that the error names its construct path.
   *
   * @internal
   */
  public _validate(check: Check, property: string): void {
    if (!Object.values(Protocol).includes(this.protocol)) {
      check.fail('InvalidProtocol', property, this.protocol, `one of ${Object.values(Protocol).join(', ')}`);
    }
    if (!this.hasPortRange) return;
    check.integer(`${property}.fromPort`, this.fromPort, MIN_PORT, MAX_PORT, 'InvalidPort');
    check.integer(`${property}.toPort`, this.toPort, MIN_PORT, MAX_PORT, 'InvalidPort');
    if (this.fromPort === undefined || this.toPort === undefined) {
      check.fail('InvalidPort', property, this.toString(), `whole numbers from ${MIN_PORT} to ${MAX_PORT}`);
    }
    if (!this.isUnresolved && (this.fromPort as number) > (this.toPort as number)) {
      check.fail('InvalidPortRange', property, this.portRange, 'an ordered range: fromPort <= toPort');
    }
  }
}

function renderNumber(n: number | undefined): string {
  if (n === undefined) return '';
  return isToken(n) ? Token.asString(n) : String(n);
}
