import { defineRule, violation } from '../rule';
import { isExpression } from '../values';

/**
 * ALI-SEC-003: a KMS secret's value (`secret_data`) is not written into the configuration: it comes
 * from a (sensitive) variable or another resource's attribute. A literal sits in the source code and
 * in `cdk.tf.json` (and, like every value, in state). The value itself is never echoed.
 */
export const kmsSecretDataNotLiteral = defineRule({
  id: 'ALI-SEC-003',
  name: 'KmsSecretDataNotLiteral',
  level: 'warning',
  title: 'A KMS secret value comes from a sensitive variable or another resource, not a literal in the configuration',
  controls: ['Ensure data security (https://www.alibabacloud.com/help/en/ecs/data-security): protect credentials'],
  fixHint: 'Pass secret_data through a sensitive variable (TF_VAR_...) or another resource\'s attribute (InstanceSecret warns about literals too).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_kms_secret'],
}, ({ body }) => {
  const v = body.secret_data;
  if (v === undefined || isExpression(v)) return [];
  return violation('secret_data is a literal value in the configuration (value not shown)', 'secret_data');
});
