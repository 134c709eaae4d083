import { dataDiskFinding } from '../../controls';
import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ECS-004: the system disk and inline data disks are encrypted with a customer KMS key. */
export const instanceDisksCustomerKey = defineRule('ALI-ECS-004', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  const sysKey = effectiveInstanceValue(body, 'system_disk_kms_key_id', doc);
  if (!isSet(sysKey.value)) {
    out.push({ finding: 'system_disk', message: `system_disk_kms_key_id is not set${sourceNote(sysKey)}: the system disk uses the service key (or none)` });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: dataDiskFinding(d, i), message: `data_disks[${i}].kms_key_id is not set` });
  });
  return out;
});
