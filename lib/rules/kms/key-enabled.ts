import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { isFalse, show } from '../values';

/** ALI-KMS-002: the key is enabled (usable). */
export const kmsKeyEnabled = defineRule('ALI-KMS-002', ({ body }) => {
  const out: RuleViolation[] = [];
  for (const attr of ['status', 'key_state']) {
    const v = body[attr];
    if (v === 'Disabled' || v === 'PendingDeletion') out.push({ finding: attr, message: `${attr} is ${show(v)}` });
  }
  if (isFalse(body.is_enabled)) out.push({ finding: 'is_enabled', message: 'is_enabled is false' });
  return out;
});
