import { COMPLIANT, defineRule, violation } from '../rule';
import { isSet } from '../values';

/** ALI-SG-005: security groups and their rules say what they are for. */
export const securityGroupDescriptions = defineRule({
  id: 'ALI-SG-005',
  name: 'SecurityGroupDescriptions',
  level: 'warning',
  title: 'Every security group and security group rule has a description',
  controls: ['CIS Alibaba Cloud Foundations v2 3.5 (reviewable, fine-grained rules)', 'cdk-nag EC2SecurityGroupDescription'],
  fixHint: 'Set description to why the group or rule exists.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_security_group', 'alicloud_security_group_rule'],
}, ({ body }) => (isSet(body.description) ? COMPLIANT : violation('description is not set')));
