import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asNumber, isExpression, isFalse, show } from '../values';

/** The RAM password policy CIS Alibaba Cloud Foundations 1.7-1.14 asks for. */
const PASSWORD_POLICY = Object.freeze({
  /** CIS 1.11: minimum length 14 or greater. */
  minimumLength: 14,
  /** CIS 1.13 (v1.0.0): passwords expire within 90 days. */
  maxAgeDays: 90,
  /** CIS 1.12: prevent reuse (the CIS remediation uses 5; the provider allows up to 24). */
  minReusePrevention: 5,
  /** CIS 1.14: block logon after 5 incorrect attempts within an hour. */
  maxLoginAttempts: 5,
});

/**
 * ALI-RAM-009: the account password policy is as strong as CIS Alibaba Cloud Foundations asks. The
 * provider defaults (`resource_alicloud_ram_account_password_policy.go`) are length 12, no expiry
 * (0), no reuse prevention (0) and 5 login attempts, so an empty policy fails on length, age and
 * reuse.
 */
export const ramPasswordPolicyStrong = defineRule('ALI-RAM-009', ({ body }) => {
  const out: RuleViolation[] = [];
  const num = (attr: string, dflt: number) => {
    const v = body[attr];
    if (v === undefined || v === null) return dflt;
    return isExpression(v) ? undefined : asNumber(v);
  };
  const length = num('minimum_password_length', 12);
  if (length !== undefined && length < PASSWORD_POLICY.minimumLength) {
    out.push({ finding: 'minimum_password_length', message: `minimum_password_length is ${show(body.minimum_password_length ?? 12)} (provider default 12): CIS asks for 14 or more` });
  }
  for (const attr of ['require_uppercase_characters', 'require_lowercase_characters', 'require_symbols', 'require_numbers']) {
    if (isFalse(body[attr])) out.push({ finding: attr, message: `${attr} is false` });
  }
  const age = num('max_password_age', 0);
  if (age !== undefined && (age <= 0 || age > PASSWORD_POLICY.maxAgeDays)) {
    out.push({ finding: 'max_password_age', message: `max_password_age is ${show(body.max_password_age ?? 0)}${age === 0 ? ' (passwords never expire)' : ''}: CIS asks for 90 days or less` });
  }
  const reuse = num('password_reuse_prevention', 0);
  if (reuse !== undefined && reuse < PASSWORD_POLICY.minReusePrevention) {
    out.push({ finding: 'password_reuse_prevention', message: `password_reuse_prevention is ${show(body.password_reuse_prevention ?? 0)}: old passwords can be reused` });
  }
  const attempts = num('max_login_attempts', 5);
  if (attempts !== undefined && (attempts <= 0 || attempts > PASSWORD_POLICY.maxLoginAttempts)) {
    out.push({ finding: 'max_login_attempts', message: `max_login_attempts is ${show(body.max_login_attempts)}${attempts === 0 ? ' (no lockout)' : ''}: CIS asks for 5 or fewer` });
  }
  return out;
});
