import { COMPLIANT, defineRule, violation } from '../rule';
import { blocks, isExpression, isTrue } from '../values';

/** ALI-SNP-002: snapshots copied to another region stay encrypted. */
export const snapshotPolicyCrossRegionCopyEncrypted = defineRule({
  id: 'ALI-SNP-002',
  name: 'SnapshotPolicyCrossRegionCopyEncrypted',
  level: 'error',
  title: 'When cross-region copy is on, copies are encrypted (copy_encryption_configuration.encrypted = true)',
  controls: ['seed 002: snapshot encryption (cross-region copy)'],
  fixHint: 'Add copy_encryption_configuration { encrypted = true, kms_key_id = <key in the target region> }.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_auto_snapshot_policy', 'alicloud_snapshot_policy'],
}, ({ body }) => {
  if (!isTrue(body.enable_cross_region_copy)) return 'not-applicable';
  const enc = blocks(body.copy_encryption_configuration)[0];
  if (enc && (isTrue(enc.encrypted) || isExpression(enc.encrypted))) return COMPLIANT;
  return violation('enable_cross_region_copy is true but copy_encryption_configuration.encrypted is not true');
});
