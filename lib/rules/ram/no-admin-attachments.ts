import { ADMIN_SYSTEM_POLICIES } from '../private/admin-policy';
import { attachmentAdminGrants } from '../private/role-grants';
import { defineRule } from '../rule';

/**
 * ALI-RAM-006: no admin or admin-equivalent policy is attached to a role, group or user: the system
 * policies `AdministratorAccess`, `AliyunRAMFullAccess`, `AliyunSTSAssumeRoleAccess`,
 * `AliyunKMSFullAccess`, `AliyunECSFullAccess` (`policy_type = "System"`), or a custom policy in the
 * document that ALI-RAM-001 / ALI-RAM-005 flag.
 */
export const ramNoAdminPolicyAttachment = defineRule({
  id: 'ALI-RAM-006',
  name: 'RamNoAdminPolicyAttachment',
  level: 'error',
  title: `No role, group or user policy attachment grants admin-equivalent access (system ${ADMIN_SYSTEM_POLICIES.join(', ')}, or an admin custom policy)`,
  controls: [
    'CIS Alibaba Cloud Foundations v2 1.15',
    'KICS e8e62026-da63-4904-b402-65adfe3ca975 (custom policies through `document` only)',
    'Alibaba Cloud "Ensure data security" (least privilege for ECS permissions): https://www.alibabacloud.com/help/en/ecs/data-security',
  ],
  fixHint: 'Attach a policy that lists only the actions and resources needed; keep full administrator access to a break-glass group (acknowledge it there, with the reason).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ram_role_policy_attachment', 'alicloud_ram_group_policy_attachment', 'alicloud_ram_user_policy_attachment'],
}, ({ body }, doc) => attachmentAdminGrants(body, doc).map((g) => ({ message: `the attachment grants ${g}` })));
