import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet, show } from '../values';

/**
 * ALI-RAM-007: no long-lived RAM AccessKey is created. An `alicloud_ram_access_key` never expires,
 * and its secret lands in the Terraform state (or `secret_file`) unless `pgp_key` encrypts it.
 * Workloads on ECS use their instance role's STS tokens; people use SSO or console logins.
 */
export const ramNoAccessKeys = defineRule('ALI-RAM-007', ({ body }) => {
  if (body.status === 'Inactive') return COMPLIANT;
  const where = isSet(body.pgp_key) ? 'encrypted with pgp_key in the state' : isSet(body.secret_file) ? `written to ${show(body.secret_file)} and the state` : 'stored in plain text in the Terraform state';
  return violation(`an access key for user ${show(body.user_name)} never expires; its secret is ${where}`);
});
