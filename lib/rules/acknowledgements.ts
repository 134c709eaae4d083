import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformResource } from '../cdktf';
import { findRule } from './pack';
import { HardeningValidationError } from '../core/errors';
import { AcknowledgementRecord, checkReason, writeAcknowledgements } from '../core/opt-out';

export { AcknowledgementRecord } from '../core/opt-out';

/** Construct metadata type under which acknowledgements are recorded on the construct tree. */
export const ACKNOWLEDGEMENT_METADATA_TYPE = 'alicloud-ecs-hardened:acknowledgement';

/** Options of an acknowledgement. */
export interface AcknowledgementOptions {
  /**
   * Limit the acknowledgement to these findings of the rule (exact match), e.g. `["port:22"]` for
   * `ALI-SG-002` or `["data_disks[1]"]` for `ALI-ECS-004`. Findings not listed stay failed.
   *
   * @default - every finding of the rule on the resources in scope
   */
  readonly appliesTo?: string[];
}

const RECORDS = new WeakMap<IConstruct, AcknowledgementRecord[]>();
const PROPAGATING = new WeakSet<IConstruct>();

/** Writes the acknowledgements in effect for `resource` (its own and its ancestors') to its `"//"` metadata. */
export function applyAcknowledgements(resource: TerraformResource): void {
  const effective: AcknowledgementRecord[] = [];
  for (const scope of resource.node.scopes) {
    for (const r of RECORDS.get(scope) ?? []) effective.push({ ...r, ...(r.appliesTo ? { appliesTo: [...r.appliesTo] } : {}) });
  }
  writeAcknowledgements(resource, effective);
}

class PropagateAcknowledgements implements IAspect {
  public visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node)) applyAcknowledgements(node);
  }
}
const PROPAGATE = new PropagateAcknowledgements();

/**
 * Reasoned acceptance of rule findings for a construct subtree or a single resource.
 *
 * Acknowledgements are written to each affected resource's `"//"` metadata
 * (`"//": {"hardening": {"acknowledgements": [{"ruleId", "reason", "appliesTo"?}]}}`), so the
 * standalone checker sees them in `cdk.tf.json` too, and they appear in the reports with their
 * reasons. Some rules cannot be acknowledged (`acknowledgeable: false`, listed in the README "Rule pack" section).
 *
 * @example
 * Acknowledgements.of(bastion).add('ALI-ECS-005', 'Bastion reached from the office CIDR only');
 * Acknowledgements.of(webSg).add('ALI-SG-002', 'SSH from the VPN range only', { appliesTo: ['port:22'] });
 */
export class Acknowledgements {
  /** The acknowledgements of `scope` (a stack, any construct, or one resource). */
  public static of(scope: IConstruct): Acknowledgements {
    if (typeof scope !== 'object' || scope === null || typeof (scope as IConstruct).node?.path !== 'string') {
      throw new HardeningValidationError('<unknown>', 'Acknowledgements.InvalidScope', 'scope', scope, 'a construct');
    }
    return new Acknowledgements(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /**
   * Acknowledges `ruleId` for every resource in this scope.
   *
   * @param ruleId a rule id of the pack, e.g. `ALI-ECS-005`
   * @param reason why the finding is acceptable (at least 10 characters)
   * @param options limit the acknowledgement to specific findings
   * @throws HardeningValidationError for an unknown or non-acknowledgeable rule, a short reason or bad `appliesTo`
   */
  public add(ruleId: string, reason: string, options: AcknowledgementOptions = {}): this {
    const rule = typeof ruleId === 'string' ? findRule(ruleId) : undefined;
    if (!rule) {
      throw new HardeningValidationError(this.scope, 'Acknowledgements.UnknownRule', 'ruleId', ruleId, 'a rule id of the hardening pack (README "Rule pack"), e.g. "ALI-ECS-005"');
    }
    if (!rule.acknowledgeable) {
      throw new HardeningValidationError(this.scope, 'Acknowledgements.NotAcknowledgeable', 'ruleId', ruleId, 'a rule that can be acknowledged; fix this finding instead');
    }
    const trimmed = checkReason(this.scope, 'Acknowledgements.ReasonRequired', 'reason', reason);
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new HardeningValidationError(this.scope, 'Acknowledgements.InvalidOptions', 'options', options, 'an object { appliesTo?: string[] }');
    }
    const appliesTo = options.appliesTo;
    if (appliesTo !== undefined && (!Array.isArray(appliesTo) || appliesTo.length === 0
      || appliesTo.some((a) => typeof a !== 'string' || a.trim() === ''))) {
      throw new HardeningValidationError(this.scope, 'Acknowledgements.InvalidAppliesTo', 'appliesTo', appliesTo, 'a non-empty list of finding ids, e.g. ["port:22"]');
    }
    const record: AcknowledgementRecord = appliesTo
      ? { ruleId, reason: trimmed, appliesTo: [...appliesTo] }
      : { ruleId, reason: trimmed };
    const list = (RECORDS.get(this.scope) ?? []).filter((r) => !(r.ruleId === ruleId
      && JSON.stringify(r.appliesTo ?? null) === JSON.stringify(record.appliesTo ?? null)));
    list.push(record);
    RECORDS.set(this.scope, list);
    this.scope.node.addMetadata(ACKNOWLEDGEMENT_METADATA_TYPE, { ...record });
    if (!PROPAGATING.has(this.scope)) {
      PROPAGATING.add(this.scope);
      Aspects.of(this.scope).add(PROPAGATE);
    }
    for (const c of this.scope.node.findAll()) {
      if (TerraformResource.isTerraformResource(c)) applyAcknowledgements(c);
    }
    return this;
  }

  /** The acknowledgements added directly to this scope. */
  public get all(): AcknowledgementRecord[] {
    return (RECORDS.get(this.scope) ?? []).map((r) => ({ ...r }));
  }
}
