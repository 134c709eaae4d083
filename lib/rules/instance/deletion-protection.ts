import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ECS-008: the instance has deletion protection. */
export const instanceDeletionProtection = defineRule('ALI-ECS-008', ({ body }) => {
  // ECS protects pay-as-you-go instances only; the provider suppresses the field for subscriptions.
  if (body.instance_charge_type === 'PrePaid') return 'not-applicable';
  if (isTrue(body.deletion_protection) || isExpression(body.deletion_protection)) return COMPLIANT;
  return violation(`deletion_protection is ${show(body.deletion_protection)}`);
});
