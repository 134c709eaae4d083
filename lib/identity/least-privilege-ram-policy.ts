import { Construct } from 'constructs';
import { PolicyDocument } from './policy-document';
import { Effect, PolicyStatement } from './policy-statement';
import { Lazy, TerraformProvider } from '../cdktf';
import { ADMIN_EQUIVALENT_SERVICES, PLATFORM_LIMITS, statementFinding } from '../controls';
import { HardenedConstructProps, HardeningValidationError, OptOut } from '../core';
import { physicalName } from './private/names';
import { checkOptOut, recordOptOut } from '../core/opt-out';
import { Check } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { RamGroupPolicyAttachment } from '../generated/providers/alicloud/ram-group-policy-attachment';
import { RamPolicy } from '../generated/providers/alicloud/ram-policy';
import { RamRolePolicyAttachment } from '../generated/providers/alicloud/ram-role-policy-attachment';
import { RamUserPolicyAttachment } from '../generated/providers/alicloud/ram-user-policy-attachment';
import { adminEquivalence, grantsFullAdmin, isEveryAction } from '../rules/private/admin-policy';

// RAM CreatePolicy PolicyName / Description limits (PLATFORM_LIMITS, sources in LIMIT_SOURCES).
const MAX_POLICY_NAME_LENGTH = PLATFORM_LIMITS.maxPolicyNameLength;
const MAX_POLICY_DESCRIPTION_LENGTH = PLATFORM_LIMITS.maxPolicyDescriptionLength;
const POLICY_NAME_PATTERN = /^[A-Za-z0-9-]+$/;

/** Anything with a role name a policy can be attached to (an `InstanceRole` or an imported role). */
export interface IRoleName {
  /** The RAM role name. */
  readonly roleName: string;
}

/** Props of a `LeastPrivilegeRamPolicy`. */
export interface LeastPrivilegeRamPolicyProps extends HardenedConstructProps {
  /**
   * The policy name: 1–128 letters, digits and hyphens (RAM CreatePolicy `PolicyName`,
   * https://www.alibabacloud.com/help/en/resource-management/api-createpolicy ; the provider
   * 1.285.0 does not validate it, so this construct does).
   * @default - derived from the construct path plus a hash, unique per stack
   */
  readonly policyName?: string;
  /**
   * The description: 1–1,024 characters (RAM CreatePolicy `Description`).
   * @default - "Least-privilege policy <construct path>"
   */
  readonly description?: string;
  /**
   * Statements to start with; more can be added with `addStatements`.
   * @default - none (a policy must have at least one statement at synth)
   */
  readonly statements?: PolicyStatement[];
  /**
   * A document to start with (its statements are validated like `statements`).
   * @default - a new empty document
   */
  readonly document?: PolicyDocument;
}

/**
 * A customer-managed RAM policy (`alicloud_ram_policy` with `policy_document`, never the deprecated
 * `document`/`statement`) that enforces least privilege:
 *
 * - an Allow of `*` or `*:*` on resource `*` is rejected (CIS Alibaba Cloud Foundations 1.15);
 * - `service:*` actions, Allow on `*` resources with write actions, and Allow with
 *   `NotAction`/`NotResource` are warned about (stable ids
 *   `LeastPrivilegeRamPolicy.ServiceWildcardAction`, `.WildcardResourceWrite`, `.AllowWithNegation`);
 * - every Allow statement is HTTPS-only (`acs:SecureTransport = true`) unless the statement opts out;
 * - the document is deterministic and checked against the 6,144 limit at synth;
 * - attaching to a RAM user is refused without a named opt-out (CIS 1.16): attach to roles and groups.
 */
export class LeastPrivilegeRamPolicy extends Construct {
  /**
   * The policy name as a reference to the `alicloud_ram_policy` resource, so anything using it
   * (attachments) is created after the policy.
   */
  public readonly policyName: string;
  /** The L1 `alicloud_ram_policy` resource (escape hatch). */
  public readonly resource: RamPolicy;
  /** The policy document; statements added to it later are validated at synth. */
  public readonly document: PolicyDocument;

  private readonly provider?: TerraformProvider;
  private readonly attachments = new Map<string, RamRolePolicyAttachment | RamGroupPolicyAttachment | RamUserPolicyAttachment>();
  private readonly recorded = new Set<PolicyStatement>();

