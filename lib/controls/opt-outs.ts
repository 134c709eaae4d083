/**
 * What every construct opt-out means: the rules (and findings) it acknowledges and the construct
 * warnings it accepts. A construct opt-out is written to the resource as the same acknowledgement
 * record `Acknowledgements.of(scope).add(...)` writes (`"//".hardening.acknowledgements`), tagged
 * with the opt-out id, so the rule pack has one acknowledgement path.
 */

/** One rule an opt-out acknowledges. */
export interface OptOutWaiver {
  /** The rule id, e.g. `ALI-ECS-005`. */
  readonly ruleId: string;
  /**
   * The findings of the rule the opt-out acknowledges.
   *
   * - a list: exactly these findings (e.g. `["retention_days"]`);
   * - `"per-use"`: the findings of this use of the opt-out, named by the construct with the
   *   catalogue's finding ids (`portFinding`, `statementFinding`); see `perUse`;
   * - absent: every finding of the rule on the resources that carry the opt-out.
   *
   * @default - every finding of the rule on the resource
   */
  readonly appliesTo?: readonly string[] | 'per-use';
  /**
   * For `appliesTo: "per-use"`: which findings a use names.
   *
   * @default - none
   */
  readonly perUse?: string;
}

/** One construct opt-out. */
export interface OptOutControl {
  /** Stable id, e.g. `SecureInstance.PublicIp`. */
  readonly id: string;
  /** The construct property that takes the `OptOut`. */
  readonly property: string;
  /** The hardened default it turns off. */
  readonly description: string;
  /** The rules it acknowledges (every one of them acknowledgeable). */
  readonly rules: readonly OptOutWaiver[];
  /**
   * Construct warnings (stable ids) it accepts.
   *
   * @default - none
   */
  readonly warnings?: readonly string[];
}

