/**
 * The floor: the same fleet as hardened.ts written directly with the generated L1 classes, with the
 * same resources, attribute values and construct paths (plain `Construct`s stand in for the L2
 * wrappers, so logical ids match and the bench can compare both outputs resource by resource).
 * Everything the hardened constructs derive (names, ids, rule tables) is spelled out literally, as
 * a hand-written L1 stack would. Like the hardened constructs, it reads each resource attribute it
 * references once (every read of e.g. `key.id` creates a new cdktf token with a captured stack
 * trace, which costs time and memory), so the floor is a careful L1 author's, not a naive one's.
 */
import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { FLEET } from './fleet';
import { alicloud } from '../../lib';
import { Token } from '../../lib/cdktf';

/** Egress rules of the shared security group: (id, protocol, port range, CIDR, description). */
const EGRESS_RULES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['egress-accept-tcp-443-100.100.0.0-16', 'tcp', '443/443', '100.100.0.0/16', 'Alibaba Cloud VPC package mirrors and agents in 100.100.0.0/16 over HTTPS (hardened egress preset)'],
  ['egress-accept-tcp-53-100.100.2.136-32', 'tcp', '53/53', '100.100.2.136/32', 'Alibaba Cloud intranet DNS 100.100.2.136 over TCP (hardened egress preset)'],
  ['egress-accept-tcp-53-100.100.2.138-32', 'tcp', '53/53', '100.100.2.138/32', 'Alibaba Cloud intranet DNS 100.100.2.138 over TCP (hardened egress preset)'],
  ['egress-accept-tcp-80-100.100.0.0-16', 'tcp', '80/80', '100.100.0.0/16', 'Alibaba Cloud VPC package mirrors and agents in 100.100.0.0/16 over HTTP (hardened egress preset)'],
  ['egress-accept-tcp-80-100.100.100.200-32', 'tcp', '80/80', '100.100.100.200/32', 'Alibaba Cloud instance metadata server 100.100.100.200 (hardened egress preset)'],
  ['egress-accept-udp-123-100.100.0.0-16', 'udp', '123/123', '100.100.0.0/16', 'Alibaba Cloud NTP servers (ntp.cloud.aliyuncs.com) in 100.100.0.0/16 (hardened egress preset)'],
  ['egress-accept-udp-53-100.100.2.136-32', 'udp', '53/53', '100.100.2.136/32', 'Alibaba Cloud intranet DNS 100.100.2.136 over UDP (hardened egress preset)'],
  ['egress-accept-udp-53-100.100.2.138-32', 'udp', '53/53', '100.100.2.138/32', 'Alibaba Cloud intranet DNS 100.100.2.138 over UDP (hardened egress preset)'],
];

