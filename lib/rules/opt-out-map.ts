/**
 * Which rules each construct opt-out stands for.
 *
 * The hardened constructs record every weakening as an opt-out in the resource's `"//"` metadata
 * (`"//": {"hardening": {"optOuts": [{"id": "SecureInstance.PublicIp", "reason": "..."}]}}`). The rule
 * pack treats an opt-out as an acknowledgement of the rules listed here, with the opt-out's reason, so
 * the report shows every weakening in one place. Opt-out ids missing from this table are reported as
 * info findings (`ALI-META-001`) so the table cannot silently fall behind the constructs
 * (test/rules/opt-out-map.test.ts also scans `lib/` for every `recordOptOut(...)` id).
 */

/** One rule (optionally limited to some of its findings) that an opt-out acknowledges. */
export interface OptOutMapping {
  /** The rule id, e.g. `ALI-ECS-005`. */
  readonly ruleId: string;
  /**
   * Only these findings of the rule are acknowledged (e.g. `retention_days`).
   *
   * @default - every finding of the rule on the resource carrying the opt-out
   */
  readonly appliesTo?: readonly string[];
}

function rule(ruleId: string, ...appliesTo: string[]): OptOutMapping {
  return appliesTo.length ? Object.freeze({ ruleId, appliesTo: Object.freeze(appliesTo) }) : Object.freeze({ ruleId });
}

/** Opt-out ids with a fixed name, and the rules they acknowledge. */
export const OPT_OUT_RULES: Readonly<Record<string, readonly OptOutMapping[]>> = Object.freeze({
  'SecureInstance.MetadataWithoutToken': [rule('ALI-ECS-001')],
  'SecureInstance.Backups': [rule('ALI-ECS-011')],
  'SecureInstance.PasswordInherit': [rule('ALI-ECS-006', 'password_inherit')],
  'SecureInstance.PublicIp': [rule('ALI-ECS-005')],
  'SecureInstance.SecurityCenterAgent': [rule('ALI-ECS-007')],
  'SecureInstance.DeletionProtection': [rule('ALI-ECS-008')],
  'EncryptedDisk.Backups': [rule('ALI-DSK-003')],
  'EncryptedDisk.DeleteSnapshotsOnRelease': [rule('ALI-DSK-004')],
  'AccountEncryptionDefaults.CustomerKey': [rule('ALI-ENC-001', 'customer_key')],
  'EncryptionKey.Rotation': [rule('ALI-KMS-001', 'automatic_rotation')],
  'EncryptionKey.LongRotationInterval': [rule('ALI-KMS-001', 'rotation_interval')],
  'EncryptionKey.DeletionProtection': [rule('ALI-KMS-003')],
  'SnapshotPolicy.ShortRetention': [rule('ALI-SNP-001', 'retention_days')],
  'SnapshotPolicy.ShortCopyRetention': [rule('ALI-SNP-001', 'copied_snapshots_retention_days')],
  'HardenedSecurityGroup.InternetExposure': [rule('ALI-SG-002')],
  'HardenedSecurityGroup.AllowAllOutbound': [rule('ALI-SG-004')],
  'LeastPrivilegeRamPolicy.UserAttachment': [rule('ALI-RAM-002')],
  'StateBackendBootstrap.AllowDestroy': [rule('ALI-OSS-003')],
  'StateBackendBootstrap.LockTableInternetAccess': [rule('ALI-STATE-005')],
  'InstanceSecret.Rotation': [rule('ALI-SEC-002')],
});

/** An opt-out id family with a position, and the rules it acknowledges. */
export interface OptOutPattern {
  /** Matches the opt-out id. */
  readonly pattern: RegExp;
  /** The rules (and findings) the matched id acknowledges. */
  readonly rules: (match: RegExpExecArray) => OptOutMapping[];
}

/** Opt-out ids that carry a position, e.g. `LeastPrivilegeRamPolicy.InsecureTransport[2]`. */
export const OPT_OUT_PATTERNS: readonly OptOutPattern[] = Object.freeze([
  {
    // The policy's statements[n] is Statement[n] of the synthesized policy_document.
    pattern: /^LeastPrivilegeRamPolicy\.InsecureTransport\[(\d+)\]$/,
    rules: (m: RegExpExecArray) => [rule('ALI-RAM-003', `Statement[${m[1]}]`)],
  },
]);

/** The rules (and findings) an opt-out id acknowledges; empty for unknown ids. */
export function rulesForOptOut(optOutId: string): readonly OptOutMapping[] {
  if (typeof optOutId !== 'string') return [];
  if (Object.prototype.hasOwnProperty.call(OPT_OUT_RULES, optOutId)) return OPT_OUT_RULES[optOutId];
  for (const p of OPT_OUT_PATTERNS) {
    const m = p.pattern.exec(optOutId);
    if (m) return p.rules(m);
  }
  return [];
}
