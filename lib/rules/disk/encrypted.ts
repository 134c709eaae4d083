import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-DSK-001: the disk is encrypted. */
export const diskEncrypted = defineRule('ALI-DSK-001', ({ body }) => {
  if (isTrue(body.encrypted) || isExpression(body.encrypted)) return COMPLIANT;
  return violation(`encrypted is ${show(body.encrypted)}`);
});
