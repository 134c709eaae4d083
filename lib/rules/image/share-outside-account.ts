import { COMPLIANT, defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asList, show } from '../values';

/** True when the value is the current account's id (`data.alicloud_account.<name>.id`). */
function isOwnAccount(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{\s*data\.alicloud_account\.[A-Za-z0-9_-]+\.id\s*\}$/.test(value);
}

/** ALI-IMG-002: images are not shared with other accounts. */
export const imageNotSharedOutsideAccount = defineRule('ALI-IMG-002', ({ type, body }) => {
  const accounts = type === 'alicloud_image_share_permission' ? [body.account_id] : asList(body.add_account);
  const out: RuleViolation[] = [];
  for (const account of accounts) {
    if (isOwnAccount(account)) continue;
    out.push({
      finding: `account:${typeof account === 'string' ? account : show(account)}`,
      message: type === 'alicloud_image_share_permission'
        ? `the image ${show(body.image_id)} is shared with account ${show(account)}`
        : `the pipeline shares every image it builds (unencrypted intermediate images) with account ${show(account)} (add_account)`,
    });
  }
  if (type === 'alicloud_ecs_image_pipeline' && accounts.length === 0) return 'not-applicable';
  return out.length ? out : COMPLIANT;
});
