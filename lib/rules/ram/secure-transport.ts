import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements, Statement } from './policy';
import { statementFinding } from '../../controls';

function requiresHttps(s: Statement): boolean {
  const bool = s.condition?.Bool ?? s.condition?.bool;
  const v = bool?.['acs:SecureTransport'];
  return v === true || v === 'true' || (Array.isArray(v) && v.length > 0 && v.every((x) => x === true || x === 'true'));
}

/** ALI-RAM-003: Allow statements only apply over HTTPS. */
export const ramPolicySecureTransport = defineRule('ALI-RAM-003', ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (s.effect === 'Allow' && !requiresHttps(s)) {
      const finding = statementFinding(s.raw);
      out.push({ finding, message: `Statement[${i}] (${finding}) does not require acs:SecureTransport` });
    }
  });
  return out;
});
