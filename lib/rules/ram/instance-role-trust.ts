import { computeRoleAddresses } from '../private/role-grants';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { asList } from '../values';
import { policyStatements } from './policy';

import { ECS_SERVICE_PRINCIPAL as ECS_SERVICE } from '../../controls';

function principals(p: unknown): string[] {
  if (typeof p === 'string') return [`*:${p}`];
  if (typeof p !== 'object' || p === null) return [];
  return Object.entries(p as Record<string, unknown>).flatMap(([kind, v]) => asList(v).map((x) => `${kind}:${String(x)}`));
}

/** ALI-RAM-004: instance roles are trusted by the ECS service only. */
export const ramInstanceRoleTrustEcsOnly = defineRule('ALI-RAM-004', ({ address, body }, doc) => {
  const statements = policyStatements(body, ['assume_role_policy_document', 'document']);
  // The deprecated `services` / `ram_users` lists are the provider's other way to write the trust policy.
  const legacy = [...asList(body.services).map((x) => `Service:${String(x)}`), ...asList(body.ram_users).map((x) => `RAM:${String(x)}`)];
  if (!statements && legacy.length === 0) return 'not-applicable';
  const allows = (statements ?? []).filter((s) => s.effect === 'Allow');
  const all = [...allows.flatMap((s) => principals(s.principal)), ...legacy];
  const trustsEcs = all.includes(`Service:${ECS_SERVICE}`);
  // Roles of instances, launch templates (both type names), instance sets and scaling configurations.
  const usedByInstances = doc.instanceRoles.has(address) || computeRoleAddresses(doc).has(address);
  if (!trustsEcs && !usedByInstances) return 'not-applicable';
  const out: RuleViolation[] = [];
  for (const p of all) {
    if (p !== `Service:${ECS_SERVICE}`) out.push({ finding: p, message: `the instance role also trusts ${p}` });
  }
  if (!trustsEcs) out.push({ finding: `Service:${ECS_SERVICE}`, message: 'the role is used by instances but does not trust ecs.aliyuncs.com' });
  return out;
});
