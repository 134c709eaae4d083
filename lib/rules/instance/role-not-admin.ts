import { effectiveInstanceValue } from '../private/launch-template';
import { principalKey, roleAdminGrants, rolesOfCompute } from '../private/role-grants';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

/**
 * ALI-ECS-013: the RAM role an instance runs with holds no admin-equivalent policy. Any process on
 * the instance — or an SSRF through it — can read the role's STS token from the metadata service,
 * so an instance with `AdministratorAccess` hands out administrator credentials. Roles are resolved
 * inside the document: `role_name` / `ram_role_name`, `alicloud_ecs_ram_role_attachment`, the launch
 * template an instance is launched from, and the role's policy attachments.
 */
export const instanceRoleNotAdmin = defineRule('ALI-ECS-013', (resource, doc) => {
  const roles = rolesOfCompute(resource, doc);
  if (resource.type === 'alicloud_instance' && roles.length === 0) {
    const fromTemplate = effectiveInstanceValue(resource.body, 'role_name', doc);
    if (fromTemplate.from === 'template') roles.push(fromTemplate.value);
  }
  const out: RuleViolation[] = [];
  for (const role of roles) {
    // Finding ids name the role by address (`role:alicloud_ram_role.web`) or literal name (`role:alicloud_ram_role:web`).
    const finding = `role:${principalKey(role, 'alicloud_ram_role', doc) ?? String(role)}`;
    for (const g of roleAdminGrants(role, doc)) out.push({ finding, message: `the instance role holds ${g}: its STS token (readable from the metadata service) is admin-equivalent` });
  }
  return out;
});
