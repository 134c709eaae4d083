/**
 * Reading an `alicloud_security_group_rule`: direction, policy, peer and port range.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { PLATFORM_LIMITS } from '../../controls';
import { isAnywhere } from '../../network/cidr';
import { isExpression } from '../values';

const MIN_PORT = PLATFORM_LIMITS.minPort;
const MAX_PORT = PLATFORM_LIMITS.maxPort;

/** True when the rule accepts traffic (policy defaults to "accept"). */
export function accepts(body: Record<string, any>): boolean {
  return typeof body.policy !== 'string' || body.policy.toLowerCase() !== 'drop';
}

/**
 * True when the rule's own CIDR peer is the whole internet: `0.0.0.0/0` (or the bare `0.0.0.0`), or
 * any spelling of `::/0` (`::0/0`, `0::0/0`, `0:0:0:0:0:0:0:0/0`). Prefix lists and the union of
 * several rules are evaluated by lib/rules/private/security-group-evaluation.ts.
 */
export function isInternetPeer(body: Record<string, any>): boolean {
  return isAnywhere(body.cidr_ip) || isAnywhere(body.ipv6_cidr_ip);
}

/** The protocol in lower case ("all" when unset or an expression is not assumed). */
export function protocolOf(body: Record<string, any>): string {
  return typeof body.ip_protocol === 'string' ? body.ip_protocol.toLowerCase() : '';
}

/** The port range [from, to]; `-1/-1` and protocol "all" mean every port. Undefined when unknown. */
export function portRange(body: Record<string, any>): [number, number] | undefined {
  const protocol = protocolOf(body);
  if (protocol === 'all') return [MIN_PORT, MAX_PORT];
  const raw = body.port_range ?? '-1/-1';
  if (typeof raw !== 'string' || isExpression(raw)) return undefined;
  const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(raw);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from === -1 && to === -1) return [MIN_PORT, MAX_PORT];
  return [from, to];
}

/** True when the rule opens every port or every protocol. */
export function isAllTraffic(body: Record<string, any>): boolean {
  const protocol = protocolOf(body);
  if (protocol === 'all') return true;
  if (protocol !== 'tcp' && protocol !== 'udp') return false;
  const range = portRange(body);
  return range !== undefined && range[0] <= MIN_PORT && range[1] >= MAX_PORT;
}
