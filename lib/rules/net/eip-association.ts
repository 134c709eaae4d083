import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, referencesIn, show } from '../values';

/** Resource types whose EIP association puts an ECS instance on the internet. */
const INSTANCE_TYPES = new Set(['alicloud_instance', 'alicloud_ecs_network_interface', 'alicloud_network_interface']);
/** Association `instance_type` values that bind the EIP to an instance or its ENI. */
const EXPOSING_KINDS = new Set(['EcsInstance', 'NetworkInterface']);

/**
 * ALI-NET-001: no EIP is associated with an ECS instance or one of its network interfaces.
 *
 * An `alicloud_eip_association` gives the instance a public address whatever its own
 * `internet_max_bandwidth_out` says (ALI-ECS-005 cannot see it). The provider sends
 * `InstanceType = EcsInstance` unless `instance_type` is set or the id starts with `lb-` / `ngw-`
 * (`resource_alicloud_eip_association.go`), so an association to an unknown id is judged as an
 * instance association.
 */
export const eipAssociationNotToInstance = defineRule('ALI-NET-001', ({ body }) => {
  const kind = body.instance_type;
  const id = body.instance_id;
  if (typeof kind === 'string' && !isExpression(kind)) {
    return EXPOSING_KINDS.has(kind) ? violation(`the EIP is associated with ${kind} ${show(id)}: the instance is reachable from the internet`) : COMPLIANT;
  }
  const refs = referencesIn(id);
  if (refs.some((r) => INSTANCE_TYPES.has(r.type))) {
    return violation(`the EIP is associated with ${refs.find((r) => INSTANCE_TYPES.has(r.type))!.address}: the instance is reachable from the internet`);
  }
  if (refs.length > 0) return COMPLIANT;
  if (typeof id === 'string' && !isExpression(id) && !/^(i-|eni-)/.test(id)) return COMPLIANT;
  // A literal instance/ENI id, or an unknown id the provider sends as InstanceType EcsInstance.
  return violation(`the EIP is associated with ${show(id)} as an ECS instance (instance_type unset): the instance is reachable from the internet`);
});
