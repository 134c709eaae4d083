import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, isTrue } from '../values';

/** ALI-ECS-006: no login password is set or inherited from the image. */
export const instanceNoPassword = defineRule({
  id: 'ALI-ECS-006',
  name: 'InstanceNoPassword',
  level: 'error',
  title: 'The instance sets no login password (password, kms_encrypted_password) and does not inherit one',
  controls: ['InfraGuard ecs-instance-login-use-keypair', 'KICS passwords_and_secrets (literal passwords)'],
  fixHint: 'Remove password / kms_encrypted_password / password_inherit and log in with a key pair (key_name) or Session Manager.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_instance', 'alicloud_ecs_instance_set'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  if (isSet(body.password)) out.push({ finding: 'password', message: 'password is set: password login is possible and the password is in the state' });
  if (isSet(body.kms_encrypted_password)) out.push({ finding: 'kms_encrypted_password', message: 'kms_encrypted_password is set: password login is possible' });
  if (isTrue(body.password_inherit)) out.push({ finding: 'password_inherit', message: 'password_inherit is true: the image password is used' });
  return out;
});
