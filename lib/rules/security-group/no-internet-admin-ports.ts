import { internetAllTraffic, internetExposedPorts, isInternetPeerIn } from '../private/security-group-evaluation';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

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
  2379: 'etcd client',
  2380: 'etcd peer',
  3306: 'MySQL',
  3389: 'RDP',
  5432: 'PostgreSQL',
  5900: 'VNC',
  5985: 'WinRM',
  5986: 'WinRM TLS',
  6379: 'Redis',
  6443: 'Kubernetes API',
  9200: 'Elasticsearch',
  10250: 'kubelet',
  11211: 'Memcached',
  27017: 'MongoDB',
});

const ADMIN_PORT_NUMBERS: readonly number[] = Object.keys(ADMIN_PORTS).map(Number);

/**
 * ALI-SG-002: no ingress from the internet to administration or database ports.
 *
 * The rule is judged with the rest of its security group, as ECS applies them: by priority, drop
 * before accept at equal priority, and over the union of the accepting sources (including prefix
 * list entries and every IPv6 spelling of "anywhere"). So `0.0.0.0/1` + `128.0.0.0/1` on port 22 is
 * flagged on both rules, and an accept shadowed by a drop of the same traffic at the same or a higher
 * priority is not.
 */
export const securityGroupNoInternetAdminPorts = defineRule({
  id: 'ALI-SG-002',
  name: 'SecurityGroupNoInternetAdminPorts',
  level: 'error',
  title: 'No ingress rule opens an administration or database port to the whole internet (0.0.0.0/0, ::/0, or rules and prefix lists that together cover it), unless a higher-priority drop shadows it',
  controls: ['CIS Alibaba Cloud Foundations v2 4.3, 4.4, 3.2', 'checkov CKV_ALI_2, CKV_ALI_3', 'KICS 2ae9d554-23fb-4065-bfd1-fe43d5f7c419'],
  fixHint: 'Restrict cidr_ip to the office/VPN range or a bastion security group, or use Session Manager / Cloud Assistant.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_security_group_rule'],
}, (resource, doc) => {
  if (resource.body.type !== 'ingress') return [];
  // All protocols / all ports from the internet is ALI-SG-003's (non-acknowledgeable) finding.
  if (internetAllTraffic(resource, doc)) return [];
  const out: RuleViolation[] = [];
  const together = isInternetPeerIn(resource.body, doc) ? '' : ' (together with the other accept rules of its security group)';
  for (const p of internetExposedPorts(resource, doc, ADMIN_PORT_NUMBERS)) {
    out.push({ finding: `port:${p}`, message: `port ${p} (${ADMIN_PORTS[p]}) is open to the internet${together}` });
  }
  return out;
});
