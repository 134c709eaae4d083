import { IConstruct } from 'constructs';
import { Fn } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls';
import { HardeningValidationError } from '../core/errors';
import { isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';

/** Stable id of the warning raised when user data looks like it carries a secret. */
export const USER_DATA_SECRET_WARNING = 'SecureInstance.UserDataSecret';

/**
 * Largest user data ECS accepts, in bytes of the raw (not yet base64-encoded) script: "The user data
 * cannot exceed 32 KB in size before it is encoded in Base64" (ECS RunInstances API, `UserData`).
 */
export const USER_DATA_MAX_BYTES = PLATFORM_LIMITS.maxUserDataBytes;

/**
 * Patterns that suggest a credential in user data. User data is stored with the instance, readable
 * through the metadata service by any process on it and visible in the API request, and is not
 * encrypted (Alibaba Cloud ECS documentation, "Instance user data"). Variable names are matched
 * inside longer names too (`DB_PASSWORD=`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET=`, `"AccessKeySecret":`).
 */
const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  // RAM AccessKey ids start with LTAI and are 16 to 30 characters long.
  { what: 'an Alibaba Cloud AccessKey ID', pattern: /(?<![0-9A-Za-z])LTAI[0-9A-Za-z]{12,26}(?![0-9A-Za-z])/ },
  { what: 'a private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { what: 'an AccessKey secret', pattern: /access[_-]?key[_-]?secret["']?\s*[=:]/i },
  { what: 'a password assignment', pattern: /(?:passw(?:or)?d|pwd)["']?\s*[=:]\s*\S+/i },
  { what: 'a secret or token assignment', pattern: /(?:secret|api[_-]?key|token)[A-Za-z_]*["']?\s*[=:]\s*['"]?[A-Za-z0-9/+_-]{8,}/i },
];

/**
 * What, if anything, in a user-data script looks like a secret (one description per kind found,
 * e.g. `['an Alibaba Cloud AccessKey ID']`). Empty when nothing matches.
 */
export function findSecretsInUserData(script: string): string[] {
  return SECRET_PATTERNS.filter((p) => p.pattern.test(script)).map((p) => p.what);
}

/**
 * Base64-encodes user data for `alicloud_instance.user_data`. The provider sends a value that
 * happens to decode as base64 unchanged and encodes anything else, so a plain script that is
 * accidentally valid base64 would arrive garbled; encoding here makes it deterministic. A literal
 * script is encoded at synth time (so `${...}` in shell scripts is never read as a Terraform
 * interpolation); a script containing tokens is encoded by Terraform (`base64encode`).
 *
 * Rejects literal scripts over {@link USER_DATA_MAX_BYTES}, and warns
 * (`SecureInstance.UserDataSecret`) when the script looks like it contains a secret.
 *
 * @internal
 */
export function encodeUserData(scope: IConstruct, script: string): string {
  if (typeof script !== 'string') {
    throw new HardeningValidationError(scope, 'SecureInstance.InvalidUserData', 'userData', script, 'a plain-text script (the construct base64-encodes it)');
  }
  const found = findSecretsInUserData(script);
  if (found.length > 0) {
    addHardeningWarning(scope, USER_DATA_SECRET_WARNING,
      `userData looks like it contains ${found.join(', ')}. User data is not encrypted and is readable by `
      + 'every process on the instance through the metadata service: keep the value in an InstanceSecret '
      + '(KMS Secrets Manager, customer key), grant it with secret.grantRead(instance) and read it at boot with '
      + 'secret.bootScript(region), which uses the instance role\'s STS credentials from the '
      + 'token-only metadata service instead of an AccessKey.');
  }
  if (isToken(script)) return Fn.base64encode(script);
  const bytes = Buffer.byteLength(script, 'utf8');
  if (bytes > USER_DATA_MAX_BYTES) {
    throw new HardeningValidationError(scope, 'SecureInstance.UserDataTooLarge', 'userData', `<${bytes} bytes>`,
      `at most ${USER_DATA_MAX_BYTES} bytes before base64 encoding (ECS RunInstances UserData); download larger scripts at boot`);
  }
  if (bytes === 0) {
    throw new HardeningValidationError(scope, 'SecureInstance.EmptyUserData', 'userData', script, 'a non-empty script, or no userData');
  }
  return Buffer.from(script, 'utf8').toString('base64');
}
