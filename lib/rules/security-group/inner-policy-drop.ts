import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isFalse, show } from '../values';

/** ALI-SG-001: instances in the same security group cannot reach each other by default. */
export const securityGroupInnerPolicyDrop = defineRule('ALI-SG-001', ({ body }) => {
  const v = body.inner_access_policy;
  // Advanced (enterprise) groups always isolate their members; the provider ignores the field there.
  if (body.security_group_type === 'enterprise') return COMPLIANT;
  if (v === 'Drop' || isExpression(v) || (v === undefined && isFalse(body.inner_access))) return COMPLIANT;
  return violation(`inner_access_policy is ${show(v)} (the provider default is "Accept")`);
});
