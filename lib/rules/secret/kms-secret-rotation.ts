import { defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/**
 * ALI-SEC-002: a managed KMS secret (any `secret_type` but `Generic`: Rds, Redis, RAMCredentials,
 * ECS, PolarDB) rotates automatically. Generic secrets cannot rotate automatically (KMS
 * UpdateSecretRotationPolicy), so the rule does not apply to them.
 */
export const kmsSecretRotation = defineRule('ALI-SEC-002', ({ body }) => {
  const type = body.secret_type;
  if (type === undefined || type === 'Generic' || isExpression(type)) return 'not-applicable';
  return isTrue(body.enable_automatic_rotation) || isExpression(body.enable_automatic_rotation) ? []
    : violation(`${show(type)} secret with enable_automatic_rotation ${show(body.enable_automatic_rotation)}`, 'enable_automatic_rotation');
});
