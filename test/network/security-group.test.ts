import { alicloud, AlicloudProvider, HardeningChecks, OptOut, unacknowledgedErrors } from '../../lib';
import { Fn, TerraformStack } from '../../lib/cdktf';
import {
  AlibabaCloudService, EgressPreset, HardenedSecurityGroup, Peer, Port, SecurityGroupType,
} from '../../lib/network';
import { expectValidationError, optOutIds, resourcesOf, onlyResource, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

function setup(): { stack: TerraformStack; vpcId: string } {
  const stack = testStack();
  const vpc = new alicloud.vpc.Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
  return { stack, vpcId: vpc.id };
}

function rules(json: any): any[] {
  return Object.values(resourcesOf(json, 'alicloud_security_group_rule'));
}

function ingress(json: any): any[] {
  return rules(json).filter((r) => r.type === 'ingress');
}

function egress(json: any): any[] {
  return rules(json).filter((r) => r.type === 'egress');
}

describe('HardenedSecurityGroup defaults', () => {
  test('VPC group, basic type, members isolated, generated description', () => {
    const { stack, vpcId } = setup();
    new HardenedSecurityGroup(stack, 'web', { vpcId });
    const sg = onlyResource(synthJson(stack), 'alicloud_security_group');
    expect(sg.vpc_id).toBe('${alicloud_vpc.vpc.id}');
    expect(sg.inner_access_policy).toBe('Drop');
    expect(sg.security_group_type).toBe('normal');
    expect(sg.description).toBe('Hardened security group test/web');
    expect(sg.security_group_name).toBeUndefined();
  });

  test('no ingress until declared', () => {
    const { stack, vpcId } = setup();
    new HardenedSecurityGroup(stack, 'web', { vpcId });
    expect(ingress(synthJson(stack))).toEqual([]);
  });

  test('egress: the essentials preset plus lowest-priority drop-all for 0.0.0.0/0 and ::/0', () => {
    const { stack, vpcId } = setup();
    new HardenedSecurityGroup(stack, 'web', { vpcId });
    const out = egress(synthJson(stack));
    const drops = out.filter((r) => r.policy === 'drop');
    expect(drops).toEqual(expect.arrayContaining([
      expect.objectContaining({ cidr_ip: '0.0.0.0/0', ip_protocol: 'all', port_range: '-1/-1', priority: 100, nic_type: 'intranet' }),
      expect.objectContaining({ ipv6_cidr_ip: '::/0', ip_protocol: 'all', port_range: '-1/-1', priority: 100, nic_type: 'intranet' }),
    ]));
    expect(drops).toHaveLength(2);
    const accepts = out.filter((r) => r.policy === 'accept');
    expect(accepts.map((r) => `${r.ip_protocol} ${r.port_range} ${r.cidr_ip}`).sort()).toEqual([
      'tcp 443/443 100.100.0.0/16',
      'tcp 53/53 100.100.2.136/32',
      'tcp 53/53 100.100.2.138/32',
      'tcp 80/80 100.100.0.0/16',
      'tcp 80/80 100.100.100.200/32',
      'udp 123/123 100.100.0.0/16',
      'udp 53/53 100.100.2.136/32',
      'udp 53/53 100.100.2.138/32',
    ]);
    for (const r of accepts) {
      expect(r.priority).toBe(1);
      expect(r.description).toMatch(/hardened egress preset/);
    }
  });

  test('every rule carries intranet nic_type, a description and the group id', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS from the VPC');
    const json = synthJson(stack);
    const sgName = Object.keys(resourcesOf(json, 'alicloud_security_group'))[0];
    expect(rules(json)).toHaveLength(11);
    for (const r of rules(json)) {
      expect(r.nic_type).toBe('intranet');
      expect(r.description.length).toBeGreaterThan(0);
      expect(r.security_group_id).toBe(`\${alicloud_security_group.${sgName}.id}`);
    }
  });

  test('snapshot', () => {
    const { stack, vpcId } = setup();
    const web = new HardenedSecurityGroup(stack, 'web', { vpcId, securityGroupName: 'web-tier', tags: { env: 'test' } });
    const db = new HardenedSecurityGroup(stack, 'db', { vpcId, egressPreset: EgressPreset.only(AlibabaCloudService.DNS) });
    web.allowIngress(Peer.ipv4('203.0.113.0/24'), Port.SSH, 'SSH from the office');
    db.connections.allowFrom(web, Port.MYSQL, 'App tier to MySQL');
    web.denyIngress(Peer.ipv4('198.51.100.0/24'), Port.allTraffic(), 'Block a known bad range', 1);
    expect(synthJson(stack)).toMatchSnapshot();
  });
});

