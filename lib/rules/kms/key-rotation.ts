import { PLATFORM_LIMITS } from '../../controls';
import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
const MAX_SECONDS = PLATFORM_LIMITS.maxRotationDays * 86400;

/** Parses a KMS rotation interval such as `"365d"` or `"604800s"` into seconds. @internal */
export function rotationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+)\s*([smhd])\s*$/.exec(value);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : undefined;
}

/** ALI-KMS-001: automatic key rotation is on, at most every 365 days. */
export const kmsKeyRotation = defineRule('ALI-KMS-001', ({ body }) => {
  // Asymmetric and imported (EXTERNAL) keys cannot rotate automatically.
  if (typeof body.key_spec === 'string' && /^(RSA|EC)_/i.test(body.key_spec)) return 'not-applicable';
  if (body.origin === 'EXTERNAL') return 'not-applicable';
  if (isExpression(body.automatic_rotation)) return COMPLIANT;
  if (body.automatic_rotation !== 'Enabled') return violation(`automatic_rotation is ${show(body.automatic_rotation)}`, 'automatic_rotation');
  if (body.rotation_interval === undefined || isExpression(body.rotation_interval)) return COMPLIANT;
  const seconds = rotationSeconds(body.rotation_interval);
  if (seconds === undefined || seconds > MAX_SECONDS) {
    return violation(`rotation_interval is ${show(body.rotation_interval)}: longer than ${PLATFORM_LIMITS.maxRotationDays} days or not understood`, 'rotation_interval');
  }
  return COMPLIANT;
});
