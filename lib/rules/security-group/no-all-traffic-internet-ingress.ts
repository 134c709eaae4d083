import { internetAllTraffic } from '../private/security-group-evaluation';
import { COMPLIANT, defineRule, violation } from '../rule';
import { show } from '../values';

/** ALI-SG-003: no ingress from the internet on every protocol or port (catches `-1/-1`). */
export const securityGroupNoAllTrafficInternetIngress = defineRule({
  id: 'ALI-SG-003',
  name: 'SecurityGroupNoAllTrafficInternetIngress',
  level: 'error',
  title: 'No ingress rule opens all protocols or all ports to 0.0.0.0/0 or ::/0',
  controls: ['KICS 60587dbd-6b67-432e-90f7-a8cf1892d968', 'InfraGuard ecs-security-group-not-open-all-port / -protocol', 'checkov CKV_ALI_2/3 miss "-1/-1"'],
  fixHint: 'Open only the ports the service needs, from the narrowest peer.',
  acknowledgeable: false,
  resourceTypes: ['alicloud_security_group_rule'],
}, (resource, doc) => {
  const { body } = resource;
  // Judged with its group: union of sources (prefix lists, IPv6 spellings), shadowed by higher-priority drops.
  if (body.type !== 'ingress' || !internetAllTraffic(resource, doc)) return COMPLIANT;
  return violation(`ip_protocol ${show(body.ip_protocol)} port_range ${show(body.port_range ?? '-1/-1')} is open to the internet`);
});
