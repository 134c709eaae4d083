export { LOCK_TABLE_PRIMARY_KEY, PUBLIC_OBJECT_ACLS, STATE_LIMITS, STATE_OBJECT_ACL, ossEndpointOf, tablestoreEndpointOf } from './names';
export * from './state-backend-bootstrap';
export * from './hardened-oss-backend';
