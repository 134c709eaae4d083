import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements, Statement } from './policy';

function requiresHttps(s: Statement): boolean {
  const bool = s.condition?.Bool ?? s.condition?.bool;
  const v = bool?.['acs:SecureTransport'];
  return v === true || v === 'true' || (Array.isArray(v) && v.length > 0 && v.every((x) => x === true || x === 'true'));
}

/** ALI-RAM-003: Allow statements only apply over HTTPS. */
export const ramPolicySecureTransport = defineRule({
  id: 'ALI-RAM-003',
  name: 'RamPolicySecureTransport',
  level: 'warning',
  title: 'Every Allow statement has Condition Bool "acs:SecureTransport" = "true"',
  controls: ['seed 002: access ECS resources with HTTPS (acs:SecureTransport)'],
  fixHint: 'Add "Condition": {"Bool": {"acs:SecureTransport": "true"}} to every Allow statement.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ram_policy'],
}, ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    if (s.effect === 'Allow' && !requiresHttps(s)) out.push({ finding: `Statement[${i}]`, message: `Statement[${i}] does not require acs:SecureTransport` });
  });
  return out;
});
