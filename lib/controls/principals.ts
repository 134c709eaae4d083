/**
 * Trusted service principals. Source: "Attach an instance RAM role to an ECS instance"
 * (https://www.alibabacloud.com/help/en/ecs/user-guide/attach-an-instance-ram-role-to-an-ecs-instance):
 * an instance role's trust policy names the ECS service.
 */

/** The service principal an ECS instance RAM role must trust, and the only one (rule ALI-RAM-004). */
export const ECS_SERVICE_PRINCIPAL = 'ecs.aliyuncs.com';
