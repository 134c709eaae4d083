import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asNumber, isExpression, isTrue, show } from '../values';

/** Minimum snapshot retention in days. */
export const MIN_SNAPSHOT_RETENTION_DAYS = 7;

function tooShort(value: unknown): boolean {
  if (isExpression(value)) return false;
  const days = asNumber(value);
  return !(days === -1 || (days !== undefined && days >= MIN_SNAPSHOT_RETENTION_DAYS));
}

/** ALI-SNP-001: automatic snapshots (and their cross-region copies) are kept at least 7 days. */
export const snapshotPolicyRetention = defineRule({
  id: 'ALI-SNP-001',
  name: 'SnapshotPolicyRetention',
  level: 'warning',
  title: 'Automatic snapshot policies keep snapshots, and cross-region copies, at least 7 days (>= 7, or -1 = until deleted)',
  controls: ['InfraGuard ecs-snapshot-retention-days', 'seed 002: data availability', 'not checked by checkov or KICS'],
  fixHint: 'Set retention_days (and copied_snapshots_retention_days when copying) to 7 or more, or -1 to keep snapshots until deleted.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_auto_snapshot_policy', 'alicloud_snapshot_policy'],
}, ({ body }) => {
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
