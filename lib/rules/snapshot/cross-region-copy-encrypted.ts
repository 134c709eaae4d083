import { COMPLIANT, defineRule, violation } from '../rule';
import { blocks, isExpression, isTrue } from '../values';

/** ALI-SNP-002: snapshots copied to another region stay encrypted. */
export const snapshotPolicyCrossRegionCopyEncrypted = defineRule('ALI-SNP-002', ({ body }) => {
  if (!isTrue(body.enable_cross_region_copy)) return 'not-applicable';
  const enc = blocks(body.copy_encryption_configuration)[0];
  if (enc && (isTrue(enc.encrypted) || isExpression(enc.encrypted))) return COMPLIANT;
  return violation('enable_cross_region_copy is true but copy_encryption_configuration.encrypted is not true');
});
