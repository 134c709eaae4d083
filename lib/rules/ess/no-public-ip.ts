import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber } from '../values';

/** ALI-ESS-001: instances a scaling configuration launches get no public IP. */
export const scalingConfigurationNoPublicIp = defineRule('ALI-ESS-001', ({ body }) => {
  const bw = asNumber(body.internet_max_bandwidth_out);
  if (bw !== undefined && bw > 0) return violation(`internet_max_bandwidth_out is ${bw}: every instance of the scaling group gets a public IP`);
  return COMPLIANT;
});
