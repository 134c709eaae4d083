import { defineRule } from '../rule';
import { ADMIN_PORTS } from '../security-group/no-internet-admin-ports';
import { RuleViolation } from '../types';
import { isExpression, show } from '../values';

/** A forward entry port (`22`, `"8000/8080"`, `"8000-8080"`, `"any"`) as a range; undefined when unknown. */
export function forwardPortRange(value: unknown, protocol: unknown): [number, number] | undefined {
  if (typeof value === 'number') return [value, value];
  if (typeof value !== 'string' || isExpression(value)) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'any' || (protocol === 'any' && v === '')) return [1, 65535];
  const m = /^(\d+)(?:\s*[/-]\s*(\d+))?$/.exec(v);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/**
 * ALI-NET-002: no NAT gateway DNAT entry forwards an administration or database port from the
 * internet.
 *
 * A DNAT (`alicloud_forward_entry`) maps `external_ip:external_port` of the NAT gateway's EIP to
 * `internal_ip:internal_port`: the internal port is the service exposed (external 2222 to internal
 * 22 is still SSH). `ip_protocol = "any"` with port `any` forwards every port.
 */
export const natDnatNoAdminPorts = defineRule({
  id: 'ALI-NET-002',
  name: 'NatDnatNoAdminPorts',
  level: 'error',
  title: 'No NAT gateway DNAT entry (alicloud_forward_entry) forwards an administration or database port, or every port, from the internet',
  controls: [
    'CIS Alibaba Cloud Foundations v2 3.2, 4.3, 4.4 (no SSH/RDP from the internet)',
    'Alibaba Cloud "Shared security responsibility model of ECS": https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model',
  ],
  fixHint: 'Remove the DNAT entry; administer the instance through a bastion host, VPN or Session Manager, and publish services through a load balancer.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_forward_entry'],
}, ({ body }) => {
  const internal = forwardPortRange(body.internal_port, body.ip_protocol);
  const range = internal ?? forwardPortRange(body.external_port, body.ip_protocol);
  if (!range) return [];
  const out: RuleViolation[] = [];
  if (range[0] <= 1 && range[1] >= 65535) {
    return [{ finding: 'all-ports', message: `the DNAT entry forwards every port (${show(body.ip_protocol)} ${show(body.external_port)} -> ${show(body.internal_port)}) from the internet` }];
  }
  for (const [p, service] of Object.entries(ADMIN_PORTS)) {
    const port = Number(p);
    if (range[0] <= port && port <= range[1]) {
      out.push({ finding: `port:${port}`, message: `the DNAT entry forwards ${internal ? 'internal' : 'external'} port ${port} (${service}) of ${show(body.internal_ip)} to the internet` });
    }
  }
  return out;
});
