import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber, show } from '../values';

/** ALI-IMG-003: the image pipeline's build instance has no public bandwidth. */
export const imagePipelineNoPublicBandwidth = defineRule({
  id: 'ALI-IMG-003',
  name: 'ImagePipelineNoPublicBandwidth',
  level: 'warning',
  title: 'An image pipeline builds without public bandwidth (internet_max_bandwidth_out = 0), in a private vSwitch',
  controls: [
    '"Shared security responsibility model of ECS": network access control (https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model)',
    'InfraGuard ecs-instance-no-public-ip (applied to the build instance)',
  ],
  fixHint: 'Set internet_max_bandwidth_out = 0 and vswitch_id to a private vSwitch (reach package mirrors through a NAT gateway); HardenedImagePipeline does.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_image_pipeline'],
}, ({ body }) => {
  const mbps = asNumber(body.internet_max_bandwidth_out);
  if (mbps !== undefined && mbps > 0) {
    return violation(`internet_max_bandwidth_out is ${show(body.internet_max_bandwidth_out)}: the build instance gets a public IP and the built image comes from an internet-exposed host`, 'internet_max_bandwidth_out');
  }
  return COMPLIANT;
});
