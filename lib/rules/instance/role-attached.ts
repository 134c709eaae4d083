import { effectiveInstanceValue } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-ECS-010: the instance has a RAM role (no access keys on the machine). */
export const instanceRoleAttached = defineRule('ALI-ECS-010', ({ address, body }, doc) => {
  // alicloud_ecs_instance_set names its role ram_role_name.
  if (isSet(body.ram_role_name) || isSet(effectiveInstanceValue(body, 'role_name', doc).value) || doc.roleAttachedInstances.has(address)) return COMPLIANT;
  return violation('no RAM role: role_name is not set and no alicloud_ecs_ram_role_attachment references the instance');
});
