import { statementFinding } from '../../controls';
import { adminEquivalence } from '../private/admin-policy';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements } from './policy';

/**
 * ALI-RAM-005: no policy statement is admin-equivalent without being `*` on `*` (ALI-RAM-001 covers
 * that): an Allow with `NotAction` on every resource, or full access to RAM, STS, KMS or ECS on every
 * resource. `ram:*` lets the holder grant itself anything, `sts:*` assume any role that trusts the
 * account, `kms:*` decrypt every key, `ecs:*` take over every instance and read its user data.
 */
export const ramPolicyNoAdminEquivalent = defineRule('ALI-RAM-005', ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    const why = adminEquivalence(s);
    if (why) {
      const finding = statementFinding(s.raw);
      out.push({ finding, message: `Statement[${i}] (${finding}) ${why}` });
    }
  });
  return out;
});
