import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { accepts, isAllTraffic, isInternetPeer, portRange, protocolOf } from './sg-rule';
import { portFinding, sensitivePortsIn } from '../../controls';

/** ALI-SG-002: no ingress from the internet to a sensitive port (the catalogue's SENSITIVE_PORTS). */
export const securityGroupNoInternetAdminPorts = defineRule('ALI-SG-002', ({ body }) => {
  if (body.type !== 'ingress' || !accepts(body) || !isInternetPeer(body)) return [];
  // All protocols / all ports from the internet is ALI-SG-003's (non-acknowledgeable) finding.
  if (isAllTraffic(body)) return [];
  const protocol = protocolOf(body);
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'all') return [];
  const range = portRange(body);
  if (!range) return [];
  const out: RuleViolation[] = [];
  for (const { port, service } of sensitivePortsIn(range[0], range[1])) {
    out.push({ finding: portFinding(port), message: `port ${port} (${service}) is open to the internet` });
  }
  return out;
});