describe('HardenedSecurityGroup options', () => {
  test('name, description, tags and enterprise type', () => {
    const { stack, vpcId } = setup();
    new HardenedSecurityGroup(stack, 'web', {
      vpcId, securityGroupName: 'web-tier', description: 'Web tier', tags: { env: 'prod' }, securityGroupType: SecurityGroupType.ENTERPRISE,
    });
    const sg = onlyResource(synthJson(stack), 'alicloud_security_group');
    expect(sg).toEqual(expect.objectContaining({ security_group_name: 'web-tier', description: 'Web tier', tags: { env: 'prod' }, security_group_type: 'enterprise' }));
    // advanced groups always isolate members; the provider ignores the field for them
    expect(sg.inner_access_policy).toBeUndefined();
  });

  test('EgressPreset.NONE keeps only the drop-all rules', () => {
    const { stack, vpcId } = setup();
    new HardenedSecurityGroup(stack, 'web', { vpcId, egressPreset: EgressPreset.NONE });
    const out = egress(synthJson(stack));
    expect(out).toHaveLength(2);
    expect(out.every((r) => r.policy === 'drop')).toBe(true);
  });

  test('EgressPreset.only selects services', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId, egressPreset: EgressPreset.only(AlibabaCloudService.METADATA, AlibabaCloudService.METADATA) });
    expect(sg.egressPreset?.name).toBe('metadata');
    const accepts = egress(synthJson(stack)).filter((r) => r.policy === 'accept');
    expect(accepts).toEqual([expect.objectContaining({ cidr_ip: '100.100.100.200/32', port_range: '80/80', ip_protocol: 'tcp' })]);
  });

  test('allowAllOutbound opt-out: explicit accept-all, no drop-all, acknowledges ALI-SG-004 on the accept-all rules', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId, allowAllOutbound: OptOut.because('Build agents download from arbitrary hosts') });
    expect(sg.egressPreset).toBeUndefined();
    const out = egress(synthJson(stack));
    expect(out).toHaveLength(2);
    expect(out).toEqual(expect.arrayContaining([
      expect.objectContaining({ policy: 'accept', cidr_ip: '0.0.0.0/0', ip_protocol: 'all', priority: 100 }),
      expect.objectContaining({ policy: 'accept', ipv6_cidr_ip: '::/0', ip_protocol: 'all', priority: 100 }),
    ]));
    expect(optOutIds(stack)).toContain('HardenedSecurityGroup.AllowAllOutbound');
    const tf = synthWithMetadata(stack);
    // The group itself has no ALI-SG-004 finding, so it carries no acknowledgement.
    const sgTf: any = Object.values(tf.resource.alicloud_security_group)[0];
    expect(sgTf['//'].hardening).toBeUndefined();
    const ruleTfs: any[] = Object.values(tf.resource.alicloud_security_group_rule);
    expect(ruleTfs.map((r) => r['//'].hardening.acknowledgements)).toEqual([0, 1].map(() => [
      { ruleId: 'ALI-SG-004', reason: 'Build agents download from arbitrary hosts', optOut: 'HardenedSecurityGroup.AllowAllOutbound' },
    ]));
  });

  test('allowAllOutbound needs a reason', () => {
    const { stack, vpcId } = setup();
    expectValidationError(() => new HardenedSecurityGroup(stack, 'web', { vpcId, allowAllOutbound: OptOut.because('short') }),
      { code: 'OptOut.ReasonRequired', property: 'allowAllOutbound' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'web2', { vpcId, allowAllOutbound: true as any }), { property: 'allowAllOutbound' });
  });

  test('provider is passed to the group and every rule', () => {
    const { stack, vpcId } = setup();
    const other = new AlicloudProvider(stack, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId, provider: other });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS from the VPC');
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_security_group').provider).toBe('alicloud.shanghai');
    expect(rules(json).every((r) => r.provider === 'alicloud.shanghai')).toBe(true);
  });

  test('tokens pass through unchecked', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', {
      vpcId, securityGroupName: Fn.lower('WEB'), description: Fn.lower('WEB TIER'), securityGroupType: Fn.lower('NORMAL') as SecurityGroupType,
    });
    sg.allowIngress(Peer.ipv4(Fn.cidrsubnet('10.0.0.0/8', 8, 1)), Port.tcp(Fn.tonumber('443')), Fn.lower('HTTPS'), { priority: Fn.tonumber('5') });
    sg.allowIngress(Peer.securityGroup(Fn.lower('SG-ABC')), Port.tcpRange(8000, Fn.tonumber('8080')), 'App ports');
    const json = synthJson(stack);
    const ins = ingress(json);
    expect(ins).toHaveLength(2);
    expect(ins[0].cidr_ip).toBe('${cidrsubnet("10.0.0.0/8", 8, 1)}');
    expect(ins[0].port_range).toBe('${tonumber("443")}/${tonumber("443")}');
    expect(ins[1].port_range).toBe('8000/${tonumber("8080")}');
    expect(ins[1].source_security_group_id).toBe('${lower("SG-ABC")}');
  });
});

