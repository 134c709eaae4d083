/**
 * Platform limits and hardening thresholds, each with its public source. Constructs validate against
 * these values and the rules check the same ones, so a value a construct accepts is never failed by
 * the rule pack.
 */

/** Every limit (values). Each key has its source in {@link LIMIT_SOURCES}. */
export const PLATFORM_LIMITS = Object.freeze({
  /** Tags per resource. */
  maxTags: 20,
  /** Tag key length. */
  maxTagKeyLength: 128,
  /** Tag value length. */
  maxTagValueLength: 128,
  /** ECS description length (disks, snapshot policies, security groups, KMS keys). */
  minDescriptionLength: 2,
  maxDescriptionLength: 256,
  /** Reason of an opt-out, acknowledgement or warning acknowledgement. */
  minReasonLength: 10,
  /** Snapshot retention in days without an opt-out (rule ALI-SNP-001). */
  minSnapshotRetentionDays: 7,
  maxSnapshotRetentionDays: 65536,
  maxCopiedSnapshotRetentionDays: 65535,
  maxSnapshotTimePoints: 24,
  /** KMS automatic rotation interval in days (rule ALI-KMS-001 allows at most 365 without an opt-out). */
  minRotationDays: 7,
  maxRotationDays: 365,
  maxLongRotationDays: 730,
  /** KMS deletion pending window in days (rule ALI-KMS-004). */
  minPendingWindowDays: 7,
  maxPendingWindowDays: 366,
  /** RAM custom policy. */
  maxPolicyNameLength: 128,
  maxPolicyDescriptionLength: 1024,
  maxPolicyDocumentBytes: 6144,
  /** RAM role. */
  maxRoleNameLength: 64,
  minSessionDurationSeconds: 3600,
  maxSessionDurationSeconds: 43200,
  /** Security group rules. */
  minRulePriority: 1,
  maxRulePriority: 100,
  maxRuleDescriptionLength: 512,
  maxRulesPerGroup: 200,
  maxReferencedGroups: 20,
  minPort: 1,
  maxPort: 65535,
  /** Instances. */
  maxUserDataBytes: 32 * 1024,
  minSystemDiskGiB: 20,
  maxSystemDiskGiB: 2048,
  maxMultiAttachInstances: 16,
  maxDataDisksPerInstance: 16,
  /** Auto Scaling groups. */
  minScalingGroupSize: 0,
  maxScalingGroupSize: 2000,
  minInstanceLifetimeSeconds: 86400,
  /** Images. */
  minImagePipelineSystemDiskGiB: 20,
  maxImagePipelineSystemDiskGiB: 500,
  maxImagePipelineBandwidthMbps: 100,
  maxImageBuildContentBytes: 16384,
  maxImageBuildCommands: 127,
  minManualSnapshotRetentionDays: 1,
  maxManualSnapshotRetentionDays: 65536,
  /** Terraform state backend: OSS bucket names, Tablestore names, object keys, assume-role sessions. */
  minBucketNameLength: 3,
  maxBucketNameLength: 63,
  minOtsInstanceNameLength: 3,
  maxOtsInstanceNameLength: 16,
  maxOtsTableNameLength: 255,
  maxObjectKeyBytes: 1023,
  minBackendSessionExpirationSeconds: 900,
  maxBackendSessionExpirationSeconds: 3600,
  /** State bucket access logs (lifecycle expiration) and the optional WORM retention policy. */
  minStateLogRetentionDays: 90,
  maxStateLogRetentionDays: 3650,
  minWormRetentionDays: 1,
  maxWormRetentionDays: 25550,
  /** KMS secrets. */
  maxSecretNameLength: 192,
  maxSecretDescriptionLength: 1024,
  minSecretRecoveryWindowDays: 7,
  maxSecretRecoveryWindowDays: 30,
  minSecretRotationSeconds: 6 * 3600,
  maxSecretRotationSeconds: 8760 * 3600,
});

/** The name of a limit. */
export type PlatformLimit = keyof typeof PLATFORM_LIMITS;

