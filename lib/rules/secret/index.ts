export * from './kms-secret-customer-key';
