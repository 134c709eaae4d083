import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-DSK-001: the disk is encrypted. */
export const diskEncrypted = defineRule({
  id: 'ALI-DSK-001',
  name: 'DiskEncrypted',
  level: 'error',
  title: 'The disk is encrypted (encrypted = true)',
  controls: ['CIS Alibaba Cloud Foundations v2 4.1', 'checkov CKV_ALI_7 (alicloud_disk only)', 'KICS 39750e32-3fe9-453b-8c33-dd277acdb2cc (alicloud_disk only)'],
  fixHint: 'Set encrypted = true and kms_key_id to a customer KMS key.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_disk', 'alicloud_disk'],
}, ({ body }) => {
  if (isTrue(body.encrypted) || isExpression(body.encrypted)) return COMPLIANT;
  return violation(`encrypted is ${show(body.encrypted)}`);
});
