/**
 * Prop checks and helpers shared by `SecureInstance` and `SecureLaunchTemplate` (in the style of
 * aws-cdk-lib's `aws-ec2/lib/private/ebs-util.ts`): one implementation of the validation of what an
 * ECS instance is launched with, whether it is created directly (`alicloud_instance`) or described
 * in a launch template (`alicloud_ecs_launch_template`) that Auto Scaling launches from.
 *
 * Not part of the public API (lib/compute/index.ts does not export it).
 *
 * @packageDocumentation
 */
import { IConstruct } from 'constructs';
import { TerraformProvider } from '../../cdktf';
import { PLATFORM_LIMITS } from '../../controls';
import { checkDescription, checkTags } from '../../core/construct-checks';
import { HardeningValidationError } from '../../core/errors';
import { checkOptOut, OptOut } from '../../core/opt-out';
import { Check, isToken } from '../../core/validate';
import { IGrantable, IInstanceRole, InstanceRole, PolicyStatement } from '../../identity';
import { IMachineImage, imageIdOf } from '../../images/machine-image';
import { ISecurityGroup } from '../../network';
import { EncryptionKey, EncryptionKeySpec, IEncryptionKey } from '../../storage';
import { DISK_SIZE_LIMITS } from '../../storage/encrypted-disk';
import { INSTANCE_TYPE_SHAPE, instanceTypeProblem } from '../instance-type';
import { InstanceMetadata } from '../metadata';

/** The props both constructs share, as the checks read them (every field may come from JavaScript). */
export interface LaunchPropsLike {
  readonly imageId?: string | IMachineImage;
  readonly instanceType?: string;
  readonly vpcId?: string;
  readonly instanceName?: string;
  readonly description?: string;
  readonly hostName?: string;
  readonly metadata?: InstanceMetadata;
  readonly allowMetadataWithoutToken?: OptOut;
  readonly keyPairName?: string;
  readonly tags?: Record<string, string>;
  readonly userData?: string;
  readonly encryptionKey?: IEncryptionKey;
  readonly role?: IInstanceRole;
  readonly securityGroups?: ISecurityGroup[];
}

/** Options of the system disk as the checks read them. */
export interface SystemDiskLike {
  readonly category?: string;
  readonly size?: number;
  readonly performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  readonly encryptAlgorithm?: string;
  readonly name?: string;
  readonly description?: string;
}

/** The system disk settings after defaults. */
export interface ResolvedSystemDisk {
  readonly category: string;
  readonly size: number;
  readonly performanceLevel?: string;
  readonly algorithm: string;
  readonly name?: string;
  readonly description?: string;
}

/**
 * System disk size bounds in GiB (`PLATFORM_LIMITS.minSystemDiskGiB` / `.maxSystemDiskGiB`: ECS
 * RunInstances `SystemDisk.Size`), narrowed by the ESSD performance level minimums (PL2 from 461 GiB,
 * PL3 from 1261 GiB; see `DISK_SIZE_LIMITS`).
 */
const SYSTEM_DISK_SIZE_LIMITS = { min: PLATFORM_LIMITS.minSystemDiskGiB, max: PLATFORM_LIMITS.maxSystemDiskGiB } as const;

/**
 * Checks the identity and launch inputs every hardened instance has: image, type (the `ecs.` prefix
 * the provider checks and the `ecs.<family>.<size>` shape, see `instanceTypeProblem`), names,
 * description, host name, metadata mode and key pair. `vpcId` is checked when given. Returns the
 * image id (`imageId` may be an id or an `IMachineImage`).
 */
export function checkLaunchBasics(check: Check, props: LaunchPropsLike): string {
  const imageId = imageIdOf(check, 'imageId', props.imageId as string | IMachineImage);
  check.required('instanceType', props.instanceType);
  check.text('instanceType', props.instanceType, { max: 64, pattern: /^ecs\./, patternText: 'starting with "ecs." (e.g. ecs.g7.large)', code: 'InvalidInstanceType' });
  if (typeof props.instanceType === 'string' && !isToken(props.instanceType)) {
    const problem = instanceTypeProblem(props.instanceType);
    if (problem) check.fail('InvalidInstanceType', 'instanceType', props.instanceType, `an instance type ${INSTANCE_TYPE_SHAPE}: ${problem}`);
  }
  if (props.vpcId !== undefined) check.required('vpcId', props.vpcId);
  check.text('instanceName', props.instanceName, { min: 2, max: 128 });
  checkDescription(check, 'description', props.description);
  check.text('hostName', props.hostName, {
    min: 2,
    max: 64,
    pattern: /^(?![.-])(?!.*[.-]{2})[A-Za-z0-9.-]+(?<![.-])$/,
    patternText: 'of letters, digits, "." and "-", not starting or ending with "." or "-" and without two in a row (RunInstances HostName)',
  });
  check.oneOf('metadata', props.metadata, [InstanceMetadata.TOKEN_REQUIRED, InstanceMetadata.DISABLED]);
  check.text('keyPairName', props.keyPairName, { min: 2, max: 128 });
  return imageId;
}

