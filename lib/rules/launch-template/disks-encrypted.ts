import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue, show } from '../values';

/** ALI-LT-001: the launch template's system disk and data disks are encrypted. */
export const launchTemplateDisksEncrypted = defineRule({
  id: 'ALI-LT-001',
  name: 'LaunchTemplateDisksEncrypted',
  level: 'error',
  title: 'The launch template encrypts its system_disk and every data_disks block',
  controls: ['CIS Alibaba Cloud Foundations v2 4.2', 'checkov CKV_ALI_32 (data disks only)', 'InfraGuard ecs-launch-template-version-data-disk-encrypted'],
  fixHint: 'Add system_disk { encrypted = true, kms_key_id } and set encrypted = true on every data_disks block.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_launch_template', 'alicloud_launch_template'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  const sys = blocks(body.system_disk)[0];
  if (!sys || (!isTrue(sys.encrypted) && !isExpression(sys.encrypted))) {
    out.push({ finding: 'system_disk', message: `system_disk.encrypted is ${show(sys?.encrypted)}` });
  }
  blocks(body.data_disks).forEach((d, i) => {
    if (!isTrue(d.encrypted) && !isExpression(d.encrypted)) {
      out.push({ finding: `data_disks[${i}]`, message: `data_disks[${i}].encrypted is ${show(d.encrypted)}` });
    }
  });
  return out;
});
