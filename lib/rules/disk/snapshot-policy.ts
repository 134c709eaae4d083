import { COMPLIANT, defineRule, violation } from '../rule';

/** ALI-DSK-003: an automatic snapshot policy is attached to the disk. */
export const diskSnapshotPolicy = defineRule({
  id: 'ALI-DSK-003',
  name: 'DiskSnapshotPolicy',
  level: 'error',
  title: 'An alicloud_ecs_auto_snapshot_policy_attachment references the disk',
  controls: ['seed 002: data availability (snapshot-based backup)', 'InfraGuard ecs-disk-auto-snapshot-policy'],
  fixHint: 'Add an alicloud_ecs_auto_snapshot_policy_attachment with disk_id = "${<disk>.id}".',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_disk', 'alicloud_disk'],
}, ({ address }, doc) => (doc.snapshotAttached.has(address)
  ? COMPLIANT
  : violation('no alicloud_ecs_auto_snapshot_policy_attachment references this disk')));