  constructor(scope: Construct, id: string, props: LeastPrivilegeRamPolicyProps = {}) {
    super(scope, id);
    const check = new Check(this, 'LeastPrivilegeRamPolicy');
    check.object('props', props);
    check.text('policyName', props.policyName, {
      max: MAX_POLICY_NAME_LENGTH, pattern: POLICY_NAME_PATTERN, patternText: 'of letters, digits and hyphens (RAM CreatePolicy PolicyName)',
    });
    check.text('description', props.description, { max: MAX_POLICY_DESCRIPTION_LENGTH });
    if (props.document !== undefined && !(props.document instanceof PolicyDocument)) {
      check.fail('NotADocument', 'document', props.document, 'a PolicyDocument');
    }
    if (props.statements !== undefined) check.array('statements', props.statements);
    this.provider = props.provider;
    this.document = props.document ?? new PolicyDocument();

    const description = props.description ?? `Least-privilege policy ${this.node.path}`.slice(0, MAX_POLICY_DESCRIPTION_LENGTH);
    this.resource = new RamPolicy(this, 'Resource', {
      policyName: props.policyName ?? physicalName(this, MAX_POLICY_NAME_LENGTH),
      description,
      policyDocument: Lazy.stringValue({ produce: () => this.document.toJsonString() }),
      provider: props.provider,
    });
    this.policyName = this.resource.policyName;

    this.document.statements.forEach((s, i) => this.admit(s, i));
    if (props.statements) this.addStatements(...props.statements);
    this.node.addValidation({ validate: () => this.validatePolicy() });
  }

  /**
   * Adds statements. Each is validated with this construct's path (`statements[n]...`), an Allow of
   * `*`/`*:*` on `*` is rejected, HTTPS opt-outs are recorded, and risky statements are warned about.
   */
  public addStatements(...statements: PolicyStatement[]): void {
    statements.forEach((s, i) => {
      if (!(s instanceof PolicyStatement)) {
        throw new HardeningValidationError(this, 'LeastPrivilegeRamPolicy.NotAStatement', `statements[${i}]`, s, 'a PolicyStatement');
      }
    });
    for (const statement of statements) {
      if (this.document.statements.includes(statement)) continue;
      this.admit(statement, this.document.statements.length);
      this.document.addStatements(statement);
    }
  }

  /** Attaches the policy to a RAM role (`alicloud_ram_role_policy_attachment`, policy type `Custom`). */
  public attachToRole(role: IRoleName | string): RamRolePolicyAttachment {
    const roleName = typeof role === 'string' ? role : (role as IRoleName | undefined)?.roleName;
    new Check(this, 'LeastPrivilegeRamPolicy').required('role', roleName ?? role); // name the input itself when it has no roleName
    return this.attach(`role:${roleName}`, 'RoleAttachment', (id) => new RamRolePolicyAttachment(this, id, {
      roleName: roleName as string, policyName: this.policyName, policyType: 'Custom', provider: this.provider,
    })) as RamRolePolicyAttachment;
  }

  /** Attaches the policy to a RAM group (`alicloud_ram_group_policy_attachment`, policy type `Custom`). */
  public attachToGroup(groupName: string): RamGroupPolicyAttachment {
    new Check(this, 'LeastPrivilegeRamPolicy').required('groupName', groupName);
    return this.attach(`group:${groupName}`, 'GroupAttachment', (id) => new RamGroupPolicyAttachment(this, id, {
      groupName, policyName: this.policyName, policyType: 'Custom', provider: this.provider,
    })) as RamGroupPolicyAttachment;
  }

  /**
   * Attaches the policy directly to a RAM user (`alicloud_ram_user_policy_attachment`). Refused by
   * default: CIS Alibaba Cloud Foundations 1.16 "Ensure RAM policies are attached only to groups or
   * roles". The opt-out is recorded as `LeastPrivilegeRamPolicy.UserAttachment` on the attachment
   * and the policy.
   */
  public attachToUser(userName: string, optOut: OptOut): RamUserPolicyAttachment {
    new Check(this, 'LeastPrivilegeRamPolicy').required('userName', userName);
    const reason = checkOptOut(this, 'attachToUser', optOut);
    const attachment = this.attach(`user:${userName}`, 'UserAttachment', (id) => new RamUserPolicyAttachment(this, id, {
      userName, policyName: this.policyName, policyType: 'Custom', provider: this.provider,
    })) as RamUserPolicyAttachment;
    recordOptOut(this, 'LeastPrivilegeRamPolicy.UserAttachment', reason, [attachment]);
    return attachment;
  }

  private attach<T extends RamRolePolicyAttachment | RamGroupPolicyAttachment | RamUserPolicyAttachment>(
    key: string, idPrefix: string, create: (id: string) => T): T {
    const existing = this.attachments.get(key);
    if (existing) return existing as T;
    const count = [...this.attachments.keys()].filter((k) => k.startsWith(key.split(':')[0] + ':')).length;
    const attachment = create(count === 0 ? idPrefix : `${idPrefix}${count + 1}`);
    this.attachments.set(key, attachment);
    return attachment;
  }

