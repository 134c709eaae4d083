import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asList } from '../values';
import { policyStatements } from './policy';

const ACCOUNT_ROOT = /^acs:ram::(\d+|\*):root$/;

/**
 * ALI-RAM-008: a role's trust policy trusts no wildcard principal and no account root without a
 * condition. `"RAM": "*"` (or `acs:ram::*:root`, `"Principal": "*"`) lets every Alibaba Cloud
 * account assume the role; an account root without a Condition (`sts:ExternalId`, `acs:MFAPresent`,
 * source IP) lets every RAM user of that account with AssumeRole permission in — for another
 * account, a confused-deputy risk.
 */
export const ramRoleTrustNoWildcard = defineRule('ALI-RAM-008', ({ body }) => {
  const statements = policyStatements(body, ['assume_role_policy_document', 'document']);
  const legacy = asList(body.ram_users).map(String);
  if (!statements && legacy.length === 0) return 'not-applicable';
  const out: RuleViolation[] = [];
  const judge = (p: string, conditioned: boolean, where: string) => {
    const v = p.trim();
    if (v === '*' || v === 'acs:ram::*:root' || /^acs:ram::\*:/.test(v)) {
      out.push({ finding: `RAM:${v}`, message: `${where} trusts ${JSON.stringify(v)}: any Alibaba Cloud account can assume the role` });
    } else if (ACCOUNT_ROOT.test(v) && !conditioned) {
      out.push({ finding: `RAM:${v}`, message: `${where} trusts the account root ${v} without a Condition: every RAM user of that account allowed sts:AssumeRole can assume the role` });
    }
  };
  (statements ?? []).forEach((s, i) => {
    if (s.effect !== 'Allow') return;
    const conditioned = s.condition !== undefined && Object.keys(s.condition).length > 0;
    const p = s.principal;
    if (typeof p === 'string') {judge(p, conditioned, `Statement[${i}]`);} else if (typeof p === 'object' && p !== null) {
      for (const [kind, v] of Object.entries(p as Record<string, unknown>)) {
        if (kind === 'Service' || kind === 'Federated') continue;
        for (const x of asList(v)) judge(String(x), conditioned, `Statement[${i}]`);
      }
    }
  });
  for (const u of legacy) judge(u, false, 'ram_users');
  return out;
});
