import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-SG-005: security groups and their rules say what they are for. */
export const securityGroupDescriptions = defineRule('ALI-SG-005', ({ body }) => (isSet(body.description) ? COMPLIANT : violation('description is not set')));
