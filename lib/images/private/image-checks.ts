/**
 * Prop checks shared by the image constructs (not exported from lib/images/index.ts).
 *
 * @packageDocumentation
 */
import { TerraformProvider } from '../../cdktf';
import { regionProblem } from '../../controls/regions';
import { Check, isToken } from '../../core/validate';
import { IEncryptionKey } from '../../storage/encryption-key';

/**
 * Image name rules, written once for the constructs, the docs and the tests.
 *
 * - `alicloud_image.image_name` / `alicloud_image_copy.image_name` / `image_family` (provider docs v1.285.0,
 *   CreateImage / CopyImage API): "2 to 128 characters ... must start with a letter and cannot start with
 *   acs: or aliyun. It cannot contain http:// or https://. It can contain letters, digits, periods (.),
 *   colons (:), underscores (_), and hyphens (-)". The provider itself has no validator for these.
 * - `alicloud_ecs_image_pipeline.image_name` (the prefix of the built images' names): provider validator
 *   `^[a-zA-Z][a-zA-Z0-9:._-]{1,63}$`, not starting with `http://` / `https://`; the names it produces must
 *   follow the image name rules, so `acs:` / `aliyun` prefixes are refused too.
 * - `alicloud_ecs_image_pipeline.name`: provider validator `^[a-zA-Z][a-zA-Z0-9:._-]{1,127}$`.
 */
export const IMAGE_NAME_RULES = {
  image: { min: 2, max: 128, pattern: /^(?!aliyun|acs:)[A-Za-z][A-Za-z0-9.:_-]{1,127}$/ },
  pipelineImagePrefix: { min: 2, max: 64, pattern: /^(?!aliyun|acs:)[A-Za-z][A-Za-z0-9.:_-]{1,63}$/ },
  pipelineName: { min: 2, max: 128, pattern: /^[A-Za-z][A-Za-z0-9.:_-]{1,127}$/ },
} as const;

const NAME_TEXT = 'starting with a letter, with letters, digits, ".", ":", "_" and "-" only, not starting with "aliyun" or "acs:" (CreateImage ImageName)';

/** An image name or image family (`alicloud_image`, `alicloud_image_copy`). */
export function checkImageName(check: Check, property: string, value: unknown): void {
  check.text(property, value as string | undefined, { ...IMAGE_NAME_RULES.image, patternText: NAME_TEXT, code: 'InvalidImageName' });
}

/** A region id: a known Alibaba Cloud region (lib/controls/regions.ts) or a token. */
export function checkRegion(check: Check, property: string, value: unknown): void {
  check.required(property, value);
  const problem = regionProblem(value);
  if (problem) check.fail('InvalidRegion', property, value, problem);
}

/**
 * An image id: a custom image (`m-bp1...`) or a public image (`aliyun_3_x64_20G_alibase_20240819.vhd`):
 * letters, digits, `.`, `_`, `-` and `:` (no spaces, no slashes).
 */
export function checkImageId(check: Check, property: string, value: unknown): void {
  check.required(property, value);
  check.text(property, value as string, {
    max: 256, pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, patternText: 'that is an image id such as "m-bp1g7004ksh0oeuc****" or "aliyun_3_x64_20G_alibase_20240819.vhd"', code: 'InvalidImageId',
  });
}

/** A snapshot id (`s-bp1...`, DescribeSnapshots). */
export function checkSnapshotId(check: Check, property: string, value: unknown): void {
  check.required(property, value);
  check.text(property, value as string, { max: 64, pattern: /^s-[a-z0-9]+$/, patternText: 'that is a snapshot id such as "s-bp1c0doj0taqyzzl****"', code: 'InvalidSnapshotId' });
}

/** An Alibaba Cloud account id (UID): digits only. */
export function checkAccountId(check: Check, property: string, value: unknown): void {
  check.required(property, value);
  check.text(property, value as string, { min: 5, max: 20, pattern: /^\d+$/, patternText: 'of digits: an Alibaba Cloud account id (UID), e.g. "1234567890123456"', code: 'InvalidAccountId' });
}

/**
 * A customer key object (an `IEncryptionKey`) whose plain key id is usable: aliases and ARNs are refused
 * (ECS reads the plain key id back). Tokens pass.
 */
export function checkKey(check: Check, property: string, key: unknown): asserts key is IEncryptionKey | undefined {
  if (key === undefined) return;
  if (key === null || typeof key !== 'object' || (key as { keyId?: unknown }).keyId === undefined) {
    check.fail('InvalidKey', property, key, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
  }
  const keyId = (key as IEncryptionKey).keyId;
  if (!isToken(keyId) && (typeof keyId !== 'string' || keyId.trim() === '' || /^alias\//.test(keyId) || /^acs:/.test(keyId))) {
    check.fail('NotPlainKeyId', `${property}.keyId`, keyId, 'the plain KMS key id (e.g. "key-hzz62f1cb66fa42qo****"), not an alias or ARN');
  }
}

/**
 * The provider a key's resource was created with (undefined for the default provider or an imported key
 * whose provider is unknown).
 */
export function providerOfKey(key: IEncryptionKey): TerraformProvider | undefined | 'unknown' {
  const resource = (key as { resource?: { provider?: TerraformProvider } }).resource;
  if (resource === undefined) return 'unknown';
  return resource.provider;
}
