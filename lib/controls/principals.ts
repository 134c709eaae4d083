/**
 * Trusted service principals. Source: "Attach an instance RAM role to an ECS instance"
 * (https://www.alibabacloud.com/help/en/ecs/user-guide/attach-an-instance-ram-role-to-an-ecs-instance):
 * an instance role's trust policy names the ECS service. Admin-equivalent grants: the Alibaba Cloud
 * RAM system policies named below and CIS Alibaba Cloud Foundations v2 1.15 (no full administrative
 * privileges).
 */

/** The service principal an ECS instance RAM role must trust, and the only one (rule ALI-RAM-004). */
export const ECS_SERVICE_PRINCIPAL = 'ecs.aliyuncs.com';

/**
 * Services whose full access (`<service>:*` on every resource) is admin-equivalent: `ram:*` and
 * `sts:*` can grant or assume any permission, `kms:*` can decrypt (and delete) every key, `ecs:*`
 * controls every instance, disk and snapshot (and reads every instance's user data).
 */
export const ADMIN_EQUIVALENT_SERVICES: readonly string[] = ['ram', 'sts', 'kms', 'ecs'];

/**
 * System policies that are admin or admin-equivalent when attached: full access, or full access to
 * RAM / STS / KMS / ECS (Alibaba Cloud RAM "System policies" list).
 */
export const ADMIN_SYSTEM_POLICIES: readonly string[] = [
  'AdministratorAccess',
  'AliyunRAMFullAccess',
  'AliyunSTSAssumeRoleAccess',
  'AliyunKMSFullAccess',
  'AliyunECSFullAccess',
];
