/**
 * alicloud-ecs-hardened: hardened-by-default CDK for Terraform constructs for Alibaba Cloud ECS.
 *
 * Also exports the generated L1 bindings of the `aliyun/alicloud` provider (`alicloud.*`,
 * `AlicloudProvider`), so raw resources can be mixed with the hardened constructs.
 */
export { alicloud } from './alicloud';
export { AlicloudProvider, AlicloudProviderConfig } from './generated/providers/alicloud/provider';
export * from './provider-version';
export * from './core';
export * from './storage';
export * from './network';
export * from './identity';
export * from './compute';
export * from './rules';
export * from './state';
export * from './secrets';
