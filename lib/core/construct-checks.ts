import { Check, isToken } from './validate';
import { TerraformProvider } from '../cdktf';

/**
 * Prop checks and helpers shared by the constructs (not part of the public API: lib/core/index.ts
 * does not export them).
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */

/** Validates a tags map: an object of string values. Tokens pass. */
export function checkTags(check: Check, property: string, tags: unknown): void {
  if (tags === undefined || isToken(tags)) return;
  check.object(property, tags);
  for (const [k, v] of Object.entries(tags as Record<string, unknown>)) {
    if (typeof v !== 'string') check.fail('InvalidTag', `${property}.${k}`, v, 'a string tag value');
    // Alibaba Cloud tag rules: keys and values must not start with `aliyun` or `acs:`, keys are 1-128 characters.
    // Source: https://www.alibabacloud.com/help/en/resource-management/tag/user-guide/tag-overview (limits).
    if (!isToken(k) && (k.length < 1 || k.length > 128 || /^(aliyun|acs:)/i.test(k))) {
      check.fail('InvalidTag', property, k, 'tag keys of 1 to 128 characters that do not start with "aliyun" or "acs:"');
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

/** An ECS description: 2 to 256 characters, not starting with http:// or https://. */
export function checkDescription(check: Check, property: string, value: unknown): void {
  // Source: CreateDisk / CreateAutoSnapshotPolicy API docs and the alicloud_ecs_disk docs (v1.285.0):
  // "The description must be 2 to 256 characters in length and cannot start with http:// or https://".
  check.text(property, value as string | undefined, {
    min: 2, max: 256, pattern: /^(?!https?:\/\/)/, patternText: 'that does not start with http:// or https://',
  });
}
