import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ECS-002: the system disk is encrypted (on the instance or on the launch template it is launched from). */
export const instanceSystemDiskEncrypted = defineRule('ALI-ECS-002', ({ body }, doc) => {
  const v = effectiveInstanceValue(body, 'system_disk_encrypted', doc);
  if (isTrue(v.value) || isExpression(v.value)) return COMPLIANT;
  return violation(`system_disk_encrypted is ${show(v.value)}${sourceNote(v)}`, 'system_disk');
});
