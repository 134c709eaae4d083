import { defineRule, violation } from '../rule';
import { isExpression } from '../values';

/**
 * ALI-SEC-003: a KMS secret's value (`secret_data`) is not written into the configuration: it comes
 * from a (sensitive) variable or another resource's attribute. A literal sits in the source code and
 * in `cdk.tf.json` (and, like every value, in state). The value itself is never echoed.
 */
export const kmsSecretDataNotLiteral = defineRule('ALI-SEC-003', ({ body }) => {
  const v = body.secret_data;
  if (v === undefined || isExpression(v)) return [];
  return violation('secret_data is a literal value in the configuration (value not shown)', 'secret_data');
});
