import { ALICLOUD_PROVIDER_SOURCE, ALICLOUD_PROVIDER_VERSION } from './generated/provider-version';

/**
 * The `aliyun/alicloud` provider release the bindings are generated from and every blueprint is
 * validated against with `terraform validate` (`npm run validate`).
 *
 * It is also the version constraint synthesized into
 * `terraform.required_providers.alicloud.version`: as for any cdktf binding generated from a schema,
 * stacks ask for exactly the release the library was validated with. To allow newer 1.x releases in
 * an app, override it on the stack:
 * `stack.addOverride('terraform.required_providers.alicloud.version', '~> 1.285')`.
 */
export const PROVIDER_VERSION: string = ALICLOUD_PROVIDER_VERSION;

/** The provider source synthesized into `terraform.required_providers.alicloud.source`. */
export const PROVIDER_SOURCE: string = ALICLOUD_PROVIDER_SOURCE;
