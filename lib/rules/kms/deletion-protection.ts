import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

/** ALI-KMS-003: the key cannot be scheduled for deletion by accident. */
export const kmsKeyDeletionProtection = defineRule({
  id: 'ALI-KMS-003',
  name: 'KmsKeyDeletionProtection',
  level: 'warning',
  title: 'The key has deletion protection (deletion_protection = "Enabled")',
  controls: ['seed 002: data confidentiality (losing the key loses every encrypted disk and snapshot)'],
  fixHint: 'Set deletion_protection = "Enabled" and a deletion_protection_description.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_key'],
}, ({ body }) => (body.deletion_protection === 'Enabled' || isExpression(body.deletion_protection)
  ? COMPLIANT
  : violation(`deletion_protection is ${show(body.deletion_protection)}`)));
