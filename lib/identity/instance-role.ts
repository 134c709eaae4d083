import { Construct } from 'constructs';
import { IGrantable } from './grant';
import { LeastPrivilegeRamPolicy } from './least-privilege-ram-policy';
import { PolicyStatement } from './policy-statement';
import { TerraformProvider } from '../cdktf';
import { ECS_SERVICE_PRINCIPAL, PLATFORM_LIMITS } from '../controls';
import { HardenedConstructProps, HardeningValidationError } from '../core';
import { physicalName } from './private/names';
import { Check } from '../core/validate';
import { RamRole } from '../generated/providers/alicloud/ram-role';

// RAM CreateRole RoleName / MaxSessionDuration limits (PLATFORM_LIMITS, sources in LIMIT_SOURCES).
const MAX_ROLE_NAME_LENGTH = PLATFORM_LIMITS.maxRoleNameLength;
const ROLE_NAME_PATTERN = /^[A-Za-z0-9.-]+$/;
const ROLE_NAME_TEXT = 'of letters, digits, periods and hyphens (RAM CreateRole RoleName)';
const MIN_SESSION_DURATION = PLATFORM_LIMITS.minSessionDurationSeconds;
const MAX_SESSION_DURATION = PLATFORM_LIMITS.maxSessionDurationSeconds;

/**
 * The trust policy of every `InstanceRole`: only the ECS service may assume it
 * (https://www.alibabacloud.com/help/en/ecs/user-guide/attach-an-instance-ram-role-to-an-ecs-instance).
 */
export const ECS_TRUST_POLICY = JSON.stringify({
  Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: [ECS_SERVICE_PRINCIPAL] } }],
  Version: '1',
});

/** A RAM role an ECS instance can use. */
export interface IInstanceRole {
  /** The role name (a reference to the role resource when the role is created here). */
  readonly roleName: string;
  /** The role ARN, `acs:ram::<account>:role/<name>`. */
  readonly roleArn: string;
}

/** The attributes of an existing RAM role, for `InstanceRole.fromRoleAttributes`. */
export interface InstanceRoleAttributes {
  /** The role name. */
  readonly roleName: string;
  /**
   * Provider for the policy resources created when statements are granted to the role.
   *
   * @default - the stack's default `alicloud` provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What created and imported instance roles share (as AWS CDK's `RoleBase`): statements granted to
 * the role go to one least-privilege policy attached to it, created on the first statement.
 */
abstract class InstanceRoleBase extends Construct implements IInstanceRole, IGrantable {
  public abstract readonly roleName: string;
  public abstract readonly roleArn: string;
  protected abstract readonly provider?: TerraformProvider;
  private _policy?: LeastPrivilegeRamPolicy;

  /** The role's policy, once something was granted. */
  public get policy(): LeastPrivilegeRamPolicy | undefined {
    return this._policy;
  }

  /** Adds a statement to the role's least-privilege policy (`IGrantable`). */
  public addToPrincipalPolicy(statement: PolicyStatement): void {
    if (!(statement instanceof PolicyStatement)) {
      throw new HardeningValidationError(this, 'InstanceRole.NotAStatement', 'statement', statement, 'a PolicyStatement');
    }
    if (!this._policy) {
      this._policy = new LeastPrivilegeRamPolicy(this, 'Policy', {
        description: this.policyDescription().slice(0, PLATFORM_LIMITS.maxPolicyDescriptionLength),
        provider: this.provider,
      });
      this._policy.attachToRole(this);
    }
    this._policy.addStatements(statement);
  }

