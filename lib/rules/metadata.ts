/**
 * Reading and writing the hardening records in a resource's `"//"` metadata.
 *
 * @internal
 */

/** An acknowledgement as written to `"//".hardening.acknowledgements`. */
export interface AcknowledgementRecord {
  /** Rule id, e.g. `ALI-ECS-005`. */
  readonly ruleId: string;
  /** Why the finding is accepted (at least 10 characters). */
  readonly reason: string;
  /**
   * Limits the acknowledgement to these findings (e.g. `port:22`, `data_disks[0]`).
   *
   * @default - every finding of the rule on the resource
   */
  readonly appliesTo?: readonly string[];
  /**
   * The day the acknowledgement stops counting (`YYYY-MM-DD`).
   *
   * @default - does not expire
   */
  readonly expires?: string;
}

/** An opt-out as the constructs write it to `"//".hardening.optOuts`. */
export interface RecordedOptOut {
  readonly id: string;
  readonly reason: string;
}

function hardening(body: Record<string, any>): Record<string, any> | undefined {
  const h = body?.['//']?.hardening;
  return typeof h === 'object' && h !== null ? h : undefined;
}

/** The acknowledgements recorded on a resource body (malformed entries are dropped). */
export function acknowledgementsIn(body: Record<string, any>): AcknowledgementRecord[] {
  const list = hardening(body)?.acknowledgements;
  if (!Array.isArray(list)) return [];
  return list.filter((a) => typeof a?.ruleId === 'string' && typeof a?.reason === 'string')
    .map((a) => ({
      ruleId: a.ruleId,
      reason: a.reason,
      ...(Array.isArray(a.appliesTo) ? { appliesTo: a.appliesTo.filter((x: unknown) => typeof x === 'string') } : {}),
    }));
}

/** The opt-outs recorded on a resource body (malformed entries are dropped). */
export function optOutsIn(body: Record<string, any>): RecordedOptOut[] {
  const list = hardening(body)?.optOuts;
  if (!Array.isArray(list)) return [];
  return list.filter((o) => typeof o?.id === 'string' && typeof o?.reason === 'string').map((o) => ({ id: o.id, reason: o.reason }));
}
