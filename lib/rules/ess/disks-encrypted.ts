import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-ESS-003: the system disk and data disks of a scaling configuration are encrypted. */
export const scalingConfigurationDisksEncrypted = defineRule({
  id: 'ALI-ESS-003',
  name: 'ScalingConfigurationDisksEncrypted',
  level: 'error',
  title: 'The scaling configuration encrypts the system disk (system_disk_encrypted = true) and every data_disk block',
  controls: [
    'CIS Alibaba Cloud Foundations v2 4.2',
    'InfraGuard ecs-disk-all-encrypted-by-kms',
    'Alibaba Cloud "Ensure data security" (disk encryption): https://www.alibabacloud.com/help/en/ecs/data-security',
  ],
  fixHint: 'Set system_disk_encrypted = true with system_disk_kms_key_id, and encrypted = true with kms_key_id on every data_disk block.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_configuration'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  // Provider 1.285.0: system_disk_encrypted is Optional with no default, sent as SystemDisk.Encrypted (false when unset).
  if (!isTrue(body.system_disk_encrypted) && !isExpression(body.system_disk_encrypted)) {
    out.push({ finding: 'system_disk', message: `system_disk_encrypted is ${show(body.system_disk_encrypted)}` });
  }
  blocks(body.data_disk).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) out.push({ finding: `data_disk[${i}]`, message: `data_disk[${i}].encrypted is ${show(d.encrypted)}` });
  });
  return out;
});
