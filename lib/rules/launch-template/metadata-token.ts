import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-LT-003: instances launched from the template require a metadata token. */
export const launchTemplateMetadataToken = defineRule({
  id: 'ALI-LT-003',
  name: 'LaunchTemplateMetadataToken',
  level: 'error',
  title: 'The launch template requires metadata tokens (http_tokens = "required") or disables metadata',
  controls: ['seed 002: access instance metadata in security hardening mode', 'InfraGuard ecs-instance-meta-data-mode-check'],
  fixHint: 'Set http_tokens = "required" on the launch template.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_launch_template', 'alicloud_launch_template'],
}, ({ body }) => {
  if (body.http_endpoint === 'disabled' || body.http_tokens === 'required' || isExpression(body.http_tokens)) return COMPLIANT;
  return violation(`http_tokens is ${show(body.http_tokens)}`);
});
