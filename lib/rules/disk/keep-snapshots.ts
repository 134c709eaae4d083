import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue } from '../values';

/** ALI-DSK-004: releasing the disk does not delete its automatic snapshots. */
export const diskKeepsSnapshotsOnRelease = defineRule('ALI-DSK-004', ({ body }) => (isTrue(body.delete_auto_snapshot) && !isExpression(body.delete_auto_snapshot)
  ? violation('delete_auto_snapshot is true: releasing the disk deletes its automatic snapshots')
  : COMPLIANT));
