import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet, show } from '../values';

/**
 * ALI-RAM-007: no long-lived RAM AccessKey is created. An `alicloud_ram_access_key` never expires,
 * and its secret lands in the Terraform state (or `secret_file`) unless `pgp_key` encrypts it.
 * Workloads on ECS use their instance role's STS tokens; people use SSO or console logins.
 */
export const ramNoAccessKeys = defineRule({
  id: 'ALI-RAM-007',
  name: 'RamNoAccessKeys',
  level: 'error',
  title: 'No active alicloud_ram_access_key (long-lived credentials): use instance roles and STS tokens',
  controls: [
    'CIS Alibaba Cloud Foundations v2 1.2 (no root access key) and 1.6 (access keys rotated every 90 days)',
    'Alibaba Cloud "Ensure data security" (use STS tokens of an instance RAM role instead of AccessKeys): https://www.alibabacloud.com/help/en/ecs/data-security',
  ],
  fixHint: 'Remove the access key: give the workload an instance RAM role (role_name) and read STS tokens from the metadata service with http_tokens = "required".',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ram_access_key'],
}, ({ body }) => {
  if (body.status === 'Inactive') return COMPLIANT;
  const where = isSet(body.pgp_key) ? 'encrypted with pgp_key in the state' : isSet(body.secret_file) ? `written to ${show(body.secret_file)} and the state` : 'stored in plain text in the Terraform state';
  return violation(`an access key for user ${show(body.user_name)} never expires; its secret is ${where}`);
});
