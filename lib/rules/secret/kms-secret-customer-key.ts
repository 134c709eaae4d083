import { defineRule, violation } from '../rule';
import { isSet, show } from '../values';

/**
 * ALI-SEC-001: a KMS secret (`alicloud_kms_secret`) is encrypted with a customer key
 * (`encryption_key_id`); without it Secrets Manager uses a service-managed key the account cannot
 * rotate, disable or audit separately.
 */
export const kmsSecretCustomerKey = defineRule('ALI-SEC-001', ({ body }) => (isSet(body.encryption_key_id) ? []
  : violation(`encryption_key_id is ${show(body.encryption_key_id)}: the secret is encrypted with a service-managed key`, 'encryption_key_id')));
