export * from './state-bucket-versioning';
export * from './state-bucket-customer-key';
export * from './state-bucket-prevent-destroy';
