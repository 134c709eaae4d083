import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
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
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ body }, doc) => {
  const v = effectiveInstanceValue(body, 'security_enhancement_strategy', doc);
  if (v.value === 'Active' || isExpression(v.value)) return COMPLIANT;
  return violation(`security_enhancement_strategy is ${show(v.value)}${sourceNote(v)}`);
});
