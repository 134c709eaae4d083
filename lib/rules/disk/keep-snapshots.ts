import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue } from '../values';

/** ALI-DSK-004: releasing the disk does not delete its automatic snapshots. */
export const diskKeepsSnapshotsOnRelease = defineRule({
  id: 'ALI-DSK-004',
  name: 'DiskKeepsSnapshotsOnRelease',
  level: 'warning',
  title: 'Automatic snapshots survive the disk (delete_auto_snapshot is not true)',
  controls: ['seed 002: data availability (snapshot-based backup)', 'not checked by checkov or KICS'],
  fixHint: 'Remove delete_auto_snapshot (or set it to false), so the backups outlive an accidental release of the disk.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_disk', 'alicloud_disk'],
}, ({ body }) => (isTrue(body.delete_auto_snapshot) && !isExpression(body.delete_auto_snapshot)
  ? violation('delete_auto_snapshot is true: releasing the disk deletes its automatic snapshots')
  : COMPLIANT));