/** Checks tags, refuses password props (key-pair login only) and non-string user data. */
export function checkTagsPasswordUserData(check: Check, props: LaunchPropsLike, what: string): void {
  checkTags(check, 'tags', props.tags);
  const anyProps = props as unknown as Record<string, unknown>;
  for (const forbidden of ['password', 'kmsEncryptedPassword']) {
    if (anyProps[forbidden] !== undefined) {
      check.fail('PasswordNotSupported', forbidden, '<redacted>',
        `nothing: ${what} allows key-pair login only (keyPairName), or Cloud Assistant without any credential`);
    }
  }
  if (props.userData !== undefined && typeof props.userData !== 'string') {
    check.fail('InvalidUserData', 'userData', props.userData, 'a plain-text script (the construct base64-encodes it)');
  }
}

/**
 * Checks the system disk options against the categories the target resource accepts and the size
 * limits of the category and ESSD performance level; returns the settings with defaults applied
 * (`cloud_essd` PL1, 40 GiB, `aes-256`).
 */
export function checkSystemDisk(check: Check, systemDisk: SystemDiskLike | undefined, categories: readonly string[],
  algorithms: readonly string[]): ResolvedSystemDisk {
  check.object('systemDisk', systemDisk);
  const sys = systemDisk ?? {};
  const category = sys.category ?? 'cloud_essd';
  check.oneOf('systemDisk.category', category, categories);
  check.oneOf('systemDisk.performanceLevel', sys.performanceLevel, ['PL0', 'PL1', 'PL2', 'PL3']);
  const categoryKnown = !isToken(category);
  if (sys.performanceLevel !== undefined && categoryKnown && category !== 'cloud_essd') {
    check.fail('PerformanceLevelNeedsEssd', 'systemDisk.performanceLevel', sys.performanceLevel,
      'a performance level only with category "cloud_essd" (the provider ignores it for other categories)');
  }
  const performanceLevel = category === 'cloud_essd' ? (sys.performanceLevel ?? 'PL1') : undefined;
  const size = sys.size ?? 40;
  if (categoryKnown && !isToken(performanceLevel)) {
    const [catMin, catMax] = DISK_SIZE_LIMITS[category === 'cloud_essd' ? `cloud_essd:${performanceLevel}` : category];
    const min = Math.max(SYSTEM_DISK_SIZE_LIMITS.min, catMin);
    const max = Math.min(SYSTEM_DISK_SIZE_LIMITS.max, catMax);
    if (!isToken(size) && (typeof size !== 'number' || !Number.isInteger(size) || size < min || size > max)) {
      check.fail('SystemDiskSizeOutOfRange', 'systemDisk.size', size,
        `a whole number of GiB from ${min} to ${max} for ${category}${performanceLevel ? ` ${performanceLevel}` : ''} (RunInstances SystemDisk.Size; ESSD performance level minimums)`);
    }
  }
  if (algorithms.length > 0) check.oneOf('systemDisk.encryptAlgorithm', sys.encryptAlgorithm, algorithms);
  const algorithm = sys.encryptAlgorithm ?? 'aes-256';
  check.text('systemDisk.name', sys.name, { min: 2, max: 128 });
  checkDescription(check, 'systemDisk.description', sys.description);
  return { category, size, performanceLevel, algorithm, name: sys.name, description: sys.description };
}

/** Checks a given `encryptionKey` (an `IEncryptionKey` whose spec matches the algorithm). */
export function checkEncryptionKey(check: Check, key: unknown, algorithm: string): void {
  if (key !== undefined && (key === null || typeof key !== 'object' || !('keyId' in key))) {
    check.fail('InvalidKey', 'encryptionKey', key, 'an IEncryptionKey (EncryptionKey or EncryptionKey.fromKeyId)');
  }
  if (key === undefined && algorithm === 'sm4-128') {
    check.fail('KeySpecMismatch', 'encryptionKey', undefined,
      'an EncryptionKey with keySpec Aliyun_SM4 when systemDisk.encryptAlgorithm is sm4-128 (the default key is Aliyun_AES_256)');
  }
  if (key instanceof EncryptionKey && !isToken(algorithm)) {
    const expected = algorithm === 'sm4-128' ? EncryptionKeySpec.SM4 : EncryptionKeySpec.AES_256;
    if (key.keySpec !== expected) {
      check.fail('KeySpecMismatch', 'systemDisk.encryptAlgorithm', algorithm,
        `the algorithm matching the key spec ${key.keySpec} (${expected === EncryptionKeySpec.SM4 ? 'aes-256' : 'sm4-128'})`);
    }
  }
}

