export * from './disks-encrypted';
export * from './disks-customer-key';
export * from './metadata-token';
export * from './no-public-ip';
