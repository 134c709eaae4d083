// Public API of the storage constructs.
export * from './encryption-key';
export * from './schedule';
export * from './snapshot-policy';
export * from './encrypted-disk';
export * from './account-encryption-defaults';
