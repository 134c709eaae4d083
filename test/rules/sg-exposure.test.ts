import { evaluateTerraformJson } from '../../lib/rules';

/** One group with ingress accepts on port 22 from the given sources. */
function group(...sources: string[]) {
  const rules: Record<string, any> = {};
  sources.forEach((cidr, i) => {
    rules[`r${i}`] = {
      type: 'ingress',
      ip_protocol: 'tcp',
      port_range: '22/22',
      cidr_ip: cidr,
      policy: 'accept',
      priority: 1,
      security_group_id: '${alicloud_security_group.g.id}',
      nic_type: 'intranet',
      description: `ssh from ${cidr}`,
    };
  });
  return { resource: { alicloud_security_group: { g: { vpc_id: 'vpc-1', inner_access_policy: 'Drop', description: 'ssh' } }, alicloud_security_group_rule: rules } };
}

function flagged(doc: Record<string, any>): string[] {
  return evaluateTerraformJson(doc).findings.filter((f) => f.ruleId === 'ALI-SG-002').map((f) => `${f.address} ${f.finding}`);
}

describe('ALI-SG-002: which rules of a group are the internet exposure', () => {
  test('a rule open to every address is the finding; a narrower rule beside it is not', () => {
    expect(flagged(group('0.0.0.0/0', '10.0.0.0/8'))).toEqual(['alicloud_security_group_rule.r0 port:22']);
    expect(flagged(group('0.0.0.0/0', '0.0.0.0/1'))).toEqual(['alicloud_security_group_rule.r0 port:22']);
  });

  test('when only the union covers every address, every rule of the union is a finding', () => {
    expect(flagged(group('0.0.0.0/1', '128.0.0.0/1'))).toEqual([
      'alicloud_security_group_rule.r0 port:22', 'alicloud_security_group_rule.r1 port:22',
    ]);
  });

  test('narrow sources alone are no finding', () => {
    expect(flagged(group('10.0.0.0/8', '192.168.0.0/16'))).toEqual([]);
  });
});
