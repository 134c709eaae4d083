import { internetAllTraffic } from '../private/security-group-evaluation';
import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';

/** ALI-SG-003: no ingress from the internet on every protocol or port (catches `-1/-1`). */
export const securityGroupNoAllTrafficInternetIngress = defineRule('ALI-SG-003', (resource, doc) => {
  const { body } = resource;
  // Judged with its group: union of sources (prefix lists, IPv6 spellings), shadowed by higher-priority drops.
  if (body.type !== 'ingress' || !internetAllTraffic(resource, doc)) return COMPLIANT;
  return violation(`ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} is open to the internet`);
});
