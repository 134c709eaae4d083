import { PLATFORM_LIMITS } from '../controls/limits';
import { regionProblem } from '../controls/regions';
import { Check, isToken } from '../core/validate';

/**
 * Names and endpoint shapes of the Terraform state backend on Alibaba Cloud (OSS + Tablestore),
 * written once and used by `StateBackendBootstrap`, `HardenedOssBackend`, the rules and the tests.
 * The length limits are in `PLATFORM_LIMITS` (lib/controls/limits.ts), region ids in
 * lib/controls/regions.ts.
 *
 * Sources:
 * - OSS bucket naming ("Bucket naming conventions", https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions):
 *   3 to 63 characters, lowercase letters, digits and hyphens, starting and ending with a lowercase
 *   letter or digit. The provider 1.285.0 only checks the length (`StringLenBetween(3, 63)`,
 *   resource_alicloud_oss_bucket.go), so the constructs check the rest.
 * - Tablestore instance names: provider `validateOTSInstanceName` (validators.go, v1.285.0):
 *   `^[a-zA-Z][a-zA-Z0-9-]{1,14}[a-zA-Z0-9]$` (3 to 16 characters).
 * - Tablestore table names: provider `validateOTSTableName`: `^[a-zA-Z_][a-zA-Z0-9_]{0,254}$`.
 * - OSS object keys: at most 1,023 bytes, must not start with `/` or `\` ("Object naming conventions",
 *   https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions).
 */

/** Primary key column Terraform's oss backend locks on: `LockID`, type String (Terraform oss backend docs). */
export const LOCK_TABLE_PRIMARY_KEY = { name: 'LockID', type: 'String' } as const;

/** The only object ACL `HardenedOssBackend` writes state with. */
export const STATE_OBJECT_ACL = 'private';

export { PUBLIC_OBJECT_ACLS } from '../controls/oss';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const OTS_INSTANCE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,14}[a-zA-Z0-9]$/;
const OTS_TABLE_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,254}$/;
/** An HTTPS URL of a host (and optional port), no path, query or credentials. */
const HTTPS_HOST_URL = /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?\/?$/;
/** A host name, optionally with `https://` (the oss backend adds the scheme itself). */
const OSS_ENDPOINT = /^(https:\/\/)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?\/?$/;
/** Object key segments: letters, digits and `._-:=+@` separated by single `/`; no `..`, no leading `/`. */
const KEY_PATH = /^(?!\/)(?!.*\/\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._:=+@/-]+$/;

/** Validates an OSS bucket name (tokens pass). */
export function checkBucketName(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    min: PLATFORM_LIMITS.minBucketNameLength,
    max: PLATFORM_LIMITS.maxBucketNameLength,
    pattern: BUCKET_NAME,
    patternText: 'of lowercase letters, digits and hyphens, starting and ending with a letter or digit (OSS bucket naming conventions)',
    code: 'InvalidBucketName',
  });
}

/** Validates a Tablestore instance name (tokens pass). */
export function checkOtsInstanceName(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    min: PLATFORM_LIMITS.minOtsInstanceNameLength,
    max: PLATFORM_LIMITS.maxOtsInstanceNameLength,
    pattern: OTS_INSTANCE_NAME,
    patternText: 'of letters, digits and hyphens, starting with a letter and not ending with a hyphen (Tablestore instance names)',
    code: 'InvalidTablestoreInstanceName',
  });
}

/** Validates a Tablestore table name (tokens pass). */
export function checkOtsTableName(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    max: PLATFORM_LIMITS.maxOtsTableNameLength,
    pattern: OTS_TABLE_NAME,
    patternText: 'of letters, digits and underscores, starting with a letter or underscore (Tablestore table names)',
    code: 'InvalidTablestoreTableName',
  });
}

/** Validates a region id against the region catalogue (lib/controls/regions.ts; tokens pass). */
export function checkRegion(check: Check, property: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  const problem = regionProblem(value);
  if (problem !== undefined) check.fail('InvalidRegion', property, value, problem);
}

/** Validates an HTTPS endpoint URL such as `https://tfstate.cn-hangzhou.ots.aliyuncs.com` (tokens pass). */
export function checkHttpsEndpoint(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    min: 12,
    max: 255,
    pattern: HTTPS_HOST_URL,
    patternText: 'that is an https:// URL of a host (no http://, path, query or credentials), e.g. "https://tfstate.cn-hangzhou.ots.aliyuncs.com"',
    code: 'InvalidEndpoint',
  });
}

/** Validates an OSS endpoint: a host name, optionally with `https://` (never `http://`; tokens pass). */
export function checkOssEndpoint(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    min: 4,
    max: 255,
    pattern: OSS_ENDPOINT,
    patternText: 'that is an OSS host name, optionally with https:// (never http://), e.g. "oss-cn-hangzhou.aliyuncs.com"',
    code: 'InvalidEndpoint',
  });
}

/** Validates an object key or key prefix: `a/b/c` segments, no leading `/`, no `..` (tokens pass). */
export function checkKeyPath(check: Check, property: string, value: string | undefined): void {
  check.text(property, value, {
    max: PLATFORM_LIMITS.maxObjectKeyBytes,
    pattern: KEY_PATH,
    patternText: 'of letters, digits and "._:=+@-" in segments separated by single "/", without a leading "/" or "." / ".." segments',
    code: 'InvalidKey',
  });
}

/** The public OSS endpoint of a region, with HTTPS: `https://oss-<region>.aliyuncs.com`. */
export function ossEndpointOf(region: string, internal = false): string {
  return `https://oss-${region}${internal ? '-internal' : ''}.aliyuncs.com`;
}

/**
 * The Tablestore endpoint of an instance: `https://<instance>.<region>.ots.aliyuncs.com` (public) or
 * `https://<instance>.<region>.vpc.tablestore.aliyuncs.com` (VPC), as listed in "Endpoints"
 * (https://www.alibabacloud.com/help/en/tablestore/user-guide/endpoints).
 */
export function tablestoreEndpointOf(instance: string, region: string, vpc: boolean): string {
  return vpc ? `https://${instance}.${region}.vpc.tablestore.aliyuncs.com` : `https://${instance}.${region}.ots.aliyuncs.com`;
}
