import { isToken } from '../../core/validate';

const STRING_TOKEN = /\$\{TfToken\[[^\]]*\]\}/g;

/**
 * The literal shape of a string that may embed cdktf tokens: every embedded token is replaced by
 * `*`, so `acs:kms:cn-hangzhou:${token}:key/${token}` is checked as `acs:kms:cn-hangzhou:*:key/*`.
 * A token inside an ARN is fine; only the literal parts are validated.
 *
 * @internal
 */
export function literalShape(value: string): string {
  return value.replace(STRING_TOKEN, '*');
}

/** True when the value is, or embeds, an unresolved token. @internal */
export function hasToken(value: unknown): boolean {
  return isToken(value);
}