  /** Validates, records opt-outs and warns for one statement at position `index`. */
  private admit(statement: PolicyStatement, index: number): void {
    const property = `statements[${index}]`;
    statement._validate(this, property);
    const admin = adminAccess(statement);
    if (admin) throw new HardeningValidationError(this, 'LeastPrivilegeRamPolicy.AdminAccess', `${property}.actions`, admin, ADMIN_ALLOWED);
    // ALI-RAM-003 concerns Allow statements only: on a Deny the opt-out waives nothing and is not recorded.
    if (statement.allowInsecureTransport !== undefined && statement.effect === Effect.ALLOW && !this.recorded.has(statement)) {
      const reason = checkOptOut(this, `${property}.allowInsecureTransport`, statement.allowInsecureTransport);
      // The acknowledgement names the statement by its Sid (generated from its synthesized content),
      // never by its position: deduplication and reordering of other statements cannot move it.
      const finding = Lazy.stringValue({ produce: (context) => statementFinding(context.resolve(statement.toJson())) });
      recordOptOut(this, 'LeastPrivilegeRamPolicy.InsecureTransport', reason, [this.resource], [finding]);
      this.recorded.add(statement);
    }
    this.warn(statement, index);
  }

  private warn(statement: PolicyStatement, index: number): void {
    if (statement.effect !== Effect.ALLOW) return;
    const where = `statement ${index}`;
    const wildcards = statement.actions.filter((a) => a === '*' || /^[^:]+:\*$/.test(a));
    if (wildcards.length) {
      addHardeningWarning(this, 'LeastPrivilegeRamPolicy.ServiceWildcardAction',
        `${where} allows every action of a service (${wildcards.join(', ')}); list the actions the workload needs`);
    }
    if (statement.resources.includes('*')) {
      const writes = statement.actions.filter((a) => !isReadOnlyAction(a));
      if (writes.length) {
        addHardeningWarning(this, 'LeastPrivilegeRamPolicy.WildcardResourceWrite',
          `${where} allows write actions (${writes.join(', ')}) on every resource "*"; scope them to ARNs`);
      }
    }
    if (statement.notActions.length || statement.notResources.length) {
      addHardeningWarning(this, 'LeastPrivilegeRamPolicy.AllowWithNegation',
        `${where} is an Allow with NotAction/NotResource, which grants everything not listed`);
    }
  }

  private validatePolicy(): string[] {
    const errors: string[] = [];
    const error = (code: string, property: string, value: unknown, allowed: string) =>
      errors.push(new HardeningValidationError(this, `LeastPrivilegeRamPolicy.${code}`, property, value, allowed).message);
    const statements = this.document.statements;
    if (statements.length === 0) error('Empty', 'statements', [], 'at least one statement (add one with addStatements)');
    statements.forEach((statement, i) => {
      const property = `statements[${i}]`;
      try {
        statement._validate(this, property);
      } catch (e) {
        if (e instanceof HardeningValidationError) errors.push(e.message);
        else throw e;
      }
      for (const problem of statement._incompleteness()) error('IncompleteStatement', property, statement.toJson(), `a statement that ${problem.replace(/^has no/, 'has')}`);
      const admin = adminAccess(statement);
      if (admin) error('AdminAccess', `${property}.actions`, admin, ADMIN_ALLOWED);
      if (statement.allowInsecureTransport !== undefined && statement.effect === Effect.ALLOW && !this.recorded.has(statement)) {
        error('UnrecordedOptOut', `${property}.allowInsecureTransport`, statement.insecureTransportReason,
          'statements added through the policy (addStatements), so the opt-out is recorded');
      }
      this.warn(statement, i);
    });
    const bytes = this.document.byteLength;
    if (bytes > PLATFORM_LIMITS.maxPolicyDocumentBytes) {
      error('DocumentTooLarge', 'document', `${bytes} bytes`,
        `at most ${PLATFORM_LIMITS.maxPolicyDocumentBytes} bytes of compact JSON (RAM CreatePolicy PolicyDocument limit); split the statements into several policies`);
    }
    return errors;
  }
}

const ADMIN_ALLOWED = 'no Allow of "*" or "*:*" on every resource ("*", "acs:*:*:*:*"), no Allow with NotAction on every resource, and no '
  + `${ADMIN_EQUIVALENT_SERVICES.map((x) => `${x}:*`).join(' / ')} on every resource of the service (CIS Alibaba Cloud Foundations 1.15: no full `
  + 'administrative privileges; rules ALI-RAM-001 and ALI-RAM-005); list the actions and resources the workload needs';

/**
 * What makes an Allow statement admin or admin-equivalent (the rule pack's own test, so the construct
 * refuses exactly what ALI-RAM-001 and ALI-RAM-005 fail), or undefined.
 */
function adminAccess(statement: PolicyStatement): string | undefined {
  if (grantsFullAdmin(statement)) return `${JSON.stringify(statement.actions.filter(isEveryAction))} on ${JSON.stringify(statement.resources)}`;
  return adminEquivalence(statement);
}

/** Read-only by naming convention of Alibaba Cloud APIs (Describe*, List*, Get*, Query*, Check*, Search*). */
function isReadOnlyAction(action: string): boolean {
  return /^[^:]+:(Describe|List|Get|Query|Check|Search)[A-Za-z0-9*?]*$/.test(action);
}
