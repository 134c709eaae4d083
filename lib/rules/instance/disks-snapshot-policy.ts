import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ECS-011: every disk of the instance has an automatic snapshot policy. */
export const instanceDisksSnapshotPolicy = defineRule({
  id: 'ALI-ECS-011',
  name: 'InstanceDisksSnapshotPolicy',
  level: 'error',
  title: 'The system disk and every inline data disk have an automatic snapshot policy',
  controls: ['seed 002: data availability (snapshot-based backup)', 'InfraGuard ecs-disk-auto-snapshot-policy'],
  fixHint: 'Set system_disk_auto_snapshot_policy_id (or attach a policy to "${alicloud_instance.<name>.system_disk_id}") and data_disks[].auto_snapshot_policy_id.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ address, body }, doc) => {
  const out: RuleViolation[] = [];
  if (!isSet(body.system_disk_auto_snapshot_policy_id) && !doc.snapshotAttached.has(`${address}#system_disk`)) {
    out.push({ finding: 'system_disk', message: 'the system disk has no automatic snapshot policy' });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.auto_snapshot_policy_id)) out.push({ finding: `data_disks[${i}]`, message: `data_disks[${i}] has no auto_snapshot_policy_id` });
  });
  return out;
});