const OPT_OUTS: readonly OptOutControl[] = [
  { id: 'SecureInstance.MetadataWithoutToken', property: 'allowMetadataWithoutToken', description: 'instance metadata readable without a token', rules: [{ ruleId: 'ALI-ECS-001' }] },
  { id: 'SecureInstance.Backups', property: 'disableBackups', description: 'no automatic snapshot policy on the instance disks', rules: [{ ruleId: 'ALI-ECS-011' }] },
  { id: 'SecureInstance.PasswordInherit', property: 'passwordInherit', description: 'the login password of the image is used', rules: [{ ruleId: 'ALI-ECS-006', appliesTo: ['password_inherit'] }] },
  { id: 'SecureInstance.PublicIp', property: 'publicIp.optOut', description: 'a public IP address', rules: [{ ruleId: 'ALI-ECS-005' }] },
  { id: 'SecureInstance.SecurityCenterAgent', property: 'disableSecurityCenterAgent', description: 'no Security Center agent', rules: [{ ruleId: 'ALI-ECS-007' }] },
  {
    id: 'SecureInstance.UserDataSecrets',
    property: 'allowUserDataSecrets',
    description: 'user data that looks like it holds a credential (AccessKey, private key, password, token)',
    rules: [{ ruleId: 'ALI-ECS-014', appliesTo: ['user_data'] }],
    warnings: ['SecureInstance.UserDataSecret'],
  },
  { id: 'SecureInstance.DeletionProtection', property: 'disableDeletionProtection', description: 'no release protection', rules: [{ ruleId: 'ALI-ECS-008' }] },
  {
    id: 'SecureLaunchTemplate.MetadataWithoutToken',
    property: 'allowMetadataWithoutToken',
    description: 'instances launched from the template read metadata without a token',
    rules: [{ ruleId: 'ALI-LT-003' }],
  },
  {
    id: 'SecureScalingGroup.MetadataWithoutToken',
    property: 'launchTemplate (its allowMetadataWithoutToken)',
    description: 'the group launches instances that read metadata without a token',
    rules: [{ ruleId: 'ALI-ASG-001', appliesTo: ['http_tokens'] }],
  },
  { id: 'SecureScalingGroup.DeletionProtection', property: 'disableDeletionProtection', description: 'no deletion protection on the scaling group', rules: [{ ruleId: 'ALI-ASG-002' }] },
  { id: 'SecureScalingGroup.SingleZone', property: 'singleZone', description: 'the scaling group in one vSwitch (one zone)', rules: [{ ruleId: 'ALI-ASG-003' }] },
  { id: 'EncryptedDisk.Backups', property: 'disableBackups', description: 'no automatic snapshot policy on the disk', rules: [{ ruleId: 'ALI-DSK-003' }] },
  { id: 'EncryptedDisk.DeleteSnapshotsOnRelease', property: 'deleteSnapshotsOnRelease', description: 'automatic snapshots deleted with the disk', rules: [{ ruleId: 'ALI-DSK-004' }] },
  { id: 'AccountEncryptionDefaults.CustomerKey', property: 'useServiceKey', description: 'default disk encryption with the ECS service key', rules: [{ ruleId: 'ALI-ENC-001', appliesTo: ['customer_key'] }] },
  { id: 'EncryptionKey.Rotation', property: 'disableRotation', description: 'no automatic key rotation', rules: [{ ruleId: 'ALI-KMS-001', appliesTo: ['automatic_rotation'] }] },
  { id: 'EncryptionKey.LongRotationInterval', property: 'allowLongRotationInterval', description: 'a rotation interval above 365 days', rules: [{ ruleId: 'ALI-KMS-001', appliesTo: ['rotation_interval'] }] },
  { id: 'EncryptionKey.DeletionProtection', property: 'disableDeletionProtection', description: 'no deletion protection on the key', rules: [{ ruleId: 'ALI-KMS-003' }] },
  { id: 'SnapshotPolicy.ShortRetention', property: 'allowShortRetention', description: 'snapshots kept under 7 days', rules: [{ ruleId: 'ALI-SNP-001', appliesTo: ['retention_days'] }] },
  { id: 'SnapshotPolicy.ShortCopyRetention', property: 'copy.allowShortRetention', description: 'cross-region copies kept under 7 days', rules: [{ ruleId: 'ALI-SNP-001', appliesTo: ['copied_snapshots_retention_days'] }] },
  {
    id: 'HardenedSecurityGroup.InternetExposure',
    property: 'internetExposure',
    description: 'ingress from the whole internet (0.0.0.0/0 or ::/0)',
    rules: [{ ruleId: 'ALI-SG-002', appliesTo: 'per-use', perUse: 'port:<n> for each sensitive port (SENSITIVE_PORTS) the rule covers' }],
    warnings: ['HardenedSecurityGroup.InternetIngress'],
  },
  { id: 'HardenedSecurityGroup.AllowAllOutbound', property: 'allowAllOutbound', description: 'all outbound traffic accepted', rules: [{ ruleId: 'ALI-SG-004' }] },
  { id: 'LeastPrivilegeRamPolicy.UserAttachment', property: 'attachToUser', description: 'a policy attached directly to a RAM user', rules: [{ ruleId: 'ALI-RAM-002' }] },
  {
    id: 'LeastPrivilegeRamPolicy.InsecureTransport',
    property: 'statements[].allowInsecureTransport',
    description: 'an Allow statement that also applies over plain HTTP',
    rules: [{ ruleId: 'ALI-RAM-003', appliesTo: 'per-use', perUse: 'Sid:<sid> of the statement (statementFinding)' }],
  },
  {
    id: 'EncryptedImage.Share',
    property: 'shareWith(accountId, optOut)',
    description: 'an image shared with another Alibaba Cloud account',
    // One alicloud_image_share_permission per account: the rule's one finding there is that account.
    rules: [{ ruleId: 'ALI-IMG-002' }],
  },
  {
    id: 'HardenedImagePipeline.PublicBandwidth',
    property: 'publicBandwidth.optOut',
    description: 'public bandwidth on the image build instance',
    rules: [{ ruleId: 'ALI-IMG-003', appliesTo: ['internet_max_bandwidth_out'] }],
  },
  {
    id: 'StateBackendBootstrap.AllowDestroy',
    property: 'allowDestroy',
    description: 'the state bucket, log bucket and lock table can be destroyed (no lifecycle prevent_destroy)',
    rules: [{ ruleId: 'ALI-OSS-003' }],
  },
  {
    id: 'StateBackendBootstrap.LockTableInternetAccess',
    property: 'allowInternetAccessToLockTable',
    description: 'the Tablestore lock table admits INTERNET or CLASSIC networks, not only the VPC',
    rules: [{ ruleId: 'ALI-STATE-005', appliesTo: ['network_type_acl'] }],
  },
  { id: 'InstanceSecret.Rotation', property: 'disableRotation', description: 'no automatic rotation of a managed secret type', rules: [{ ruleId: 'ALI-SEC-002', appliesTo: ['enable_automatic_rotation'] }] },
];

/** Every construct opt-out, by id. */
export const OPT_OUT_CATALOGUE: Readonly<Record<string, OptOutControl>> = Object.freeze(
  Object.fromEntries(OPT_OUTS.map((o) => [o.id, Object.freeze({ ...o, rules: Object.freeze(o.rules.map((r) => Object.freeze({ ...r }))) })])));

/** The catalogue entry of an opt-out id, or undefined. */
export function optOutControl(id: string): OptOutControl | undefined {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(OPT_OUT_CATALOGUE, id) ? OPT_OUT_CATALOGUE[id] : undefined;
}
