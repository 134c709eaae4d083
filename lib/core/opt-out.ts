import { IConstruct } from 'constructs';
import { HardeningValidationError } from './errors';
import { TerraformResource } from '../cdktf';
import { optOutControl, PLATFORM_LIMITS } from '../controls';

/** Minimum length of an opt-out, acknowledgement or warning-acknowledgement reason. @internal */
export const MIN_REASON_LENGTH = PLATFORM_LIMITS.minReasonLength;

/** Key under a resource's `"//"` metadata block where acknowledgements are recorded. @internal */
export const HARDENING_METADATA_KEY = 'hardening';

/** Construct metadata type under which opt-outs are recorded on the construct tree. */
export const OPT_OUT_METADATA_TYPE = 'alicloud-ecs-hardened:opt-out';

/**
 * An acknowledgement as written to a resource's `"//".hardening.acknowledgements`: by
 * `Acknowledgements.of(scope).add(...)` and, with `optOut` set, by a construct opt-out.
 */
export interface AcknowledgementRecord {
  /** Rule id, e.g. `ALI-ECS-005`. */
  readonly ruleId: string;
  /** Why the finding is accepted (at least 10 characters). */
  readonly reason: string;
  /**
   * Limits the acknowledgement to these findings (e.g. `port:22`, `Sid:S1a2b3c4d5e6f`).
   *
   * @default - every finding of the rule on the resource
   */
  readonly appliesTo?: readonly string[];
  /**
   * The construct opt-out that wrote the record, e.g. `SecureInstance.PublicIp`.
   *
   * @default - an explicit acknowledgement
   */
  readonly optOut?: string;
}

/**
 * An explicit, reasoned decision to turn off one hardened default.
 *
 * Every weakening switch of this library takes an `OptOut`, never a bare boolean, so the decision
 * cannot be taken by accident and always carries its justification. The opt-out is written to the
 * affected resources' `"//"` metadata in `cdk.tf.json` as the acknowledgement of the rules it waives
 * (`"//": {"hardening": {"acknowledgements": [{"ruleId", "reason", "appliesTo"?, "optOut"}]}}`, the
 * same record `Acknowledgements` writes; its meaning is in the control catalogue,
 * `OPT_OUT_CATALOGUE`), to the construct tree metadata, and appears in the reports.
 *
 * @example
 * new SecureInstance(this, 'bastion', { ..., publicIp: { bandwidthMbps: 5, optOut: OptOut.because('Bastion reached from the office CIDR only') } })
 */
export class OptOut {
  /** An opt-out with its justification (at least 10 characters). */
  public static because(reason: string): OptOut {
    return new OptOut(reason);
  }

  private constructor(public readonly reason: string) {}
}

/** One recorded opt-out, as written to the construct metadata. */
export interface OptOutRecord {
  /** Stable id of the control that was turned off, e.g. `SecureInstance.PublicIp`. */
  readonly id: string;
  /** The user's justification. */
  readonly reason: string;
}

/**
 * The one reason check of the library (opt-outs, acknowledgements, warning acknowledgements):
 * a string of at least 10 non-blank characters. Returns the trimmed reason.
 *
 * @internal
 */
export function checkReason(scope: IConstruct | string, code: string, property: string, reason: unknown,
  value: unknown = reason, allowed?: string): string {
  if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
    throw new HardeningValidationError(scope, code, property, value, allowed ?? `a reason of at least ${MIN_REASON_LENGTH} characters`);
  }
  return reason.trim();
}

/**
 * Validates an opt-out given through `property` (accepting an `OptOut` or a `{ reason }` object, as
 * JavaScript callers may pass) and returns its reason. Throws when the reason is missing or short.
 *
 * @internal
 */
export function checkOptOut(scope: IConstruct | string, property: string, value: unknown): string {
  const reason = (value instanceof OptOut || (typeof value === 'object' && value !== null))
    ? (value as { reason?: unknown }).reason
    : undefined;
  return checkReason(scope, 'OptOut.ReasonRequired', property, reason, value,
    `OptOut.because(reason) with a reason of at least ${MIN_REASON_LENGTH} characters`);
}

const OPT_OUT_RECORDS = new WeakMap<TerraformResource, AcknowledgementRecord[]>();
const API_RECORDS = new WeakMap<TerraformResource, AcknowledgementRecord[]>();

/**
 * Writes the acknowledgements of `resource` to its `"//"` metadata: its construct opt-outs first,
 * then the `Acknowledgements` in effect for it (`apiRecords`, when given, replace the previous ones).
 *
 * @internal
 */
export function writeAcknowledgements(resource: TerraformResource, apiRecords?: AcknowledgementRecord[]): void {
  if (apiRecords !== undefined) API_RECORDS.set(resource, apiRecords);
  const all = [...(OPT_OUT_RECORDS.get(resource) ?? []), ...(API_RECORDS.get(resource) ?? [])];
  if (all.length > 0) {
    resource.addOverride(`//.${HARDENING_METADATA_KEY}.acknowledgements`, all.map((r) => ({ ...r, ...(r.appliesTo ? { appliesTo: [...r.appliesTo] } : {}) })));
  }
}

/**
 * Records a construct opt-out: on the construct's metadata, and on each resource as the
 * acknowledgement of the rules the catalogue (`OPT_OUT_CATALOGUE`) says it waives. For opt-outs
 * whose findings depend on the use (`appliesTo: "per-use"`: a security group rule's sensitive ports,
 * a RAM statement's Sid), `findings` names them; an empty list acknowledges nothing. Idempotent per
 * (resource, opt-out, rule); findings of repeated uses are merged.
 *
 * @internal
 */
export function recordOptOut(scope: IConstruct, id: string, reason: string, resources: TerraformResource[], findings: readonly string[] = []): void {
  const control = optOutControl(id);
  if (!control) throw new Error(`recordOptOut: ${id} is not in the opt-out catalogue (lib/controls/opt-outs.ts)`);
  const same = (m: { type: string; data: unknown }) => m.type === OPT_OUT_METADATA_TYPE
    && (m.data as OptOutRecord).id === id && (m.data as OptOutRecord).reason === reason;
  if (!scope.node.metadata.some(same)) {
    scope.node.addMetadata(OPT_OUT_METADATA_TYPE, { id, reason });
  }
  for (const resource of resources) {
    const list = OPT_OUT_RECORDS.get(resource) ?? [];
    for (const waiver of control.rules) {
      const appliesTo = waiver.appliesTo === 'per-use' ? [...findings] : waiver.appliesTo;
      if (appliesTo !== undefined && appliesTo.length === 0) continue;
      const at = list.findIndex((r) => r.ruleId === waiver.ruleId && r.optOut === id);
      if (at < 0) {
        list.push({ ruleId: waiver.ruleId, reason, ...(appliesTo ? { appliesTo: [...appliesTo] } : {}), optOut: id });
      } else if (appliesTo && list[at].appliesTo) {
        list[at] = { ...list[at], appliesTo: [...new Set([...list[at].appliesTo!, ...appliesTo])] };
      }
    }
    OPT_OUT_RECORDS.set(resource, list);
    writeAcknowledgements(resource);
  }
}

/** The acknowledgement records the construct opt-outs wrote on a resource. @internal */
export function optOutsOf(resource: TerraformResource): AcknowledgementRecord[] {
  return [...(OPT_OUT_RECORDS.get(resource) ?? [])];
}
