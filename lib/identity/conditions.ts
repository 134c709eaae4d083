/**
 * RAM policy `Condition` element: operators, well-known condition keys and helpers.
 *
 * Sources:
 * - Operators: Alibaba Cloud RAM "Conditional operators",
 *   https://www.alibabacloud.com/help/en/ram/conditional-operator (five families: String, Number,
 *   Date and time, Boolean, IP address).
 * - Common keys (`acs:*`): RAM "Policy elements", https://www.alibabacloud.com/help/en/ram/policy-elements ;
 *   `acs:SecureTransport` with `Bool "true"`: ECS "Custom policies" (access ECS only through HTTPS),
 *   https://www.alibabacloud.com/help/en/ecs/user-guide/custom-policies-for-ecs ; `acs:MFAPresent`: same page
 *   ("restart only when MFA is enabled"); `acs:SourceVpc`: KMS condition keys,
 *   https://www.alibabacloud.com/help/en/kms/key-management-service/security-and-compliance/condition-key
 * - ECS keys and their data types: ECS "RAM authorization" reference (Condition section),
 *   https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-ram
 */

/** String condition operators (RAM "Conditional operators", String). */
export const STRING_CONDITION_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
] as const;

/** Numeric condition operators (RAM "Conditional operators", Number). */
export const NUMERIC_CONDITION_OPERATORS = [
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
] as const;

/** Date condition operators (RAM "Conditional operators", Date and time; ISO 8601 values). */
export const DATE_CONDITION_OPERATORS = [
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
] as const;

/** Boolean condition operator (RAM "Conditional operators", Boolean). */
export const BOOL_CONDITION_OPERATORS = ['Bool'] as const;

/** IP address condition operators (RAM "Conditional operators", IP address). */
export const IP_CONDITION_OPERATORS = ['IpAddress', 'NotIpAddress'] as const;

/** Every condition operator RAM supports; anything else is rejected. */
export const KNOWN_CONDITION_OPERATORS: readonly string[] = [
  ...STRING_CONDITION_OPERATORS,
  ...NUMERIC_CONDITION_OPERATORS,
  ...DATE_CONDITION_OPERATORS,
  ...BOOL_CONDITION_OPERATORS,
  ...IP_CONDITION_OPERATORS,
];

/** A single condition value as written in a policy (booleans and numbers are rendered as strings). */
export type ConditionValue = string | number | boolean;

/**
 * The `Condition` element of a statement: operator → condition key → value(s).
 *
 * Several operators, and several keys under one operator, are combined with AND; several values of
 * one key are combined with OR (RAM "Policy elements").
 *
 * @example
 * { Bool: { 'acs:MFAPresent': 'true' }, IpAddress: { 'acs:SourceIp': ['203.0.113.0/24'] } }
 */
export interface PolicyConditions {
  readonly [operator: string]: { readonly [key: string]: ConditionValue | ConditionValue[] };
}

/** Well-known condition keys, each with the value type its operator family needs. */
export class ConditionKeys {
  /** Whether the request was sent over HTTPS. Boolean: use `Bool` with `"true"`/`"false"`. */
  public static readonly SECURE_TRANSPORT = 'acs:SecureTransport';
  /** The client's public source IP address. IP address: use `IpAddress`/`NotIpAddress`. */
  public static readonly SOURCE_IP = 'acs:SourceIp';
  /** The VPC the request comes from (`vpc-...`). String: use `StringEquals`. */
  public static readonly SOURCE_VPC = 'acs:SourceVpc';
  /** Whether the caller signed in with MFA. Boolean: use `Bool`. */
  public static readonly MFA_PRESENT = 'acs:MFAPresent';
  /** The time of the request (ISO 8601). Date: use the `Date*` operators. */
  public static readonly CURRENT_TIME = 'acs:CurrentTime';
  /** Whether a data disk is encrypted (CreateInstance, RunInstances, CreateDisk). ECS data type: String. */
  public static readonly ECS_IS_DISK_ENCRYPTED = 'ecs:IsDiskEncrypted';
  /** Whether the system disk is encrypted (CreateInstance, RunInstances). ECS data type: String. */
  public static readonly ECS_IS_SYSTEM_DISK_ENCRYPTED = 'ecs:IsSystemDiskEncrypted';
  /**
   * Whether instance metadata is accessed in security hardening mode only (IMDSv2-like tokens)
   * (CreateInstance, RunInstances). ECS data type: Boolean.
   */
  public static readonly ECS_SECURITY_HARDENING_MODE = 'ecs:SecurityHardeningMode';
  /**
   * Whether the operation gives the instance a public IP, i.e. public bandwidth above 0 Mbit/s
   * (CreateInstance, RunInstances, ModifyInstanceNetworkSpec, ModifyInstanceSpec). ECS data type: Boolean.
   */
  public static readonly ECS_ASSOCIATE_PUBLIC_IP_ADDRESS = 'ecs:AssociatePublicIpAddress';

  private constructor() {}
}

/**
 * Helpers that build `PolicyConditions` for the common keys. Pass the result to
 * `new PolicyStatement({ conditions })` or `statement.addConditions(...)`.
 */
export class Condition {
  /** HTTPS only: `Bool acs:SecureTransport = "true"` (added to every Allow statement by default). */
  public static secureTransport(): PolicyConditions {
    return { Bool: { [ConditionKeys.SECURE_TRANSPORT]: ['true'] } };
  }

  /** Only from these public source IPs / CIDR blocks: `IpAddress acs:SourceIp`. */
  public static sourceIp(cidrs: string[]): PolicyConditions {
    return { IpAddress: { [ConditionKeys.SOURCE_IP]: [...asList(cidrs)] } };
  }

  /** Only from these VPCs: `StringEquals acs:SourceVpc`. */
  public static sourceVpc(vpcIds: string[]): PolicyConditions {
    return { StringEquals: { [ConditionKeys.SOURCE_VPC]: [...asList(vpcIds)] } };
  }

  /** Only when the caller signed in with MFA: `Bool acs:MFAPresent = "true"`. */
  public static mfaPresent(): PolicyConditions {
    return { Bool: { [ConditionKeys.MFA_PRESENT]: ['true'] } };
  }

  private constructor() {}
}

function asList(value: unknown): ConditionValue[] {
  if (Array.isArray(value)) return value as ConditionValue[];
  return value === undefined ? [] : [value as ConditionValue];
}
