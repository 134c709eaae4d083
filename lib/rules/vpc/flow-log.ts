import { COMPLIANT, defineRule, violation } from '../rule';

/** ALI-VPC-001: every VPC has a flow log. */
export const vpcFlowLog = defineRule('ALI-VPC-001', ({ address }, doc) => (doc.flowLogTargets.has(address) ? COMPLIANT : violation('no alicloud_vpc_flow_log references this VPC')));