  /** The description of the role's policy. */
  protected abstract policyDescription(): string;
}

/** Props of an `InstanceRole`. */
export interface InstanceRoleProps extends HardenedConstructProps {
  /**
   * The role name: 1–64 letters, digits, `.` and `-` (RAM CreateRole `RoleName`,
   * https://www.alibabacloud.com/help/en/resource-management/api-createrole ; the provider 1.285.0
   * does not validate it, so this construct does).
   * @default - derived from the construct path plus a hash, unique per stack
   */
  readonly roleName?: string;
  /**
   * The description: 1–1,024 characters (RAM CreateRole `Description`).
   * @default - "ECS instance role <construct path>"
   */
  readonly description?: string;
  /**
   * Maximum session duration in seconds, 3600–43200 (RAM CreateRole `MaxSessionDuration`; provider
   * doc of `alicloud_ram_role.max_session_duration`). The shortest lifetime of the STS credentials
   * the instance receives through the metadata service limits the damage of leaked credentials.
   * @default 3600
   */
  readonly maxSessionDuration?: number;
}

/**
 * An ECS instance RAM role (`alicloud_ram_role` with `assume_role_policy_document`) that only the
 * ECS service (`ecs.aliyuncs.com`, `sts:AssumeRole`) can assume, with the shortest session
 * duration, and no permissions until something is granted: `addToPolicy` / grants collect
 * statements into one `LeastPrivilegeRamPolicy` attached to the role, created on the first statement.
 */
export class InstanceRole extends InstanceRoleBase {
  /**
   * An existing role, from its attributes, that statements can still be granted to (they go to a new
   * least-privilege policy attached to it).
   */
  public static fromRoleAttributes(scope: Construct, id: string, attrs: InstanceRoleAttributes): IInstanceRole & IGrantable {
    new Check(scope, 'InstanceRole').object('attrs', attrs);
    return new ImportedInstanceRole(scope, id, attrs?.roleName, { provider: attrs?.provider });
  }

  /** An existing role, by name: shorthand for `fromRoleAttributes`. */
  public static fromRoleName(scope: Construct, id: string, roleName: string, options: HardenedConstructProps = {}): IInstanceRole & IGrantable {
    new Check(scope, 'InstanceRole').object('options', options);
    return InstanceRole.fromRoleAttributes(scope, id, { roleName, provider: options?.provider });
  }

  /** The role name, as a reference to the `alicloud_ram_role` resource. */
  public readonly roleName: string;
  /** The role ARN (the resource's `arn` attribute). */
  public readonly roleArn: string;
  /** The L1 `alicloud_ram_role` resource (escape hatch). */
  public readonly resource: RamRole;

  protected readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: InstanceRoleProps = {}) {
    super(scope, id);
    const check = new Check(this, 'InstanceRole');
    check.object('props', props);
    check.text('roleName', props.roleName, { max: MAX_ROLE_NAME_LENGTH, pattern: ROLE_NAME_PATTERN, patternText: ROLE_NAME_TEXT });
    check.text('description', props.description, { max: 1024 });
    check.integer('maxSessionDuration', props.maxSessionDuration, MIN_SESSION_DURATION, MAX_SESSION_DURATION);
    this.provider = props.provider;

    this.resource = new RamRole(this, 'Resource', {
      roleName: props.roleName ?? physicalName(this, MAX_ROLE_NAME_LENGTH),
      description: props.description ?? `ECS instance role ${this.node.path}`.slice(0, 1024),
      assumeRolePolicyDocument: ECS_TRUST_POLICY,
      maxSessionDuration: props.maxSessionDuration ?? MIN_SESSION_DURATION,
      provider: props.provider,
    });
    this.roleName = this.resource.roleName;
    this.roleArn = this.resource.arn;
  }

  /** Adds a statement to the role's least-privilege policy (created and attached on first use). */
  public addToPolicy(statement: PolicyStatement): void {
    this.addToPrincipalPolicy(statement);
  }

  protected policyDescription(): string {
    return `Permissions of ECS instance role ${this.node.path}`;
  }
}

/** A role that exists outside this stack. */
class ImportedInstanceRole extends InstanceRoleBase {
  public readonly roleName: string;
  public readonly roleArn: string;
  protected readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, roleName: string, options: HardenedConstructProps) {
    super(scope, id);
    const check = new Check(this, 'InstanceRole');
    check.required('roleName', roleName);
    check.text('roleName', roleName, { max: MAX_ROLE_NAME_LENGTH, pattern: ROLE_NAME_PATTERN, patternText: ROLE_NAME_TEXT });
    check.object('options', options);
    this.roleName = roleName;
    // The account id is not known without a data source: `*` matches it in policy Resource elements.
    this.roleArn = `acs:ram::*:role/${roleName}`;
    this.provider = options.provider;
  }

  protected policyDescription(): string {
    return `Permissions granted to RAM role ${this.roleName}`;
  }
}
