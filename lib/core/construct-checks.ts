import { Check, isToken } from './validate';
import { TerraformProvider } from '../cdktf';
import { LIMIT_SOURCES, PLATFORM_LIMITS } from '../controls';

/**
 * Prop checks and helpers shared by the constructs (not part of the public API: lib/core/index.ts
 * does not export them).
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

const RESERVED_TAG_PREFIX = /^(aliyun|acs:)/i;
const URL_PREFIX = /^https?:\/\//i;

/**
 * The one tag validator of the library (every construct, and the resources a construct creates for
 * the user, check tags here, so a nested construct never rejects tags its parent accepted). Limits
 * and source: `PLATFORM_LIMITS.maxTags`, `.maxTagKeyLength`, `.maxTagValueLength` (`LIMIT_SOURCES`).
 * Tokens pass.
 */
export function checkTags(check: Check, property: string, tags: unknown): void {
  if (tags === undefined || isToken(tags)) return;
  check.object(property, tags);
  const entries = Object.entries(tags as Record<string, unknown>);
  if (entries.length > PLATFORM_LIMITS.maxTags) {
    check.fail('InvalidTags', property, tags, `at most ${PLATFORM_LIMITS.maxTags} tags (${LIMIT_SOURCES.maxTags})`);
  }
  for (const [k, v] of entries) {
    if (!isToken(k) && (k.length < 1 || k.length > PLATFORM_LIMITS.maxTagKeyLength || RESERVED_TAG_PREFIX.test(k) || URL_PREFIX.test(k))) {
      check.fail('InvalidTags', property, k,
        `tag keys of 1 to ${PLATFORM_LIMITS.maxTagKeyLength} characters that do not start with "aliyun", "acs:", "http://" or "https://"`);
    }
    if (typeof v !== 'string') check.fail('InvalidTags', `${property}.${k}`, v, 'a string tag value');
    if (!isToken(v) && (v.length > PLATFORM_LIMITS.maxTagValueLength || RESERVED_TAG_PREFIX.test(v) || URL_PREFIX.test(v))) {
      check.fail('InvalidTags', `${property}.${k}`, v,
        `a string tag value of at most ${PLATFORM_LIMITS.maxTagValueLength} characters that does not start with "aliyun", "acs:", "http://" or "https://"`);
    }
  }
}

/** Id suffix that distinguishes per-provider singletons in a stack. */
export function providerSuffix(provider: TerraformProvider | undefined): string {
  return provider ? `-${provider.node.addr.slice(0, 12)}` : '';
}

/** Validates that `provider`, when given, is a TerraformProvider (props may come from JavaScript). */
export function checkProvider(check: Check, provider: unknown): void {
  if (provider === undefined) return;
  if (!(provider instanceof TerraformProvider)) check.fail('InvalidProvider', 'provider', provider, 'a TerraformProvider (e.g. an AlicloudProvider)');
}

/**
 * The one ECS description check (disks, snapshot policies, security groups, KMS keys, instances):
 * 2 to 256 characters, not starting with http:// or https:// (`LIMIT_SOURCES.maxDescriptionLength`).
 */
export function checkDescription(check: Check, property: string, value: unknown): void {
  check.text(property, value as string | undefined, {
    min: PLATFORM_LIMITS.minDescriptionLength,
    max: PLATFORM_LIMITS.maxDescriptionLength,
    pattern: /^(?!https?:\/\/)/,
    patternText: 'that does not start with http:// or https://',
    code: 'InvalidDescription',
  });
}
