import { IConstruct } from 'constructs';
import { ConditionKeys, ConditionValue, KNOWN_CONDITION_OPERATORS, PolicyConditions } from './conditions';
import { Token } from '../cdktf';
import { HardeningValidationError, OptOut } from '../core';
import { literalShape } from './private/literal';
import { checkOptOut } from '../core/opt-out';
import { isToken } from '../core/validate';

/** Whether a statement allows or denies (RAM policy element `Effect`). */
export enum Effect {
  /** Grants the actions. */
  ALLOW = 'Allow',
  /** Denies the actions; an explicit Deny always wins over any Allow. */
  DENY = 'Deny',
}

/**
 * Props of a RAM policy statement (Alibaba Cloud RAM policy language, `"Version": "1"`; RAM "Policy
 * elements", https://www.alibabacloud.com/help/en/ram/policy-elements).
 */
export interface PolicyStatementProps {
  /**
   * Allow or Deny.
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
  /**
   * Actions, `service:Action` with `*`/`?` wildcards (e.g. `ecs:DescribeInstances`, `oss:Get*`).
   * Mutually exclusive with `notActions`. An Allow of `*` or `*:*` on resource `*` is rejected by
   * `LeastPrivilegeRamPolicy` (CIS Alibaba Cloud Foundations 1.15).
   * @default - none; add them with `addActions`
   */
  readonly actions?: string[];
  /**
   * Every action except these (`NotAction`). Mutually exclusive with `actions`. An Allow with
   * `NotAction` grants almost everything and is warned about.
   * @default - none
   */
  readonly notActions?: string[];
  /**
   * Resources: `*` or an ARN `acs:<service>:<region>:<account>:<relative-id>`, wildcards allowed
   * (RAM "Policy elements", Resource). A token inside an ARN is fine, e.g. a key's ARN attribute.
   * Mutually exclusive with `notResources`.
   * @default - none; add them with `addResources`
   */
  readonly resources?: string[];
  /**
   * Every resource except these (`NotResource`). Mutually exclusive with `resources`.
   * @default - none
   */
  readonly notResources?: string[];
  /**
   * Conditions: operator → key → value(s). Operators are checked against the five RAM operator
   * families (String*, Numeric*, Date*, Bool, IpAddress/NotIpAddress; RAM "Conditional operators").
   * See `Condition` for helpers (`sourceIp`, `sourceVpc`, `mfaPresent`).
   * @default - no conditions besides the HTTPS-only condition of Allow statements
   */
  readonly conditions?: PolicyConditions;
  /**
   * Turns off the HTTPS-only default of this Allow statement. By default every Allow statement
   * carries `"Condition": {"Bool": {"acs:SecureTransport": ["true"]}}`, so the permission can only
   * be used over HTTPS (Alibaba Cloud "Ensure data security",
   * https://www.alibabacloud.com/help/en/ecs/data-security: "Access ECS resources with HTTPS ...
   * acs:SecureTransport condition key"; ECS "Custom policies", https://www.alibabacloud.com/help/en/ecs/user-guide/custom-policies-for-ecs).
   * Recorded as `LeastPrivilegeRamPolicy.InsecureTransport[<n>]` on the policy.
   * @default - HTTPS only
   */
  readonly allowInsecureTransport?: OptOut;
}

/** The JSON form of a statement, as written into the policy document. */
export interface PolicyStatementJson {
  /** `Allow` or `Deny`. */
  readonly Effect: string;
  /** Actions (sorted, without duplicates). */
  readonly Action?: string[];
  /** Excluded actions (sorted, without duplicates). */
  readonly NotAction?: string[];
  /** Resources (sorted, without duplicates). */
  readonly Resource?: string[];
  /** Excluded resources (sorted, without duplicates). */
  readonly NotResource?: string[];
  /** Conditions (operators, keys and values sorted). */
  readonly Condition?: { [operator: string]: { [key: string]: string[] } };
}

