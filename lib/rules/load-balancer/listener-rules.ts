import { DocumentIndexLike, SynthesizedResource } from '../types';
import { referencesIn } from '../values';

const RULES_BY_LISTENER = new WeakMap<DocumentIndexLike, Map<string, SynthesizedResource[]>>();

/**
 * The `alicloud_alb_rule`s of the document by the address of the listener their `listener_id`
 * references (`${alicloud_alb_listener.<name>.id}`). Memoized per document.
 *
 * @internal
 */
export function albRulesOf(listenerAddress: string, doc: DocumentIndexLike): SynthesizedResource[] {
  let index = RULES_BY_LISTENER.get(doc);
  if (!index) {
    index = new Map();
    for (const r of doc.byAddress.values()) {
      if (r.type !== 'alicloud_alb_rule') continue;
      for (const ref of referencesIn(r.body.listener_id)) {
        if (ref.type !== 'alicloud_alb_listener') continue;
        const list = index.get(ref.address) ?? [];
        list.push(r);
        index.set(ref.address, list);
      }
    }
    RULES_BY_LISTENER.set(doc, index);
  }
  return index.get(listenerAddress) ?? [];
}
