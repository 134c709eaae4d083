// Public API of the compute constructs.
export { InstanceMetadata } from './metadata';
export { USER_DATA_SECRET_WARNING } from './user-data';
export {
  DataDiskOptions, PrePaidOptions, PublicIpOptions, SecureInstance, SecureInstanceProps, SpotOptions, SystemDiskCategory, SystemDiskOptions,
} from './secure-instance';
