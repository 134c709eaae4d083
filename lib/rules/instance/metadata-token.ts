import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-001: the instance metadata service requires a session token (security hardening mode). */
export const instanceMetadataTokenRequired = defineRule('ALI-ECS-001', ({ body }) => {
  if (body.http_endpoint === 'disabled' || body.http_tokens === 'required' || isExpression(body.http_tokens)) return COMPLIANT;
  return violation(`http_tokens is ${show(body.http_tokens)}: metadata (and the role's STS token) is readable without a token`);
});
