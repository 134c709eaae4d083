import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ASG-002: the scaling group has deletion protection (the provider default is false). */
export const scalingGroupDeletionProtection = defineRule('ALI-ASG-002', ({ body }) => (isTrue(body.group_deletion_protection) || isExpression(body.group_deletion_protection)
  ? COMPLIANT
  : violation(`group_deletion_protection is ${show(body.group_deletion_protection)}`)));
