import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-007: the Security Center agent is installed (security_enhancement_strategy = "Active"). */
export const instanceSecurityCenterAgent = defineRule({
  id: 'ALI-ECS-007',
  name: 'InstanceSecurityCenterAgent',
  level: 'warning',
  title: 'The Security Center agent is installed (security_enhancement_strategy = "Active")',
  controls: ['CIS Alibaba Cloud Foundations v2 4.6 (endpoint protection)'],
  fixHint: 'Set security_enhancement_strategy = "Active" (public images only).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance'],
}, ({ body }) => {
  const v = body.security_enhancement_strategy;
  if (v === 'Active' || isExpression(v)) return COMPLIANT;
  return violation(`security_enhancement_strategy is ${show(v)}`);
});
