import { Testing } from '../../lib/cdktf';
import { NETWORK_FIXTURES } from '../fixtures/network';
import { optOutIds, resourcesOf, synthJson, warningIds } from '../util';

describe('network validation fixture', () => {
  const fixture = NETWORK_FIXTURES[0];
  const stack = fixture.build(Testing.app(), fixture.name);
  const json = synthJson(stack);
  const rules: any[] = Object.values(resourcesOf(json, 'alicloud_security_group_rule'));

  test('names start with network- and the stack is expected to be valid', () => {
    for (const f of NETWORK_FIXTURES) {
      expect(f.name.startsWith('network-')).toBe(true);
      expect(f.expectInvalid).toBeUndefined();
    }
  });

  test('uses every construct, peer kind and opt-out', () => {
    expect(Object.keys(resourcesOf(json, 'alicloud_security_group'))).toHaveLength(5);
    expect(rules.some((r) => r.ipv6_cidr_ip === '::/0' && r.type === 'ingress')).toBe(true);
    expect(rules.some((r) => r.prefix_list_id)).toBe(true);
    expect(rules.some((r) => r.source_security_group_id && r.security_group_id === 'sg-bp1sharedfixture')).toBe(true);
    expect(rules.some((r) => r.ip_protocol === 'gre')).toBe(true);
    expect(rules.every((r) => r.nic_type === 'intranet' && r.description)).toBe(true);
    expect(optOutIds(stack).sort()).toEqual(['HardenedSecurityGroup.AllowAllOutbound', 'HardenedSecurityGroup.InternetExposure']);
    expect(warningIds(stack)).toEqual(['HardenedSecurityGroup.InternetIngress']);
  });

  test('snapshot', () => {
    expect(json).toMatchSnapshot();
  });
});
