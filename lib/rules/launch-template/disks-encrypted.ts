import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-LT-001: the launch template's system disk and data disks are encrypted. */
export const launchTemplateDisksEncrypted = defineRule('ALI-LT-001', ({ body }) => {
  const out: RuleViolation[] = [];
  const sys = blocks(body.system_disk)[0];
  if (!sys || (!isTrue(sys.encrypted) && !isExpression(sys.encrypted))) {
    out.push({ finding: 'system_disk', message: `system_disk.encrypted is ${show(sys?.encrypted)}` });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) {
      out.push({ finding: dataDiskFinding(d, i), message: `data_disks[${i}].encrypted is ${show(d.encrypted)}` });
    }
  });
  return out;
});
