import { PLATFORM_LIMITS } from '../../controls';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asNumber, isExpression, isTrue, show } from '../values';

const MIN_SNAPSHOT_RETENTION_DAYS = PLATFORM_LIMITS.minSnapshotRetentionDays;

function tooShort(value: unknown): boolean {
  if (isExpression(value)) return false;
  const days = asNumber(value);
  return !(days === -1 || (days !== undefined && days >= MIN_SNAPSHOT_RETENTION_DAYS));
}

/** ALI-SNP-001: automatic snapshots (and their cross-region copies) are kept at least 7 days. */
export const snapshotPolicyRetention = defineRule('ALI-SNP-001', ({ body }) => {
  const out: RuleViolation[] = [];
  if (tooShort(body.retention_days)) {
    out.push({ finding: 'retention_days', message: `retention_days is ${show(body.retention_days)}` });
  }
  // The provider default for copied_snapshots_retention_days is -1 (kept until deleted).
  if (isTrue(body.enable_cross_region_copy) && body.copied_snapshots_retention_days !== undefined
    && tooShort(body.copied_snapshots_retention_days)) {
    out.push({ finding: 'copied_snapshots_retention_days', message: `copied_snapshots_retention_days is ${show(body.copied_snapshots_retention_days)}` });
  }
  return out;
});