describe('rules', () => {
  test('allowIngress / allowEgress / deny* render the provider fields', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId, egressPreset: EgressPreset.NONE });
    sg.allowIngress(Peer.ipv6('2408:4000::/32'), Port.tcpRange(8000, 8080), 'App ports over IPv6', { priority: 10 });
    sg.allowIngress(Peer.prefixList('pl-bp1abc'), Port.udp(514), 'Syslog from the prefix list');
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.icmp(), 'Ping from the VPC');
    sg.allowIngress(Peer.ipv6('fd00::/8'), Port.icmpv6(), 'ICMPv6 from ULA');
    sg.allowEgress(Peer.ipv4('10.1.0.0/16'), Port.udpRange(6000, 6100), 'Media to the peer VPC');
    sg.denyEgress(Peer.ipv4('10.2.0.0/16'), Port.gre(), 'No GRE to the legacy VPC', 5);
    sg.denyIngress(Peer.ipv4('10.3.0.0/16'), Port.allTcp(), 'Nothing from the test VPC', 2);
    const all = rules(synthJson(stack));
    expect(all).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ingress', ipv6_cidr_ip: '2408:4000::/32', ip_protocol: 'tcp', port_range: '8000/8080', priority: 10, policy: 'accept' }),
      expect.objectContaining({ type: 'ingress', prefix_list_id: 'pl-bp1abc', ip_protocol: 'udp', port_range: '514/514' }),
      expect.objectContaining({ type: 'ingress', cidr_ip: '10.0.0.0/8', ip_protocol: 'icmp', port_range: '-1/-1' }),
      expect.objectContaining({ type: 'ingress', ipv6_cidr_ip: 'fd00::/8', ip_protocol: 'icmpv6', port_range: '-1/-1' }),
      expect.objectContaining({ type: 'egress', cidr_ip: '10.1.0.0/16', ip_protocol: 'udp', port_range: '6000/6100' }),
      expect.objectContaining({ type: 'egress', cidr_ip: '10.2.0.0/16', ip_protocol: 'gre', port_range: '-1/-1', policy: 'drop', priority: 5 }),
      expect.objectContaining({ type: 'ingress', cidr_ip: '10.3.0.0/16', ip_protocol: 'tcp', port_range: '1/65535', policy: 'drop', priority: 2 }),
    ]));
  });

  test('duplicates are merged, keeping the stronger priority and the first description', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'first', { priority: 5 });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp(443), 'second', { priority: 3 });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'third', { priority: 9 });
    const ins = ingress(synthJson(stack));
    expect(ins).toHaveLength(1);
    expect(ins[0]).toEqual(expect.objectContaining({ description: 'first', priority: 3 }));
  });

  test('conflicting accept/drop pairs are reported at synth', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'accept');
    sg.denyIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'drop', 1);
    expect(() => synthJson(stack)).toThrow(/HardenedSecurityGroup.ConflictingRules.*drop wins/);
  });

  test('sources that together are the whole internet on a sensitive port are refused at synth (ALI-SG-002 would fail them)', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.ipv4('0.0.0.0/1'), Port.SSH, 'lower half');
    sg.allowIngress(Peer.ipv4('128.0.0.0/1'), Port.SSH, 'upper half');
    expect(() => synthJson(stack)).toThrow(/HardenedSecurityGroup.InternetExposureByUnion.*0\.0\.0\.0\/1 \+ 128\.0\.0\.0\/1.*port 22 \(SSH\)/);
    // Narrow sources on the same port pass.
    const { stack: ok, vpcId: okVpc } = setup();
    const web = new HardenedSecurityGroup(ok, 'web', { vpcId: okVpc });
    web.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.SSH, 'admins');
    web.allowIngress(Peer.ipv4('192.168.0.0/16'), Port.SSH, 'vpn');
    expect(() => synthJson(ok)).not.toThrow();
  });

  test('accept-all egress conflicts with the drop-all default and points to allowAllOutbound', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowEgress(Peer.anyIpv4(), Port.allTraffic(), 'everything', { priority: 50 });
    expect(() => synthJson(stack)).toThrow(/ConflictingRules.*accept wins.*allowAllOutbound/);
  });

  test('accept egress at priority 100 is shadowed by the drop-all default', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    expectValidationError(() => sg.allowEgress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'x', { priority: 100 }),
      { code: 'HardenedSecurityGroup.ShadowedByDefaultDeny', property: 'priority' });
    const open = new HardenedSecurityGroup(stack, 'open', { vpcId, allowAllOutbound: OptOut.because('Legacy host needs open egress') });
    expect(() => open.allowEgress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'x', { priority: 100 })).not.toThrow();
  });

  test('more than 200 rules are reported at synth', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId, egressPreset: EgressPreset.NONE });
    for (let i = 0; i < 199; i++) sg.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp(1000 + i), `port ${1000 + i}`);
    expect(() => synthJson(stack)).toThrow(/HardenedSecurityGroup.TooManyRules.*201/);
  });

  test('more than 20 referenced groups on a basic group are reported at synth', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    for (let i = 0; i < 21; i++) sg.allowIngress(Peer.securityGroup(`sg-bp${i}abc`), Port.HTTPS, `group ${i}`);
    expect(() => synthJson(stack)).toThrow(/HardenedSecurityGroup.TooManyReferencedGroups.*21/);
  });
});

