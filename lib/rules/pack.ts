import * as account from './account';
import * as disk from './disk';
import * as ess from './ess';
import * as image from './image';
import * as instance from './instance';
import * as kms from './kms';
import * as launchTemplate from './launch-template';
import * as loadBalancer from './load-balancer';
import * as meta from './meta';
import * as net from './net';
import * as oss from './oss';
import * as ram from './ram';
import * as scalingGroup from './scaling-group';
import * as secret from './secret';
import * as securityGroup from './security-group';
import * as snapshot from './snapshot';
import * as state from './state';
import { HardeningRule } from './types';
import * as vpc from './vpc';

/**
 * Every rule of the hardening pack, in id order. Rule ids are stable: a rule is never renumbered, and
 * a retired id is never reused (test/rules/pack.test.ts pins the list).
 */
export const HARDENING_RULES: readonly HardeningRule[] = Object.freeze([
  instance.instanceMetadataTokenRequired,
  instance.instanceSystemDiskEncrypted,
  instance.instanceDataDisksEncrypted,
  instance.instanceDisksCustomerKey,
  instance.instanceNoPublicIp,
  instance.instanceNoPassword,
  instance.instanceSecurityCenterAgent,
  instance.instanceDeletionProtection,
  instance.instanceInVswitch,
  instance.instanceRoleAttached,
  instance.instanceDisksSnapshotPolicy,
  instance.instanceSetHardenedByLaunchTemplate,
  instance.instanceRoleNotAdmin,
  instance.userDataNoSecrets,
  disk.diskEncrypted,
  disk.diskCustomerKey,
  disk.diskSnapshotPolicy,
  disk.diskKeepsSnapshotsOnRelease,
  launchTemplate.launchTemplateDisksEncrypted,
  launchTemplate.launchTemplateDisksCustomerKey,
  launchTemplate.launchTemplateMetadataToken,
  launchTemplate.launchTemplateNoPublicIp,
  ess.scalingConfigurationNoPublicIp,
  ess.scalingConfigurationNoPassword,
  ess.scalingConfigurationDisksEncrypted,
  ess.scalingConfigurationDisksCustomerKey,
  ess.scalingConfigurationRoleAttached,
  ess.scalingConfigurationMetadataDisabled,
  scalingGroup.scalingGroupLaunchTemplateMetadataToken,
  scalingGroup.scalingGroupDeletionProtection,
  scalingGroup.scalingGroupMultiZone,
  loadBalancer.albListenerNoPlainHttp,
  loadBalancer.albTlsPolicy,
  securityGroup.securityGroupInnerPolicyDrop,
  securityGroup.securityGroupNoInternetAdminPorts,
  securityGroup.securityGroupNoAllTrafficInternetIngress,
  securityGroup.securityGroupEgressNotWideOpen,
  securityGroup.securityGroupDescriptions,
  kms.kmsKeyRotation,
  kms.kmsKeyEnabled,
  kms.kmsKeyDeletionProtection,
  kms.kmsKeyPendingWindow,
  kms.kmsKeyPolicyNotPublic,
  ram.ramPolicyNoAdminAccess,
  ram.ramNoUserPolicyAttachments,
  ram.ramPolicySecureTransport,
  ram.ramInstanceRoleTrustEcsOnly,
  ram.ramPolicyNoAdminEquivalent,
  ram.ramNoAdminPolicyAttachment,
  ram.ramNoAccessKeys,
  ram.ramRoleTrustNoWildcard,
  ram.ramPasswordPolicyStrong,
  snapshot.snapshotPolicyRetention,
  snapshot.snapshotPolicyCrossRegionCopyEncrypted,
  vpc.vpcFlowLog,
  image.imageCopyEncryptedWithCustomerKey,
  image.imageNotSharedOutsideAccount,
  image.imagePipelineNoPublicBandwidth,
  image.imageSourceEncryptedWithCustomerKey,
  net.eipAssociationNotToInstance,
  net.natDnatNoAdminPorts,
  account.accountDiskEncryptionCustomerKey,
  state.ossBackendEncrypted,
  state.ossBackendPrivateAcl,
  state.ossBackendLocking,
  state.localBackendMultiStack,
  state.lockInstanceNetworkRestricted,
  oss.stateBucketVersioning,
  oss.stateBucketCustomerKey,
  oss.stateBucketPreventDestroy,
  secret.kmsSecretCustomerKey,
  secret.kmsSecretRotation,
  secret.kmsSecretDataNotLiteral,
  meta.invalidAcknowledgement,
  meta.acknowledgementRefused,
  meta.acknowledgementExpired,
]);

const BY_ID = new Map(HARDENING_RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export function findRule(id: string): HardeningRule | undefined {
  return BY_ID.get(id);
}
