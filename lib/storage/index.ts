// Public API of the storage constructs.
export {
  EncryptionKey, EncryptionKeyProps, EncryptionKeySpec, IEncryptionKey, KeyProtectionLevel, KMS_ENCRYPT_DECRYPT_ACTIONS,
} from './encryption-key';
export { EVERY_DAY, SnapshotRetention, SnapshotSchedule, Weekday } from './schedule';
export { CrossRegionCopyOptions, DailyWithCrossRegionCopyProps, ISnapshotPolicy, SnapshotPolicy, SnapshotPolicyProps } from './snapshot-policy';
export {
  AttachOptions, DiskCategory, EncryptAlgorithm, EncryptedDisk, EncryptedDiskProps, IDisk, InstanceReference, PerformanceLevel,
} from './encrypted-disk';
export { AccountEncryptionDefaults, AccountEncryptionDefaultsProps } from './account-encryption-defaults';
