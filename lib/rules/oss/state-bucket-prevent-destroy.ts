import { defineRule, violation } from '../rule';
import { isStateBucket } from '../state/backend';
import { blocks, isTrue } from '../values';

/**
 * ALI-OSS-003: a state bucket cannot be destroyed by a plan (`lifecycle { prevent_destroy = true }`):
 * OSS buckets have no deletion protection flag.
 */
export const stateBucketPreventDestroy = defineRule('ALI-OSS-003', (bucket, doc) => {
  if (!isStateBucket(bucket, doc)) return 'not-applicable';
  return blocks(bucket.body.lifecycle).some((l) => isTrue(l.prevent_destroy)) ? []
    : violation('lifecycle.prevent_destroy is not true: a destroy removes every stack\'s state', 'prevent_destroy');
});
