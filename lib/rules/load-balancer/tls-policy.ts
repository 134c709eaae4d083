import { ALB_TLS12_SYSTEM_POLICIES, ALB_WEAK_TLS_VERSIONS } from '../../controls';
import { COMPLIANT, defineRule, violation } from '../rule';
import { RuleViolation } from '../types';
import { asList, isExpression, show } from '../values';

/**
 * ALI-ALB-002: TLS policies allow TLS 1.2 and later only: an `alicloud_alb_security_policy` lists no
 * TLS 1.0/1.1, and an HTTPS listener names a TLS 1.2+ policy (unset means the system default
 * `tls_cipher_policy_1_0`, which allows TLS 1.0).
 */
export const albTlsPolicy = defineRule('ALI-ALB-002', ({ type, body }) => {
  if (type === 'alicloud_alb_security_policy') {
    if (isExpression(body.tls_versions)) return COMPLIANT;
    const out: RuleViolation[] = [];
    for (const v of asList(body.tls_versions)) {
      if (typeof v === 'string' && ALB_WEAK_TLS_VERSIONS.includes(v)) out.push({ finding: v, message: `tls_versions allows ${v}` });
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
