import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isFalse, show } from '../values';

/** ALI-SG-001: instances in the same security group cannot reach each other by default. */
export const securityGroupInnerPolicyDrop = defineRule({
  id: 'ALI-SG-001',
  name: 'SecurityGroupInnerPolicyDrop',
  level: 'error',
  title: 'The security group drops traffic between its own members (inner_access_policy = "Drop", or an enterprise group)',
  controls: ['CIS Alibaba Cloud Foundations v2 3.5 (fine-grained rules)', 'not checked by checkov or KICS'],
  fixHint: 'Set inner_access_policy = "Drop" and allow intra-group traffic with explicit rules.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_security_group'],
}, ({ body }) => {
  const v = body.inner_access_policy;
  // Advanced (enterprise) groups always isolate their members; the provider ignores the field there.
  if (body.security_group_type === 'enterprise') return COMPLIANT;
  if (v === 'Drop' || isExpression(v) || (v === undefined && isFalse(body.inner_access))) return COMPLIANT;
  return violation(`inner_access_policy is ${show(v)} (the provider default is "Accept")`);
});
