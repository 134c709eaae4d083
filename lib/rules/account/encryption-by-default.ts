import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isExpression, isTrue, show } from '../values';

/** ALI-ENC-001: account-level disk encryption by default is on and uses a customer key. */
export const accountDiskEncryptionCustomerKey = defineRule('ALI-ENC-001', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  if (!isTrue(body.encrypted) && !isExpression(body.encrypted)) {
    out.push({ finding: 'encrypted', message: `encrypted is ${show(body.encrypted)}: new disks are not encrypted by default` });
  }
  if (!doc.hasDefaultKmsKey) {
    out.push({ finding: 'customer_key', message: 'no alicloud_ecs_disk_default_kms_key in the document: the default encryption uses the ECS service key' });
  }
  return out;
});
