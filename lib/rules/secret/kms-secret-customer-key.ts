import { defineRule, violation } from '../rule';
import { isSet, show } from '../values';

/**
 * ALI-SEC-001: a KMS secret (`alicloud_kms_secret`) is encrypted with a customer key
 * (`encryption_key_id`); without it Secrets Manager uses a service-managed key the account cannot
 * rotate, disable or audit separately.
 */
export const kmsSecretCustomerKey = defineRule({
  id: 'ALI-SEC-001',
  name: 'KmsSecretCustomerKey',
  level: 'error',
  title: 'A KMS secret is encrypted with a customer KMS key (encryption_key_id is set)',
  controls: ['Ensure data security (https://www.alibabacloud.com/help/en/ecs/data-security): encryption with customer-managed keys'],
  fixHint: 'Use InstanceSecret (always a customer key), or set encryption_key_id = <EncryptionKey.keyId>.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_secret'],
}, ({ body }) => (isSet(body.encryption_key_id) ? []
  : violation(`encryption_key_id is ${show(body.encryption_key_id)}: the secret is encrypted with a service-managed key`, 'encryption_key_id')));