describe('internet exposure', () => {
  test.each([
    ['SSH', Port.SSH], ['RDP', Port.RDP], ['Telnet', Port.TELNET], ['MySQL', Port.MYSQL], ['PostgreSQL', Port.POSTGRES],
    ['SQL Server', Port.MSSQL], ['Redis', Port.REDIS], ['MongoDB', Port.MONGODB],
    ['SMB', Port.tcp(445)], ['Docker', Port.tcp(2375)], ['VNC', Port.tcp(5900)], ['Kubernetes API', Port.tcp(6443)], ['etcd', Port.tcpRange(2379, 2380)],
    ['kubelet', Port.tcp(10250)], ['WinRM', Port.tcp(5986)], ['Kafka', Port.tcp(9092)], ['NetBIOS', Port.udp(137)],
  ])('%s from 0.0.0.0/0 or ::/0 is rejected', (_name, port) => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    expectValidationError(() => sg.allowIngress(Peer.anyIpv4(), port, 'open'), { code: 'HardenedSecurityGroup.InternetExposedSensitivePort', property: 'peer' });
    expectValidationError(() => sg.allowIngress(Peer.anyIpv6(), port, 'open'), { code: 'HardenedSecurityGroup.InternetExposedSensitivePort', property: 'peer' });
    expectValidationError(() => sg.allowIngress(Peer.ipv4('0.0.0.0/0'), port, 'open'), { code: 'HardenedSecurityGroup.InternetExposedSensitivePort' });
  });

  test('a range covering an admin port is rejected', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    const err = expectValidationError(() => sg.allowIngress(Peer.anyIpv4(), Port.tcpRange(20, 25), 'open'), { property: 'peer' });
    expect(err.message).toContain('21 FTP, 22 SSH, 23 Telnet');
  });

  test.each([['all traffic', Port.allTraffic()], ['all TCP', Port.allTcp()], ['all UDP', Port.allUdp()], ['1-65535', Port.tcpRange(1, 65535)]])(
    '%s from the internet is refused even with an opt-out: ALI-SG-003 cannot be acknowledged', (_name, port) => {
      const { stack, vpcId } = setup();
      const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
      for (const peer of [Peer.anyIpv4(), Peer.anyIpv6()]) {
        expectValidationError(() => sg.allowIngress(peer, port, 'open'), { code: 'HardenedSecurityGroup.InternetAllTraffic', property: 'port' });
        const err = expectValidationError(() => sg.allowIngress(peer, port, 'open', { internetExposure: OptOut.because('Honeypot that must see every port') }),
          { code: 'HardenedSecurityGroup.InternetAllTraffic', property: 'port' });
        expect(err.message).toContain('ALI-SG-003');
      }
    });

  test('the SMB opt-out acknowledges exactly ALI-SG-002 port:445 and synthesis passes', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'files', { vpcId });
    sg.allowIngress(Peer.anyIpv4(), Port.tcp(445), 'smb', { internetExposure: OptOut.because('Public file drop behind an IPS appliance') });
    const result = HardeningChecks.check(stack);
    expect(unacknowledgedErrors(result)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'ALI-SG-002').map((f) => [f.finding, f.status, f.acknowledgement?.optOutId]))
      .toEqual([['port:445', 'acknowledged', 'HardenedSecurityGroup.InternetExposure']]);
  });

  test('the internetExposure opt-out allows it and is recorded on the rule', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'bastion', { vpcId });
    sg.allowIngress(Peer.anyIpv4(), Port.SSH, 'SSH bastion', { internetExposure: OptOut.because('Bastion protected by MFA and fail2ban') });
    expect(optOutIds(stack)).toContain('HardenedSecurityGroup.InternetExposure');
    expect(warningIds(stack)).not.toContain('HardenedSecurityGroup.InternetIngress');
    const tf = synthWithMetadata(stack);
    const ssh: any = Object.values(tf.resource.alicloud_security_group_rule).find((r: any) => r.port_range === '22/22');
    expect(ssh.cidr_ip).toBe('0.0.0.0/0');
    expect(ssh['//'].hardening.acknowledgements).toEqual([
      { ruleId: 'ALI-SG-002', reason: 'Bastion protected by MFA and fail2ban', appliesTo: ['port:22'], optOut: 'HardenedSecurityGroup.InternetExposure' },
    ]);
  });

  test('the opt-out needs a reason', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    expectValidationError(() => sg.allowIngress(Peer.anyIpv4(), Port.SSH, 'x', { internetExposure: OptOut.because('yes') }),
      { code: 'OptOut.ReasonRequired', property: 'internetExposure' });
  });

  test('other internet-open ingress is allowed with a stable warning id', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.anyIpv4(), Port.HTTPS, 'Public HTTPS');
    sg.allowIngress(Peer.anyIpv6(), Port.HTTPS, 'Public HTTPS over IPv6');
    expect(warningIds(stack)).toEqual(['HardenedSecurityGroup.InternetIngress', 'HardenedSecurityGroup.InternetIngress']);
    expect(ingress(synthJson(stack))).toHaveLength(2);
  });

  test('narrow sources, egress and drop rules to the internet raise nothing', () => {
    const { stack, vpcId } = setup();
    const sg = new HardenedSecurityGroup(stack, 'web', { vpcId });
    sg.allowIngress(Peer.ipv4('203.0.113.0/24'), Port.SSH, 'SSH from the office');
    sg.allowEgress(Peer.anyIpv4(), Port.HTTPS, 'HTTPS to the internet');
    sg.denyIngress(Peer.anyIpv4(), Port.SSH, 'Never SSH from anywhere else', 50);
    expect(warningIds(stack)).toEqual([]);
  });
});

