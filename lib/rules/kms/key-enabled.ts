import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isFalse, show } from '../values';

/** ALI-KMS-002: the key is enabled (usable). */
export const kmsKeyEnabled = defineRule({
  id: 'ALI-KMS-002',
  name: 'KmsKeyEnabled',
  level: 'error',
  title: 'The key is enabled (status/key_state not Disabled or PendingDeletion, is_enabled not false)',
  controls: ['checkov CKV_ALI_28', 'KICS ed6e3ba0-278f-47b6-a1f5-173576b40b7e'],
  fixHint: 'Remove status = "Disabled" / "PendingDeletion" (or set status = "Enabled").',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_key'],
}, ({ body }) => {
  const out: RuleViolation[] = [];
  for (const attr of ['status', 'key_state']) {
    const v = body[attr];
    if (v === 'Disabled' || v === 'PendingDeletion') out.push({ finding: attr, message: `${attr} is ${show(v)}` });
  }
  if (isFalse(body.is_enabled)) out.push({ finding: 'is_enabled', message: 'is_enabled is false' });
  return out;
});
