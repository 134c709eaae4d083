import { IConstruct } from 'constructs';
import { HardeningValidationError } from './errors';
import { TerraformResource } from '../cdktf';

/** Minimum length of an opt-out reason (as cdk-nag requires for suppressions). */
export const MIN_OPT_OUT_REASON_LENGTH = 10;

/** Key under a resource's `"//"` metadata block where opt-outs are recorded. */
export const HARDENING_METADATA_KEY = 'hardening';

/** Construct metadata type under which opt-outs are recorded on the construct tree. */
export const OPT_OUT_METADATA_TYPE = 'alicloud-ecs-hardened:opt-out';

/**
 * An explicit, reasoned decision to turn off one hardened default.
 *
 * Every weakening switch of this library takes an `OptOut`, never a bare boolean, so the decision
 * cannot be taken by accident and always carries its justification. The opt-out is written to the
 * affected resources' `"//"` metadata in `cdk.tf.json` (`"//": {"hardening": {"optOuts": [...]}}`),
 * to the construct tree metadata, and appears in the `npm run synth` summary and the reports.
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

/** One recorded opt-out, as written to metadata. */
export interface OptOutRecord {
  /** Stable id of the control that was turned off, e.g. `SecureInstance.PublicIp`. */
  readonly id: string;
  /** The user's justification. */
  readonly reason: string;
}

const RECORDS = new WeakMap<TerraformResource, OptOutRecord[]>();

/**
 * Validates an opt-out given through `property` (accepting an `OptOut` or a `{ reason }` object, as
 * JavaScript callers may pass) and returns its reason. Throws when the reason is missing or short.
 *
 * @internal
 */
export function checkOptOut(scope: IConstruct, property: string, value: unknown): string {
  const reason = (value instanceof OptOut || (typeof value === 'object' && value !== null))
    ? (value as { reason?: unknown }).reason
    : undefined;
  if (typeof reason !== 'string' || reason.trim().length < MIN_OPT_OUT_REASON_LENGTH) {
    throw new HardeningValidationError(scope, 'OptOut.ReasonRequired', property, value,
      `OptOut.because(reason) with a reason of at least ${MIN_OPT_OUT_REASON_LENGTH} characters`);
  }
  return reason.trim();
}

/**
 * Records an opt-out on the given resources' `"//"` metadata and on the construct's metadata.
 * Idempotent per (resource, id).
 *
 * @internal
 */
export function recordOptOut(scope: IConstruct, id: string, reason: string, resources: TerraformResource[]): void {
  scope.node.addMetadata(OPT_OUT_METADATA_TYPE, { id, reason });
  for (const resource of resources) {
    const list = RECORDS.get(resource) ?? [];
    if (!list.some((r) => r.id === id)) list.push({ id, reason });
    RECORDS.set(resource, list);
    resource.addOverride(`//.${HARDENING_METADATA_KEY}.optOuts`, list.map((r) => ({ ...r })));
  }
}

/** The opt-outs recorded on a resource. */
export function optOutsOf(resource: TerraformResource): OptOutRecord[] {
  return [...(RECORDS.get(resource) ?? [])];
}
