import { defineRule, violation } from '../rule';
import { show } from '../values';

/** ALI-RAM-002: policies are attached to roles or groups, never directly to users. */
export const ramNoUserPolicyAttachments = defineRule({
  id: 'ALI-RAM-002',
  name: 'RamNoUserPolicyAttachments',
  level: 'error',
  title: 'No alicloud_ram_user_policy_attachment (attach policies to groups or roles)',
  controls: ['CIS Alibaba Cloud Foundations v2 1.16', 'KICS 66505003-7aba-45a1-8d83-5162d5706ef5'],
  fixHint: 'Attach the policy to a RAM group (alicloud_ram_group_policy_attachment) or a role instead.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ram_user_policy_attachment'],
}, ({ body }) => violation(`policy ${show(body.policy_name)} is attached directly to user ${show(body.user_name)}`));