/** Adds the raw L1 fleet of `n` instances to `stack`. */
export function buildRawFleet(stack: Construct, n: number): void {
  const stackName = stack.node.id;
  const vpc = new alicloud.vpc.Vpc(stack, 'Vpc', { vpcName: FLEET.vpcName, cidrBlock: FLEET.vpcCidr });
  const vswitch = new alicloud.vswitch.Vswitch(stack, 'VSwitch', {
    vpcId: vpc.id, cidrBlock: FLEET.vswitchCidr, zoneId: FLEET.zoneId, vswitchName: FLEET.vswitchName,
  });

  const { securityGroupId, roleName, keyId } = buildRawShared(stack, vpc.id);

  // Shared snapshot policy: daily at 02:00, kept 30 days.
  const backups = new Construct(stack, 'FleetBackups');
  const policy = new alicloud.ecsAutoSnapshotPolicy.EcsAutoSnapshotPolicy(backups, 'Resource', {
    autoSnapshotPolicyName: `${stackName}-FleetBackups`,
    timePoints: ['2'],
    repeatWeekdays: ['1', '2', '3', '4', '5', '6', '7'],
    retentionDays: 30,
  });
  const policyId = policy.id;
  const vswitchId = vswitch.id;

  for (let i = 0; i < n; i++) {
    const scope = new Construct(stack, `web${i}`);
    const instance = new alicloud.instance.Instance(scope, 'Resource', {
      instanceName: `${stackName}-web${i}`,
      imageId: FLEET.imageId,
      instanceType: FLEET.instanceType,
      vswitchId,
      securityGroups: [securityGroupId],
      httpEndpoint: 'enabled',
      httpTokens: 'required',
      systemDiskCategory: 'cloud_essd',
      systemDiskSize: 40,
      systemDiskPerformanceLevel: 'PL1',
      systemDiskEncrypted: true,
      systemDiskKmsKeyId: keyId,
      systemDiskEncryptAlgorithm: 'aes-256',
      internetMaxBandwidthOut: 0,
      securityEnhancementStrategy: 'Active',
      deletionProtection: true,
      instanceChargeType: 'PostPaid',
    });
    const instanceId = instance.id;
    new alicloud.ecsAutoSnapshotPolicyAttachment.EcsAutoSnapshotPolicyAttachment(backups, `SystemDisk-${scope.node.addr.slice(0, 12)}`, {
      autoSnapshotPolicyId: policyId, diskId: instance.systemDiskId,
    });
    new alicloud.ecsRamRoleAttachment.EcsRamRoleAttachment(scope, 'RoleAttachment', {
      instanceId, ramRoleName: roleName,
    });
    const diskScope = new Construct(scope, 'Data');
    const disk = new alicloud.ecsDisk.EcsDisk(diskScope, 'Resource', {
      zoneId: instance.availabilityZone,
      category: 'cloud_essd',
      performanceLevel: 'PL1',
      size: FLEET.dataDiskSize,
      encrypted: true,
      kmsKeyId: keyId,
      encryptAlgorithm: 'aes-256',
      deleteAutoSnapshot: false,
      deleteWithInstance: false,
      multiAttach: 'Disabled',
    });
    const diskId = disk.id;
    new alicloud.ecsAutoSnapshotPolicyAttachment.EcsAutoSnapshotPolicyAttachment(backups, `Apply-${diskScope.node.addr.slice(0, 12)}`, {
      autoSnapshotPolicyId: policyId, diskId,
    });
    new alicloud.ecsDiskAttachment.EcsDiskAttachment(diskScope, 'Attachment', {
      diskId, instanceId, deleteWithInstance: false,
    });
  }
}

/**
 * The shared security group (intranet isolation, egress only to Alibaba Cloud internal services),
 * instance role (trusted by ECS only) and customer master key of both raw fleets.
 */
export function buildRawShared(stack: Construct, vpcId: string): { securityGroupId: string; roleName: string; keyId: string } {
  const stackName = stack.node.id;
  // Shared security group: intranet isolation, egress only to Alibaba Cloud internal services.
  const sgScope = new Construct(stack, 'Fleet');
  const sg = new alicloud.securityGroup.SecurityGroup(sgScope, 'Resource', {
    vpcId, description: `Hardened security group ${sgScope.node.path}`, securityGroupType: 'normal', innerAccessPolicy: 'Drop',
  });
  const securityGroupId = sg.id;
  for (const [id, ipProtocol, portRange, cidrIp, description] of EGRESS_RULES) {
    new alicloud.securityGroupRule.SecurityGroupRule(sgScope, id, {
      securityGroupId, type: 'egress', ipProtocol, portRange, policy: 'accept', priority: 1, nicType: 'intranet', description, cidrIp,
    });
  }
  for (const [family, peer] of [['IPv4', { cidrIp: '0.0.0.0/0' }], ['IPv6', { ipv6CidrIp: '::/0' }]] as const) {
    new alicloud.securityGroupRule.SecurityGroupRule(sgScope, `egress-drop-all-any${family === 'IPv4' ? 'Ipv4' : 'Ipv6'}`, {
      securityGroupId,
      type: 'egress',
      ipProtocol: 'all',
      portRange: '-1/-1',
      policy: 'drop',
      priority: 100,
      nicType: 'intranet',
      description: `Hardened default: drop all other outbound ${family} traffic (lowest priority)`,
      ...peer,
    });
  }

  // Shared instance role, trusted by ECS only.
  const roleScope = new Construct(stack, 'FleetRole');
  const role = new alicloud.ramRole.RamRole(roleScope, 'Resource', {
    roleName: `${stackName}-FleetRole-${createHash('sha256').update(roleScope.node.path).digest('hex').slice(0, 8)}`,
    description: `ECS instance role ${roleScope.node.path}`,
    assumeRolePolicyDocument: JSON.stringify({
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['ecs.aliyuncs.com'] } }], Version: '1',
    }),
    maxSessionDuration: 3600,
  });
  const roleName = role.roleName;

  // Shared customer master key.
  const key = new alicloud.kmsKey.KmsKey(new Construct(stack, 'FleetKey'), 'Resource', {
    description: 'Customer master key managed by alicloud-ecs-hardened',
    keySpec: 'Aliyun_AES_256',
    keyUsage: 'ENCRYPT/DECRYPT',
    protectionLevel: 'SOFTWARE',
    automaticRotation: 'Enabled',
    rotationInterval: `${365 * 86400}s`,
    pendingWindowInDays: 30,
    deletionProtection: 'Enabled',
    deletionProtectionDescription: 'Protects the disks and snapshots encrypted with this key (alicloud-ecs-hardened)',
    status: 'Enabled',
  });
  const keyId = key.id;

  return { securityGroupId, roleName, keyId };
}

