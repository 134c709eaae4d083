import { effectiveInstanceValue } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-ECS-010: the instance has a RAM role (no access keys on the machine). */
export const instanceRoleAttached = defineRule({
  id: 'ALI-ECS-010',
  name: 'InstanceRoleAttached',
  level: 'warning',
  title: 'The instance has a RAM role (role_name or an alicloud_ecs_ram_role_attachment)',
  controls: ['InfraGuard ecs-instance-ram-role-attached', 'seed 002: STS tokens instead of AccessKeys'],
  fixHint: 'Set role_name to an instance role trusted by ecs.aliyuncs.com, so software uses STS tokens instead of AccessKeys.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ address, body }, doc) => {
  // alicloud_ecs_instance_set names its role ram_role_name.
  if (isSet(body.ram_role_name) || isSet(effectiveInstanceValue(body, 'role_name', doc).value) || doc.roleAttachedInstances.has(address)) return COMPLIANT;
  return violation('no RAM role: role_name is not set and no alicloud_ecs_ram_role_attachment references the instance');
});
