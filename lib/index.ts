/**
 * alicloud-ecs-hardened: hardened-by-default CDK for Terraform constructs for Alibaba Cloud ECS.
 *
 * Also exports the generated L1 bindings of the `aliyun/alicloud` provider (`alicloud.*`,
 * `AlicloudProvider`), so raw resources can be mixed with the hardened constructs. Every export is
 * named here: internal helpers and tables stay internal.
 */
export { alicloud } from './alicloud';
export { AlicloudProvider, AlicloudProviderConfig } from './generated/providers/alicloud/provider';
export { PROVIDER_SOURCE, PROVIDER_VERSION } from './provider-version';
export {
  AcknowledgementRecord, ConstructWarning, HardenedConstructProps, HardeningValidationError, OPT_OUT_METADATA_TYPE, OptOut, OptOutRecord,
  WARNING_ACKNOWLEDGEMENT_METADATA_TYPE, WARNING_METADATA_TYPE, Warnings, warningsOf,
} from './core';
export { BUILT_FLAVOUR, CoreFlavour, CoreMismatchError, CORE_FLAVOURS } from './core';
export {
  ADMIN_EQUIVALENT_SERVICES, ADMIN_SYSTEM_POLICIES,
  ALB_STRONG_CIPHERS, ALB_TLS_SECURITY_POLICIES, ALB_TLS_VERSIONS, ALB_TLS12_SYSTEM_POLICIES, ALB_WEAK_TLS_VERSIONS,
  ECS_METADATA_HARDENING, ESS_GROUP_DELETION_PROTECTION,
  ControlLevel, ControlReference, ECS_DATA_SECURITY, ECS_SERVICE_PRINCIPAL, ECS_SHARED_RESPONSIBILITY, LIMIT_SOURCES, OPT_OUT_CATALOGUE,
  OptOutControl, OptOutWaiver, PLATFORM_LIMITS, PlatformLimit, portFinding, ReferenceSource, RULE_CATALOGUE, RuleControl, SENSITIVE_PORTS,
  SensitivePort, SensitivePortCategory, statementFinding,
} from './controls';
export {
  AccountEncryptionDefaults, AccountEncryptionDefaultsProps, AttachOptions, CrossRegionCopyOptions, DailyWithCrossRegionCopyProps,
  DiskCategory, EncryptAlgorithm, EncryptedDisk, EncryptedDiskProps, EncryptionKey, EncryptionKeyProps, EncryptionKeySpec, EVERY_DAY,
  IDisk, IEncryptionKey, InstanceReference, ISnapshotPolicy, KeyProtectionLevel, KMS_ENCRYPT_DECRYPT_ACTIONS, PerformanceLevel,
  SnapshotPolicy, SnapshotPolicyProps, SnapshotRetention, SnapshotSchedule, Weekday,
  DiskAttributes, EncryptionKeyAttributes, SnapshotPolicyAttributes,
} from './storage';
export {
  ALIBABA_CLOUD_SERVICE_CIDR, AlibabaCloudService, ALL_PORT_RANGE, AllowRuleOptions, Connections, ConnectionsProps, EgressPreset,
  EgressPresetRule, HardenedSecurityGroup, HardenedSecurityGroupProps, IConnectable, INTRANET_DNS_CIDRS, IPeer, ISecurityGroup,
  ISecurityGroupReference, METADATA_SERVER_CIDR, Peer, PeerRuleConfig, PeerType, Port, Protocol, RuleDirection, RulePolicy,
  SecurityGroupImportOptions, SecurityGroupType,
  SecurityGroupAttributes,
} from './network';
export {
  Condition, ConditionKeys, ConditionValue, ECS_TRUST_POLICY, Effect, Grant, GrantOnPrincipalOptions, GuardrailPolicies,
  GuardrailPolicyProps, GuardrailStatements, IGrantable, IInstanceRole, InstanceRole, InstanceRoleProps, IRoleName,
  KNOWN_CONDITION_OPERATORS, LeastPrivilegeRamPolicy, LeastPrivilegeRamPolicyProps, PolicyConditions, PolicyDocument, PolicyDocumentJson,
  PolicyDocumentProps, PolicyStatement, PolicyStatementJson, PolicyStatementProps,
  InstanceRoleAttributes,
} from './identity';
export {
  DataDiskOptions, InstanceMetadata, PrePaidOptions, PublicIpOptions, SecureInstance, SecureInstanceProps, SpotOptions, SystemDiskCategory,
  SystemDiskOptions, USER_DATA_SECRET_WARNING,
  LaunchTemplateDataDiskCategory, LaunchTemplateDataDiskOptions, LaunchTemplateSystemDiskCategory, LaunchTemplateSystemDiskOptions,
  SecureLaunchTemplate, SecureLaunchTemplateProps,
  AdjustmentType, AlbAttachmentOptions, HealthCheckType, IAlbServerGroupTarget, LifecycleHookOptions, MultiAzPolicy, RemovalPolicy,
  RollingUpdateOptions, SecureScalingGroup, SecureScalingGroupProps, SimpleScalingRuleOptions, TargetTrackingMetric, TargetTrackingRuleOptions,
} from './compute';
export {
  AccessLogDestination, BackendHealthCheck, HttpsLoadBalancer, HttpsLoadBalancerProps, LoadBalancerZone,
} from './loadbalancing';
export {
  EncryptedImage, EncryptedImageAttributes, EncryptedImageCopyOptions, EncryptedImageFromInstanceOptions, EncryptedImageFromSnapshotOptions,
  EncryptedImageInstanceSource, EncryptedImageOptions, EncryptedImageSource, EncryptedSnapshot, EncryptedSnapshotAttributes, EncryptedSnapshotProps,
  HardenedImagePipeline, HardenedImagePipelineProps, IEncryptedDiskSource, IEncryptedImage, IEncryptedSnapshot, IMachineImage, ImageComponentOptions,
  ImageOwner, LookedUpMachineImage, MachineImage, MachineImageLookupProps, PipelineEncryptedImageOptions, PipelinePublicBandwidthOptions,
} from './images';
export {
  ACKNOWLEDGEMENT_METADATA_TYPE, AcknowledgementOptions, Acknowledgements, AcknowledgementSource,
  AppliedAcknowledgement, buildJsonReport, CheckOptions, CheckResult, checkStack, CheckSummary, checkTerraformJson, DocumentIndex,
  DocumentIndexLike, evaluateTerraformJson, Finding, findRule, HARDENING_CHECKS_RUNNER_ID, HARDENING_RULES, HardeningChecks,
  HardeningChecksProps, HardeningReportJson, HardeningRule, JSON_REPORT_FILE, MARKDOWN_REPORT_FILE, renderMarkdownReport, ResultStatus,
  RuleCheck, RuleLevel, RuleMetadata, RuleOutcome, RuleResult, RuleViolation, SynthesizedResource, unacknowledgedErrors, writeReportFiles,
  writeReports, WrittenReports,
} from './rules';
export { rules } from './rules';
export {
  HardenedOssBackend, HardenedOssBackendProps, LOCK_TABLE_PRIMARY_KEY, LockTableVpcOptions, ossEndpointOf, STATE_OBJECT_ACL, StateAccessLogOptions,
  StateAssumeRoleOptions, StateBackendBootstrap, StateBackendBootstrapProps, TablestoreNetwork, tablestoreEndpointOf,
} from './state';
export {
  IInstanceSecret, InstanceSecret, InstanceSecretProps, SECRET_KEY_READ_ACTIONS, SECRET_READ_ACTIONS, SecretBootScriptOptions, secretBootScript,
  SecretType,
} from './secrets';
