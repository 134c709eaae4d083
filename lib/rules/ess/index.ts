export * from './no-public-ip';
export * from './no-password';
export * from './disks-encrypted';
export * from './disks-customer-key';
export * from './role-attached';
export * from './metadata-disabled';