/** The public source of every limit. */
export const LIMIT_SOURCES: Readonly<Record<PlatformLimit, string>> = Object.freeze({
  maxTags: 'Tag overview, limits: at most 20 tags per resource (https://www.alibabacloud.com/help/en/resource-management/tag/user-guide/tag-overview)',
  maxTagKeyLength: 'Tag overview, limits: keys 1 to 128 characters, not starting with "aliyun" or "acs:", no "http://" or "https://"',
  maxTagValueLength: 'Tag overview, limits: values 0 to 128 characters',
  minDescriptionLength: 'CreateDisk / CreateAutoSnapshotPolicy / CreateSecurityGroup Description: 2 to 256 characters, not starting with http:// or https://',
  maxDescriptionLength: 'CreateDisk / CreateAutoSnapshotPolicy / CreateSecurityGroup Description: 2 to 256 characters',
  minReasonLength: 'library policy (as cdk-nag requires for suppressions): a reason a reviewer can read',
  minSnapshotRetentionDays: 'InfraGuard / Cloud Config rule ecs-snapshot-retention-days: at least 7 days (or -1, until deleted)',
  maxSnapshotRetentionDays: 'alicloud_ecs_auto_snapshot_policy.retention_days: -1 or 1 to 65536 (provider 1.285.0)',
  maxCopiedSnapshotRetentionDays: 'alicloud_ecs_auto_snapshot_policy.copied_snapshots_retention_days: -1 or 1 to 65535 (provider 1.285.0)',
  maxSnapshotTimePoints: 'CreateAutoSnapshotPolicy TimePoints: 0 to 23, up to 24 points',
  minRotationDays: 'KMS UpdateRotationPolicy RotationInterval: 7 to 365 days (https://www.alibabacloud.com/help/en/kms/key-management-service/developer-reference/api-updaterotationpolicy)',
  maxRotationDays: 'KMS UpdateRotationPolicy RotationInterval: 7 to 365 days; checkov CKV_ALI_27',
  maxLongRotationDays: 'older KMS API docs (https://www.alibabacloud.com/help/doc-detail/133976.htm): 7 to 730 days; only with the allowLongRotationInterval opt-out',
  minPendingWindowDays: 'alicloud_kms_key.pending_window_in_days IntBetween(7, 366) (provider 1.285.0, resource_alicloud_kms_key.go)',
  maxPendingWindowDays: 'alicloud_kms_key.pending_window_in_days IntBetween(7, 366) (provider 1.285.0, resource_alicloud_kms_key.go)',
  maxPolicyNameLength: 'RAM CreatePolicy PolicyName: 1 to 128 letters, digits and hyphens (https://www.alibabacloud.com/help/en/resource-management/api-createpolicy)',
  maxPolicyDescriptionLength: 'RAM CreatePolicy Description: 1 to 1,024 characters',
  maxPolicyDocumentBytes: 'RAM CreatePolicy PolicyDocument: 1 to 6,144 characters; alicloud_ram_policy.policy_document: at most 6144 bytes',
  maxRoleNameLength: 'RAM CreateRole RoleName: 1 to 64 letters, digits, "." and "-"',
  minSessionDurationSeconds: 'RAM CreateRole MaxSessionDuration: 3600 to 43200 seconds, default 3600',
  maxSessionDurationSeconds: 'RAM CreateRole MaxSessionDuration: 3600 to 43200 seconds',
  minRulePriority: 'ECS AuthorizeSecurityGroup Priority: 1 to 100, a smaller number wins',
  maxRulePriority: 'ECS AuthorizeSecurityGroup Priority: 1 to 100',
  maxRuleDescriptionLength: 'ECS AuthorizeSecurityGroup Description: 1 to 512 characters',
  maxRulesPerGroup: 'ECS AuthorizeSecurityGroup: inbound + outbound rules of a group cannot exceed 200',
  maxReferencedGroups: 'ECS AuthorizeSecurityGroup: a basic group may reference up to 20 security groups',
  minPort: 'ECS AuthorizeSecurityGroup PortRange: 1 to 65535 for tcp and udp',
  maxPort: 'ECS AuthorizeSecurityGroup PortRange: 1 to 65535 for tcp and udp',
  maxUserDataBytes: 'ECS RunInstances UserData: at most 32 KB before base64 encoding',
  minSystemDiskGiB: 'ECS RunInstances SystemDisk.Size: 20 to 2048 GiB',
  maxSystemDiskGiB: 'ECS RunInstances SystemDisk.Size: 20 to 2048 GiB',
  maxMultiAttachInstances: 'Enable multi-attach (https://www.alibabacloud.com/help/en/ecs/user-guide/enable-multi-attach): up to 16 instances',
  maxDataDisksPerInstance: 'ECS RunInstances DataDisk.N: up to 16 data disks per instance',
  minScalingGroupSize: 'alicloud_ess_scaling_group min_size / max_size / desired_capacity IntBetween(0, 2000) (provider 1.285.0)',
  maxScalingGroupSize: 'alicloud_ess_scaling_group min_size / max_size / desired_capacity IntBetween(0, 2000) (provider 1.285.0)',
  minInstanceLifetimeSeconds: 'alicloud_ess_scaling_group max_instance_lifetime IntAtLeast(86400): at least one day (provider 1.285.0)',
  minImagePipelineSystemDiskGiB: 'alicloud_ecs_image_pipeline.system_disk_size IntBetween(20, 500) GiB (provider 1.285.0, resource_alicloud_ecs_image_pipeline.go)',
  maxImagePipelineSystemDiskGiB: 'alicloud_ecs_image_pipeline.system_disk_size IntBetween(20, 500) GiB (provider 1.285.0); CreateImagePipeline SystemDiskSize',
  maxImagePipelineBandwidthMbps: 'alicloud_ecs_image_pipeline.internet_max_bandwidth_out IntBetween(0, 100) Mbit/s (provider 1.285.0); 0 = no public IP for the build instance',
  maxImageBuildContentBytes: 'ECS CreateImagePipeline BuildContent: at most 16 KB of image template',
  maxImageBuildCommands: 'ECS CreateImagePipeline BuildContent: at most 127 commands',
  minManualSnapshotRetentionDays: 'ECS CreateSnapshot RetentionDays: 1 to 65536 days (unset = kept until deleted); alicloud_ecs_snapshot.retention_days',
  maxManualSnapshotRetentionDays: 'ECS CreateSnapshot RetentionDays: 1 to 65536 days; alicloud_ecs_snapshot.retention_days (provider 1.285.0)',
  minBucketNameLength: 'OSS bucket naming conventions (https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions): 3 to 63 characters',
  maxBucketNameLength: 'OSS bucket naming conventions: 3 to 63 lowercase letters, digits and hyphens; alicloud_oss_bucket.bucket StringLenBetween(3, 63) (provider 1.285.0)',
  minOtsInstanceNameLength: 'alicloud_ots_instance.name validateOTSInstanceName: ^[a-zA-Z][a-zA-Z0-9-]{1,14}[a-zA-Z0-9]$ (provider 1.285.0, validators.go)',
  maxOtsInstanceNameLength: 'alicloud_ots_instance.name validateOTSInstanceName: 3 to 16 characters (provider 1.285.0, validators.go)',
  maxOtsTableNameLength: 'alicloud_ots_table.table_name validateOTSTableName: ^[a-zA-Z_][a-zA-Z0-9_]{0,254}$ (provider 1.285.0, validators.go)',
  maxObjectKeyBytes: 'OSS object naming conventions (https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions): 1 to 1,023 bytes',
  minBackendSessionExpirationSeconds: 'Terraform oss backend assume_role_session_expiration: 900 to 3600 seconds (https://developer.hashicorp.com/terraform/language/backend/oss)',
  maxBackendSessionExpirationSeconds: 'Terraform oss backend assume_role_session_expiration: 900 to 3600 seconds',
  minStateLogRetentionDays: 'library policy: state bucket access logs kept at least 90 days (as checkov / KICS ask of log stores)',
  maxStateLogRetentionDays: 'library policy: state bucket access logs kept at most 10 years (3650 days) by the lifecycle rule',
  minWormRetentionDays: 'OSS retention policies (https://www.alibabacloud.com/help/en/oss/user-guide/retention-policies): 1 to 25,550 days',
  maxWormRetentionDays: 'OSS retention policies: retention period of 1 to 25,550 days (70 years)',
  maxSecretNameLength: 'KMS CreateSecret SecretName: 1 to 192 letters, digits and "_/+=.@-" (https://www.alibabacloud.com/help/en/kms/developer-reference/api-kms-2016-01-20-createsecret)',
  maxSecretDescriptionLength: 'KMS CreateSecret Description: at most 1,024 characters',
  minSecretRecoveryWindowDays: 'KMS DeleteSecret RecoveryWindowInDays: 7 to 30 days; alicloud_kms_secret.recovery_window_in_days',
  maxSecretRecoveryWindowDays: 'KMS DeleteSecret RecoveryWindowInDays: 7 to 30 days',
  minSecretRotationSeconds: 'KMS CreateSecret / UpdateSecretRotationPolicy RotationInterval: 6 hours to 8,760 hours (365 days)',
  maxSecretRotationSeconds: 'KMS CreateSecret / UpdateSecretRotationPolicy RotationInterval: 6 hours to 8,760 hours (365 days)',
});
