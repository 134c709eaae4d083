import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber } from '../values';

/** ALI-LT-004: instances launched from the template get no public IP. */
export const launchTemplateNoPublicIp = defineRule({
  id: 'ALI-LT-004',
  name: 'LaunchTemplateNoPublicIp',
  level: 'error',
  title: 'The launch template gives instances no public IP (internet_max_bandwidth_out unset or 0)',
  controls: [
    'InfraGuard ecs-instance-no-public-ip',
    'Alibaba Cloud "Shared security responsibility model of ECS" (customer secures network access): https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model',
  ],
  fixHint: 'Remove internet_max_bandwidth_out (or set it to 0) and reach the instances through a load balancer, NAT gateway or bastion.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_launch_template', 'alicloud_launch_template'],
}, ({ body }) => {
  // ECS assigns a public IPv4 address to every instance launched with a bandwidth above 0.
  const bw = asNumber(body.internet_max_bandwidth_out);
  if (bw !== undefined && bw > 0) return violation(`internet_max_bandwidth_out is ${bw}: every instance launched from the template gets a public IP`);
  return COMPLIANT;
});
