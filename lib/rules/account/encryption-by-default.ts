import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isExpression, isTrue, show } from '../values';

/** ALI-ENC-001: account-level disk encryption by default is on and uses a customer key. */
export const accountDiskEncryptionCustomerKey = defineRule({
  id: 'ALI-ENC-001',
  name: 'AccountDiskEncryptionCustomerKey',
  level: 'warning',
  title: 'ECS disk encryption by default is on (encrypted = true) with a customer default key (alicloud_ecs_disk_default_kms_key)',
  controls: ['CIS Alibaba Cloud Foundations v2 4.1 / 4.2 (disks encrypted)', 'seed 002: disk encryption (account default)'],
  fixHint: 'Set encrypted = true and add an alicloud_ecs_disk_default_kms_key naming a customer KMS key in the same region.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_disk_encryption_by_default'],
}, ({ body }, doc) => {
  const out: RuleViolation[] = [];
  if (!isTrue(body.encrypted) && !isExpression(body.encrypted)) {
    out.push({ finding: 'encrypted', message: `encrypted is ${show(body.encrypted)}: new disks are not encrypted by default` });
  }
  if (!doc.hasDefaultKmsKey) {
    out.push({ finding: 'customer_key', message: 'no alicloud_ecs_disk_default_kms_key in the document: the default encryption uses the ECS service key' });
  }
  return out;
});
