import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements } from './policy';
import { grantsFullAdmin } from '../private/admin-policy';

/** ALI-RAM-001: no policy grants full administrative access. */
export const ramPolicyNoAdminAccess = defineRule({
  id: 'ALI-RAM-001',
  name: 'RamPolicyNoAdminAccess',
  level: 'error',
  title: 'No RAM policy statement allows Action "*" (or "*:*") on Resource "*" (or "acs:*:*:*:*")',
  controls: ['CIS Alibaba Cloud Foundations v2 1.15', 'KICS e8e62026-da63-4904-b402-65adfe3ca975 (reads only `document`)'],
  fixHint: 'Grant only the actions and resources the role needs.',
  acknowledgeable: false,
  resourceTypes: ['alicloud_ram_policy'],
}, ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (grantsFullAdmin(s)) {
      out.push({ finding: `Statement[${i}]`, message: `Statement[${i}] allows "*:*" on "*" (full administrative access)` });
    }
  });
  return out;
});
