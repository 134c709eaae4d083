import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-001: the instance metadata service requires a session token (security hardening mode). */
export const instanceMetadataTokenRequired = defineRule({
  id: 'ALI-ECS-001',
  name: 'InstanceMetadataTokenRequired',
  level: 'error',
  title: 'Instance metadata is reachable only with a token (http_tokens = "required") or disabled',
  controls: ['seed 002: access instance metadata in security hardening mode (SSRF / STS token theft)', 'InfraGuard ecs-instance-meta-data-mode-check'],
  fixHint: 'Set http_tokens = "required" (or http_endpoint = "disabled") on the instance or on the launch template it is launched from.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance'],
}, ({ body }, doc) => {
  // An argument the instance leaves unset comes from its launch template (when it is in the document).
  const endpoint = effectiveInstanceValue(body, 'http_endpoint', doc);
  const tokens = effectiveInstanceValue(body, 'http_tokens', doc);
  if (endpoint.value === 'disabled' || tokens.value === 'required' || isExpression(tokens.value)) return COMPLIANT;
  return violation(`http_tokens is ${show(tokens.value)}${sourceNote(tokens)}: metadata (and the role's STS token) is readable without a token`);
});
