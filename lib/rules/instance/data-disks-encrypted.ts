import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-ECS-003: every inline data disk of the instance is encrypted. */
export const instanceDataDisksEncrypted = defineRule({
  id: 'ALI-ECS-003',
  name: 'InstanceDataDisksEncrypted',
  level: 'error',
  title: 'Every inline data disk (data_disks) of the instance is encrypted',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'seed 002: disk encryption'],
  fixHint: 'Set encrypted = true and kms_key_id on every data_disks block (or use separate encrypted alicloud_ecs_disk resources).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  blocks(body.data_disks).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) {
      out.push({ finding: `data_disks[${i}]`, message: `data_disks[${i}].encrypted is ${show(d.encrypted)}` });
    }
  });
  return out;
});
