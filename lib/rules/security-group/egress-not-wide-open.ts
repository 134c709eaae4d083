import { isInternetPeerIn } from '../private/security-group-evaluation';
import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';
import { accepts, isAllTraffic } from './sg-rule';

/** ALI-SG-004: egress to the internet is limited to specific protocols and ports. */
export const securityGroupEgressNotWideOpen = defineRule({
  id: 'ALI-SG-004',
  name: 'SecurityGroupEgressNotWideOpen',
  level: 'warning',
  title: 'No egress rule allows all protocols or all ports to 0.0.0.0/0 or ::/0',
  controls: ['InfraGuard ecs-security-group-egress-not-all-access', 'CIS Alibaba Cloud Foundations v2 3.5'],
  fixHint: 'Allow egress only to the ports and destinations the workload needs (e.g. tcp 443).',
  acknowledgeable: true,
  resourceTypes: ['alicloud_security_group_rule'],
}, ({ body }, doc) => {
  if (body.type !== 'egress' || !accepts(body) || !isInternetPeerIn(body, doc) || !isAllTraffic(body)) return COMPLIANT;
  return violation(`egress ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} to the internet`);
});
