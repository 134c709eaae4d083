import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ESS-004: the disks of a scaling configuration use a customer KMS key. */
export const scalingConfigurationDisksCustomerKey = defineRule('ALI-ESS-004', ({ body }) => {
  const out: RuleViolation[] = [];
  if (!isSet(body.system_disk_kms_key_id)) out.push({ finding: 'system_disk', message: 'system_disk_kms_key_id is not set: the system disk uses the service key (or none)' });
  blocks(body.data_disk).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: dataDiskFinding(d, i, 'data_disk'), message: `data_disk[${i}].kms_key_id is not set` });
  });
  return out;
});
