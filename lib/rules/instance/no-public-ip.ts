import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asNumber, isTrue } from '../values';

/** ALI-ECS-005: the instance gets no public IP address. */
export const instanceNoPublicIp = defineRule({
  id: 'ALI-ECS-005',
  name: 'InstanceNoPublicIp',
  level: 'error',
  title: 'The instance has no public IP (internet_max_bandwidth_out = 0, no allocate_public_ip)',
  controls: ['InfraGuard ecs-instance-no-public-ip', 'seed 000: customer secures what they connect to ECS'],
  fixHint: 'Set internet_max_bandwidth_out = 0 and reach the instance through a load balancer, NAT gateway or bastion.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ body }, doc) => {
  const out: RuleViolation[] = [];
  const v = effectiveInstanceValue(body, 'internet_max_bandwidth_out', doc);
  const bw = asNumber(v.value);
  if (bw !== undefined && bw > 0) out.push({ message: `internet_max_bandwidth_out is ${bw}${sourceNote(v)}: the instance gets a public IP`, finding: 'internet_max_bandwidth_out' });
  if (isTrue(body.allocate_public_ip)) out.push({ message: 'allocate_public_ip is true', finding: 'allocate_public_ip' });
  return out.length ? out : COMPLIANT;
});
