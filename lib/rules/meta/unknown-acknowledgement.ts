import { acknowledgementsIn } from '../metadata';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

/**
 * ALI-META-001: every acknowledgement recorded on a resource (explicit or written by a construct
 * opt-out) names a known rule. Applies to every resource type. `knownRuleIds` comes from the
 * document index.
 */
export const unknownAcknowledgement = defineRule('ALI-META-001', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  for (const a of acknowledgementsIn(body)) {
    if (!doc.knownRuleIds.has(a.ruleId)) out.push({ finding: `ack:${a.ruleId}`, message: `acknowledgement of unknown rule ${a.ruleId}` });
  }
  return out;
});
