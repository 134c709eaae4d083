import { Construct } from 'constructs';
import { ConditionKeys } from './conditions';
import { LeastPrivilegeRamPolicy } from './least-privilege-ram-policy';
import { Effect, PolicyStatement } from './policy-statement';
import { HardenedConstructProps } from '../core';
import { Check } from '../core/validate';

/*
 * Sources of every key, its data type and the actions that carry it: ECS "RAM authorization"
 * reference, Condition section and the Action table (CreateInstance, RunInstances, CreateDisk,
 * ModifyInstanceNetworkSpec, ModifyInstanceSpec),
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-ram :
 *   ecs:IsDiskEncrypted        String   ("Whether it is an encrypted data disk")
 *   ecs:IsSystemDiskEncrypted  String   ("Whether it is an encryption system disk")
 *   ecs:SecurityHardeningMode  Boolean  ("Whether to enforce hardened mode (IMDSv2) when accessing instance metadata")
 *   ecs:AssociatePublicIpAddress Boolean ("... whether to allow the operation of resources to make the public network bandwidth greater than 0Mbit/s")
 *   acs:SecureTransport (common key) Boolean, https://www.alibabacloud.com/help/en/ram/policy-elements
 * RAM requires the operator family of the key's data type (String → StringEquals, Boolean → Bool).
 */

/** The create operations that carry the ECS disk, metadata and public IP condition keys. */
const INSTANCE_CREATE_ACTIONS = ['ecs:RunInstances', 'ecs:CreateInstance'];

/**
 * Ready-made Deny statements built from ECS and common condition keys. Use them in your own
 * policies, or use `GuardrailPolicies` for whole policies. Deny statements are never subject to the
 * HTTPS-only condition (that is for Allow statements).
 */
export class GuardrailStatements {
  /**
   * Deny creating an instance with an unencrypted system or data disk, or an unencrypted standalone
   * disk (Alibaba Cloud "Ensure data security", https://www.alibabacloud.com/help/en/ecs/data-security:
   * "RAM users can create only encrypted disks"; ECS "Prevent RAM users from creating
   * unencrypted disks", https://www.alibabacloud.com/help/en/ecs/user-guide/prohibit-ram-users-from-creating-unencrypted-cloud-disks).
   * Two statements, because the keys of one statement are combined with AND.
   */
  public static denyUnencryptedDisks(): PolicyStatement[] {
    return [
      new PolicyStatement({
        effect: Effect.DENY,
        actions: INSTANCE_CREATE_ACTIONS,
        resources: ['*'],
        conditions: { StringEquals: { [ConditionKeys.ECS_IS_SYSTEM_DISK_ENCRYPTED]: ['false'] } },
      }),
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...INSTANCE_CREATE_ACTIONS, 'ecs:CreateDisk'],
        resources: ['*'],
        conditions: { StringEquals: { [ConditionKeys.ECS_IS_DISK_ENCRYPTED]: ['false'] } },
      }),
    ];
  }

  /**
   * Deny creating instances whose metadata is not in security hardening mode (token-only), and
   * switching an instance out of it (ECS "Access instance metadata in security hardening mode
   * only", https://www.alibabacloud.com/help/en/ecs/user-guide/access-instance-metadata-using-hardened-only-mode :
   * the documented policy "denies operations that set a mode other than security hardening mode
   * when you create an instance or modify the metadata access mode").
   */
  public static denyInstancesWithoutMetadataHardening(): PolicyStatement[] {
    return [
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...INSTANCE_CREATE_ACTIONS, 'ecs:ModifyInstanceMetadataOptions'],
        resources: ['*'],
        conditions: { Bool: { [ConditionKeys.ECS_SECURITY_HARDENING_MODE]: ['false'] } },
      }),
    ];
  }

  /**
   * Deny giving instances a public IP: creating or re-speccing an instance with public bandwidth
   * (`ecs:AssociatePublicIpAddress = true`), and `ecs:AllocatePublicIpAddress`. EIPs are a network
   * decision and are not covered (NAT gateways need them).
   */
  public static denyPublicIp(): PolicyStatement[] {
    return [
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...INSTANCE_CREATE_ACTIONS, 'ecs:ModifyInstanceNetworkSpec', 'ecs:ModifyInstanceSpec'],
        resources: ['*'],
        conditions: { Bool: { [ConditionKeys.ECS_ASSOCIATE_PUBLIC_IP_ADDRESS]: ['true'] } },
      }),
      new PolicyStatement({ effect: Effect.DENY, actions: ['ecs:AllocatePublicIpAddress'], resources: ['*'] }),
    ];
  }

  /**
   * Deny every call made over plain HTTP (`Bool acs:SecureTransport = "false"`; Alibaba Cloud "Ensure
   * data security", https://www.alibabacloud.com/help/en/ecs/data-security: "Configure a custom policy that references this condition key ... to restrict ECS resource access to HTTPS only").
   */
  public static denyInsecureTransport(): PolicyStatement[] {
    return [
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['*'],
        resources: ['*'],
        conditions: { Bool: { [ConditionKeys.SECURE_TRANSPORT]: ['false'] } },
      }),
    ];
  }

  /** All guardrails above, in one list. */
  public static all(): PolicyStatement[] {
    return [
      ...GuardrailStatements.denyUnencryptedDisks(),
      ...GuardrailStatements.denyInstancesWithoutMetadataHardening(),
      ...GuardrailStatements.denyPublicIp(),
      ...GuardrailStatements.denyInsecureTransport(),
    ];
  }

  private constructor() {}
}

