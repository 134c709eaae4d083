/**
 * Which rules each construct opt-out stands for.
 *
 * The hardened constructs record every weakening as an opt-out in the resource's `"//"` metadata
 * (`"//": {"hardening": {"optOuts": [{"id": "SecureInstance.PublicIp", "reason": "..."}]}}`). The rule
 * pack treats an opt-out as an acknowledgement of the rules listed here, with the opt-out's reason, so
 * the report shows every weakening in one place. Opt-out ids missing from this table are reported as
 * info findings (`ALI-META-001`) so the table cannot silently fall behind the constructs.
 */
export const OPT_OUT_RULES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'SecureInstance.MetadataWithoutToken': ['ALI-ECS-001'],
  'SecureInstance.Backups': ['ALI-ECS-011'],
  'SecureInstance.PasswordInherit': ['ALI-ECS-006'],
  'SecureInstance.PublicIp': ['ALI-ECS-005'],
  'SecureInstance.SecurityCenterAgent': ['ALI-ECS-007'],
  'SecureInstance.DeletionProtection': ['ALI-ECS-008'],
});

/** The rule ids an opt-out id acknowledges (empty for unknown ids). */
export function rulesForOptOut(optOutId: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(OPT_OUT_RULES, optOutId) ? OPT_OUT_RULES[optOutId] : [];
}
