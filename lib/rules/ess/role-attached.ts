import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-ESS-005: instances a scaling configuration launches get a RAM role. */
export const scalingConfigurationRoleAttached = defineRule('ALI-ESS-005', ({ body }) => (isSet(body.role_name) ? COMPLIANT : violation('role_name is not set: software on the instances would need AccessKeys')));
