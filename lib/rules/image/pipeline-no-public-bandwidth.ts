import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber, show } from '../values';

/** ALI-IMG-003: the image pipeline's build instance has no public bandwidth. */
export const imagePipelineNoPublicBandwidth = defineRule('ALI-IMG-003', ({ body }) => {
  const mbps = asNumber(body.internet_max_bandwidth_out);
  if (mbps !== undefined && mbps > 0) {
    return violation(`internet_max_bandwidth_out is ${show(body.internet_max_bandwidth_out)}: the build instance gets a public IP and the built image comes from an internet-exposed host`, 'internet_max_bandwidth_out');
  }
  return COMPLIANT;
});
