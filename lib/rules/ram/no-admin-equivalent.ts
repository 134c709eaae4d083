import { adminEquivalence } from '../private/admin-policy';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { policyStatements } from './policy';

/**
 * ALI-RAM-005: no policy statement is admin-equivalent without being `*` on `*` (ALI-RAM-001 covers
 * that): an Allow with `NotAction` on every resource, or full access to RAM, STS, KMS or ECS on every
 * resource. `ram:*` lets the holder grant itself anything, `sts:*` assume any role that trusts the
 * account, `kms:*` decrypt every key, `ecs:*` take over every instance and read its user data.
 */
export const ramPolicyNoAdminEquivalent = defineRule({
  id: 'ALI-RAM-005',
  name: 'RamPolicyNoAdminEquivalent',
  level: 'error',
  title: 'No RAM policy statement allows NotAction on every resource, or ram:* / sts:* / kms:* / ecs:* on every resource of the service',
  controls: [
    'CIS Alibaba Cloud Foundations v2 1.15 (no full administrative privileges)',
    'Alibaba Cloud "Ensure data security" (least privilege for ECS permissions): https://www.alibabacloud.com/help/en/ecs/data-security',
  ],
  fixHint: 'List the actions the principal needs (e.g. "ecs:DescribeInstances") and scope Resource to the instances, keys or roles concerned.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_ram_policy'],
}, ({ body }) => {
  const statements = policyStatements(body, ['policy_document', 'document']);
  if (!statements) return 'not-applicable';
  const out: RuleViolation[] = [];
  statements.forEach((s, i) => {
    const why = adminEquivalence(s);
    if (why) out.push({ finding: `Statement[${i}]`, message: `Statement[${i}] ${why}` });
  });
  return out;
});
