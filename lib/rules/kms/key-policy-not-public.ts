import { statementFinding } from '../../controls';
import { isEveryAction } from '../private/admin-policy';
import { policyStatements } from '../ram/policy';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asList } from '../values';

function isAnyone(principal: unknown): string | undefined {
  if (principal === '*') return '*';
  if (typeof principal !== 'object' || principal === null) return undefined;
  for (const [kind, v] of Object.entries(principal as Record<string, unknown>)) {
    for (const x of asList(v)) {
      const s = String(x).trim();
      if (s === '*' || /^acs:ram::\*:/.test(s)) return `${kind}: ${s}`;
    }
  }
  return undefined;
}

/**
 * ALI-KMS-005: the key policy does not grant key administration or use to everyone. A key policy
 * (`alicloud_kms_key.policy`) that allows `kms:*` (or `*`) to Principal `*` / `"RAM": "*"` without a
 * Condition lets any principal decrypt every disk and snapshot the key protects, and schedule it for
 * deletion.
 */
export const kmsKeyPolicyNotPublic = defineRule('ALI-KMS-005', ({ body }) => {
  if (body.policy === undefined) return 'not-applicable';
  const statements = policyStatements(body, ['policy']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (s.effect !== 'Allow' || (s.condition && Object.keys(s.condition).length > 0)) return;
    const who = isAnyone(s.principal);
    if (!who) return;
    const broad = s.actions.filter((a) => isEveryAction(a) || /^kms:/i.test(a.trim()));
    if (!broad.length) return;
    const finding = statementFinding(s.raw);
    out.push({ finding, message: `Statement[${i}] (${finding}) allows ${broad.join(', ')} to ${who}: anyone can use (or delete) the key` });
  });
  return out;
});
