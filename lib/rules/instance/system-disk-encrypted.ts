import { effectiveInstanceValue, sourceNote } from '../private/launch-template';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/** ALI-ECS-002: the system disk is encrypted. */
export const instanceSystemDiskEncrypted = defineRule({
  id: 'ALI-ECS-002',
  name: 'InstanceSystemDiskEncrypted',
  level: 'error',
  title: 'The instance system disk is encrypted',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'seed 002: disk encryption', 'InfraGuard ecs-disk-all-encrypted-by-kms'],
  fixHint: 'Set system_disk_encrypted = true and system_disk_kms_key_id to a customer KMS key.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance'],
}, ({ body }, doc) => {
  const v = effectiveInstanceValue(body, 'system_disk_encrypted', doc);
  if (isTrue(v.value) || isExpression(v.value)) return COMPLIANT;
  return violation(`system_disk_encrypted is ${show(v.value)}${sourceNote(v)}`, 'system_disk');
});