/** `service:Action` with wildcards, or `*` / `*:*`. */
const ACTION_PATTERN = /^(\*|\*:\*|[A-Za-z0-9][A-Za-z0-9-]*:[A-Za-z0-9*?]+)$/;
/** `*` or `acs:<service>:<region>:<account>:<relative-id>` (region and account may be empty or wildcards). */
const RESOURCE_PATTERN = /^(\*|acs:[A-Za-z0-9*-]+:[A-Za-z0-9*-]*:[0-9*]*:.+)$/;
/** `<prefix>:<name>` such as `acs:SourceIp`, `ecs:IsDiskEncrypted`, `acs:ResourceTag/team`. */
const CONDITION_KEY_PATTERN = /^[A-Za-z0-9-]+:[^\s]+$/;

const ACTION_ALLOWED = 'a "service:Action" string (wildcards * and ? allowed, e.g. "ecs:DescribeInstances", "oss:Get*") or "*"';
const RESOURCE_ALLOWED = '"*" or an ARN "acs:<service>:<region>:<account>:<relative-id>" (wildcards allowed; tokens may be embedded)';

/**
 * One statement of a RAM policy, in the style of the AWS CDK `iam.PolicyStatement`: a plain value
 * object with builder methods. Literal input is validated at once (throwing
 * `HardeningValidationError` with the scope `PolicyStatement`); the policy that contains the
 * statement validates it again with its construct path, and checks completeness at synth.
 *
 * Every Allow statement is HTTPS-only unless `allowInsecureTransport` is given.
 *
 * @example
 * const read = new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:my-bucket/*'] });
 * read.addCondition('IpAddress', 'acs:SourceIp', '203.0.113.0/24');
 */
export class PolicyStatement {
  /** The scope named in errors thrown before the statement belongs to a policy. */
  public static readonly SCOPE = 'PolicyStatement';

  /** Allow or Deny. */
  public readonly effect: Effect;
  /** Reason of the HTTPS-only opt-out, if any. */
  public readonly insecureTransportReason?: string;
  /** The HTTPS-only opt-out as given. */
  public readonly allowInsecureTransport?: OptOut;

  private readonly _actions: string[] = [];
  private readonly _notActions: string[] = [];
  private readonly _resources: string[] = [];
  private readonly _notResources: string[] = [];
  private readonly _conditions: { [operator: string]: { [key: string]: string[] } } = {};

  constructor(props: PolicyStatementProps = {}) {
    const scope = PolicyStatement.SCOPE;
    if (props === null || typeof props !== 'object' || Array.isArray(props)) {
      throw new HardeningValidationError(scope, 'PolicyStatement.NotObject', 'props', props, 'an object');
    }
    const effect = props.effect ?? Effect.ALLOW;
    checkEffect(scope, 'effect', effect);
    this.effect = effect;
    if (props.allowInsecureTransport !== undefined) {
      this.insecureTransportReason = checkOptOut(scope, 'allowInsecureTransport', props.allowInsecureTransport);
      this.allowInsecureTransport = props.allowInsecureTransport;
    }
    if (props.actions !== undefined && props.notActions !== undefined) {
      throw new HardeningValidationError(scope, 'PolicyStatement.ActionConflict', 'notActions', props.notActions,
        'either actions or notActions, not both');
    }
    if (props.resources !== undefined && props.notResources !== undefined) {
      throw new HardeningValidationError(scope, 'PolicyStatement.ResourceConflict', 'notResources', props.notResources,
        'either resources or notResources, not both');
    }
    this.addTo(this._actions, 'actions', props.actions, checkAction);
    this.addTo(this._notActions, 'notActions', props.notActions, checkAction);
    this.addTo(this._resources, 'resources', props.resources, checkResource);
    this.addTo(this._notResources, 'notResources', props.notResources, checkResource);
    if (props.conditions !== undefined) this.addConditions(props.conditions);
  }

  /** The actions (copy). */
  public get actions(): string[] { return [...this._actions]; }
  /** The excluded actions (copy). */
  public get notActions(): string[] { return [...this._notActions]; }
  /** The resources (copy). */
  public get resources(): string[] { return [...this._resources]; }
  /** The excluded resources (copy). */
  public get notResources(): string[] { return [...this._notResources]; }

