/**
 * Role (and group / user) <- policy attachments, resolved inside the document: which principals hold
 * an admin or admin-equivalent policy, and which RAM role an instance, launch template, instance set
 * or scaling configuration runs with.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { ADMIN_SYSTEM_POLICIES } from '../../controls';
import { policyStatements } from '../ram/policy';
import { DocumentIndexLike, SynthesizedResource } from '../types';
import { asList, isExpression, referencesIn } from '../values';
import { adminGrants } from './admin-policy';
import { perDocument, resourcesOf } from './memo';

/** The RAM policy attachment resource types and the argument naming their principal. */
export const ATTACHMENT_PRINCIPAL: Readonly<Record<string, { type: string; attr: string; nameAttrs: string[] }>> = {
  alicloud_ram_role_policy_attachment: { type: 'alicloud_ram_role', attr: 'role_name', nameAttrs: ['role_name', 'name'] },
  alicloud_ram_group_policy_attachment: { type: 'alicloud_ram_group', attr: 'group_name', nameAttrs: ['group_name', 'name'] },
  alicloud_ram_user_policy_attachment: { type: 'alicloud_ram_user', attr: 'user_name', nameAttrs: ['user_name', 'name'] },
};

const names = perDocument((doc) => {
  const byName = new Map<string, string>();
  for (const r of resourcesOf(doc)) {
    const attrs = r.type === 'alicloud_ram_policy' ? ['policy_name', 'name']
      : Object.values(ATTACHMENT_PRINCIPAL).find((p) => p.type === r.type)?.nameAttrs;
    if (!attrs) continue;
    for (const a of attrs) if (typeof r.body[a] === 'string' && !isExpression(r.body[a])) byName.set(`${r.type}:${r.body[a]}`, r.address);
  }
  return byName;
});

/**
 * The key of a principal (or policy) named by `value`: the address of the resource it references or
 * whose name it is, else `<type>:<literal name>`; undefined when unknown.
 */
export function principalKey(value: unknown, type: string, doc: DocumentIndexLike): string | undefined {
  const ref = referencesIn(value).find((r) => r.type === type);
  if (ref) return ref.address;
  if (typeof value !== 'string' || value.trim() === '' || isExpression(value)) return undefined;
  return names(doc).get(`${type}:${value}`) ?? `${type}:${value}`;
}

/** Why an attachment is admin-equivalent (messages), empty when it is not or cannot be shown. */
export function attachmentAdminGrants(body: Record<string, any>, doc: DocumentIndexLike): string[] {
  const name = body.policy_name;
  const type = typeof body.policy_type === 'string' ? body.policy_type.toLowerCase() : '';
  if (type === 'system' && typeof name === 'string' && ADMIN_SYSTEM_POLICIES.includes(name)) return [`system policy ${name}`];
  const key = principalKey(name, 'alicloud_ram_policy', doc);
  const policy = key ? doc.byAddress.get(key) : undefined;
  if (!policy || policy.type !== 'alicloud_ram_policy') return [];
  const statements = policyStatements(policy.body, ['policy_document', 'document']);
  return statements ? adminGrants(statements).map((g) => `custom policy ${policy.address}: ${g}`) : [];
}

const principalGrants = perDocument((doc) => {
  const out = new Map<string, string[]>();
  for (const r of resourcesOf(doc)) {
    const p = ATTACHMENT_PRINCIPAL[r.type];
    if (!p) continue;
    const key = principalKey(r.body[p.attr], p.type, doc);
    if (!key) continue;
    const grants = attachmentAdminGrants(r.body, doc).map((g) => `${g} (${r.address})`);
    if (grants.length) out.set(key, [...(out.get(key) ?? []), ...grants]);
  }
  return out;
});

/** The admin-equivalent grants attached to a role named by `value` (role_name / ram_role_name). */
export function roleAdminGrants(value: unknown, doc: DocumentIndexLike): string[] {
  const key = principalKey(value, 'alicloud_ram_role', doc);
  return key ? principalGrants(doc).get(key) ?? [] : [];
}

const attachedRoles = perDocument((doc) => {
  const byInstance = new Map<string, unknown[]>();
  for (const r of resourcesOf(doc)) {
    if (r.type !== 'alicloud_ecs_ram_role_attachment' && r.type !== 'alicloud_ram_role_attachment') continue;
    const role = r.body.ram_role_name ?? r.body.role_name;
    for (const v of [...asList(r.body.instance_ids), ...asList(r.body.instance_id)]) {
      for (const ref of referencesIn(v)) byInstance.set(ref.address, [...(byInstance.get(ref.address) ?? []), role]);
    }
  }
  return byInstance;
});

/** The role values (`role_name`, `ram_role_name`, or role attachments) a compute resource runs with. */
export function rolesOfCompute(resource: SynthesizedResource, doc: DocumentIndexLike): unknown[] {
  const own = [resource.body.role_name, resource.body.ram_role_name].filter((v) => v !== undefined && v !== null && v !== '');
  return [...own, ...(attachedRoles(doc).get(resource.address) ?? [])];
}

/** Compute resource types that run with a RAM role, and the argument naming it. */
const COMPUTE_ROLE_ARGS: Readonly<Record<string, string>> = {
  alicloud_instance: 'role_name',
  alicloud_ecs_launch_template: 'ram_role_name',
  alicloud_launch_template: 'ram_role_name',
  alicloud_ecs_instance_set: 'ram_role_name',
  alicloud_ess_scaling_configuration: 'role_name',
};

/**
 * Addresses of the `alicloud_ram_role`s in the document that instances run with: named by an
 * instance, launch template (either type name), instance set, scaling configuration or role
 * attachment, by reference or by literal role name.
 */
export const computeRoleAddresses = perDocument((doc) => {
  const out = new Set<string>();
  const mark = (value: unknown) => {
    const key = principalKey(value, 'alicloud_ram_role', doc);
    if (key && doc.byAddress.has(key)) out.add(key);
  };
  for (const r of resourcesOf(doc)) {
    const arg = COMPUTE_ROLE_ARGS[r.type];
    if (arg) mark(r.body[arg]);
    if (r.type === 'alicloud_ecs_ram_role_attachment' || r.type === 'alicloud_ram_role_attachment') mark(r.body.ram_role_name ?? r.body.role_name);
  }
  return out;
});
