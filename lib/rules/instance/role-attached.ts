import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-ECS-010: the instance has a RAM role (no access keys on the machine). */
export const instanceRoleAttached = defineRule('ALI-ECS-010', ({ address, body }, doc) => {
  if (isSet(body.role_name) || doc.roleAttachedInstances.has(address)) return COMPLIANT;
  return violation('no RAM role: role_name is not set and no alicloud_ecs_ram_role_attachment references the instance');
});