  /** The conditions given by the user (copy, without the HTTPS-only default). */
  public get conditions(): PolicyConditions {
    return cloneConditions(this._conditions);
  }

  /** True when the statement gets the HTTPS-only condition (an Allow without the opt-out). */
  public get requiresSecureTransport(): boolean {
    return this.effect === Effect.ALLOW && this.insecureTransportReason === undefined;
  }

  /** Adds actions (`service:Action`, wildcards allowed). */
  public addActions(...actions: string[]): PolicyStatement {
    if (this._notActions.length > 0) {
      throw new HardeningValidationError(PolicyStatement.SCOPE, 'PolicyStatement.ActionConflict', 'actions', actions,
        'either actions or notActions, not both');
    }
    this.addTo(this._actions, 'actions', actions, checkAction);
    return this;
  }

  /** Adds excluded actions (`NotAction`). */
  public addNotActions(...notActions: string[]): PolicyStatement {
    if (this._actions.length > 0) {
      throw new HardeningValidationError(PolicyStatement.SCOPE, 'PolicyStatement.ActionConflict', 'notActions', notActions,
        'either actions or notActions, not both');
    }
    this.addTo(this._notActions, 'notActions', notActions, checkAction);
    return this;
  }

  /** Adds resources (`*` or ARNs; tokens inside ARNs are fine). */
  public addResources(...resources: string[]): PolicyStatement {
    if (this._notResources.length > 0) {
      throw new HardeningValidationError(PolicyStatement.SCOPE, 'PolicyStatement.ResourceConflict', 'resources', resources,
        'either resources or notResources, not both');
    }
    this.addTo(this._resources, 'resources', resources, checkResource);
    return this;
  }

  /** Adds excluded resources (`NotResource`). */
  public addNotResources(...notResources: string[]): PolicyStatement {
    if (this._resources.length > 0) {
      throw new HardeningValidationError(PolicyStatement.SCOPE, 'PolicyStatement.ResourceConflict', 'notResources', notResources,
        'either resources or notResources, not both');
    }
    this.addTo(this._notResources, 'notResources', notResources, checkResource);
    return this;
  }

  /** Adds the resource `*` (all resources). */
  public addAllResources(): PolicyStatement {
    return this.addResources('*');
  }

  /**
   * Adds one condition. Values of the same operator and key are merged (OR); different keys and
   * operators are combined with AND.
   */
  public addCondition(operator: string, key: string, value: ConditionValue | ConditionValue[]): PolicyStatement {
    const scope = PolicyStatement.SCOPE;
    checkOperator(scope, 'conditions', operator);
    checkConditionKey(scope, `conditions.${operator}`, key);
    const values = normalizeValues(scope, `conditions.${operator}.${key}`, value);
    this.checkSecureTransportCondition(scope, operator, key, values);
    const byKey = (this._conditions[operator] ??= {});
    const merged = byKey[key] ?? [];
    for (const v of values) if (!merged.includes(v)) merged.push(v);
    byKey[key] = merged;
    return this;
  }

  /** Adds several conditions (operator → key → value(s)). */
  public addConditions(conditions: PolicyConditions): PolicyStatement {
    const scope = PolicyStatement.SCOPE;
    if (conditions === null || typeof conditions !== 'object' || Array.isArray(conditions)) {
      throw new HardeningValidationError(scope, 'PolicyStatement.InvalidCondition', 'conditions', conditions,
        'an object of operator → { conditionKey: value(s) }');
    }
    for (const operator of Object.keys(conditions)) {
      const byKey = conditions[operator];
      checkOperator(scope, 'conditions', operator);
      if (byKey === null || typeof byKey !== 'object' || Array.isArray(byKey)) {
        throw new HardeningValidationError(scope, 'PolicyStatement.InvalidCondition', `conditions.${operator}`, byKey,
          'an object of { conditionKey: value(s) }');
      }
      for (const key of Object.keys(byKey)) this.addCondition(operator, key, byKey[key]);
    }
    return this;
  }

