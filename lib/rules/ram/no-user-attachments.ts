import { defineRule, violation } from '../rule';
import { show } from '../values';

/** ALI-RAM-002: policies are attached to roles or groups, never directly to users. */
export const ramNoUserPolicyAttachments = defineRule('ALI-RAM-002', ({ body }) => violation(`policy ${show(body.policy_name)} is attached directly to user ${show(body.user_name)}`));
