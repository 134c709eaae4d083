import { defineRule, violation } from '../rule';
import { companionsOf, isStateBucket } from '../state/backend';
import { blocks, isExpression, show } from '../values';

/**
 * ALI-OSS-001: a state bucket (its name is the bucket of the document's `oss` backend or of an oss
 * `terraform_remote_state` source) keeps every version of the state: versioning `Enabled`, inline
 * (`versioning { status }`) or through `alicloud_oss_bucket_versioning`.
 */
export const stateBucketVersioning = defineRule('ALI-OSS-001', (bucket, doc) => {
  if (!isStateBucket(bucket, doc)) return 'not-applicable';
  const statuses = [
    ...blocks(bucket.body.versioning).map((v) => v.status),
    ...companionsOf(bucket, doc, 'alicloud_oss_bucket_versioning').map((r) => r.body.status),
  ].filter((s) => s !== undefined);
  if (statuses.some((s) => isExpression(s))) return [];
  const enabled = statuses.some((s) => typeof s === 'string' && s.toLowerCase() === 'enabled');
  const suspended = statuses.filter((s) => !(typeof s === 'string' && s.toLowerCase() === 'enabled'));
  if (enabled && suspended.length === 0) return [];
  return violation(`versioning of state bucket ${show(bucket.body.bucket)} is ${statuses.length ? show(statuses) : 'not enabled'}`, 'versioning');
});
