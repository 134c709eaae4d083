import { alicloud } from '../../lib';
import { Connections, EgressPreset, HardenedSecurityGroup, Port } from '../../lib/network';
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
});
