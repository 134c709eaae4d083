/**
 * OSS facts the state constructs and the state rules share (data only).
 *
 * @packageDocumentation
 */

/**
 * Object ACLs that expose state: Terraform's oss backend `acl` accepts them, `HardenedOssBackend`
 * refuses them and rule ALI-STATE-002 rejects them ("OSS object ACL": private, public-read,
 * public-read-write, default).
 */
export const PUBLIC_OBJECT_ACLS: readonly string[] = Object.freeze(['public-read', 'public-read-write']);
