// Public API of the compute constructs.
export { InstanceMetadata } from './metadata';
export { USER_DATA_SECRET_WARNING } from './user-data';
export {
  DataDiskOptions, PrePaidOptions, PublicIpOptions, SecureInstance, SecureInstanceProps, SpotOptions, SystemDiskCategory, SystemDiskOptions,
} from './secure-instance';
export {
  LaunchTemplateDataDiskCategory, LaunchTemplateDataDiskOptions, LaunchTemplateSystemDiskCategory, LaunchTemplateSystemDiskOptions,
  SecureLaunchTemplate, SecureLaunchTemplateProps,
} from './secure-launch-template';
export {
  AdjustmentType, AlbAttachmentOptions, HealthCheckType, IAlbServerGroupTarget, LifecycleHookOptions, MultiAzPolicy, RemovalPolicy,
  RollingUpdateOptions, SecureScalingGroup, SecureScalingGroupProps, SimpleScalingRuleOptions, TargetTrackingMetric, TargetTrackingRuleOptions,
} from './secure-scaling-group';
