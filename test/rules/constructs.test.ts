import {
  alicloud, EncryptedDisk, EncryptionKey, HardenedSecurityGroup, LeastPrivilegeRamPolicy, OptOut, Peer, PolicyStatement,
  Port, SecureInstance,
} from '../../lib';
import { TerraformStack } from '../../lib/cdktf';
import { statementFinding } from '../../lib/controls';
import { checkStack, CheckResult, Finding } from '../../lib/rules';
import { synthWithMetadata, testStack } from '../util';

const VPC = 'vpc-bp1test0000000000001';

function check(stack: TerraformStack): CheckResult {
  synthWithMetadata(stack);
  return checkStack(stack);
}

function of(result: CheckResult, ruleId: string, pathPart?: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId && (!pathPart || (f.constructPath ?? '').includes(pathPart)));
}

function webInstance(stack: TerraformStack, id: string, extra: Record<string, unknown> = {}): SecureInstance {
  const sg = new HardenedSecurityGroup(stack, `${id}-sg`, { vpcId: VPC });
  return new SecureInstance(stack, id, {
    vswitchId: 'vsw-bp1test0000000000001',
    imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    instanceType: 'ecs.g7.large',
    securityGroups: [sg],
    ...extra,
  });
}

describe('rule pack on real constructs', () => {
  test('the hardened constructs pass every rule by default', () => {
    const stack = testStack();
    webInstance(stack, 'web');
    new EncryptedDisk(stack, 'data', { zoneId: 'cn-hangzhou-h', size: 100 });
    const result = check(stack);
    expect(result.findings).toEqual([]);
    expect(result.summary.errors).toBe(0);
    expect(result.summary.passed).toBeGreaterThan(30);
    // Every instance rule was evaluated on the SecureInstance and passed.
    const instanceResults = result.results.filter((r) => r.address.startsWith('alicloud_instance.'));
    expect(instanceResults.filter((r) => r.status === 'pass').map((r) => r.ruleId).sort()).toEqual(
      ['ALI-ECS-001', 'ALI-ECS-002', 'ALI-ECS-003', 'ALI-ECS-004', 'ALI-ECS-005', 'ALI-ECS-006', 'ALI-ECS-007',
        'ALI-ECS-008', 'ALI-ECS-009', 'ALI-ECS-010', 'ALI-ECS-011', 'ALI-ECS-013', 'ALI-ECS-014']);
  });

  test('escape-hatch overrides on an L2 construct are seen', () => {
    const stack = testStack();
    const web = webInstance(stack, 'web');
    const disk = new EncryptedDisk(stack, 'data', { zoneId: 'cn-hangzhou-h', size: 100 });
    web.resource.addOverride('http_tokens', 'optional');
    web.resource.addOverride('system_disk_encrypted', 'false');
    disk.resource.addOverride('encrypted', false);
    const result = check(stack);
    expect(of(result, 'ALI-ECS-001').map((f) => f.status)).toEqual(['fail']);
    expect(of(result, 'ALI-ECS-002').map((f) => f.finding)).toEqual(['system_disk']);
    expect(of(result, 'ALI-DSK-001')).toHaveLength(1);
    expect(of(result, 'ALI-DSK-001')[0].constructPath).toContain('data');
  });

  test('raw L1 resources are checked, including overrides', () => {
    const stack = testStack();
    const sg = new alicloud.securityGroup.SecurityGroup(stack, 'raw-sg', { vpcId: VPC });
    const rule = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'raw-ssh', {
      securityGroupId: sg.id, type: 'ingress', ipProtocol: 'tcp', portRange: '22/22', cidrIp: '10.0.0.0/8',
    });
    rule.addOverride('cidr_ip', '0.0.0.0/0');
    const all = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'raw-all', {
      securityGroupId: sg.id, type: 'ingress', ipProtocol: 'all', portRange: '-1/-1', cidrIp: '0.0.0.0/0', description: 'all',
    });
    new alicloud.instance.Instance(stack, 'raw-vm', {
      imageId: 'img', instanceType: 'ecs.g7.large', securityGroups: [sg.id], internetMaxBandwidthOut: 10, password: 'Secr3tPassw0rd!',
    });
    const result = check(stack);
    const failed = new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
    for (const id of ['ALI-SG-001', 'ALI-SG-002', 'ALI-SG-003', 'ALI-SG-005', 'ALI-ECS-001', 'ALI-ECS-002', 'ALI-ECS-004',
      'ALI-ECS-005', 'ALI-ECS-006', 'ALI-ECS-007', 'ALI-ECS-008', 'ALI-ECS-009', 'ALI-ECS-010', 'ALI-ECS-011']) {
      expect(failed).toContain(id);
    }
    expect(of(result, 'ALI-SG-002').map((f) => f.finding)).toEqual(['port:22']);
    expect(of(result, 'ALI-SG-003')[0].address).toBe(`alicloud_security_group_rule.${all.friendlyUniqueId}`);
  });

  test('construct opt-outs appear as acknowledged findings with their reasons', () => {
    const stack = testStack();
    webInstance(stack, 'bastion', {
      publicIp: { bandwidthMbps: 5, optOut: OptOut.because('Bastion reached from the office only') },
      disableDeletionProtection: OptOut.because('Rebuilt by the pipeline every day'),
      disableSecurityCenterAgent: OptOut.because('Custom image without the agent'),
    });
    new EncryptedDisk(stack, 'scratch', {
      zoneId: 'cn-hangzhou-h',
      size: 40,
      disableBackups: OptOut.because('Scratch space rebuilt by the pipeline'),
      deleteSnapshotsOnRelease: OptOut.because('No snapshots kept for scratch space'),
    });
    new EncryptionKey(stack, 'hsm', { disableRotation: OptOut.because('HSM key cannot rotate here') });
    const sg = new HardenedSecurityGroup(stack, 'build', { vpcId: VPC, allowAllOutbound: OptOut.because('Build agents download from arbitrary hosts') });
    sg.allowIngress(Peer.anyIpv4(), Port.SSH, 'SSH for the vendor', { internetExposure: OptOut.because('Vendor appliance needs public SSH') });
    new LeastPrivilegeRamPolicy(stack, 'legacy', {
      statements: [
        new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'] }),
        new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:legacy/*'], allowInsecureTransport: OptOut.because('Legacy HTTP-only client') }),
      ],
    });
    const result = check(stack);
    const policy: any = Object.values(stack.toTerraform().resource.alicloud_ram_policy)[0];
    const legacy = JSON.parse(policy.policy_document).Statement.find((st: any) => st.Action.includes('oss:GetObject'));
    const acknowledged = result.findings.filter((f) => f.status === 'acknowledged')
      .map((f) => `${f.ruleId}${f.finding ? `[${f.finding}]` : ''} ${f.acknowledgement!.optOutId}: ${f.acknowledgement!.reason}`);
    expect(acknowledged.sort()).toEqual([
      'ALI-DSK-003 EncryptedDisk.Backups: Scratch space rebuilt by the pipeline',
      'ALI-DSK-004 EncryptedDisk.DeleteSnapshotsOnRelease: No snapshots kept for scratch space',
      'ALI-ECS-005[internet_max_bandwidth_out] SecureInstance.PublicIp: Bastion reached from the office only',
      'ALI-ECS-007 SecureInstance.SecurityCenterAgent: Custom image without the agent',
      'ALI-ECS-008 SecureInstance.DeletionProtection: Rebuilt by the pipeline every day',
      'ALI-KMS-001[automatic_rotation] EncryptionKey.Rotation: HSM key cannot rotate here',
      `ALI-RAM-003[${statementFinding(legacy)}] LeastPrivilegeRamPolicy.InsecureTransport: Legacy HTTP-only client`,
      'ALI-SG-002[port:22] HardenedSecurityGroup.InternetExposure: Vendor appliance needs public SSH',
      'ALI-SG-004 HardenedSecurityGroup.AllowAllOutbound: Build agents download from arbitrary hosts',
      'ALI-SG-004 HardenedSecurityGroup.AllowAllOutbound: Build agents download from arbitrary hosts',
    ]);
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(result.findings.every((f) => f.acknowledgement?.source !== 'opt-out' || f.constructPath)).toBe(true);
  });

  test('a RAM statement opt-out is keyed by the statement Sid: duplicates before it do not move it (issue #14)', () => {
    const stack = testStack();
    const read = () => new PolicyStatement({ actions: ['ecs:DescribeInstances'], resources: ['*'] });
    new LeastPrivilegeRamPolicy(stack, 'dedup', {
      statements: [
        read(), read(),
        new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:legacy/*'], allowInsecureTransport: OptOut.because('Legacy HTTP-only client') }),
      ],
    });
    const result = check(stack);
    const policy: any = Object.values(stack.toTerraform().resource.alicloud_ram_policy)[0];
    const statements = JSON.parse(policy.policy_document).Statement;
    expect(statements).toHaveLength(2); // the identical statements are stored once
    expect(of(result, 'ALI-RAM-003').map((f) => [f.finding, f.status])).toEqual([[statementFinding(statements[1]), 'acknowledged']]);
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  test('the Sid follows the statement content, so an acknowledgement never lands on another statement', () => {
    const a = { Effect: 'Allow', Action: ['oss:GetObject'], Resource: ['*'] };
    const b = { Effect: 'Allow', Action: ['oss:PutObject'], Resource: ['*'] };
    expect(statementFinding(a)).toMatch(/^Sid:S[0-9a-f]{12}$/);
    expect(statementFinding(a)).toBe(statementFinding({ ...a }));
    expect(statementFinding(a)).not.toBe(statementFinding(b));
    expect(statementFinding({ ...a, Sid: 'LegacyRead' })).toBe('Sid:LegacyRead');
  });
});
