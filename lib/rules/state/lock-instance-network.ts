import { defineRule } from '../rule';
import { RuleViolation, SynthesizedResource, DocumentIndexLike } from '../types';
import { asList, blocks, isExpression, referencesIn, show } from '../values';

/**
 * ALI-STATE-005: a Tablestore instance that holds a Terraform lock table (a table whose primary key
 * is `LockID`) admits the VPC only. The provider's default `network_type_acl` is
 * `["VPC", "CLASSIC", "INTERNET"]` (provider docs of `alicloud_ots_instance`, v1.285.0).
 */
export const lockInstanceNetworkRestricted = defineRule('ALI-STATE-005', (instance, doc) => {
  if (!holdsLockTable(instance, doc)) return 'not-applicable';
  const acl = instance.body.network_type_acl;
  const out: RuleViolation[] = [];
  if (acl === undefined) {
    if (instance.body.accessed_by !== 'Vpc') out.push({ finding: 'network_type_acl', message: 'network_type_acl is not set: the provider admits VPC, CLASSIC and INTERNET' });
    return out;
  }
  if (isExpression(acl)) return out;
  const open = asList(acl).filter((n) => typeof n === 'string' && n.toUpperCase() !== 'VPC');
  if (open.length) out.push({ finding: 'network_type_acl', message: `network_type_acl admits ${show(open)}` });
  return out;
});

function holdsLockTable(instance: SynthesizedResource, doc: DocumentIndexLike): boolean {
  for (const t of doc.byAddress.values()) {
    if (t.type !== 'alicloud_ots_table') continue;
    const linked = t.body.instance_name === instance.body.name || referencesIn(t.body.instance_name).some((r) => r.address === instance.address);
    if (linked && blocks(t.body.primary_key).some((k) => k.name === 'LockID')) return true;
  }
  return false;
}
