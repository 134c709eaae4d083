import { PolicyConditions } from './conditions';
import { PolicyStatement } from './policy-statement';
import { HardeningValidationError } from '../core';

/**
 * Something that can be granted permissions: it collects statements into its own least-privilege
 * policy (an `InstanceRole`, or a role imported with `InstanceRole.fromRoleName`).
 */
export interface IGrantable {
  /** Adds a statement to the principal's policy. */
  addToPrincipalPolicy(statement: PolicyStatement): void;
}

/** Options of `Grant.addToPrincipal`. */
export interface GrantOnPrincipalOptions {
  /** Who gets the permissions. */
  readonly grantee: IGrantable;
  /** The actions, `service:Action` (wildcards allowed). */
  readonly actions: string[];
  /** The ARNs the actions are allowed on; tokens inside ARNs are fine. */
  readonly resourceArns: string[];
  /**
   * Extra conditions (the HTTPS-only condition is always added to the Allow statement).
   * @default - none
   */
  readonly conditions?: PolicyConditions;
}

/**
 * The result of a grant, in the style of the AWS CDK `iam.Grant`: resource constructs expose
 * `grantXxx(grantee)` methods built on `Grant.addToPrincipal`, so the statement is scoped to that
 * resource's ARN and lands in the grantee's least-privilege policy.
 *
 * @example
 * Grant.addToPrincipal({ grantee: role, actions: ['kms:Encrypt', 'kms:Decrypt'], resourceArns: [key.arn] });
 */
export class Grant {
  /** Adds an Allow statement with the actions on the ARNs to the grantee's policy. */
  public static addToPrincipal(options: GrantOnPrincipalOptions): Grant {
    const scope = 'Grant';
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new HardeningValidationError(scope, 'Grant.NotObject', 'options', options, 'an object');
    }
    const grantee = options.grantee as unknown;
    if (grantee === null || typeof grantee !== 'object' || typeof (grantee as IGrantable).addToPrincipalPolicy !== 'function') {
      throw new HardeningValidationError(scope, 'Grant.NotGrantable', 'grantee', grantee, 'an IGrantable (e.g. an InstanceRole)');
    }
    if (!Array.isArray(options.actions) || options.actions.length === 0) {
      throw new HardeningValidationError(scope, 'Grant.NoActions', 'actions', options.actions, 'a non-empty list of actions');
    }
    if (!Array.isArray(options.resourceArns) || options.resourceArns.length === 0) {
      throw new HardeningValidationError(scope, 'Grant.NoResources', 'resourceArns', options.resourceArns, 'a non-empty list of ARNs');
    }
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceArns,
      conditions: options.conditions,
    });
    (grantee as IGrantable).addToPrincipalPolicy(statement);
    return new Grant(grantee as IGrantable, statement);
  }

  /** Always true: a principal grant cannot fail silently (errors are thrown). */
  public readonly success = true;

  private constructor(
    /** Who got the permissions. */
    public readonly grantee: IGrantable,
    /** The statement added to the grantee's policy. */
    public readonly statement: PolicyStatement,
  ) {}
}