  /** Restricts the statement to these public source IPs / CIDR blocks (`IpAddress acs:SourceIp`). */
  public requireSourceIp(...cidrs: string[]): PolicyStatement {
    return this.addCondition('IpAddress', ConditionKeys.SOURCE_IP, cidrs);
  }

  /** Restricts the statement to requests from these VPCs (`StringEquals acs:SourceVpc`). */
  public requireSourceVpc(...vpcIds: string[]): PolicyStatement {
    return this.addCondition('StringEquals', ConditionKeys.SOURCE_VPC, vpcIds);
  }

  /** Restricts the statement to callers signed in with MFA (`Bool acs:MFAPresent = "true"`). */
  public requireMfa(): PolicyStatement {
    return this.addCondition('Bool', ConditionKeys.MFA_PRESENT, 'true');
  }

  /**
   * The statement as JSON: keys in the order Effect, Action/NotAction, Resource/NotResource,
   * Condition; lists, operators and keys sorted; the HTTPS-only condition added to Allow statements.
   */
  public toJson(): PolicyStatementJson {
    const json: { -readonly [K in keyof PolicyStatementJson]: PolicyStatementJson[K] } = { Effect: this.effect };
    if (this._actions.length) json.Action = sorted(this._actions);
    if (this._notActions.length) json.NotAction = sorted(this._notActions);
    if (this._resources.length) json.Resource = sorted(this._resources);
    if (this._notResources.length) json.NotResource = sorted(this._notResources);
    const conditions = cloneConditions(this._conditions);
    if (this.requiresSecureTransport) {
      conditions.Bool = { ...(conditions.Bool ?? {}), [ConditionKeys.SECURE_TRANSPORT]: ['true'] };
    }
    const operators = Object.keys(conditions).sort();
    if (operators.length) {
      const rendered: { [operator: string]: { [key: string]: string[] } } = {};
      for (const op of operators) {
        rendered[op] = {};
        for (const key of Object.keys(conditions[op]).sort()) rendered[op][key] = sorted(conditions[op][key]);
      }
      json.Condition = rendered;
    }
    return json;
  }

  /** A copy of this statement (same effect, lists, conditions and opt-out). */
  public copy(): PolicyStatement {
    return new PolicyStatement({
      effect: this.effect,
      actions: this._actions.length ? this.actions : undefined,
      notActions: this._notActions.length ? this.notActions : undefined,
      resources: this._resources.length ? this.resources : undefined,
      notResources: this._notResources.length ? this.notResources : undefined,
      conditions: this.conditions,
      allowInsecureTransport: this.allowInsecureTransport,
    });
  }

  /**
   * Validates every literal of the statement again, naming `scope` and `property` (e.g. the policy
   * construct and `statements[2]`). Throws `HardeningValidationError`.
   *
   * @internal
   */
  public _validate(scope: IConstruct | string, property: string): void {
    checkEffect(scope, `${property}.effect`, this.effect);
    this._actions.forEach((a, i) => checkAction(scope, `${property}.actions[${i}]`, a));
    this._notActions.forEach((a, i) => checkAction(scope, `${property}.notActions[${i}]`, a));
    this._resources.forEach((r, i) => checkResource(scope, `${property}.resources[${i}]`, r));
    this._notResources.forEach((r, i) => checkResource(scope, `${property}.notResources[${i}]`, r));
    for (const op of Object.keys(this._conditions)) {
      checkOperator(scope, `${property}.conditions`, op);
      for (const key of Object.keys(this._conditions[op])) {
        checkConditionKey(scope, `${property}.conditions.${op}`, key);
        this.checkSecureTransportCondition(scope, op, key, this._conditions[op][key], `${property}.conditions.${op}.${key}`);
      }
    }
  }

  /**
   * What keeps the statement from being a complete identity-policy statement (no action, no
   * resource), as messages. Empty when complete.
   *
   * @internal
   */
  public _incompleteness(): string[] {
    const problems: string[] = [];
    if (!this._actions.length && !this._notActions.length) problems.push('has no actions (Action or NotAction is required)');
    if (!this._resources.length && !this._notResources.length) problems.push('has no resources (Resource or NotResource is required)');
    return problems;
  }