/** Checks a given `role` (an `IInstanceRole`). */
export function checkRole(check: Check, role: unknown): void {
  if (role !== undefined && (role === null || typeof role !== 'object' || (role as { roleName?: unknown }).roleName === undefined)) {
    check.fail('InvalidRole', 'role', role, 'an IInstanceRole (InstanceRole or InstanceRole.fromRoleName)');
  }
}

/** Checks `securityGroups` (non-empty list of `ISecurityGroup`), or that `vpcId` is given to create one. */
export function checkSecurityGroups(check: Check, props: LaunchPropsLike, vpcWhat: string): void {
  if (props.securityGroups === undefined && props.vpcId === undefined) {
    check.fail('VpcRequired', 'vpcId', props.vpcId, `${vpcWhat}, or existing securityGroups`);
  }
  check.array('securityGroups', props.securityGroups);
  if (props.securityGroups !== undefined && !isToken(props.securityGroups) && props.securityGroups.length === 0) {
    check.fail('NoSecurityGroup', 'securityGroups', props.securityGroups, 'at least one security group (or omit it to get a HardenedSecurityGroup)');
  }
  if (Array.isArray(props.securityGroups)) {
    props.securityGroups.forEach((sg, i) => {
      if (sg === null || typeof sg !== 'object' || typeof (sg as Partial<ISecurityGroup>).allowIngress !== 'function') {
        check.fail('InvalidSecurityGroup', `securityGroups[${i}]`, sg,
          'an ISecurityGroup (HardenedSecurityGroup or HardenedSecurityGroup.fromSecurityGroupId), not a security group id');
      }
    });
  }
}

/** The validated reason of an optional opt-out prop, or undefined. */
export function optOutReason(scope: IConstruct, property: string, value: unknown): string | undefined {
  return value !== undefined ? checkOptOut(scope, property, value) : undefined;
}

/** Refuses a metadata-token opt-out when the endpoint is disabled anyway. */
export function checkMetadataOptOut(check: Check, metadataTokenReason: string | undefined, metadata: InstanceMetadata | undefined): void {
  if (metadataTokenReason && metadata === InstanceMetadata.DISABLED) {
    check.fail('MetadataConflict', 'allowMetadataWithoutToken', 'OptOut', 'no opt-out when the metadata endpoint is DISABLED');
  }
}

/** `http_endpoint` / `http_tokens` for the metadata mode and opt-out. */
export function metadataSettings(metadata: InstanceMetadata | undefined, withoutToken: boolean): { httpEndpoint: string; httpTokens: string } {
  return {
    httpEndpoint: metadata === InstanceMetadata.DISABLED ? 'disabled' : 'enabled',
    httpTokens: withoutToken ? 'optional' : 'required',
  };
}

/**
 * The role as a grantee: an `InstanceRole` (or a role imported with `InstanceRole.fromRoleName`) as
 * it is; any other `IInstanceRole` is wrapped so that the first grant creates a policy attached to
 * the role by name (`InstanceRole.fromRoleName`).
 */
export function grantableRole(scope: IConstruct, code: string, role: IInstanceRole,
  provider: TerraformProvider | undefined): IInstanceRole & IGrantable {
  if (typeof (role as Partial<IGrantable>).addToPrincipalPolicy === 'function') return role as IInstanceRole & IGrantable;
  let imported: IGrantable | undefined;
  return {
    roleName: role.roleName,
    roleArn: role.roleArn,
    addToPrincipalPolicy(statement: PolicyStatement): void {
      if (!(statement instanceof PolicyStatement)) {
        throw new HardeningValidationError(scope, `${code}.NotAStatement`, 'statement', statement, 'a PolicyStatement');
      }
      imported = imported ?? InstanceRole.fromRoleName(scope as never, 'GrantedRole', role.roleName, { provider });
      imported.addToPrincipalPolicy(statement);
    },
  };
}

/** Instance names: 2–128 characters, starting with a letter; derived from the construct path. */
export function defaultInstanceName(path: string): string {
  const cleaned = path.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(-128).replace(/^[^A-Za-z]+/, '');
  return cleaned.length >= 2 ? cleaned : `ecs-${cleaned}`;
}
