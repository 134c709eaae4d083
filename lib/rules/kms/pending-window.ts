import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber, isExpression } from '../values';

/** ALI-KMS-004: the deletion pending window is set explicitly. */
export const kmsKeyPendingWindow = defineRule({
  id: 'ALI-KMS-004',
  name: 'KmsKeyPendingWindow',
  level: 'warning',
  title: 'The key sets its deletion pending window (pending_window_in_days, 7 to 366)',
  controls: ['seed 002: data confidentiality', 'provider: pending_window_in_days IntBetween(7, 366)'],
  fixHint: 'Set pending_window_in_days = 30 (or longer), so a deletion can be cancelled.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_key'],
}, ({ body }) => {
  const raw = body.pending_window_in_days ?? body.deletion_window_in_days;
  if (isExpression(raw)) return COMPLIANT;
  const days = asNumber(raw);
  if (days !== undefined && days >= 7 && days <= 366) return COMPLIANT;
  return violation(raw === undefined ? 'pending_window_in_days is not set' : `pending_window_in_days is ${String(raw)}`);
});
