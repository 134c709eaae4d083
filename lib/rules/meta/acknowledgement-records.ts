import { AcknowledgementProblem } from '../acknowledgement-policy';
import { defineRule } from '../rule';
import { DocumentIndexLike, RuleOutcome, SynthesizedResource } from '../types';

const CONTROLS = [
  'library: in-file acknowledgements are held to the Acknowledgements API rules (lib/rules/acknowledgement-policy.ts)',
  'cdk-nag: suppressions need a reason of at least 10 characters',
];

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
export const invalidAcknowledgement = defineRule({
  id: 'ALI-META-002',
  name: 'InvalidAcknowledgement',
  level: 'error',
  title: 'Every recorded acknowledgement names a known, acknowledgeable rule with a reason of at least 10 characters, a list appliesTo and a YYYY-MM-DD expires',
  controls: CONTROLS,
  fixHint: 'Record acknowledgements through Acknowledgements.of(scope).add(ruleId, reason, { appliesTo }) or write {"ruleId", "reason" (>= 10 characters), "appliesTo": [...]?, "expires": "YYYY-MM-DD"?}; fix findings of rules that cannot be acknowledged.',
  acknowledgeable: false,
  resourceTypes: ['*'],
}, problems('ALI-META-002'));

/** ALI-META-003: every recorded acknowledgement is allowed by the governance options of the run. */
export const acknowledgementRefused = defineRule({
  id: 'ALI-META-003',
  name: 'AcknowledgementRefusedByPolicy',
  level: 'error',
  title: 'Every recorded acknowledgement is allowed by the acknowledgement policy (forbidden rules, required expiry, reason pattern)',
  controls: CONTROLS,
  fixHint: 'Fix the finding, or record the acknowledgement as the policy requires (an expires date, a ticket id in the reason).',
  acknowledgeable: false,
  resourceTypes: ['*'],
}, problems('ALI-META-003'));

/** ALI-META-004: no recorded acknowledgement has expired (an expired one stops counting). */
export const acknowledgementExpired = defineRule({
  id: 'ALI-META-004',
  name: 'AcknowledgementExpired',
  level: 'warning',
  title: 'No recorded acknowledgement is past its expires date (expired ones stop counting)',
  controls: CONTROLS,
  fixHint: 'Fix the finding, or renew the acknowledgement with a new reason and expires date.',
  acknowledgeable: false,
  resourceTypes: ['*'],
}, problems('ALI-META-004'));
