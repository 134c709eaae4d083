import { COMPLIANT, defineRule, violation } from '../rule';
import { asNumber, isExpression, show } from '../values';

/** Minimum snapshot retention in days. */
export const MIN_SNAPSHOT_RETENTION_DAYS = 7;

/** ALI-SNP-001: automatic snapshots are kept at least 7 days. */
export const snapshotPolicyRetention = defineRule({
  id: 'ALI-SNP-001',
  name: 'SnapshotPolicyRetention',
  level: 'warning',
  title: 'Automatic snapshot policies keep snapshots at least 7 days (retention_days >= 7 or -1 = forever)',
  controls: ['InfraGuard ecs-snapshot-retention-days', 'seed 002: data availability'],
  fixHint: 'Set retention_days to 7 or more (or -1 to keep snapshots until deleted).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ecs_auto_snapshot_policy'],
}, ({ body }) => {
  if (isExpression(body.retention_days)) return COMPLIANT;
  const days = asNumber(body.retention_days);
  if (days === -1 || (days !== undefined && days >= MIN_SNAPSHOT_RETENTION_DAYS)) return COMPLIANT;
  return violation(`retention_days is ${show(body.retention_days)}`);
});
