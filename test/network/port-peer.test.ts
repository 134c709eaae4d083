import { Fn } from '../../lib/cdktf';
import {
  ALIBABA_CLOUD_SERVICE_CIDR, AlibabaCloudService, EgressPreset, Peer, PeerType, Port, Protocol,
} from '../../lib/network';
import { ipv4CidrProblem, ipv6CidrProblem } from '../../lib/network/cidr';

describe('Port', () => {
  test('renders ip_protocol and port_range as the provider expects', () => {
    expect([Port.tcp(22).ipProtocol, Port.tcp(22).portRange]).toEqual(['tcp', '22/22']);
    expect(Port.tcpRange(8000, 8080).portRange).toBe('8000/8080');
    expect(Port.udp(53).portRange).toBe('53/53');
    expect(Port.udpRange(6000, 6100).portRange).toBe('6000/6100');
    expect(Port.allTcp().portRange).toBe('1/65535');
    expect(Port.allUdp().portRange).toBe('1/65535');
    for (const p of [Port.icmp(), Port.icmpv6(), Port.gre(), Port.allTraffic()]) expect(p.portRange).toBe('-1/-1');
    expect(Port.allTraffic().ipProtocol).toBe('all');
    expect(Port.icmpv6().protocol).toBe(Protocol.ICMPV6);
  });

  test('named constants', () => {
    expect(Port.SSH.portRange).toBe('22/22');
    expect(Port.RDP.portRange).toBe('3389/3389');
    expect(Port.HTTP.portRange).toBe('80/80');
    expect(Port.HTTPS.portRange).toBe('443/443');
    expect(Port.MYSQL.portRange).toBe('3306/3306');
    expect(Port.POSTGRES.portRange).toBe('5432/5432');
    expect(Port.REDIS.portRange).toBe('6379/6379');
    expect(Port.NTP.ipProtocol).toBe('udp');
  });

  test('covers and toString', () => {
    expect(Port.tcpRange(20, 25).covers(22)).toBe(true);
    expect(Port.tcpRange(20, 21).covers(22)).toBe(false);
    expect(Port.allTraffic().covers(3389)).toBe(true);
    expect(Port.icmp().covers(22)).toBe(false);
    expect(Port.tcp(Fn.tonumber('22')).covers(22)).toBe(false);
    expect(Port.tcp(22).toString()).toBe('tcp 22');
    expect(Port.tcpRange(1, 2).toString()).toBe('tcp 1-2');
    expect(Port.icmp().toString()).toBe('icmp');
    expect(Port.allTraffic().toString()).toBe('all traffic');
  });

  test('token ports render as Terraform expressions', () => {
    const p = Port.tcp(Fn.tonumber('443'));
    expect(p.isUnresolved).toBe(true);
    expect(p.portRange).toContain('${TfToken');
  });
});

describe('Peer', () => {
  test('renders exactly one provider field', () => {
    expect(Peer.ipv4('10.0.0.0/8').toRuleConfig()).toEqual({ cidrIp: '10.0.0.0/8' });
    expect(Peer.ipv6('2408::/16').toRuleConfig()).toEqual({ ipv6CidrIp: '2408::/16' });
    expect(Peer.anyIpv4().toRuleConfig()).toEqual({ cidrIp: '0.0.0.0/0' });
    expect(Peer.anyIpv6().toRuleConfig()).toEqual({ ipv6CidrIp: '::/0' });
    expect(Peer.securityGroup('sg-bp1').toRuleConfig()).toEqual({ sourceSecurityGroupId: 'sg-bp1' });
    expect(Peer.prefixList('pl-bp1').toRuleConfig()).toEqual({ prefixListId: 'pl-bp1' });
    expect(Peer.prefixList('pl-bp1').peerType).toBe(PeerType.PREFIX_LIST);
  });

  test('isInternet only for literal /0 CIDRs', () => {
    expect(Peer.anyIpv4().isInternet).toBe(true);
    expect(Peer.ipv4('0.0.0.0/0').isInternet).toBe(true);
    expect(Peer.anyIpv6().isInternet).toBe(true);
    expect(Peer.ipv4('0.0.0.0/1').isInternet).toBe(false);
    expect(Peer.ipv4(Fn.lower('0.0.0.0/0')).isInternet).toBe(false);
    expect(Peer.prefixList('pl-bp1').isInternet).toBe(false);
  });

  test('labels', () => {
    expect(Peer.anyIpv4().label).toBe('anyIpv4');
    expect(Peer.ipv4('10.0.0.0/8').toString()).toBe('10.0.0.0/8');
    expect(Peer.securityGroup(Fn.lower('SG')).label).toBe('securityGroup-token');
  });
});

describe('CIDR checks (as the provider validateCIDRNetworkAddress)', () => {
  test.each(['0.0.0.0/0', '10.0.0.0/8', '192.168.1.128/25', '203.0.113.7/32'])('IPv4 %s is valid', (c) => expect(ipv4CidrProblem(c)).toBeUndefined());
  test.each(['10.0.0.1/8', '10.0.0.0', '10.0.0/8', '256.0.0.0/8', '10.0.0.0/33', '01.0.0.0/8', 'a.b.c.d/8'])('IPv4 %s is invalid', (c) => expect(ipv4CidrProblem(c)).toBeDefined());
  test.each(['::/0', '2408:4000::/32', 'fd00::/8', '::1/128', '2001:db8:0:0:0:0:0:0/32', '::ffff:10.0.0.0/104'])('IPv6 %s is valid', (c) => expect(ipv6CidrProblem(c)).toBeUndefined());
  test.each(['2408:4000::1/32', '2408:::/32', '2408::/129', '1:2:3:4:5:6:7:8:9/128', 'g::/16', '2408::', '1::2::3/128', '1:2:3:4:5:6:7::8/128'])('IPv6 %s is invalid', (c) => expect(ipv6CidrProblem(c)).toBeDefined());
  test('suggestions', () => {
    expect(ipv4CidrProblem('10.0.0.1/8')?.suggestion).toBe('10.0.0.0/8');
    expect(ipv4CidrProblem('10.0.0.1')?.suggestion).toBe('10.0.0.1/32');
    expect(ipv6CidrProblem('fd00::1')?.suggestion).toBe('fd00::1/128');
  });
});

describe('EgressPreset', () => {
  test('ALIBABA_CLOUD_ESSENTIALS holds metadata, DNS, NTP and mirrors', () => {
    const p = EgressPreset.ALIBABA_CLOUD_ESSENTIALS;
    expect(p.services).toEqual([AlibabaCloudService.METADATA, AlibabaCloudService.DNS, AlibabaCloudService.NTP, AlibabaCloudService.PACKAGE_MIRRORS]);
    expect(p.rules).toHaveLength(8);
    expect(p.rules.every((r) => r.peer.value.startsWith('100.100.'))).toBe(true);
    expect(ALIBABA_CLOUD_SERVICE_CIDR).toBe('100.100.0.0/16');
  });

  test('NONE and only()', () => {
    expect(EgressPreset.NONE.rules).toEqual([]);
    expect(EgressPreset.only().name).toBe('none');
    expect(EgressPreset.only(AlibabaCloudService.NTP).rules.map((r) => r.port.toString())).toEqual(['udp 123']);
  });
});
