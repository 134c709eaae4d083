import { defineRule } from '../rule';
import { DocumentIndexLike, RuleViolation } from '../types';
import { isExpression, isTrue, show } from '../values';

const PROVIDERS = new WeakMap<DocumentIndexLike, Set<string>>();

function providerOf(body: Record<string, any>): string {
  return typeof body.provider === 'string' ? body.provider : 'alicloud';
}

/** The providers (regions) that have an alicloud_ecs_disk_default_kms_key, memoized per document. */
function defaultKeyProviders(doc: DocumentIndexLike): Set<string> {
  let set = PROVIDERS.get(doc);
  if (!set) {
    set = new Set([...doc.byAddress.values()].filter((r) => r.type === 'alicloud_ecs_disk_default_kms_key').map((r) => providerOf(r.body)));
    PROVIDERS.set(doc, set);
  }
  return set;
}

/** ALI-ENC-001: account-level disk encryption by default is on and uses a customer key. */
export const accountDiskEncryptionCustomerKey = defineRule('ALI-ENC-001', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  if (!isTrue(body.encrypted) && !isExpression(body.encrypted)) {
    out.push({ finding: 'encrypted', message: `encrypted is ${show(body.encrypted)}: new disks are not encrypted by default` });
  }
  // The default key is per region: only a default key of the same provider (alias) counts.
  if (!doc.hasDefaultKmsKey || !defaultKeyProviders(doc).has(providerOf(body))) {
    out.push({ finding: 'customer_key', message: 'no alicloud_ecs_disk_default_kms_key in the document: the default encryption uses the ECS service key' });
  }
  return out;
});
