import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-DSK-002: the disk is encrypted with a customer KMS key. */
export const diskCustomerKey = defineRule('ALI-DSK-002', ({ body }) => (isSet(body.kms_key_id) ? COMPLIANT : violation('kms_key_id is not set: the disk uses the service key (or none)')));
