import { dataDiskFinding } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-ECS-003: every inline data disk of the instance is encrypted. */
export const instanceDataDisksEncrypted = defineRule('ALI-ECS-003', ({ body }) => {
  const out: RuleViolation[] = [];
  blocks(body.data_disks).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) {
      out.push({ finding: dataDiskFinding(d, i), message: `data_disks[${i}].encrypted is ${show(d.encrypted)}` });
    }
  });
  return out;
});
