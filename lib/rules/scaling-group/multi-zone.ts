import { COMPLIANT, defineRule, violation } from '../rule';
import { asList, isExpression, referencesIn, show } from '../values';

/** ALI-ASG-003: the scaling group spans at least two zones. */
export const scalingGroupMultiZone = defineRule('ALI-ASG-003', ({ body }, doc) => {
  // A whole-list expression (a variable or a splat) cannot be counted.
  if (typeof body.vswitch_ids === 'string' && isExpression(body.vswitch_ids)) return COMPLIANT;
  const ids = asList(body.vswitch_ids ?? body.vswitch_id).filter((v) => v !== null && v !== '');
  const distinct = [...new Set(ids.map((v) => String(v)))];
  if (distinct.length < 2) return violation(`${distinct.length} vSwitch(es) (${show(body.vswitch_ids ?? body.vswitch_id)}): one zone outage takes the whole group`, 'vswitch_ids');
  // When every vSwitch is a resource of this document with a literal zone, the zones must differ too.
  const zones: string[] = [];
  for (const id of distinct) {
    const ref = referencesIn(id).find((r) => r.type === 'alicloud_vswitch');
    const zone = ref ? doc.byAddress.get(ref.address)?.body.zone_id : undefined;
    if (typeof zone !== 'string' || isExpression(zone)) return COMPLIANT;
    zones.push(zone);
  }
  return new Set(zones).size >= 2 ? COMPLIANT : violation(`all vSwitches are in zone ${zones[0]}`, 'zones');
});
