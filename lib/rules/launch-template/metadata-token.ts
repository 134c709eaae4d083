import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-LT-003: instances launched from the template require a metadata token. */
export const launchTemplateMetadataToken = defineRule('ALI-LT-003', ({ body }) => {
  if (body.http_endpoint === 'disabled' || body.http_tokens === 'required' || isExpression(body.http_tokens)) return COMPLIANT;
  return violation(`http_tokens is ${show(body.http_tokens)}`);
});
