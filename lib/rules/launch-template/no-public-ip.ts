import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber } from '../values';

/** ALI-LT-004: instances launched from the template get no public IP. */
export const launchTemplateNoPublicIp = defineRule('ALI-LT-004', ({ body }) => {
  // ECS assigns a public IPv4 address to every instance launched with a bandwidth above 0.
  const bw = asNumber(body.internet_max_bandwidth_out);
  if (bw !== undefined && bw > 0) return violation(`internet_max_bandwidth_out is ${bw}: every instance launched from the template gets a public IP`);
  return COMPLIANT;
});
