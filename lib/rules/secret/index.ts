export * from './kms-secret-customer-key';
export * from './kms-secret-rotation';
export * from './kms-secret-data-not-literal';
