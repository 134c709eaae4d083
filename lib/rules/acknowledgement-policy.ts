/**
 * In-file acknowledgements held to the same standard as `Acknowledgements.of(...).add(...)`, and the
 * governance options teams put on top (CLI flags and `HardeningChecks` props alike).
 *
 * Every record in a resource's `"//".hardening.acknowledgements` (construct opt-outs write the same
 * record, tagged with its `optOut` id, which must waive that rule in the catalogue) is reviewed: a
 * record that names an unknown or non-acknowledgeable rule, has a reason shorter than {@link MIN_REASON_LENGTH}, an `appliesTo` that is not a
 * non-empty list of finding ids, or an `expires` that is not a `YYYY-MM-DD` date does not count and
 * is an ALI-META-002 error finding; one the governance options refuse is an ALI-META-003 error;
 * an expired one is an ALI-META-004 warning (and stops counting).
 */
import { HardeningRule, SynthesizedResource } from './types';
import { show } from './values';
import { optOutControl } from '../controls/opt-outs';
import { HardeningValidationError } from '../core/errors';
import { HARDENING_METADATA_KEY, MIN_REASON_LENGTH } from '../core/opt-out';

/** Governance options for acknowledgements (and construct opt-outs) recorded in the document. */
export interface AcknowledgementPolicy {
  /**
   * Ignore every acknowledgement and opt-out recorded in the document: every finding counts.
   *
   * @default false
   */
  readonly ignore?: boolean;
  /**
   * Rule ids that may not be acknowledged here (the acknowledgement is refused with an ALI-META-003 finding).
   *
   * @default - none
   */
  readonly forbiddenRules?: readonly string[];
  /**
   * Every acknowledgement must carry an `expires` date (`YYYY-MM-DD`); construct opt-outs, which
   * have none, are refused.
   *
   * @default false
   */
  readonly requireExpiry?: boolean;
  /**
   * A pattern every reason must match, e.g. a ticket id `[A-Z]+-[0-9]+`.
   *
   * @default - any reason of at least 10 characters
   */
  readonly reasonPattern?: RegExp | string;
  /**
   * The day expiry is judged against.
   *
   * @default - today
   */
  readonly now?: Date;
}

/** An acknowledgement that counts. */
export interface AcceptedAcknowledgement {
  readonly ruleId: string;
  readonly reason: string;
  readonly source: 'acknowledgement' | 'opt-out';
  readonly optOutId?: string;
  readonly appliesTo?: readonly string[];
  readonly expires?: string;
}

/** A problem with a recorded acknowledgement, reported by an ALI-META rule. */
export interface AcknowledgementProblem {
  /** `ALI-META-002` (invalid), `ALI-META-003` (refused by policy) or `ALI-META-004` (expired). */
  readonly ruleId: 'ALI-META-002' | 'ALI-META-003' | 'ALI-META-004';
  /** `acknowledgements[i]` or `optOuts[i]`. */
  readonly finding: string;
  readonly message: string;
}

