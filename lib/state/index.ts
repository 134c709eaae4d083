/**
 * Team-scale Terraform state on Alibaba Cloud: the one-time bootstrap (OSS bucket, Tablestore lock
 * table, pipeline policy) and the hardened `oss` backend for application stacks.
 */
export { LOCK_TABLE_PRIMARY_KEY, STATE_OBJECT_ACL, ossEndpointOf, tablestoreEndpointOf } from './names';
export { LockTableVpcOptions, StateAccessLogOptions, StateBackendBootstrap, StateBackendBootstrapProps, TablestoreNetwork } from './state-backend-bootstrap';
export { HardenedOssBackend, HardenedOssBackendProps, StateAssumeRoleOptions } from './hardened-oss-backend';
