import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-LT-002: the launch template's disks name a customer KMS key. */
export const launchTemplateDisksCustomerKey = defineRule({
  id: 'ALI-LT-002',
  name: 'LaunchTemplateDisksCustomerKey',
  level: 'error',
  title: 'The launch template system_disk and every data_disks block name a customer KMS key',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'seed 002: disk encryption'],
  fixHint: 'Set kms_key_id on system_disk and on every data_disks block.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_launch_template', 'alicloud_launch_template'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  if (!isSet(blocks(body.system_disk)[0]?.kms_key_id)) out.push({ finding: 'system_disk', message: 'system_disk.kms_key_id is not set' });
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: `data_disks[${i}]`, message: `data_disks[${i}].kms_key_id is not set` });
  });
  return out;
});
