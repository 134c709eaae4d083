import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-LT-002: the launch template's disks name a customer KMS key. */
export const launchTemplateDisksCustomerKey = defineRule('ALI-LT-002', ({ body }) => {
  const out: RuleViolation[] = [];
  if (!isSet(blocks(body.system_disk)[0]?.kms_key_id)) out.push({ finding: 'system_disk', message: 'system_disk.kms_key_id is not set' });
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: dataDiskFinding(d, i), message: `data_disks[${i}].kms_key_id is not set` });
  });
  return out;
});
