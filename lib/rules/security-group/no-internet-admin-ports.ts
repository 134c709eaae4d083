import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { accepts, isAllTraffic, isInternetPeer, portRange, protocolOf } from './sg-rule';

/** Administration and database ports that must never be open to the internet. */
export const ADMIN_PORTS: Readonly<Record<number, string>> = Object.freeze({
  21: 'FTP',
  22: 'SSH',
  23: 'Telnet',
  135: 'RPC',
  445: 'SMB',
  1433: 'SQL Server',
  1521: 'Oracle',
  2375: 'Docker',
  2376: 'Docker TLS',
  3306: 'MySQL',
  3389: 'RDP',
  5432: 'PostgreSQL',
  5900: 'VNC',
  5985: 'WinRM',
  5986: 'WinRM TLS',
  6379: 'Redis',
  9200: 'Elasticsearch',
  11211: 'Memcached',
  27017: 'MongoDB',
});

const ADMIN_PORT_LIST: ReadonlyArray<[number, string]> = Object.entries(ADMIN_PORTS).map(([p, s]) => [Number(p), s]);

/** ALI-SG-002: no ingress from the internet to administration or database ports. */
export const securityGroupNoInternetAdminPorts = defineRule({
  id: 'ALI-SG-002',
  name: 'SecurityGroupNoInternetAdminPorts',
  level: 'error',
  title: 'No ingress rule opens an administration or database port to 0.0.0.0/0 or ::/0',
  controls: ['CIS Alibaba Cloud Foundations v2 4.3, 4.4, 3.2', 'checkov CKV_ALI_2, CKV_ALI_3', 'KICS 2ae9d554-23fb-4065-bfd1-fe43d5f7c419'],
  fixHint: 'Restrict cidr_ip to the office/VPN range or a bastion security group, or use Session Manager / Cloud Assistant.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_security_group_rule'],
}, ({ body }) => {
  if (body.type !== 'ingress' || !accepts(body) || !isInternetPeer(body)) return [];
  // All protocols / all ports from the internet is ALI-SG-003's (non-acknowledgeable) finding.
  if (isAllTraffic(body)) return [];
  const protocol = protocolOf(body);
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'all') return [];
  const range = portRange(body);
  if (!range) return [];
  const out: RuleViolation[] = [];
  for (const [p, service] of ADMIN_PORT_LIST) {
    if (range[0] <= p && p <= range[1]) out.push({ finding: `port:${p}`, message: `port ${p} (${service}) is open to the internet` });
  }
  return out;
});
