import { COMPLIANT, defineRule, violation } from '../rule';

/** ALI-DSK-003: an automatic snapshot policy is attached to the disk. */
export const diskSnapshotPolicy = defineRule('ALI-DSK-003', ({ address }, doc) => (doc.snapshotAttached.has(address)
  ? COMPLIANT
  : violation('no alicloud_ecs_auto_snapshot_policy_attachment references this disk')));
