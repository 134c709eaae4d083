import { COMPLIANT, defineRule, violation } from '../rule';

/** ALI-VPC-001: every VPC has a flow log. */
export const vpcFlowLog = defineRule({
  id: 'ALI-VPC-001',
  name: 'VpcFlowLog',
  level: 'warning',
  title: 'An alicloud_vpc_flow_log references the VPC (resource_id = "${alicloud_vpc.<name>.id}")',
  controls: ['CIS Alibaba Cloud Foundations v2 3.3 and 2.5', 'KICS d2731f3d-a992-44ed-812e-f4f1c2747d71'],
  fixHint: 'Add an alicloud_vpc_flow_log with resource_type = "VPC" and resource_id = the VPC id.',
  acknowledgeable: true,
  resourceTypes: ['alicloud_vpc'],
}, ({ address }, doc) => (doc.flowLogTargets.has(address) ? COMPLIANT : violation('no alicloud_vpc_flow_log references this VPC')));
