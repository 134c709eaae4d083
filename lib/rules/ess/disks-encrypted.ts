import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-ESS-003: the system disk and data disks of a scaling configuration are encrypted. */
export const scalingConfigurationDisksEncrypted = defineRule('ALI-ESS-003', ({ body }) => {
  const out: RuleViolation[] = [];
  // Provider 1.285.0: system_disk_encrypted is Optional with no default, sent as SystemDisk.Encrypted (false when unset).
  if (!isTrue(body.system_disk_encrypted) && !isExpression(body.system_disk_encrypted)) {
    out.push({ finding: 'system_disk', message: `system_disk_encrypted is ${show(body.system_disk_encrypted)}` });
  }
  blocks(body.data_disk).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) out.push({ finding: dataDiskFinding(d, i, 'data_disk'), message: `data_disk[${i}].encrypted is ${show(d.encrypted)}` });
  });
  return out;
});
