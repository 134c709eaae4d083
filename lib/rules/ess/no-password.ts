import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, isTrue } from '../values';

/** ALI-ESS-002: instances a scaling configuration launches have no login password. */
export const scalingConfigurationNoPassword = defineRule({
  id: 'ALI-ESS-002',
  name: 'ScalingConfigurationNoPassword',
  level: 'error',
  title: 'The scaling configuration sets no login password (password, kms_encrypted_password) and does not inherit one',
  controls: ['InfraGuard ecs-instance-login-use-keypair', 'KICS passwords_and_secrets (literal passwords)'],
  fixHint: 'Remove password / kms_encrypted_password / password_inherit and use key_name (or Session Manager).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ess_scaling_configuration'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  if (isSet(body.password)) out.push({ finding: 'password', message: 'password is set: every instance of the group accepts password login, and the password is in the state' });
  if (isSet(body.kms_encrypted_password)) out.push({ finding: 'kms_encrypted_password', message: 'kms_encrypted_password is set: password login is possible' });
  if (isTrue(body.password_inherit)) out.push({ finding: 'password_inherit', message: 'password_inherit is true: the image password is used' });
  return out;
});