/** Props of a guardrail policy. */
export interface GuardrailPolicyProps extends HardenedConstructProps {
  /**
   * The policy name (1–128 letters, digits and hyphens).
   * @default - derived from the construct path
   */
  readonly policyName?: string;
  /**
   * The description.
   * @default - names the guardrail
   */
  readonly description?: string;
  /**
   * RAM groups to attach the guardrail to.
   * @default - none
   */
  readonly groupNames?: string[];
  /**
   * RAM roles to attach the guardrail to.
   * @default - none
   */
  readonly roleNames?: string[];
}

/**
 * Ready-made Deny policies (`LeastPrivilegeRamPolicy`) from `GuardrailStatements`, attachable to
 * groups and roles. `GuardrailPolicies.baseline` combines all of them.
 *
 * @example
 * GuardrailPolicies.baseline(this, 'guardrails', { groupNames: ['developers'] });
 */
export class GuardrailPolicies {
  /** Deny unencrypted system, data and standalone disks. */
  public static denyUnencryptedDisks(scope: Construct, id: string, props: GuardrailPolicyProps = {}): LeastPrivilegeRamPolicy {
    return create(scope, id, props, 'Guardrail: deny unencrypted ECS disks', GuardrailStatements.denyUnencryptedDisks());
  }

  /** Deny instances without metadata security hardening mode. */
  public static denyInstancesWithoutMetadataHardening(scope: Construct, id: string, props: GuardrailPolicyProps = {}): LeastPrivilegeRamPolicy {
    return create(scope, id, props, 'Guardrail: deny ECS instances without metadata security hardening mode',
      GuardrailStatements.denyInstancesWithoutMetadataHardening());
  }

  /** Deny public IPs on instances. */
  public static denyPublicIp(scope: Construct, id: string, props: GuardrailPolicyProps = {}): LeastPrivilegeRamPolicy {
    return create(scope, id, props, 'Guardrail: deny public IPs on ECS instances', GuardrailStatements.denyPublicIp());
  }

  /** Deny calls over plain HTTP. */
  public static denyInsecureTransport(scope: Construct, id: string, props: GuardrailPolicyProps = {}): LeastPrivilegeRamPolicy {
    return create(scope, id, props, 'Guardrail: deny API calls over plain HTTP', GuardrailStatements.denyInsecureTransport());
  }

  /** All guardrails in one policy. */
  public static baseline(scope: Construct, id: string, props: GuardrailPolicyProps = {}): LeastPrivilegeRamPolicy {
    return create(scope, id, props,
      'Guardrails: deny unencrypted disks, metadata without hardening mode, public IPs and plain HTTP', GuardrailStatements.all());
  }

  private constructor() {}
}

function create(scope: Construct, id: string, props: GuardrailPolicyProps, description: string,
  statements: PolicyStatement[]): LeastPrivilegeRamPolicy {
  const policy = new LeastPrivilegeRamPolicy(scope, id, {
    policyName: props?.policyName,
    description: props?.description ?? description,
    provider: props?.provider,
    statements,
  });
  const check = new Check(policy, 'GuardrailPolicies');
  check.object('props', props);
  check.array('groupNames', props.groupNames);
  check.array('roleNames', props.roleNames);
  for (const group of props.groupNames ?? []) policy.attachToGroup(group);
  for (const role of props.roleNames ?? []) policy.attachToRole(role);
  return policy;
}
