import { PLATFORM_LIMITS } from '../../controls';
import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber, isExpression } from '../values';

/** ALI-KMS-004: the deletion pending window is set explicitly. */
export const kmsKeyPendingWindow = defineRule('ALI-KMS-004', ({ body }) => {
  const raw = body.pending_window_in_days ?? body.deletion_window_in_days;
  if (isExpression(raw)) return COMPLIANT;
  const days = asNumber(raw);
  if (days !== undefined && days >= PLATFORM_LIMITS.minPendingWindowDays && days <= PLATFORM_LIMITS.maxPendingWindowDays) return COMPLIANT;
  return violation(raw === undefined ? 'pending_window_in_days is not set' : `pending_window_in_days is ${String(raw)}`);
});
