import { defineRule, violation } from '../rule';
import { isExpression, isTrue, show } from '../values';

/**
 * ALI-SEC-002: a managed KMS secret (any `secret_type` but `Generic`: Rds, Redis, RAMCredentials,
 * ECS, PolarDB) rotates automatically. Generic secrets cannot rotate automatically (KMS
 * UpdateSecretRotationPolicy), so the rule does not apply to them.
 */
export const kmsSecretRotation = defineRule({
  id: 'ALI-SEC-002',
  name: 'KmsSecretRotation',
  level: 'warning',
  title: 'A managed KMS secret (Rds, Redis, RAMCredentials, ECS, PolarDB) rotates automatically',
  controls: ['Ensure data security (https://www.alibabacloud.com/help/en/ecs/data-security): credential rotation'],
  fixHint: 'Set enable_automatic_rotation = true and rotation_interval (e.g. "30d"); InstanceSecret does unless disableRotation is given.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_secret'],
}, ({ body }) => {
  const type = body.secret_type;
  if (type === undefined || type === 'Generic' || isExpression(type)) return 'not-applicable';
  return isTrue(body.enable_automatic_rotation) || isExpression(body.enable_automatic_rotation) ? []
    : violation(`${show(type)} secret with enable_automatic_rotation ${show(body.enable_automatic_rotation)}`, 'enable_automatic_rotation');
});