  private addTo(target: string[], property: string, values: unknown, check: (scope: string, property: string, value: unknown) => void): void {
    if (values === undefined) return;
    const scope = PolicyStatement.SCOPE;
    if (!Array.isArray(values)) {
      throw new HardeningValidationError(scope, 'PolicyStatement.NotArray', property, values, 'a list of strings');
    }
    if (values.length === 1 && typeof values[0] === 'string' && values[0].startsWith('#{TfToken[')) {
      // a list token: passes through unchecked
      target.push(...(values as string[]));
      return;
    }
    values.forEach((value, i) => check(scope, `${property}[${i}]`, value));
    for (const value of values as string[]) if (!target.includes(value)) target.push(value);
  }

  private checkSecureTransportCondition(scope: IConstruct | string, operator: string, key: string, values: string[], property?: string): void {
    if (key !== ConditionKeys.SECURE_TRANSPORT || this.effect !== Effect.ALLOW || this.insecureTransportReason !== undefined) return;
    if (operator === 'Bool' && values.every((v) => v === 'true' || isToken(v))) return;
    throw new HardeningValidationError(scope, 'PolicyStatement.InsecureTransport', property ?? `conditions.${operator}.${key}`, values,
      'only Bool "true" on an Allow statement; to allow plain HTTP use allowInsecureTransport: OptOut.because(reason)');
  }
}

function sorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function cloneConditions(conditions: { [operator: string]: { [key: string]: string[] } }): { [operator: string]: { [key: string]: string[] } } {
  const copy: { [operator: string]: { [key: string]: string[] } } = {};
  for (const op of Object.keys(conditions)) {
    copy[op] = {};
    for (const key of Object.keys(conditions[op])) copy[op][key] = [...conditions[op][key]];
  }
  return copy;
}

function checkEffect(scope: IConstruct | string, property: string, value: unknown): void {
  if (value !== Effect.ALLOW && value !== Effect.DENY) {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidEffect', property, value, 'Effect.ALLOW ("Allow") or Effect.DENY ("Deny")');
  }
}

function checkAction(scope: IConstruct | string, property: string, value: unknown): void {
  if (typeof value !== 'string') {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidAction', property, value, ACTION_ALLOWED);
  }
  if (isToken(value) && literalShape(value) === '*') return; // a whole-token action
  if (!ACTION_PATTERN.test(literalShape(value))) {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidAction', property, value, ACTION_ALLOWED);
  }
}

function checkResource(scope: IConstruct | string, property: string, value: unknown): void {
  if (typeof value !== 'string' || !RESOURCE_PATTERN.test(literalShape(value))) {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidResource', property, value, RESOURCE_ALLOWED);
  }
}

function checkOperator(scope: IConstruct | string, property: string, operator: unknown): void {
  if (typeof operator !== 'string' || !KNOWN_CONDITION_OPERATORS.includes(operator)) {
    throw new HardeningValidationError(scope, 'PolicyStatement.UnknownConditionOperator', property, operator,
      `one of ${KNOWN_CONDITION_OPERATORS.join(', ')} (RAM conditional operators)`);
  }
}

function checkConditionKey(scope: IConstruct | string, property: string, key: unknown): void {
  if (typeof key !== 'string' || (!isToken(key) && !CONDITION_KEY_PATTERN.test(key))) {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidConditionKey', property, key,
      'a condition key "<prefix>:<name>" such as "acs:SourceIp" or "ecs:IsDiskEncrypted"');
  }
}

function normalizeValues(scope: IConstruct | string, property: string, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidConditionValue', property, value, 'at least one value');
  }
  return list.map((v) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return isToken(v) ? Token.asString(v) : String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    throw new HardeningValidationError(scope, 'PolicyStatement.InvalidConditionValue', property, value,
      'a string, number or boolean, or a non-empty list of them');
  });
}