describe('rejected input', () => {
  const sg = () => {
    const { stack, vpcId } = setup();
    return new HardenedSecurityGroup(stack, 'web', { vpcId });
  };

  test('props', () => {
    const { stack, vpcId } = setup();
    expectValidationError(() => new HardenedSecurityGroup(stack, 'a', undefined as any), { code: 'HardenedSecurityGroup.NotObject', property: 'props' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'b', 'x' as any), { code: 'HardenedSecurityGroup.NotObject', property: 'props' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'c', {} as any), { code: 'HardenedSecurityGroup.Required', property: 'vpcId' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'd', { vpcId: 42 } as any), { code: 'HardenedSecurityGroup.Required', property: 'vpcId' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'e', { vpcId, securityGroupType: 'advanced' as any }),
      { code: 'HardenedSecurityGroup.NotAllowed', property: 'securityGroupType' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'f', { vpcId, securityGroupName: '1web' }), { code: 'HardenedSecurityGroup.InvalidName', property: 'securityGroupName' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'g', { vpcId, securityGroupName: 'x'.repeat(129) }), { property: 'securityGroupName' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'g2', { vpcId, securityGroupName: 'web tier' }), { property: 'securityGroupName' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'h', { vpcId, description: 'x' }), { code: 'HardenedSecurityGroup.InvalidDescription', property: 'description' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'i', { vpcId, description: 'https://example.com' }), { property: 'description' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'j', { vpcId, tags: { 'aliyun:x': 'y' } }), { code: 'HardenedSecurityGroup.InvalidTags' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'k', { vpcId, tags: { a: 1 } as any }), { property: 'tags.a' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'k2', { vpcId, tags: [] as any }), { property: 'tags' });
    const many: Record<string, string> = {};
    for (let i = 0; i < 21; i++) many[`k${i}`] = 'v';
    expectValidationError(() => new HardenedSecurityGroup(stack, 'l', { vpcId, tags: many }), { property: 'tags' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'm', { vpcId, egressPreset: 'none' as any }), { code: 'HardenedSecurityGroup.InvalidEgressPreset', property: 'egressPreset' });
    expectValidationError(() => new HardenedSecurityGroup(stack, 'n', { vpcId, provider: {} as any }), { code: 'HardenedSecurityGroup.InvalidProvider', property: 'provider' });
  });

  test('peers', () => {
    const s = sg();
    expectValidationError(() => s.allowIngress('10.0.0.0/8' as any, Port.HTTPS, 'x'), { code: 'HardenedSecurityGroup.InvalidPeer', property: 'peer' });
    expectValidationError(() => s.allowIngress(undefined as any, Port.HTTPS, 'x'), { code: 'HardenedSecurityGroup.InvalidPeer', property: 'peer' });
    const hostBits = expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.1/8'), Port.HTTPS, 'x'), { code: 'HardenedSecurityGroup.InvalidCidr', property: 'peer' });
    expect(hostBits.message).toContain('10.0.0.0/8');
    const noMask = expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.1'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expect(noMask.message).toContain('10.0.0.1/32');
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.256/32'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('010.0.0.0/8'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    const tooLong = expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/33'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expect(tooLong.message).toContain('invalid peer "10.0.0.0/33": an IPv4 CIDR a.b.c.d/n with n from 0 to 32 and the host bits zero (e.g. 10.0.0.0/8), but the prefix length 33 is above 32');
    const v6TooLong = expectValidationError(() => s.allowIngress(Peer.ipv6('2408:4000::/129'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expect(v6TooLong.message).toContain('n from 0 to 128 and the host bits zero (e.g. 2408:4000::/32), but the prefix length 129 is above 128');
    const v6as4 = expectValidationError(() => s.allowIngress(Peer.ipv4('2408:4000::/32'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expect(v6as4.message).toContain('Peer.ipv6');
    const v4as6 = expectValidationError(() => s.allowIngress(Peer.ipv6('10.0.0.0/8'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expect(v4as6.message).toContain('Peer.ipv4');
    expectValidationError(() => s.allowIngress(Peer.ipv6('2408:4000::1/32'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expectValidationError(() => s.allowIngress(Peer.ipv6('2408:::1/128'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expectValidationError(() => s.allowIngress(Peer.ipv6('2408::/129'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expectValidationError(() => s.allowIngress(Peer.ipv6('2408::1'), Port.HTTPS, 'x'), { code: 'InvalidCidr' });
    expectValidationError(() => s.allowIngress(Peer.securityGroup('default'), Port.HTTPS, 'x'), { code: 'InvalidPeer' });
    expectValidationError(() => s.allowIngress(Peer.prefixList('list-1'), Port.HTTPS, 'x'), { code: 'InvalidPeer' });
    expectValidationError(() => s.allowIngress(Peer.ipv4(7 as any), Port.HTTPS, 'x'), { code: 'InvalidPeer' });
    expect(() => s.allowIngress(Peer.ipv6('::ffff:10.0.0.0/104'), Port.HTTPS, 'mapped')).not.toThrow();
    expect(() => s.allowIngress(Peer.ipv6('2408:4000:0:0:0:0:0:0/32'), Port.HTTPS, 'full form')).not.toThrow();
  });

  test('ports', () => {
    const s = sg();
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), 443 as any, 'x'), { code: 'HardenedSecurityGroup.InvalidPort', property: 'port' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp(0), 'x'), { code: 'InvalidPort', property: 'port.fromPort' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.udp(65536), 'x'), { code: 'InvalidPort', property: 'port.fromPort' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp(22.5), 'x'), { code: 'InvalidPort' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp('22' as any), 'x'), { code: 'InvalidPort' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcp(undefined as any), 'x'), { code: 'InvalidPort' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.tcpRange(2000, 1000), 'x'), { code: 'InvalidPortRange', property: 'port' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.udpRange(1, 70000), 'x'), { property: 'port.toPort' });
  });

  test('protocol vs address family', () => {
    const s = sg();
    expectValidationError(() => s.allowIngress(Peer.ipv6('fd00::/8'), Port.icmp(), 'x'), { code: 'ProtocolPeerMismatch', property: 'port' });
    expectValidationError(() => s.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.icmpv6(), 'x'), { code: 'ProtocolPeerMismatch', property: 'port' });
  });

  test('descriptions (1–512 characters, required)', () => {
    const s = sg();
    const peer = Peer.ipv4('10.0.0.0/8');
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, ''), { code: 'HardenedSecurityGroup.InvalidDescription', property: 'description' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, '   '), { property: 'description' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 'x'.repeat(513)), { property: 'description' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, undefined as any), { property: 'description' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 5 as any), { property: 'description' });
    expect(() => s.allowIngress(peer, Port.HTTPS, 'x'.repeat(512))).not.toThrow();
  });

  test('priorities (1–100; explicit for drop rules)', () => {
    const s = sg();
    const peer = Peer.ipv4('10.0.0.0/8');
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 'x', { priority: 0 }), { code: 'HardenedSecurityGroup.InvalidPriority', property: 'priority' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 'x', { priority: 101 }), { property: 'priority' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 'x', { priority: '5' as any }), { property: 'priority' });
    expectValidationError(() => s.denyIngress(peer, Port.HTTPS, 'x', undefined as any), { code: 'HardenedSecurityGroup.PriorityRequired', property: 'priority' });
    expectValidationError(() => s.denyEgress(peer, Port.HTTPS, 'x', 0), { code: 'InvalidPriority', property: 'priority' });
    expectValidationError(() => s.allowIngress(peer, Port.HTTPS, 'x', 'fast' as any), { code: 'NotObject', property: 'options' });
  });

  test('enterprise groups cannot reference other groups', () => {
    const { stack, vpcId } = setup();
    const ent = new HardenedSecurityGroup(stack, 'ent', { vpcId, securityGroupType: SecurityGroupType.ENTERPRISE });
    const web = new HardenedSecurityGroup(stack, 'web', { vpcId });
    expectValidationError(() => ent.allowIngress(Peer.securityGroup(web), Port.HTTPS, 'x'), { code: 'HardenedSecurityGroup.EnterpriseGroupReference', property: 'peer' });
    expectValidationError(() => ent.connections.allowFrom(web, Port.HTTPS), { code: 'EnterpriseGroupReference' });
    expect(() => ent.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'CIDR is fine')).not.toThrow();
  });
});

describe('fromSecurityGroupId', () => {
  test('rules on an imported group are created with its id and the given provider', () => {
    const stack = testStack();
    const other = new AlicloudProvider(stack, 'bj', { region: 'cn-beijing', alias: 'bj' });
    const imported = HardenedSecurityGroup.fromSecurityGroupId(stack, 'shared', 'sg-bp1shared', { provider: other });
    expect(imported.securityGroupId).toBe('sg-bp1shared');
    expect(imported.securityGroupType).toBe(SecurityGroupType.NORMAL);
    imported.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'HTTPS from the VPC');
    const json = synthJson(stack);
    expect(resourcesOf(json, 'alicloud_security_group')).toEqual({});
    expect(onlyResource(json, 'alicloud_security_group_rule')).toEqual(expect.objectContaining({
      security_group_id: 'sg-bp1shared', cidr_ip: '10.0.0.0/8', port_range: '443/443', provider: 'alicloud.bj',
    }));
  });

  test('immutable imports ignore rules with a warning', () => {
    const stack = testStack();
    const imported = HardenedSecurityGroup.fromSecurityGroupId(stack, 'shared', 'sg-bp1shared', { mutable: false });
    imported.allowIngress(Peer.ipv4('10.0.0.0/8'), Port.HTTPS, 'ignored');
    expect(resourcesOf(synthJson(stack), 'alicloud_security_group_rule')).toEqual({});
    expect(warningIds(stack)).toEqual(['HardenedSecurityGroup.ImmutableImport']);
  });

  test('enterprise imports reject group references; bad ids and options are rejected', () => {
    const stack = testStack();
    const ent = HardenedSecurityGroup.fromSecurityGroupId(stack, 'ent', 'sg-bp1ent', { securityGroupType: SecurityGroupType.ENTERPRISE });
    expectValidationError(() => ent.allowIngress(Peer.securityGroup('sg-bp1other'), Port.HTTPS, 'x'), { code: 'EnterpriseGroupReference' });
    expectValidationError(() => HardenedSecurityGroup.fromSecurityGroupId(stack, 'a', 'default'), { code: 'HardenedSecurityGroup.InvalidSecurityGroupId', property: 'securityGroupId' });
    expectValidationError(() => HardenedSecurityGroup.fromSecurityGroupId(stack, 'b', ''), { code: 'HardenedSecurityGroup.Required', property: 'securityGroupId' });
    expectValidationError(() => HardenedSecurityGroup.fromSecurityGroupId(stack, 'c', 'sg-bp1x', { mutable: 'no' as any }), { property: 'mutable' });
    const token = Fn.lower('SG-X');
    expect(HardenedSecurityGroup.fromSecurityGroupId(stack, 'd', token).securityGroupId).toBe(token);
  });
});
