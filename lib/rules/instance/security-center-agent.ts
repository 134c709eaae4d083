import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-007: the Security Center agent is installed (security_enhancement_strategy = "Active"). */
export const instanceSecurityCenterAgent = defineRule('ALI-ECS-007', ({ body }) => {
  const v = body.security_enhancement_strategy;
  if (v === 'Active' || isExpression(v)) return COMPLIANT;
  return violation(`security_enhancement_strategy is ${show(v)}`);
});
