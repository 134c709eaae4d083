import { COMPLIANT, defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isExpression, isSet, isTrue, show } from '../values';

/** ALI-IMG-001: an image copy is encrypted with a customer KMS key. */
export const imageCopyEncryptedWithCustomerKey = defineRule('ALI-IMG-001', ({ body }) => {
  const out: RuleViolation[] = [];
  if (!isTrue(body.encrypted) && !isExpression(body.encrypted)) {
    out.push({ finding: 'encrypted', message: `encrypted is ${show(body.encrypted)}: the copy is not encrypted (or inherits the source image's encryption)` });
  }
  if (!isSet(body.kms_key_id)) {
    out.push({ finding: 'kms_key_id', message: 'kms_key_id is not set: the copy is encrypted with the ECS service key at best, not a customer key' });
  }
  return out.length ? out : COMPLIANT;
});
