import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asNumber, isTrue } from '../values';

/** ALI-ECS-005: the instance gets no public IP address. */
export const instanceNoPublicIp = defineRule('ALI-ECS-005', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  const v = effectiveInstanceValue(body, 'internet_max_bandwidth_out', doc);
  const bw = asNumber(v.value);
  if (bw !== undefined && bw > 0) out.push({ message: `internet_max_bandwidth_out is ${bw}${sourceNote(v)}: the instance gets a public IP`, finding: 'internet_max_bandwidth_out' });
  if (isTrue(body.allocate_public_ip)) out.push({ message: 'allocate_public_ip is true', finding: 'allocate_public_ip' });
  return out.length ? out : COMPLIANT;
});