/** The review of one resource's records. */
export interface AcknowledgementReview {
  /** True when the resource records any acknowledgement or opt-out. */
  readonly hasRecords: boolean;
  readonly accepted: readonly AcceptedAcknowledgement[];
  /** Acknowledgements of rules that cannot be acknowledged (reported on the finding as a note, too). */
  readonly notAcknowledgeable: readonly AcceptedAcknowledgement[];
  readonly problems: readonly AcknowledgementProblem[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. @internal */
export function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Validates governance options.
 *
 * @throws HardeningValidationError for a bad option
 * @internal
 */
export function checkPolicy(policy: unknown, scope = '<options>'): AcknowledgementPolicy {
  if (policy === undefined) return {};
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy', policy, 'an object');
  }
  const p = policy as AcknowledgementPolicy;
  if (p.ignore !== undefined && typeof p.ignore !== 'boolean') {
    throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.ignore', p.ignore, 'true or false');
  }
  if (p.requireExpiry !== undefined && typeof p.requireExpiry !== 'boolean') {
    throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.requireExpiry', p.requireExpiry, 'true or false');
  }
  if (p.forbiddenRules !== undefined && (!Array.isArray(p.forbiddenRules) || p.forbiddenRules.some((r) => typeof r !== 'string'))) {
    throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.forbiddenRules', p.forbiddenRules, 'a list of rule ids');
  }
  if (p.reasonPattern !== undefined) {
    if (typeof p.reasonPattern === 'string') {
      try {
        new RegExp(p.reasonPattern);
      } catch {
        throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.reasonPattern', p.reasonPattern, 'a valid regular expression');
      }
    } else if (!(p.reasonPattern instanceof RegExp)) {
      throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.reasonPattern', p.reasonPattern, 'a RegExp or a regular expression string');
    }
  }
  if (p.now !== undefined && (!(p.now instanceof Date) || Number.isNaN(p.now.getTime()))) {
    throw new HardeningValidationError(scope, 'HardeningChecks.InvalidAcknowledgementPolicy', 'acknowledgementPolicy.now', p.now, 'a valid Date');
  }
  return p;
}

const NO_RECORDS: AcknowledgementReview = Object.freeze({ hasRecords: false, accepted: [], notAcknowledgeable: [], problems: [] });

/** Reviews the acknowledgement records of one resource. */
export function reviewAcknowledgements(resource: SynthesizedResource, rules: ReadonlyMap<string, HardeningRule>,
  policy: AcknowledgementPolicy): AcknowledgementReview {
  const h = resource.body?.['//']?.[HARDENING_METADATA_KEY];
  const acks: unknown = h?.acknowledgements;
  const optOuts: unknown = h?.optOuts;
  const hasRecords = acks !== undefined || optOuts !== undefined;
  if (!hasRecords) return NO_RECORDS;
  const accepted: AcceptedAcknowledgement[] = [];
  const notAcknowledgeable: AcceptedAcknowledgement[] = [];
  const problems: AcknowledgementProblem[] = [];
  if (policy.ignore) return { hasRecords, accepted, notAcknowledgeable, problems };
  const today = (policy.now ?? new Date()).toISOString().slice(0, 10);
  const pattern = policy.reasonPattern === undefined ? undefined
    : typeof policy.reasonPattern === 'string' ? new RegExp(policy.reasonPattern) : policy.reasonPattern;
  const forbidden = new Set(policy.forbiddenRules ?? []);
  const bad = (finding: string, record: unknown, why: string): void => {
    problems.push({ ruleId: 'ALI-META-002', finding, message: `${finding} ${show(record)} does not count: ${why}` });
  };

  /** Governance over an otherwise valid record; true when it may count. */
  const govern = (finding: string, record: unknown, a: AcceptedAcknowledgement): boolean => {
    const refuse = (why: string) => {
      problems.push({ ruleId: 'ALI-META-003', finding, message: `${finding} ${show(record)} is refused by policy: ${why}` });
      return false;
    };
    if (forbidden.has(a.ruleId)) return refuse(`${a.ruleId} may not be acknowledged`);
    if (pattern && !pattern.test(a.reason)) return refuse(`the reason must match /${pattern.source}/`);
    if (policy.requireExpiry && a.expires === undefined) return refuse('an expires date (YYYY-MM-DD) is required');
    if (a.expires !== undefined && a.expires < today) {
      problems.push({ ruleId: 'ALI-META-004', finding, message: `${finding} of ${a.ruleId} expired on ${a.expires}: the finding counts again` });
      return false;
    }
    return true;
  };

  if (acks !== undefined && !Array.isArray(acks)) {
    bad('acknowledgements', acks, 'acknowledgements must be a list of {ruleId, reason, appliesTo?, expires?, optOut?}');
  }
  (Array.isArray(acks) ? acks : []).forEach((r: any, i): void => {
    const finding = `acknowledgements[${i}]`;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return bad(finding, r, 'not an object {ruleId, reason, appliesTo?, expires?}');
    const rule = typeof r.ruleId === 'string' ? rules.get(r.ruleId) : undefined;
    if (!rule) return bad(finding, r, `ruleId ${show(r.ruleId)} is not a rule of the pack`);
    if (typeof r.reason !== 'string' || r.reason.trim().length < MIN_REASON_LENGTH) {
      return bad(finding, r, `the reason must be at least ${MIN_REASON_LENGTH} characters`);
    }
    if (r.appliesTo !== undefined && (!Array.isArray(r.appliesTo) || r.appliesTo.length === 0
      || r.appliesTo.some((x: unknown) => typeof x !== 'string' || x.trim() === ''))) {
      return bad(finding, r, 'appliesTo must be a non-empty list of finding ids, e.g. ["port:22"]');
    }
    if (r.expires !== undefined && (typeof r.expires !== 'string' || !validDate(r.expires))) {
      return bad(finding, r, 'expires must be a date YYYY-MM-DD');
    }
    if (r.optOut !== undefined) {
      // A construct opt-out's record: it may only waive what the catalogue says the opt-out waives.
      const control = typeof r.optOut === 'string' ? optOutControl(r.optOut) : undefined;
      if (!control) return bad(finding, r, `optOut ${show(r.optOut)} is not an opt-out of the library`);
      if (!control.rules.some((w) => w.ruleId === r.ruleId)) {
        return bad(finding, r, `opt-out ${control.id} does not waive ${r.ruleId} (it waives ${control.rules.map((w) => w.ruleId).join(', ') || 'no rule'})`);
      }
    }
    const a: AcceptedAcknowledgement = {
      ruleId: r.ruleId,
      reason: r.reason.trim(),
      source: r.optOut !== undefined ? 'opt-out' : 'acknowledgement',
      ...(r.optOut !== undefined ? { optOutId: r.optOut } : {}),
      ...(r.appliesTo ? { appliesTo: [...r.appliesTo] } : {}),
      ...(r.expires ? { expires: r.expires } : {}),
    };
    if (!rule.acknowledgeable) {
      notAcknowledgeable.push(a);
      return bad(finding, r, `${rule.id} cannot be acknowledged: fix the finding instead`);
    }
    if (govern(finding, r, a)) accepted.push(a);
  });

  // Construct opt-outs are acknowledgement records tagged with the opt-out id (lib/core/opt-out.ts);
  // the older "optOuts" list is not read: hand-written, it would acknowledge without saying what.
  if (optOuts !== undefined) {
    bad('optOuts', optOuts, 'optOuts records are not read: opt-outs are written as acknowledgements with an optOut id');
  }
  return { hasRecords, accepted, notAcknowledgeable, problems };
}
