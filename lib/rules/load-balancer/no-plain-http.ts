import { COMPLIANT, defineRule, violation } from '../rule';
import { SynthesizedResource } from '../types';
import { asList, blocks, show } from '../values';
import { albRulesOf } from './listener-rules';

/** True when the rule redirects every request path to HTTPS: a Path condition "/*" only, a Redirect action to HTTPS. */
function redirectsEverythingToHttps(rule: SynthesizedResource): boolean {
  const b = rule.body;
  if (b.direction !== undefined && b.direction !== 'Request') return false;
  const conditions = blocks(b.rule_conditions);
  const matchesAll = conditions.length === 1 && conditions[0].type === 'Path'
    && blocks(conditions[0].path_config).some((p) => asList(p.values).includes('/*'));
  const actions = blocks(b.rule_actions);
  const redirect = actions.find((a) => a.type === 'Redirect');
  const toHttps = redirect !== undefined && blocks(redirect.redirect_config).some((c) => c.protocol === 'HTTPS');
  // Only the redirect decides the response (no ForwardGroup / FixedResponse beside it).
  const onlyRedirect = actions.every((a) => a.type === 'Redirect' || a.type === 'InsertHeader' || a.type === 'RemoveHeader');
  return matchesAll && toHttps && onlyRedirect;
}

/** ALI-ALB-001: an ALB listener serves HTTPS; a plain HTTP listener only redirects to HTTPS. */
export const albListenerNoPlainHttp = defineRule('ALI-ALB-001', (resource, doc) => {
  const protocol = resource.body.listener_protocol;
  if (typeof protocol !== 'string' || protocol.toUpperCase() !== 'HTTP') return COMPLIANT;
  if (albRulesOf(resource.address, doc).some(redirectsEverythingToHttps)) return COMPLIANT;
  return violation(`listener_protocol ${show(protocol)} on port ${show(resource.body.listener_port)} serves plain HTTP (no rule redirects "/*" to HTTPS)`);
});
