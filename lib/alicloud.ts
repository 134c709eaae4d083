/**
 * The generated L1 bindings of the `aliyun/alicloud` provider as one namespace, `alicloud.*`, whose
 * modules load on first use.
 *
 * `export * as alicloud from './generated/providers/alicloud'` would require all 68 binding modules
 * (about 1 MB of JavaScript) whenever the library is imported, although the constructs use about half
 * of them; that alone was a measurable share of the library's cold-import cost (BENCHMARKS.md). At
 * run time `alicloud` is the generator's own lazy index (`lazy-index.ts`: a getter per module, the
 * same mechanism cdktf's prebuilt provider packages use); for the type checker it is the generated
 * index, through the namespace below. Values and types work as before: `new alicloud.vpc.Vpc(...)`,
 * `alicloud.instance.InstanceConfig`.
 */
// Only used in types: elided from the emitted JavaScript.
import * as bindings from './generated/providers/alicloud';

/**
 * The generated L1 bindings of the `aliyun/alicloud` provider: `alicloud.<module>.<Class>`, e.g.
 * `alicloud.vpc.Vpc`, `alicloud.instance.Instance`. Each module is loaded on first access.
 */
export declare abstract class alicloud {
  private constructor();
}

/** The generated L1 bindings of the `aliyun/alicloud` provider, one namespace per resource or data source. */
export declare namespace alicloud {
  export import albAcl = bindings.albAcl;
  export import albListener = bindings.albListener;
  export import albLoadBalancer = bindings.albLoadBalancer;
  export import albLoadBalancerAccessLogConfigAttachment = bindings.albLoadBalancerAccessLogConfigAttachment;
  export import albLoadBalancerSecurityGroupAttachment = bindings.albLoadBalancerSecurityGroupAttachment;
  export import albRule = bindings.albRule;
  export import albSecurityPolicy = bindings.albSecurityPolicy;
  export import albServerGroup = bindings.albServerGroup;
  export import disk = bindings.disk;
  export import ecsAutoSnapshotPolicy = bindings.ecsAutoSnapshotPolicy;
  export import ecsAutoSnapshotPolicyAttachment = bindings.ecsAutoSnapshotPolicyAttachment;
  export import ecsDisk = bindings.ecsDisk;
  export import ecsDiskAttachment = bindings.ecsDiskAttachment;
  export import ecsDiskDefaultKmsKey = bindings.ecsDiskDefaultKmsKey;
  export import ecsDiskEncryptionByDefault = bindings.ecsDiskEncryptionByDefault;
  export import ecsImageComponent = bindings.ecsImageComponent;
  export import ecsImagePipeline = bindings.ecsImagePipeline;
  export import ecsImagePipelineExecution = bindings.ecsImagePipelineExecution;
  export import ecsKeyPair = bindings.ecsKeyPair;
  export import ecsKeyPairAttachment = bindings.ecsKeyPairAttachment;
  export import ecsLaunchTemplate = bindings.ecsLaunchTemplate;
  export import ecsRamRoleAttachment = bindings.ecsRamRoleAttachment;
  export import ecsSnapshot = bindings.ecsSnapshot;
  export import essAlbServerGroupAttachment = bindings.essAlbServerGroupAttachment;
  export import essInstanceRefresh = bindings.essInstanceRefresh;
  export import essLifecycleHook = bindings.essLifecycleHook;
  export import essScalingGroup = bindings.essScalingGroup;
  export import essScalingRule = bindings.essScalingRule;
  export import essServerGroupAttachment = bindings.essServerGroupAttachment;
  export import image = bindings.image;
  export import imageCopy = bindings.imageCopy;
  export import imageSharePermission = bindings.imageSharePermission;
  export import instance = bindings.instance;
  export import kmsAlias = bindings.kmsAlias;
  export import kmsKey = bindings.kmsKey;
  export import kmsSecret = bindings.kmsSecret;
  export import logProject = bindings.logProject;
  export import logStore = bindings.logStore;
  export import ossBucket = bindings.ossBucket;
  export import ossBucketAcl = bindings.ossBucketAcl;
  export import ossBucketHttpsConfig = bindings.ossBucketHttpsConfig;
  export import ossBucketLogging = bindings.ossBucketLogging;
  export import ossBucketPolicy = bindings.ossBucketPolicy;
  export import ossBucketPublicAccessBlock = bindings.ossBucketPublicAccessBlock;
  export import ossBucketServerSideEncryption = bindings.ossBucketServerSideEncryption;
  export import ossBucketVersioning = bindings.ossBucketVersioning;
  export import ossBucketWorm = bindings.ossBucketWorm;
  export import otsInstance = bindings.otsInstance;
  export import otsInstanceAttachment = bindings.otsInstanceAttachment;
  export import otsTable = bindings.otsTable;
  export import ramGroup = bindings.ramGroup;
  export import ramGroupPolicyAttachment = bindings.ramGroupPolicyAttachment;
  export import ramPolicy = bindings.ramPolicy;
  export import ramRole = bindings.ramRole;
  export import ramRolePolicyAttachment = bindings.ramRolePolicyAttachment;
  export import ramUser = bindings.ramUser;
  export import ramUserPolicyAttachment = bindings.ramUserPolicyAttachment;
  export import securityGroup = bindings.securityGroup;
  export import securityGroupRule = bindings.securityGroupRule;
  export import vpc = bindings.vpc;
  export import vpcFlowLog = bindings.vpcFlowLog;
  export import vswitch = bindings.vswitch;
  export import dataAlicloudAccount = bindings.dataAlicloudAccount;
  export import dataAlicloudAlbZones = bindings.dataAlicloudAlbZones;
  export import dataAlicloudImages = bindings.dataAlicloudImages;
  export import dataAlicloudInstanceTypes = bindings.dataAlicloudInstanceTypes;
  export import dataAlicloudZones = bindings.dataAlicloudZones;
  export import provider = bindings.provider;
}

// The generator's lazy index defines one non-enumerable getter per module; re-expose them as
// enumerable getters on a frozen object, so `Object.keys(alicloud)` and friends behave as they do on a
// module namespace (enumerating loads the modules, as the eager index would have).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lazyIndex: Record<string, unknown> = require('./generated/providers/alicloud/lazy-index');
const lazyNamespace: Record<string, unknown> = {};
for (const name of Object.getOwnPropertyNames(lazyIndex)) {
  Object.defineProperty(lazyNamespace, name, { enumerable: true, get: () => lazyIndex[name] });
}
Object.defineProperty(exports, 'alicloud', { enumerable: true, value: Object.freeze(lazyNamespace) });

/**
 * Compile-time guard: fails to type-check when `npm run gen` adds a binding module that is missing
 * from the namespace above (add an `export import` line for it).
 *
 * @internal
 */
export const ALICLOUD_NAMESPACE_COMPLETE: [Exclude<keyof typeof bindings, keyof typeof alicloud>] extends [never] ? true : never = true;
