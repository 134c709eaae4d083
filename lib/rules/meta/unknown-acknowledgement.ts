import { acknowledgementsIn, optOutsIn } from '../metadata';
import { rulesForOptOut } from '../opt-out-map';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

/**
 * ALI-META-001: every opt-out and acknowledgement recorded on a resource maps to a known rule.
 * Applies to every resource type. `knownRuleIds` comes from the document index.
 */
export const unknownAcknowledgement = defineRule({
  id: 'ALI-META-001',
  name: 'UnknownAcknowledgement',
  level: 'info',
  title: 'Every recorded opt-out is mapped to rules, and every acknowledgement names a known rule',
  controls: ['library: lib/rules/opt-out-map.ts keeps construct opt-outs and rules in step'],
  fixHint: 'Add the opt-out id to OPT_OUT_RULES (lib/rules/opt-out-map.ts), or fix the acknowledged rule id.',
  acknowledgeable: false,
  resourceTypes: ['*'],
}, ({ body }, doc) => {
  const out: RuleViolation[] = [];
  for (const o of optOutsIn(body)) {
    if (rulesForOptOut(o.id).length === 0) out.push({ finding: `optOut:${o.id}`, message: `opt-out ${o.id} ("${o.reason}") is not mapped to any rule` });
  }
  for (const a of acknowledgementsIn(body)) {
    if (!doc.knownRuleIds.has(a.ruleId)) out.push({ finding: `ack:${a.ruleId}`, message: `acknowledgement of unknown rule ${a.ruleId}` });
  }
  return out;
});
