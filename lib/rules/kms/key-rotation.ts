import { COMPLIANT, defineRule, violation } from '../rule';
import { isExpression, show } from '../values';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
const MAX_SECONDS = 365 * 86400;

/** Parses a KMS rotation interval such as `"365d"` or `"604800s"` into seconds. @internal */
export function rotationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+)\s*([smhd])\s*$/.exec(value);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]] : undefined;
}

/** ALI-KMS-001: automatic key rotation is on, at most every 365 days. */
export const kmsKeyRotation = defineRule({
  id: 'ALI-KMS-001',
  name: 'KmsKeyRotation',
  level: 'error',
  title: 'Symmetric keys rotate automatically (automatic_rotation = "Enabled", rotation_interval <= 365d)',
  controls: ['checkov CKV_ALI_27', 'KICS cb319d87-b90f-485e-a7e7-f2408380f309'],
  fixHint: 'Set automatic_rotation = "Enabled" and rotation_interval = "365d" (or shorter).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_key'],
}, ({ body }) => {
  // Asymmetric and imported (EXTERNAL) keys cannot rotate automatically.
  if (typeof body.key_spec === 'string' && /^(RSA|EC)_/i.test(body.key_spec)) return 'not-applicable';
  if (body.origin === 'EXTERNAL') return 'not-applicable';
  if (isExpression(body.automatic_rotation)) return COMPLIANT;
  if (body.automatic_rotation !== 'Enabled') return violation(`automatic_rotation is ${show(body.automatic_rotation)}`, 'automatic_rotation');
  if (body.rotation_interval === undefined || isExpression(body.rotation_interval)) return COMPLIANT;
  const seconds = rotationSeconds(body.rotation_interval);
  if (seconds === undefined || seconds > MAX_SECONDS) {
    return violation(`rotation_interval is ${show(body.rotation_interval)}: longer than 365 days or not understood`, 'rotation_interval');
  }
  return COMPLIANT;
});
