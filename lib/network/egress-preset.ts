import { IPeer, Peer } from './peer';
import { Port } from './port';

/**
 * Alibaba Cloud services inside the VPC that an ECS instance needs, reached on the reserved
 * `100.100.0.0/16` service range (VPC-only; Alibaba Cloud CloudMonitor "Configure network settings"
 * lists "Metadata — VPC only — 100.100.0.0/16 — ports 0-65535" as a required outbound rule).
 */
export enum AlibabaCloudService {
  /**
   * Instance metadata server `100.100.100.200`, TCP 80 (Alibaba Cloud ECS "Instance metadata": endpoint
   * `http://100.100.100.200/latest/meta-data/`, token at `PUT /latest/api/token`). Needed for the
   * RAM role credentials, cloud-init user data and hostname.
   */
  METADATA = 'metadata',
  /**
   * Intranet DNS `100.100.2.136` and `100.100.2.138`, UDP and TCP 53 (Alibaba Cloud DNS "Inbound
   * endpoint": "The default system-assigned private zone IP addresses are 100.100.2.136 and
   * 100.100.2.138 ... anycast ... for all VPCs in all regions").
   */
  DNS = 'dns',
  /**
   * Alibaba Cloud NTP servers, UDP 123 to `100.100.0.0/16` (ECS "Synchronize ECS instance clocks with
   * Alibaba Cloud NTP servers": `ntp.cloud.aliyuncs.com`, `ntp7`–`ntp12.cloud.aliyuncs.com`, VPC
   * endpoints; `chronyc tracking` in that guide shows the reference `100.100.61.88`). The server
   * addresses are not published as a list, so the rule targets the service range.
   */
  NTP = 'ntp',
  /**
   * OS package mirrors and update endpoints in the VPC (`mirrors.cloud.aliyuncs.com` and the VPC
   * endpoints of Cloud Assistant / Security Center / CloudMonitor agents), TCP 80 and 443 to
   * `100.100.0.0/16`. Alibaba Cloud does not publish per-service addresses; the CloudMonitor network
   * guide names the `100.100.0.0/16` range.
   */
  PACKAGE_MIRRORS = 'package-mirrors',
}

/** The reserved Alibaba Cloud service range reachable only from a VPC. */
export const ALIBABA_CLOUD_SERVICE_CIDR = '100.100.0.0/16';
/** The instance metadata server. */
export const METADATA_SERVER_CIDR = '100.100.100.200/32';
/** The two anycast intranet DNS resolvers. */
export const INTRANET_DNS_CIDRS: readonly string[] = ['100.100.2.136/32', '100.100.2.138/32'];

/** One accept rule of an egress preset. */
export interface EgressPresetRule {
  /** Destination. */
  readonly peer: IPeer;
  /** Protocol and port. */
  readonly port: Port;
  /** Rule description (1–512 characters). */
  readonly description: string;
}

function rulesFor(service: AlibabaCloudService): EgressPresetRule[] {
  switch (service) {
    case AlibabaCloudService.METADATA:
      return [{ peer: Peer.ipv4(METADATA_SERVER_CIDR), port: Port.HTTP, description: 'Alibaba Cloud instance metadata server 100.100.100.200 (hardened egress preset)' }];
    case AlibabaCloudService.DNS:
      return INTRANET_DNS_CIDRS.flatMap((cidr) => [
        { peer: Peer.ipv4(cidr), port: Port.DNS_UDP, description: `Alibaba Cloud intranet DNS ${cidr.replace('/32', '')} over UDP (hardened egress preset)` },
        { peer: Peer.ipv4(cidr), port: Port.DNS_TCP, description: `Alibaba Cloud intranet DNS ${cidr.replace('/32', '')} over TCP (hardened egress preset)` },
      ]);
    case AlibabaCloudService.NTP:
      return [{ peer: Peer.ipv4(ALIBABA_CLOUD_SERVICE_CIDR), port: Port.NTP, description: 'Alibaba Cloud NTP servers (ntp.cloud.aliyuncs.com) in 100.100.0.0/16 (hardened egress preset)' }];
    case AlibabaCloudService.PACKAGE_MIRRORS:
      return [
        { peer: Peer.ipv4(ALIBABA_CLOUD_SERVICE_CIDR), port: Port.HTTP, description: 'Alibaba Cloud VPC package mirrors and agents in 100.100.0.0/16 over HTTP (hardened egress preset)' },
        { peer: Peer.ipv4(ALIBABA_CLOUD_SERVICE_CIDR), port: Port.HTTPS, description: 'Alibaba Cloud VPC package mirrors and agents in 100.100.0.0/16 over HTTPS (hardened egress preset)' },
      ];
    default:
      return [];
  }
}

/**
 * The outbound traffic a hardened security group accepts before any rule the user adds. Everything
 * else is dropped by the lowest-priority drop-all rules (0.0.0.0/0 and ::/0, priority 100).
 *
 * @example
 * new HardenedSecurityGroup(this, 'web', { vpcId, egressPreset: EgressPreset.only(AlibabaCloudService.METADATA, AlibabaCloudService.DNS) })
 */
export class EgressPreset {
  /**
   * Metadata server, intranet DNS, NTP and VPC package mirrors: what an instance built from an
   * Alibaba Cloud public image needs to boot, get its RAM role credentials, resolve names, keep time
   * and install updates, without any internet egress. This is the default.
   */
  public static readonly ALIBABA_CLOUD_ESSENTIALS = EgressPreset.only(
    AlibabaCloudService.METADATA, AlibabaCloudService.DNS, AlibabaCloudService.NTP, AlibabaCloudService.PACKAGE_MIRRORS,
  );

  /** No accept rule at all: every outbound connection must be declared with `allowEgress`. */
  public static readonly NONE = new EgressPreset('none', []);

  /** Only the listed services. */
  public static only(...services: AlibabaCloudService[]): EgressPreset {
    const unique = [...new Set(services)];
    return new EgressPreset(unique.join('+') || 'none', unique.flatMap((s) => rulesFor(s)), unique);
  }

  private constructor(
    /** Name of the preset, e.g. `metadata+dns+ntp+package-mirrors`. */
    public readonly name: string,
    /** The accept rules the preset adds. */
    public readonly rules: readonly EgressPresetRule[],
    /** The services included. */
    public readonly services: readonly AlibabaCloudService[] = [],
  ) {}
}
