import { AcknowledgementProblem } from '../acknowledgement-policy';
import { defineRule } from '../rule';
import { DocumentIndexLike, RuleOutcome, SynthesizedResource } from '../types';

function problems(id: AcknowledgementProblem['ruleId']) {
  return (resource: SynthesizedResource, doc: DocumentIndexLike): RuleOutcome => {
    const review = doc.acknowledgementReview?.(resource);
    if (!review || !review.hasRecords) return 'not-applicable';
    return review.problems.filter((p) => p.ruleId === id).map((p) => ({ finding: p.finding, message: p.message }));
  };
}

/**
 * ALI-META-002: every acknowledgement and opt-out recorded in the document is valid: a known,
 * acknowledgeable rule, a reason of at least 10 characters, `appliesTo` a non-empty list of finding
 * ids, `expires` a `YYYY-MM-DD` date. An invalid record does not count.
 */
export const invalidAcknowledgement = defineRule('ALI-META-002', problems('ALI-META-002'));

/** ALI-META-003: every recorded acknowledgement is allowed by the governance options of the run. */
export const acknowledgementRefused = defineRule('ALI-META-003', problems('ALI-META-003'));

/** ALI-META-004: no recorded acknowledgement has expired (an expired one stops counting). */
export const acknowledgementExpired = defineRule('ALI-META-004', problems('ALI-META-004'));
