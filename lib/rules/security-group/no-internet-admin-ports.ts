import { portFinding, SENSITIVE_PORTS } from '../../controls';
import { internetAllTraffic, internetExposedPorts, isInternetPeerIn } from '../private/security-group-evaluation';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

const SENSITIVE_PORT_NUMBERS: readonly number[] = SENSITIVE_PORTS.map((s) => s.port);
const SERVICE_OF: ReadonlyMap<number, string> = new Map(SENSITIVE_PORTS.map((s) => [s.port, s.service]));

/**
 * ALI-SG-002: no ingress from the internet to a sensitive port (the catalogue's SENSITIVE_PORTS,
 * lib/controls/ports.ts, the table HardenedSecurityGroup refuses too).
 *
 * The rule is judged with the rest of its security group, as ECS applies them: by priority, drop
 * before accept at equal priority, and over the union of the accepting sources (including prefix
 * list entries and every IPv6 spelling of "anywhere"). So `0.0.0.0/1` + `128.0.0.0/1` on port 22 is
 * flagged on both rules, and an accept shadowed by a drop of the same traffic at the same or a higher
 * priority is not.
 */
export const securityGroupNoInternetAdminPorts = defineRule('ALI-SG-002', (resource, doc) => {
  if (resource.body.type !== 'ingress') return [];
  // All protocols / all ports from the internet is ALI-SG-003's (non-acknowledgeable) finding.
  if (internetAllTraffic(resource, doc)) return [];
  const out: RuleViolation[] = [];
  const together = isInternetPeerIn(resource.body, doc) ? '' : ' (together with the other accept rules of its security group)';
  for (const port of internetExposedPorts(resource, doc, SENSITIVE_PORT_NUMBERS)) {
    out.push({ finding: portFinding(port), message: `port ${port} (${SERVICE_OF.get(port)}) is open to the internet${together}` });
  }
  return out;
});
