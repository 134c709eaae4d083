import { COMPLIANT, defineRule, violation } from '../rule';
import { RuleViolation } from '../types';
import { asList, isExpression, show } from '../values';

/** TLS versions that must not be offered. */
const WEAK_TLS = ['TLSv1.0', 'TLSv1.1', 'TLSv1'];

/** ALB system security policies that allow TLS 1.2 and later only. */
export const ALB_TLS12_SYSTEM_POLICIES: readonly string[] = [
  'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3',
];

/**
 * ALI-ALB-002: TLS policies allow TLS 1.2 and later only: an `alicloud_alb_security_policy` lists no
 * TLS 1.0/1.1, and an HTTPS listener names a TLS 1.2+ policy (unset means the system default
 * `tls_cipher_policy_1_0`, which allows TLS 1.0).
 */
export const albTlsPolicy = defineRule({
  id: 'ALI-ALB-002',
  name: 'AlbTlsPolicy',
  level: 'error',
  title: 'ALB TLS policies allow TLS 1.2+ only (custom policies without TLSv1.0/1.1; HTTPS listeners with such a policy)',
  controls: ['NIST SP 800-52r2 / PCI DSS: no TLS 1.0/1.1', 'ALB "TLS security policies"'],
  fixHint: 'Use tls_versions = ["TLSv1.2", "TLSv1.3"] and set security_policy_id on HTTPS listeners to it (or tls_cipher_policy_1_2_strict_with_1_3).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_alb_security_policy', 'alicloud_alb_listener'],
}, ({ type, body }) => {
  if (type === 'alicloud_alb_security_policy') {
    if (isExpression(body.tls_versions)) return COMPLIANT;
    const out: RuleViolation[] = [];
    for (const v of asList(body.tls_versions)) {
      if (typeof v === 'string' && WEAK_TLS.includes(v)) out.push({ finding: v, message: `tls_versions allows ${v}` });
    }
    return out;
  }
  const protocol = body.listener_protocol;
  if (typeof protocol !== 'string' || protocol.toUpperCase() !== 'HTTPS') return 'not-applicable';
  const policy = body.security_policy_id;
  if (policy === undefined || policy === null || policy === '') {
    return violation('security_policy_id is not set: the default tls_cipher_policy_1_0 allows TLS 1.0', 'security_policy_id');
  }
  if (isExpression(policy)) {
    // A custom policy of this document is judged on its own; other expressions are unknown.
    return COMPLIANT;
  }
  if (typeof policy === 'string' && policy.startsWith('tls_cipher_policy_') && !ALB_TLS12_SYSTEM_POLICIES.includes(policy)) {
    return violation(`security_policy_id ${show(policy)} allows TLS versions before 1.2`, 'security_policy_id');
  }
  return COMPLIANT;
});
