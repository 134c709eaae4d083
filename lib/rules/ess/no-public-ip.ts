import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber } from '../values';

/** ALI-ESS-001: instances a scaling configuration launches get no public IP. */
export const scalingConfigurationNoPublicIp = defineRule({
  id: 'ALI-ESS-001',
  name: 'ScalingConfigurationNoPublicIp',
  level: 'error',
  title: 'The scaling configuration gives instances no public IP (internet_max_bandwidth_out unset or 0)',
  controls: [
    'InfraGuard ecs-instance-no-public-ip',
    'Alibaba Cloud "Shared security responsibility model of ECS": https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model',
  ],
  fixHint: 'Remove internet_max_bandwidth_out (or set it to 0); put the scaling group behind a load balancer and reach the internet through a NAT gateway.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_configuration'],
}, ({ body }) => {
  const bw = asNumber(body.internet_max_bandwidth_out);
  if (bw !== undefined && bw > 0) return violation(`internet_max_bandwidth_out is ${bw}: every instance of the scaling group gets a public IP`);
  return COMPLIANT;
});
