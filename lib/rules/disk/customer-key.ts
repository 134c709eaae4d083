import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-DSK-002: the disk is encrypted with a customer KMS key. */
export const diskCustomerKey = defineRule({
  id: 'ALI-DSK-002',
  name: 'DiskCustomerKey',
  level: 'error',
  title: 'The disk names a customer KMS key (kms_key_id)',
  controls: ['checkov CKV_ALI_8 (alicloud_disk only)', 'KICS f262118c-1ac6-4bb3-8495-cc48f1775b85 (alicloud_disk only)'],
  fixHint: 'Set kms_key_id to an alicloud_kms_key id (e.g. "${alicloud_kms_key.key.id}").',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_disk', 'alicloud_disk'],
}, ({ body }) => (isSet(body.kms_key_id) ? COMPLIANT : violation('kms_key_id is not set: the disk uses the service key (or none)')));
