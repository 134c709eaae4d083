import { ALB_TLS_VERSIONS, HttpsLoadBalancer, HttpsLoadBalancerProps, Peer, evaluateTerraformJson } from '../../lib';
import { TerraformVariable } from '../../lib/cdktf';
import { expectValidationError, onlyResource, resourcesOf, synthJson, testStack, warningIds } from '../util';

const BASE: HttpsLoadBalancerProps = {
  vpcId: 'vpc-1',
  zones: [{ vswitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }, { vswitchId: 'vsw-b', zoneId: 'cn-hangzhou-i' }],
  certificateId: '1234567-cn-hangzhou',
  accessLogs: { logProject: 'logs', logStore: 'alb' },
};
const REF = (type: string, id: string, attr = 'id') => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.${attr}\\}$`));

describe('HttpsLoadBalancer', () => {
  test('HTTPS only with a TLS 1.2+ policy, HTTP only redirects, access logs, deletion protection', () => {
    const stack = testStack();
    new HttpsLoadBalancer(stack, 'alb', BASE);
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_alb_load_balancer')).toMatchObject({
      address_type: 'Internet',
      deletion_protection_enabled: true,
      load_balancer_edition: 'Standard',
      load_balancer_billing_config: { pay_type: 'PayAsYouGo' },
      zone_mappings: [{ vswitch_id: 'vsw-a', zone_id: 'cn-hangzhou-h' }, { vswitch_id: 'vsw-b', zone_id: 'cn-hangzhou-i' }],
    });
    expect(onlyResource(json, 'alicloud_alb_security_policy').tls_versions).toEqual([...ALB_TLS_VERSIONS]);
    expect(onlyResource(json, 'alicloud_alb_load_balancer_access_log_config_attachment')).toMatchObject({ log_project: 'logs', log_store: 'alb' });
    const listeners = Object.values<any>(resourcesOf(json, 'alicloud_alb_listener'));
    const https = listeners.find((l) => l.listener_protocol === 'HTTPS');
    expect(https).toMatchObject({
      listener_port: 443, certificates: [{ certificate_id: '1234567-cn-hangzhou' }], security_policy_id: REF('alicloud_alb_security_policy', 'alb_TlsPolicy'),
    });
    const http = listeners.find((l) => l.listener_protocol === 'HTTP');
    expect(http.listener_port).toBe(80);
    expect(http.default_actions[0].forward_group_config.server_group_tuples[0].server_group_id).toEqual(REF('alicloud_alb_server_group', 'alb_RedirectSink'));
    expect(onlyResource(json, 'alicloud_alb_rule')).toMatchObject({
      priority: 1,
      rule_conditions: [{ type: 'Path', path_config: { values: ['/*'] } }],
      rule_actions: [{ order: 1, type: 'Redirect', redirect_config: { protocol: 'HTTPS', port: '443', http_code: '301' } }],
    });
    // The redirect sink has no servers.
    const groups = Object.values<any>(resourcesOf(json, 'alicloud_alb_server_group'));
    expect(groups.every((g) => g.servers === undefined)).toBe(true);
    expect(groups.find((g) => g.protocol === 'HTTPS').health_check_config).toMatchObject({ health_check_enabled: true, health_check_protocol: 'HTTPS', health_check_path: '/health' });
    // Clients reach 443 and 80 from the internet (warned), nothing else.
    const ingress = Object.values<any>(resourcesOf(json, 'alicloud_security_group_rule')).filter((r) => r.type === 'ingress' && r.policy !== 'drop');
    expect(ingress.map((r) => r.port_range).sort()).toEqual(['443/443', '80/80']);
    expect(warningIds(stack)).toContain('HardenedSecurityGroup.InternetIngress');
    const result = evaluateTerraformJson(json);
    expect(result.summary.errors).toBe(0);
  });

  test('internal, no redirect, given client peers, tokens', () => {
    const stack = testStack();
    const cert = new TerraformVariable(stack, 'cert', { type: 'string' });
    new HttpsLoadBalancer(stack, 'alb', {
      ...BASE, certificateId: cert.stringValue, addressType: 'Intranet', httpRedirect: false, clientPeers: [Peer.ipv4('10.0.0.0/8')], backendPort: 8443,
    });
    const json = synthJson(stack);
    expect(Object.values<any>(resourcesOf(json, 'alicloud_alb_listener'))).toHaveLength(1);
    expect(resourcesOf(json, 'alicloud_alb_rule')).toEqual({});
    expect(warningIds(stack)).not.toContain('HardenedSecurityGroup.InternetIngress');
  });

  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['one zone', { zones: [BASE.zones[0]] }, 'HttpsLoadBalancer.TwoZonesRequired', 'zones'],
    ['two vSwitches in one zone', { zones: [BASE.zones[0], { vswitchId: 'vsw-c', zoneId: 'cn-hangzhou-h' }] }, 'HttpsLoadBalancer.DuplicateZone', 'zones'],
    ['certificate id', { certificateId: 'my-cert' }, 'HttpsLoadBalancer.InvalidCertificateId', 'certificateId'],
    ['no access logs', { accessLogs: undefined }, 'HttpsLoadBalancer.Required', 'accessLogs'],
    ['backend port', { backendPort: 0 }, 'HttpsLoadBalancer.InvalidPort', 'backendPort'],
    ['edition', { edition: 'Premium' }, 'HttpsLoadBalancer.NotAllowed', 'edition'],
    ['health check path', { healthCheck: { path: 'health' } }, 'HttpsLoadBalancer.InvalidText', 'healthCheck.path'],
  ];
  test.each(cases)('rejects %s', (_name, props, code, property) => {
    const stack = testStack();
    expectValidationError(() => new HttpsLoadBalancer(stack, 'alb', { ...BASE, ...props } as HttpsLoadBalancerProps), { code, property, path: 'test/alb' });
  });
});