/** The floor of the scaling fleet (hardened-asg.ts) written with the L1 classes. */
export function buildRawScalingFleet(stack: Construct, n: number): void {
  const stackName = stack.node.id;
  const vpc = new alicloud.vpc.Vpc(stack, 'Vpc', { vpcName: FLEET.vpcName, cidrBlock: FLEET.vpcCidr });
  const vswitchIds = FLEET.zones.map((zoneId, i) => new alicloud.vswitch.Vswitch(stack, `VSwitch${i}`, {
    vpcId: vpc.id, cidrBlock: FLEET.zoneCidrs[i], zoneId, vswitchName: `${FLEET.vswitchName}-${i}`,
  }).id);
  const { securityGroupId, roleName, keyId } = buildRawShared(stack, vpc.id);
  for (let i = 0; i < n; i++) {
    const lt = new alicloud.ecsLaunchTemplate.EcsLaunchTemplate(new Construct(stack, `lt${i}`), 'Resource', {
      launchTemplateName: `${stackName}-lt${i}`,
      instanceName: `${stackName}-lt${i}`,
      updateDefaultVersionNumber: true,
      imageId: FLEET.imageId,
      instanceType: FLEET.instanceType,
      networkType: 'vpc',
      securityGroupIds: [securityGroupId],
      httpEndpoint: 'enabled',
      httpTokens: 'required',
      systemDisk: { category: 'cloud_essd', size: 40, performanceLevel: 'PL1', encrypted: true, kmsKeyId: keyId, deleteWithInstance: true },
      dataDisks: [{ category: 'cloud_essd', size: FLEET.dataDiskSize, performanceLevel: 'PL1', deleteWithInstance: true, encrypted: true, kmsKeyId: keyId }],
      internetMaxBandwidthOut: 0,
      ramRoleName: roleName,
      securityEnhancementStrategy: 'Active',
    });
    new alicloud.essScalingGroup.EssScalingGroup(new Construct(stack, `asg${i}`), 'Resource', {
      scalingGroupName: `${stackName}-asg${i}`,
      minSize: 2,
      maxSize: 10,
      defaultCooldown: 300,
      launchTemplateId: lt.id,
      launchTemplateVersion: Token.asString(lt.latestVersionNumber),
      vswitchIds,
      multiAzPolicy: 'BALANCE',
      groupDeletionProtection: true,
      healthCheckTypes: ['ECS'],
      removalPolicies: ['OldestScalingConfiguration', 'OldestInstance'],
      maxInstanceLifetime: 30 * 86400,
    });
  }
}
