import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';
import { accepts, isAllTraffic, isInternetPeer } from './sg-rule';

/** ALI-SG-003: no ingress from the internet on every protocol or port (catches `-1/-1`). */
export const securityGroupNoAllTrafficInternetIngress = defineRule('ALI-SG-003', ({ body }) => {
  if (body.type !== 'ingress' || !accepts(body) || !isInternetPeer(body) || !isAllTraffic(body)) return COMPLIANT;
  return violation(`ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} is open to the internet`);
});
