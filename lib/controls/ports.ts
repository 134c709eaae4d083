/**
 * Ports that must never be reachable from the whole internet (0.0.0.0/0 or ::/0). One table, read by
 * `Port`/`HardenedSecurityGroup` (which refuse such rules without an opt-out) and by rule ALI-SG-002
 * (which reports them), so the construct and the rule pack always agree.
 *
 * Sources: CIS Alibaba Cloud Foundations Benchmark v2 3.2/4.3 (SSH) and 4.4 (RDP); InfraGuard
 * `sg-risky-ports-check` (22, 23, 3389, 3306, 1433, 5432, 27017, 6379, ...); Alibaba Cloud "Security
 * group rules for common ports" and "Shared security responsibility model of ECS"
 * (https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model): the customer controls
 * the network exposure of its instances; the container, cluster and broker ports are the default
 * ports of those services (Docker, Kubernetes, etcd, Kafka, RabbitMQ, RocketMQ, ZooKeeper).
 */

/** Why a port is sensitive. */
export type SensitivePortCategory =
  | 'remote administration'
  | 'file sharing'
  | 'container and cluster control'
  | 'database'
  | 'cache'
  | 'search'
  | 'message broker'
  | 'legacy cleartext';

/** One sensitive port. */
export interface SensitivePort {
  /** The TCP/UDP port. */
  readonly port: number;
  /** The service that listens there by default, e.g. `SSH`. */
  readonly service: string;
  /** Why it must not face the internet. */
  readonly category: SensitivePortCategory;
}

function p(port: number, service: string, category: SensitivePortCategory): SensitivePort {
  return Object.freeze({ port, service, category });
}

/** Every sensitive port, in port order. */
export const SENSITIVE_PORTS: readonly SensitivePort[] = Object.freeze([
  p(21, 'FTP', 'legacy cleartext'),
  p(22, 'SSH', 'remote administration'),
  p(23, 'Telnet', 'remote administration'),
  p(135, 'RPC (Microsoft RPC endpoint mapper)', 'remote administration'),
  p(137, 'NetBIOS name service', 'file sharing'),
  p(138, 'NetBIOS datagram service', 'file sharing'),
  p(139, 'NetBIOS session service (SMB over NetBIOS)', 'file sharing'),
  p(445, 'SMB', 'file sharing'),
  p(1433, 'SQL Server', 'database'),
  p(1521, 'Oracle', 'database'),
  p(2049, 'NFS', 'file sharing'),
  p(2181, 'ZooKeeper', 'message broker'),
  p(2375, 'Docker API', 'container and cluster control'),
  p(2376, 'Docker API (TLS)', 'container and cluster control'),
  p(2379, 'etcd client API', 'container and cluster control'),
  p(2380, 'etcd peer API', 'container and cluster control'),
  p(3306, 'MySQL', 'database'),
  p(3389, 'RDP', 'remote administration'),
  p(5432, 'PostgreSQL', 'database'),
  p(5672, 'RabbitMQ (AMQP)', 'message broker'),
  p(5900, 'VNC', 'remote administration'),
  p(5984, 'CouchDB', 'database'),
  p(5985, 'WinRM', 'remote administration'),
  p(5986, 'WinRM (TLS)', 'remote administration'),
  p(6379, 'Redis', 'cache'),
  p(6443, 'Kubernetes API server', 'container and cluster control'),
  p(9042, 'Cassandra', 'database'),
  p(9092, 'Kafka', 'message broker'),
  p(9200, 'Elasticsearch HTTP', 'search'),
  p(9300, 'Elasticsearch transport', 'search'),
  p(9876, 'RocketMQ name server', 'message broker'),
  p(10250, 'kubelet API', 'container and cluster control'),
  p(11211, 'Memcached', 'cache'),
  p(15672, 'RabbitMQ management', 'message broker'),
  p(27017, 'MongoDB', 'database'),
]);

/** The sensitive ports inside the range `from`–`to` (inclusive). */
export function sensitivePortsIn(from: number, to: number): SensitivePort[] {
  return SENSITIVE_PORTS.filter((s) => from <= s.port && s.port <= to);
}

/** The finding id under which ALI-SG-002 reports a sensitive port, e.g. `port:22`. */
export function portFinding(port: number): string {
  return `port:${port}`;
}
