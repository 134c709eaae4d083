import { alicloud } from '../../lib';
import { Connections, EgressPreset, HardenedSecurityGroup, IConnectable, IPeer, Peer, Port } from '../../lib/network';
import { expectValidationError, resourcesOf, synthJson, testStack } from '../util';

function setup() {
  const stack = testStack();
  const vpc = new alicloud.vpc.Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
  const group = (id: string) => new HardenedSecurityGroup(stack, id, { vpcId: vpc.id, egressPreset: EgressPreset.NONE });
  return { stack, group };
}

function userRules(json: any): any[] {
  // everything except the two drop-all defaults of each group
  return Object.values(resourcesOf(json, 'alicloud_security_group_rule')).filter((r: any) => r.priority !== 100);
}

function sgRef(json: any, id: string): string {
  const name = Object.keys(resourcesOf(json, 'alicloud_security_group')).find((k) => k.startsWith(`${id}_`));
  return `\${alicloud_security_group.${name}.id}`;
}

describe('Connections', () => {
  test('allowFrom adds the ingress rule on this group and the egress rule on the other', () => {
    const { stack, group } = setup();
    const web = group('web');
    const db = group('db');
    db.connections.allowFrom(web, Port.MYSQL, 'App tier to MySQL');
    const json = synthJson(stack);
    const rules = userRules(json);
    expect(rules).toHaveLength(2);
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ingress', security_group_id: sgRef(json, 'db'), source_security_group_id: sgRef(json, 'web'), port_range: '3306/3306', nic_type: 'intranet', description: 'App tier to MySQL' }),
      expect.objectContaining({ type: 'egress', security_group_id: sgRef(json, 'web'), source_security_group_id: sgRef(json, 'db'), port_range: '3306/3306', nic_type: 'intranet' }),
    ]));
  });

  test('allowTo is the mirror image, with a generated description', () => {
    const { stack, group } = setup();
    const web = group('web');
    const db = group('db');
    web.connections.allowTo(db, Port.POSTGRES);
    const json = synthJson(stack);
    const rules = userRules(json);
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ingress', security_group_id: sgRef(json, 'db'), description: 'Allow tcp 5432 from test/web' }),
      expect.objectContaining({ type: 'egress', security_group_id: sgRef(json, 'web'), description: 'Allow tcp 5432 to test/db' }),
    ]));
  });

  test('groups added later receive the rules declared earlier (both sides)', () => {
    const { stack, group } = setup();
    const app = new Connections();
    const db = group('db');
    app.allowTo(db, Port.REDIS, 'App to Redis');
    expect(userRules(synthJson(stack))).toHaveLength(0);
    const a1 = group('a1');
    app.addSecurityGroup(a1);
    app.addSecurityGroup(a1); // ignored: already managed
    expect(app.securityGroups).toEqual([a1]);
    const a2 = group('a2');
    app.addSecurityGroup(a2);
    const db2 = group('db2');
    db.connections.addSecurityGroup(db2);
    const json = synthJson(stack);
    const rules = userRules(json);
    // (a1, a2) x (db, db2): one ingress + one egress each
    expect(rules).toHaveLength(8);
    expect(rules.filter((r) => r.type === 'ingress' && r.security_group_id === sgRef(json, 'db2'))).toHaveLength(2);
    expect(rules.filter((r) => r.type === 'egress' && r.security_group_id === sgRef(json, 'a2'))).toHaveLength(2);
  });

  test('allowInternally lets members of an isolated group talk on one port', () => {
    const { stack, group } = setup();
    const cluster = group('cluster');
    cluster.connections.allowInternally(Port.tcp(7946), 'Cluster gossip');
    const json = synthJson(stack);
    const rules = userRules(json);
    expect(rules).toHaveLength(2);
    expect(rules.every((r) => r.source_security_group_id === sgRef(json, 'cluster') && r.security_group_id === sgRef(json, 'cluster'))).toBe(true);
  });

  test('rejects what is not connectable', () => {
    const { group } = setup();
    const web = group('web');
    expectValidationError(() => web.connections.allowFrom({} as any, Port.HTTPS), { code: 'Connections.InvalidConnectable', property: 'other' });
    expectValidationError(() => web.connections.allowTo(undefined as any, Port.HTTPS), { code: 'Connections.InvalidConnectable' });
    expectValidationError(() => new Connections({ securityGroups: ['sg-1' as any] }), { code: 'Connections.InvalidSecurityGroup', property: 'securityGroups' });
  });

  test('port errors name the group that rejected them', () => {
    const { group } = setup();
    const web = group('web');
    const db = group('db');
    expectValidationError(() => db.connections.allowFrom(web, Port.tcp(0)), { code: 'HardenedSecurityGroup.InvalidPort', path: 'test/db' });
  });

  describe('with a Peer (IPeer extends IConnectable, as in AWS CDK)', () => {
    test('allowFrom(Peer.ipv4(cidr), port) adds one ingress rule here and nothing on the peer side', () => {
      const { stack, group } = setup();
      const web = group('web');
      const peer: IConnectable = Peer.ipv4('10.0.2.0/24'); // a peer is a connectable
      web.connections.allowFrom(peer as IPeer, Port.HTTPS);
      const json = synthJson(stack);
      const rules = userRules(json);
      expect(rules).toEqual([expect.objectContaining({
        type: 'ingress',
        policy: 'accept',
        security_group_id: sgRef(json, 'web'),
        cidr_ip: '10.0.2.0/24',
        ip_protocol: 'tcp',
        port_range: '443/443',
        description: 'Allow tcp 443 from 10.0.2.0/24',
      })]);
    });

    test('an explicit description is kept', () => {
      const { stack, group } = setup();
      const web = group('web');
      web.connections.allowFrom(Peer.ipv6('2408:4000::/32'), Port.HTTPS, 'HTTPS from the IPv6 office range');
      const rules = userRules(synthJson(stack));
      expect(rules).toEqual([expect.objectContaining({ type: 'ingress', ipv6_cidr_ip: '2408:4000::/32', description: 'HTTPS from the IPv6 office range' })]);
    });

    test('allowTo(Peer.prefixList(id), port) adds one egress rule here', () => {
      const { stack, group } = setup();
      const web = group('web');
      web.connections.allowTo(Peer.prefixList('pl-bp1abc'), Port.tcp(8080));
      const json = synthJson(stack);
      expect(userRules(json)).toEqual([expect.objectContaining({
        type: 'egress',
        security_group_id: sgRef(json, 'web'),
        prefix_list_id: 'pl-bp1abc',
        port_range: '8080/8080',
        description: 'Allow tcp 8080 to pl-bp1abc',
      })]);
    });

    test('peer.connections.allowTo(group) is the mirror of group.connections.allowFrom(peer)', () => {
      const { stack, group } = setup();
      const web = group('web');
      Peer.ipv4('192.168.0.0/16').connections.allowTo(web, Port.HTTPS);
      const json = synthJson(stack);
      expect(userRules(json)).toEqual([expect.objectContaining({ type: 'ingress', security_group_id: sgRef(json, 'web'), cidr_ip: '192.168.0.0/16', description: 'Allow tcp 443 from 192.168.0.0/16' })]);
      expect(Peer.ipv4('192.168.0.0/16').connections.securityGroups).toEqual([]);
    });

    test('groups added later receive the peer rule too', () => {
      const { stack, group } = setup();
      const app = new Connections();
      app.allowFrom(Peer.ipv4('10.1.0.0/16'), Port.SSH, 'SSH from the VPN');
      app.addSecurityGroup(group('a1'), group('a2'));
      expect(userRules(synthJson(stack)).filter((r) => r.cidr_ip === '10.1.0.0/16')).toHaveLength(2);
    });

    test('the hardening still applies: an admin port to the internet is rejected, naming the group', () => {
      const { group } = setup();
      const web = group('web');
      expectValidationError(() => web.connections.allowFrom(Peer.anyIpv4(), Port.SSH), { path: 'test/web' });
    });

    test('a malformed CIDR is rejected at the group that would carry the rule', () => {
      const { group } = setup();
      const web = group('web');
      expectValidationError(() => web.connections.allowFrom(Peer.ipv4('10.0.0.1/8'), Port.HTTPS), { code: 'HardenedSecurityGroup.InvalidCidr', path: 'test/web' });
    });

    test('an enterprise group accepts CIDR peers through connections', () => {
      const stack = setup().stack;
      const vpc = new alicloud.vpc.Vpc(stack, 'vpc2', { cidrBlock: '10.1.0.0/16' });
      const ent = new HardenedSecurityGroup(stack, 'ent', { vpcId: vpc.id, egressPreset: EgressPreset.NONE, securityGroupType: 'enterprise' as any });
      ent.connections.allowFrom(Peer.ipv4('10.1.2.0/24'), Port.HTTPS);
      expect(userRules(synthJson(stack))).toHaveLength(1);
    });
  });
});
