import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements } from './policy';
import { statementFinding } from '../../controls';

/** ALI-RAM-001: no policy grants full administrative access. */
export const ramPolicyNoAdminAccess = defineRule('ALI-RAM-001', ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (s.effect === 'Allow' && s.actions.some((a) => a === '*' || a === '*:*') && s.resources.includes('*')) {
      const finding = statementFinding(s.raw);
      out.push({ finding, message: `Statement[${i}] (${finding}) allows "*:*" on "*" (full administrative access)` });
    }
  });
  return out;
});
