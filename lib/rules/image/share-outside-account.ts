import { COMPLIANT, defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asList, show } from '../values';

/** True when the value is the current account's id (`data.alicloud_account.<name>.id`). */
function isOwnAccount(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{\s*data\.alicloud_account\.[A-Za-z0-9_-]+\.id\s*\}$/.test(value);
}

/** ALI-IMG-002: images are not shared with other accounts. */
export const imageNotSharedOutsideAccount = defineRule({
  id: 'ALI-IMG-002',
  name: 'ImageNotSharedOutsideAccount',
  level: 'warning',
  title: 'Images are not shared with other accounts (alicloud_image_share_permission, pipeline add_account)',
  controls: [
    '"Shared security responsibility model of ECS": the customer controls access to its images (https://www.alibabacloud.com/help/en/ecs/ecs-shared-responsibility-model)',
    '"Ensure data security" (https://www.alibabacloud.com/help/en/ecs/data-security)',
  ],
  fixHint: 'Remove the share, or acknowledge it naming the account and why it may launch the image (EncryptedImage.shareWith records it).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_image_share_permission', 'alicloud_ecs_image_pipeline'],
}, ({ type, body }) => {
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
