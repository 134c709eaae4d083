import { defineRule, violation, COMPLIANT } from '../rule';
import { isExpression, show } from '../values';
import { launchSourceOf } from './launch-source';

/** ALI-ASG-001: a scaling group launches from a launch template whose metadata is token-only. */
export const scalingGroupLaunchTemplateMetadataToken = defineRule({
  id: 'ALI-ASG-001',
  name: 'ScalingGroupLaunchTemplateMetadataToken',
  level: 'error',
  title: 'The scaling group launches from a launch template (in this document) with http_tokens = "required" or metadata disabled',
  controls: [
    'ECS "Access instance metadata in security hardening mode"',
    'InfraGuard ecs-instance-meta-data-mode-check',
    'provider 1.285.0: alicloud_ess_scaling_configuration has no http_tokens',
  ],
  fixHint: 'Set launch_template_id to an alicloud_ecs_launch_template with http_tokens = "required" (SecureScalingGroup on a SecureLaunchTemplate).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_group'],
}, ({ body }, doc) => {
  const source = launchSourceOf(body, doc);
  if (source.kind === 'none') {
    return violation('no launch_template_id: instances come from scaling configurations, which cannot require metadata tokens', 'launch_template');
  }
  if (source.kind === 'unresolved') {
    return violation(`launch_template_id ${show(source.value)} is not a launch template of this document; token-only metadata cannot be verified`, 'launch_template');
  }
  const t = source.template.body;
  if (t.http_endpoint === 'disabled' || t.http_tokens === 'required' || isExpression(t.http_tokens)) return COMPLIANT;
  return violation(`launch template ${source.template.address} has http_tokens ${show(t.http_tokens)}`, 'http_tokens');
});
