import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, isTrue } from '../values';

/** ALI-ECS-006: no login password is set or inherited from the image. */
export const instanceNoPassword = defineRule('ALI-ECS-006', ({ body }) => {
  const out: RuleViolation[] = [];
  if (isSet(body.password)) out.push({ finding: 'password', message: 'password is set: password login is possible and the password is in the state' });
  if (isSet(body.kms_encrypted_password)) out.push({ finding: 'kms_encrypted_password', message: 'kms_encrypted_password is set: password login is possible' });
  if (isTrue(body.password_inherit)) out.push({ finding: 'password_inherit', message: 'password_inherit is true: the image password is used' });
  return out;
});
