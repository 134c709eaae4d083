import { defineRule, violation, COMPLIANT } from '../rule';
import { isExpression, show } from '../values';
import { launchSourceOf } from './launch-source';

/** ALI-ASG-001: a scaling group launches from a launch template whose metadata is token-only. */
export const scalingGroupLaunchTemplateMetadataToken = defineRule('ALI-ASG-001', ({ body }, doc) => {
  const source = launchSourceOf(body, doc);
  if (source.kind === 'none') {
    return violation('no launch_template_id: instances come from scaling configurations, which cannot require metadata tokens', 'launch_template');
  }
  if (source.kind === 'unresolved') {
    return violation(`launch_template_id ${show(source.value)} is not a launch template of this document; token-only metadata cannot be verified`, 'launch_template');
  }
  const t = source.template.body;
  if (t.http_endpoint === 'disabled' || t.http_tokens === 'required' || isExpression(t.http_tokens)) return COMPLIANT;
  return violation(`launch template ${source.template.address} has http_tokens ${show(t.http_tokens)}`, 'http_tokens');
});
