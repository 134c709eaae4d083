import { IConstruct } from 'constructs';
import { Fn } from '../cdktf';
import { findSecretsInUserData } from './user-data-secrets';
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
 * Base64-encodes user data for `alicloud_instance.user_data`. The provider sends a value that
 * happens to decode as base64 unchanged and encodes anything else, so a plain script that is
 * accidentally valid base64 would arrive garbled; encoding here makes it deterministic. A literal
 * script is encoded at synth time (so `${...}` in shell scripts is never read as a Terraform
 * interpolation); a script containing tokens is encoded by Terraform (`base64encode`).
 *
 * Rejects literal scripts over {@link USER_DATA_MAX_BYTES}, and scripts that look like they contain
 * a secret (rule ALI-ECS-014 fails them) unless `secretsReason` (the `allowUserDataSecrets` opt-out)
 * is given; then it warns (`SecureInstance.UserDataSecret`) and the caller records the opt-out.
 *
 * @internal
 */
export function encodeUserData(scope: IConstruct, script: string, secretsReason?: string): string {
  if (typeof script !== 'string') {
    throw new HardeningValidationError(scope, 'SecureInstance.InvalidUserData', 'userData', script, 'a plain-text script (the construct base64-encodes it)');
  }
  const found = findSecretsInUserData(script);
  if (found.length > 0) {
    if (secretsReason === undefined) {
      // The value is not echoed: it would put the secret into logs.
      throw new HardeningValidationError(scope, 'SecureInstance.UserDataSecret', 'userData', `<a script containing ${found.join(', ')}>`,
        'user data without credentials (ALI-ECS-014): user data is not encrypted and every process on the instance can read it through '
        + 'the metadata service; fetch secrets at boot from KMS Secrets Manager with the instance role, or (a false positive) '
        + 'allowUserDataSecrets: OptOut.because(reason)');
    }
    addHardeningWarning(scope, USER_DATA_SECRET_WARNING,
      `userData looks like it contains ${found.join(', ')} (accepted by allowUserDataSecrets). User data is not encrypted and is readable by `
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
