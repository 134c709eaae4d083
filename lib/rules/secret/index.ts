export * from './kms-secret-customer-key';
export * from './kms-secret-rotation';
