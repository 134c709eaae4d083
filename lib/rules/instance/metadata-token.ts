import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-ECS-001: the instance metadata service requires a session token (security hardening mode). */
export const instanceMetadataTokenRequired = defineRule('ALI-ECS-001', ({ body }, doc) => {
  // An argument the instance leaves unset comes from its launch template (when it is in the document).
  const endpoint = effectiveInstanceValue(body, 'http_endpoint', doc);
  const tokens = effectiveInstanceValue(body, 'http_tokens', doc);
  if (endpoint.value === 'disabled' || tokens.value === 'required' || isExpression(tokens.value)) return COMPLIANT;
  return violation(`http_tokens is ${show(tokens.value)}${sourceNote(tokens)}: metadata (and the role's STS token) is readable without a token`);
});
