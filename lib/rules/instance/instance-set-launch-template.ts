import { templateRequiresMetadataToken, resolveLaunchTemplate } from '../private/launch-template';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';
import { blocks, isExpression, isTrue } from '../values';

/**
 * ALI-ECS-012: an `alicloud_ecs_instance_set` is hardened through a launch template.
 *
 * The resource has no `http_tokens` and no system-disk encryption argument (provider 1.285.0,
 * `resource_alicloud_ecs_instance_set.go`): instances it launches can require metadata tokens and
 * get an encrypted system disk only from the launch template it names (`launch_template_id` /
 * `launch_template_name`). The rule passes when that template is in the document and requires tokens
 * (or disables metadata) and encrypts its system disk.
 */
export const instanceSetHardenedByLaunchTemplate = defineRule('ALI-ECS-012', ({ body }, doc) => {
  const out: RuleViolation[] = [];
  const res = resolveLaunchTemplate(body, doc);
  if (res.kind !== 'resolved') {
    const why = res.kind === 'none'
      ? 'no launch template: alicloud_ecs_instance_set cannot set http_tokens or encrypt the system disk itself'
      : `${res.reason}: its metadata and system-disk settings cannot be verified`;
    out.push({ finding: 'http_tokens', message: why });
    out.push({ finding: 'system_disk', message: why });
    return out;
  }
  const t = res.template;
  if (!templateRequiresMetadataToken(t)) {
    out.push({ finding: 'http_tokens', message: `${t.address} does not require metadata tokens (http_tokens is ${JSON.stringify(t.body.http_tokens ?? null)})` });
  }
  const sys = blocks(t.body.system_disk)[0];
  if (!sys || (!isTrue(sys.encrypted) && !isExpression(sys.encrypted))) {
    out.push({ finding: 'system_disk', message: `${t.address} does not encrypt the system disk (system_disk.encrypted is not true)` });
  }
  return out;
});
