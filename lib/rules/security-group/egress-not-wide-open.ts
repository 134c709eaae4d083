import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';
import { accepts, isAllTraffic, isInternetPeer } from './sg-rule';

/** ALI-SG-004: egress to the internet is limited to specific protocols and ports. */
export const securityGroupEgressNotWideOpen = defineRule('ALI-SG-004', ({ body }) => {
  if (body.type !== 'egress' || !accepts(body) || !isInternetPeer(body) || !isAllTraffic(body)) return COMPLIANT;
  return violation(`egress ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} to the internet`);
});
