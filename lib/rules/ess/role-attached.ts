import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-ESS-005: instances a scaling configuration launches get a RAM role. */
export const scalingConfigurationRoleAttached = defineRule({
  id: 'ALI-ESS-005',
  name: 'ScalingConfigurationRoleAttached',
  level: 'warning',
  title: 'The scaling configuration gives instances a RAM role (role_name)',
  controls: ['InfraGuard ecs-instance-ram-role-attached'],
  fixHint: 'Set role_name to an instance role trusted by ecs.aliyuncs.com, so software uses STS tokens instead of AccessKeys.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_configuration'],
}, ({ body }) => (isSet(body.role_name) ? COMPLIANT : violation('role_name is not set: software on the instances would need AccessKeys')));
