import { PLATFORM_LIMITS, portFinding, sensitivePortsIn } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isExpression, show } from '../values';

const MIN_PORT = PLATFORM_LIMITS.minPort;
const MAX_PORT = PLATFORM_LIMITS.maxPort;

/** A forward entry port (`22`, `"8000/8080"`, `"8000-8080"`, `"any"`) as a range; undefined when unknown. */
function forwardPortRange(value: unknown, protocol: unknown): [number, number] | undefined {
  if (typeof value === 'number') return [value, value];
  if (typeof value !== 'string' || isExpression(value)) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'any' || (protocol === 'any' && v === '')) return [MIN_PORT, MAX_PORT];
  const m = /^(\d+)(?:\s*[/-]\s*(\d+))?$/.exec(v);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/**
 * ALI-NET-002: no NAT gateway DNAT entry forwards a sensitive port (the catalogue's
 * SENSITIVE_PORTS, the table ALI-SG-002 uses) from the internet.
 *
 * A DNAT (`alicloud_forward_entry`) maps `external_ip:external_port` of the NAT gateway's EIP to
 * `internal_ip:internal_port`: the internal port is the service exposed (external 2222 to internal
 * 22 is still SSH). `ip_protocol = "any"` with port `any` forwards every port.
 */
export const natDnatNoAdminPorts = defineRule('ALI-NET-002', ({ body }) => {
  const internal = forwardPortRange(body.internal_port, body.ip_protocol);
  const range = internal ?? forwardPortRange(body.external_port, body.ip_protocol);
  if (!range) return [];
  if (range[0] <= MIN_PORT && range[1] >= MAX_PORT) {
    return [{ finding: 'all-ports', message: `the DNAT entry forwards every port (${show(body.ip_protocol)} ${show(body.external_port)} -> ${show(body.internal_port)}) from the internet` }];
  }
  const out: RuleViolation[] = [];
  for (const { port, service } of sensitivePortsIn(range[0], range[1])) {
    out.push({ finding: portFinding(port), message: `the DNAT entry forwards ${internal ? 'internal' : 'external'} port ${port} (${service}) of ${show(body.internal_ip)} to the internet` });
  }
  return out;
});
