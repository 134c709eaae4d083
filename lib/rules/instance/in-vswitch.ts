import { COMPLIANT, defineRule, violation } from '../rule';
import { blocks, isSet } from '../values';

/** ALI-ECS-009: the instance is in a VPC vSwitch (no classic network). */
export const instanceInVswitch = defineRule('ALI-ECS-009', ({ body }) => {
  if (isSet(body.vswitch_id) || isSet(body.subnet_id)) return COMPLIANT;
  if (blocks(body.network_interfaces).some((n) => isSet(n.vswitch_id))) return COMPLIANT;
  // The vSwitch may come from a launch template this checker cannot see.
  if (isSet(body.launch_template_id) || isSet(body.launch_template_name)) return COMPLIANT;
  return violation('vswitch_id is not set: the instance would be created in the classic network');
});
