import { isInternetPeerIn } from '../private/security-group-evaluation';
import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';
import { accepts, isAllTraffic } from './sg-rule';

/** ALI-SG-004: egress to the internet is limited to specific protocols and ports. */
export const securityGroupEgressNotWideOpen = defineRule('ALI-SG-004', ({ body }, doc) => {
  // The peer is the internet in any spelling, or a prefix list holding 0.0.0.0/0 or ::/0.
  if (body.type !== 'egress' || !accepts(body) || !isInternetPeerIn(body, doc) || !isAllTraffic(body)) return COMPLIANT;
  return violation(`egress ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} to the internet`);
});
