/**
 * TLS versions, cipher suites and system TLS policies of Application Load Balancer. One table, read
 * by `HttpsLoadBalancer` (which creates its policy from it) and by rule ALI-ALB-002 (which reports
 * policies and listeners that allow older versions), so the construct and the rule pack agree.
 *
 * Source: Alibaba Cloud "ALB TLS security policies"
 * (https://www.alibabacloud.com/help/en/slb/application-load-balancer/user-guide/tls-security-policies):
 * tls_cipher_policy_1_0 (the default of an HTTPS listener) allows TLS 1.0, 1.1 and 1.2;
 * tls_cipher_policy_1_1 allows 1.1 and 1.2; tls_cipher_policy_1_2, tls_cipher_policy_1_2_strict
 * allow 1.2 only; tls_cipher_policy_1_2_strict_with_1_3 allows 1.2 and 1.3.
 */

/** TLS versions a hardened ALB policy allows: 1.2 and 1.3 (no TLS 1.0/1.1; NIST SP 800-52r2, PCI DSS). */
export const ALB_TLS_VERSIONS: readonly string[] = Object.freeze(['TLSv1.2', 'TLSv1.3']);

/** TLS versions that no ALB policy may allow (the spellings ALB CreateSecurityPolicy `TLSVersions` accepts). */
export const ALB_WEAK_TLS_VERSIONS: readonly string[] = Object.freeze(['TLSv1.0', 'TLSv1.1', 'TLSv1']);

/** Forward-secret AEAD ciphers for TLS 1.2, and the TLS 1.3 suites (ALB CreateSecurityPolicy `Ciphers`). */
export const ALB_STRONG_CIPHERS: readonly string[] = Object.freeze([
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
]);

/** ALB system TLS policies that allow TLS 1.2 and later only. */
export const ALB_TLS12_SYSTEM_POLICIES: readonly string[] = Object.freeze([
  'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3',
]);
