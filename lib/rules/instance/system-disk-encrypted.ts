import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ECS-002: the system disk is encrypted. */
export const instanceSystemDiskEncrypted = defineRule('ALI-ECS-002', ({ body }) => {
  const v = body.system_disk_encrypted;
  if (isTrue(v) || isExpression(v)) return COMPLIANT;
  return violation(`system_disk_encrypted is ${show(v)}`, 'system_disk');
});
