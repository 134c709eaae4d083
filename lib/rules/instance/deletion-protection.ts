import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ECS-008: the instance has deletion protection. */
export const instanceDeletionProtection = defineRule({
  id: 'ALI-ECS-008',
  name: 'InstanceDeletionProtection',
  level: 'warning',
  title: 'The pay-as-you-go instance has deletion protection (deletion_protection = true)',
  controls: ['InfraGuard ecs-instance-deletion-protection-enabled'],
  fixHint: 'Set deletion_protection = true.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ body }) => {
  // ECS protects pay-as-you-go instances only; the provider suppresses the field for subscriptions.
  if (body.instance_charge_type === 'PrePaid') return 'not-applicable';
  if (isTrue(body.deletion_protection) || isExpression(body.deletion_protection)) return COMPLIANT;
  return violation(`deletion_protection is ${show(body.deletion_protection)}`);
});
