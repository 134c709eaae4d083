import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-007: the Security Center agent is installed (security_enhancement_strategy = "Active"). */
export const instanceSecurityCenterAgent = defineRule('ALI-ECS-007', ({ body }, doc) => {
  const v = effectiveInstanceValue(body, 'security_enhancement_strategy', doc);
  if (v.value === 'Active' || isExpression(v.value)) return COMPLIANT;
  return violation(`security_enhancement_strategy is ${show(v.value)}${sourceNote(v)}`);
});
