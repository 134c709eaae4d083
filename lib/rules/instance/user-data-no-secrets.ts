import { findSecretsInUserData } from '../../compute/user-data-secrets';
import { userDataTexts } from '../private/user-data';
import { defineRule } from '../rule';
import { RuleViolation } from '../types';

/** The user-data arguments of each resource type (`userdata` is the deprecated launch-template name). */
const USER_DATA_ATTRS: Readonly<Record<string, readonly string[]>> = {
  alicloud_instance: ['user_data'],
  alicloud_ecs_launch_template: ['user_data', 'userdata'],
  alicloud_launch_template: ['user_data', 'userdata'],
  alicloud_ess_scaling_configuration: ['user_data'],
};

/**
 * ALI-ECS-014: user data carries no secret. User data is not encrypted, is stored with the instance
 * and is readable by every process on it through the metadata service (and by anyone with
 * `ecs:DescribeUserData`). The detector is the one SecureInstance warns with
 * (lib/compute/user-data-secrets.ts); base64 user data is decoded first.
 */
export const userDataNoSecrets = defineRule('ALI-ECS-014', ({ type, body }) => {
  const out: RuleViolation[] = [];
  for (const attr of USER_DATA_ATTRS[type] ?? []) {
    const texts = userDataTexts(body[attr]);
    const found = [...new Set(texts.flatMap((t) => findSecretsInUserData(t)))];
    if (found.length) out.push({ finding: attr, message: `${attr} looks like it contains ${found.join(', ')}: user data is readable through the metadata service and the ECS API` });
  }
  return out;
});
