import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ECS-011: every disk of the instance has an automatic snapshot policy. */
export const instanceDisksSnapshotPolicy = defineRule('ALI-ECS-011', ({ address, body }, doc) => {
  const out: RuleViolation[] = [];
  if (!isSet(body.system_disk_auto_snapshot_policy_id) && !doc.snapshotAttached.has(`${address}#system_disk`)) {
    out.push({ finding: 'system_disk', message: 'the system disk has no automatic snapshot policy' });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.auto_snapshot_policy_id)) out.push({ finding: dataDiskFinding(d, i), message: `data_disks[${i}] has no auto_snapshot_policy_id` });
  });
  return out;
});
