import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-KMS-003: the key cannot be scheduled for deletion by accident. */
export const kmsKeyDeletionProtection = defineRule('ALI-KMS-003', ({ body }) => (body.deletion_protection === 'Enabled' || isExpression(body.deletion_protection)
  ? COMPLIANT
  : violation(`deletion_protection is ${show(body.deletion_protection)}`)));
