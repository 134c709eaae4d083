import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ASG-002: the scaling group has deletion protection (the provider default is false). */
export const scalingGroupDeletionProtection = defineRule({
  id: 'ALI-ASG-002',
  name: 'ScalingGroupDeletionProtection',
  level: 'warning',
  title: 'The scaling group sets group_deletion_protection = true',
  controls: ['ESS "Enable deletion protection for a scaling group"', 'Alibaba Cloud "Shared security responsibility model of ECS": https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model'],
  fixHint: 'Set group_deletion_protection = true (the provider defaults to false).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_group'],
}, ({ body }) => (isTrue(body.group_deletion_protection) || isExpression(body.group_deletion_protection)
  ? COMPLIANT
  : violation(`group_deletion_protection is ${show(body.group_deletion_protection)}`)));
