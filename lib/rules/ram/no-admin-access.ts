import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements } from './policy';
import { statementFinding } from '../../controls';
import { grantsFullAdmin } from '../private/admin-policy';

/** ALI-RAM-001: no policy grants full administrative access (`*` on `*` or `acs:*:*:*:*`). */
export const ramPolicyNoAdminAccess = defineRule('ALI-RAM-001', ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (grantsFullAdmin(s)) {
      const finding = statementFinding(s.raw);
      out.push({ finding, message: `Statement[${i}] (${finding}) allows "*:*" on "*" (full administrative access)` });
    }
  });
  return out;
});
