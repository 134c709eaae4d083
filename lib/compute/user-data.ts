import { IConstruct } from 'constructs';
import { Fn } from '../cdktf';
import { isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';

/** Stable id of the warning raised when user data looks like it carries a secret. */
export const USER_DATA_SECRET_WARNING = 'SecureInstance.UserDataSecret';

/**
 * Patterns that suggest a credential in user data. User data is stored with the instance, readable
 * through the metadata service by any process on it and visible in the API request, and is not
 * encrypted (Alibaba Cloud ECS documentation, "Instance user data").
 */
const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'an Alibaba Cloud AccessKey ID', pattern: /\bLTAI[0-9A-Za-z]{12,30}\b/ },
  { what: 'a private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
  { what: 'an AccessKey secret', pattern: /access[_-]?key[_-]?secret\s*[=:]/i },
  { what: 'a password assignment', pattern: /\b(?:passw(?:or)?d|pwd)\s*[=:]\s*\S+/i },
  { what: 'a secret or token assignment', pattern: /\b(?:secret|api[_-]?key|token)\s*[=:]\s*['"]?[A-Za-z0-9/+_-]{8,}/i },
];

/** What, if anything, in a user-data script looks like a secret. */
export function findSecretsInUserData(script: string): string[] {
  return SECRET_PATTERNS.filter((p) => p.pattern.test(script)).map((p) => p.what);
}

/**
 * Base64-encodes user data for `alicloud_instance.user_data`. The provider sends a value that
 * happens to decode as base64 unchanged and encodes anything else, so a plain script that is
 * accidentally valid base64 would arrive garbled; encoding here makes it deterministic.
 * Warns (`SecureInstance.UserDataSecret`) when a literal script looks like it contains a secret.
 *
 * @internal
 */
export function encodeUserData(scope: IConstruct, script: string): string {
  if (!isToken(script)) {
    const found = findSecretsInUserData(script);
    if (found.length > 0) {
      addHardeningWarning(scope, USER_DATA_SECRET_WARNING,
        `userData looks like it contains ${found.join(', ')}. User data is not encrypted and is readable by `
        + 'every process on the instance through the metadata service: fetch secrets at boot from KMS Secrets '
        + 'Manager with the instance role instead.');
    }
  }
  return Fn.base64encode(script);
}
