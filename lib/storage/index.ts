// Public API of the storage constructs.
export {
  EncryptionKey, EncryptionKeyAttributes, EncryptionKeyProps, EncryptionKeySpec, IEncryptionKey, KeyProtectionLevel, KMS_ENCRYPT_DECRYPT_ACTIONS,
} from './encryption-key';
export { EVERY_DAY, SnapshotRetention, SnapshotSchedule, Weekday } from './schedule';
export {
  CrossRegionCopyOptions, DailyWithCrossRegionCopyProps, ISnapshotPolicy, SnapshotPolicy, SnapshotPolicyAttributes, SnapshotPolicyProps,
} from './snapshot-policy';
export {
  AttachOptions, DiskAttributes, DiskCategory, EncryptAlgorithm, EncryptedDisk, EncryptedDiskProps, IDisk, InstanceReference, PerformanceLevel,
} from './encrypted-disk';
export { AccountEncryptionDefaults, AccountEncryptionDefaultsProps } from './account-encryption-defaults';
