import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isSet, isTrue } from '../values';

/** ALI-ESS-002: instances a scaling configuration launches have no login password. */
export const scalingConfigurationNoPassword = defineRule('ALI-ESS-002', ({ body }) => {
  const out: RuleViolation[] = [];
  if (isSet(body.password)) out.push({ finding: 'password', message: 'password is set: every instance of the group accepts password login, and the password is in the state' });
  if (isSet(body.kms_encrypted_password)) out.push({ finding: 'kms_encrypted_password', message: 'kms_encrypted_password is set: password login is possible' });
  if (isTrue(body.password_inherit)) out.push({ finding: 'password_inherit', message: 'password_inherit is true: the image password is used' });
  return out;
});
