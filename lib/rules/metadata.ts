/**
 * Reading the hardening records in a resource's `"//"` metadata.
 *
 * @packageDocumentation
 */
import { AcknowledgementRecord } from '../core/opt-out';

export { AcknowledgementRecord } from '../core/opt-out';

function hardening(body: Record<string, any>): Record<string, any> | undefined {
  const h = body?.['//']?.hardening;
  return typeof h === 'object' && h !== null ? h : undefined;
}

/**
 * The acknowledgements recorded on a resource body (`Acknowledgements` and construct opt-outs write
 * the same record; malformed entries are dropped).
 */
export function acknowledgementsIn(body: Record<string, any>): AcknowledgementRecord[] {
  const list = hardening(body)?.acknowledgements;
  if (!Array.isArray(list)) return [];
  return list.filter((a) => typeof a?.ruleId === 'string' && typeof a?.reason === 'string')
    .map((a) => ({
      ruleId: a.ruleId,
      reason: a.reason,
      ...(Array.isArray(a.appliesTo) ? { appliesTo: a.appliesTo.filter((x: unknown) => typeof x === 'string') } : {}),
      ...(typeof a.optOut === 'string' ? { optOut: a.optOut } : {}),
    }));
}
