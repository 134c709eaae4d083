export * from './oss-backend-encrypted';
export * from './oss-backend-private-acl';
export * from './oss-backend-locking';
export * from './local-backend-multi-stack';
export * from './lock-instance-network';
