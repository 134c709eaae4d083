import { defineRule, violation } from '../rule';
import { companionsOf, isStateBucket } from '../state/backend';
import { blocks, isExpression, isSet, show } from '../values';

/**
 * ALI-OSS-002: a state bucket encrypts by default with a customer KMS key: `sse_algorithm = "KMS"`
 * and `kms_master_key_id` set, inline (`server_side_encryption_rule`) or through
 * `alicloud_oss_bucket_server_side_encryption`. The oss backend's `encrypt = true` alone only asks for
 * OSS-managed AES256 per object.
 */
export const stateBucketCustomerKey = defineRule('ALI-OSS-002', (bucket, doc) => {
  if (!isStateBucket(bucket, doc)) return 'not-applicable';
  const rules = [
    ...blocks(bucket.body.server_side_encryption_rule),
    ...companionsOf(bucket, doc, 'alicloud_oss_bucket_server_side_encryption').map((r) => r.body),
  ];
  const customer = rules.some((r) => (r.sse_algorithm === 'KMS' || isExpression(r.sse_algorithm)) && isSet(r.kms_master_key_id));
  if (customer) return [];
  const seen = rules.map((r) => ({ sse_algorithm: r.sse_algorithm, kms_master_key_id: r.kms_master_key_id }));
  return violation(`state bucket ${show(bucket.body.bucket)} default encryption is ${seen.length ? show(seen) : 'not set'}: no customer key`, 'server_side_encryption_rule');
});
