import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ESS-004: the disks of a scaling configuration use a customer KMS key. */
export const scalingConfigurationDisksCustomerKey = defineRule({
  id: 'ALI-ESS-004',
  name: 'ScalingConfigurationDisksCustomerKey',
  level: 'error',
  title: 'The scaling configuration names a customer KMS key for the system disk (system_disk_kms_key_id) and every data_disk',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'InfraGuard ecs-disk-all-encrypted-by-kms'],
  fixHint: 'Set system_disk_kms_key_id and data_disk[].kms_key_id to an alicloud_kms_key id (e.g. "${alicloud_kms_key.key.id}").',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_configuration'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  if (!isSet(body.system_disk_kms_key_id)) out.push({ finding: 'system_disk', message: 'system_disk_kms_key_id is not set: the system disk uses the service key (or none)' });
  blocks(body.data_disk).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: `data_disk[${i}]`, message: `data_disk[${i}].kms_key_id is not set` });
  });
  return out;
});
