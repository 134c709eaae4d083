import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isSet } from '../values';

/** ALI-ECS-004: the system disk and inline data disks are encrypted with a customer KMS key. */
export const instanceDisksCustomerKey = defineRule({
  id: 'ALI-ECS-004',
  name: 'InstanceDisksCustomerKey',
  level: 'error',
  title: 'The system disk and every inline data disk name a customer KMS key',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'checkov CKV_ALI_8 (alicloud_disk only)', 'KICS f262118c-1ac6-4bb3-8495-cc48f1775b85 (alicloud_disk only)'],
  fixHint: 'Set system_disk_kms_key_id and data_disks[].kms_key_id to an alicloud_kms_key id (e.g. "${alicloud_kms_key.key.id}").',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance'],
}, ({ body }, doc) => {
  const out: RuleViolation[] = [];
  const sysKey = effectiveInstanceValue(body, 'system_disk_kms_key_id', doc);
  if (!isSet(sysKey.value)) {
    out.push({ finding: 'system_disk', message: `system_disk_kms_key_id is not set${sourceNote(sysKey)}: the system disk uses the service key (or none)` });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isSet(d.kms_key_id)) out.push({ finding: `data_disks[${i}]`, message: `data_disks[${i}].kms_key_id is not set` });
  });
  return out;
});
