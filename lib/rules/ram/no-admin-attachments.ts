import { attachmentAdminGrants } from '../private/role-grants';
import { defineRule } from '../rule';

/**
 * ALI-RAM-006: no admin or admin-equivalent policy is attached to a role, group or user: the system
 * policies `AdministratorAccess`, `AliyunRAMFullAccess`, `AliyunSTSAssumeRoleAccess`,
 * `AliyunKMSFullAccess`, `AliyunECSFullAccess` (`policy_type = "System"`), or a custom policy in the
 * document that ALI-RAM-001 / ALI-RAM-005 flag.
 */
export const ramNoAdminPolicyAttachment = defineRule('ALI-RAM-006', ({ body }, doc) => attachmentAdminGrants(body, doc).map((g) => ({ message: `the attachment grants ${g}` })));
