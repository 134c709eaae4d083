import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-001: the instance metadata service requires a session token (security hardening mode). */
export const instanceMetadataTokenRequired = defineRule({
  id: 'ALI-ECS-001',
  name: 'InstanceMetadataTokenRequired',
  level: 'error',
  title: 'Instance metadata is reachable only with a token (http_tokens = "required") or disabled',
  controls: ['seed 002: access instance metadata in security hardening mode (SSRF / STS token theft)', 'InfraGuard ecs-instance-meta-data-mode-check'],
  fixHint: 'Set http_tokens = "required" (or http_endpoint = "disabled").',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance'],
}, ({ body }) => {
  if (body.http_endpoint === 'disabled' || body.http_tokens === 'required' || isExpression(body.http_tokens)) return COMPLIANT;
  return violation(`http_tokens is ${show(body.http_tokens)}: metadata (and the role's STS token) is readable without a token`);
});
