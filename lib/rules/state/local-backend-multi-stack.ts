import { rawDocumentOf, remoteStateSources } from './backend';
import { defineRule, violation } from '../rule';

/**
 * ALI-STATE-004: a stack that reads other stacks' state (an app with several stacks) does not keep
 * its own state on local disk.
 *
 * What one document shows: its backend and the `terraform_remote_state` sources it reads (cdktf
 * writes one per cross-stack reference). Stacks of the same app that share nothing are invisible
 * in a single document, so the rule only fires when the document itself proves there are several.
 */
export const localBackendMultiStack = defineRule('ALI-STATE-004', ({ name }, doc) => {
  const sources = remoteStateSources(rawDocumentOf(doc) ?? {});
  if (sources.length === 0) return 'not-applicable';
  if (name !== 'local') return [];
  return violation(`local backend in a stack that reads the state of ${sources.length} other stack(s) (${sources.map((s) => s.name).join(', ')})`);
});
