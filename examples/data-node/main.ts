/**
 * Blueprint: a data node (see README.md).
 *
 * A SecureInstance with two encrypted data disks, account-level encryption defaults for the region
 * (new disks are encrypted even when created outside this code), and guardrail policies on the team's
 * RAM group so its members cannot create unencrypted disks, instances without metadata hardening or
 * public IPs, or call APIs over plain HTTP.
 *
 * Copy this directory, edit CONFIG, then `cdktf synth` / `cdktf deploy`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AccountEncryptionDefaults, alicloud, AlicloudProvider, EncryptedDisk, EncryptionKey, GuardrailPolicies,
  HardenedSecurityGroup, HardeningChecks, Peer, PerformanceLevel, Port, SecureInstance, SnapshotPolicy,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  instanceType: 'ecs.r7.xlarge',
  /** The application subnet that may reach the database port. */
  clientCidr: '10.10.0.0/16',
  /** The RAM group of the team that operates the node. */
  teamGroupName: 'data-team',
  namePrefix: 'data-node',
  tags: { 'app': 'data-node', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** The data node: one instance, two encrypted disks, region-wide encryption, team guardrails. */
export class DataNodeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });

    const vpcId = new TerraformVariable(this, 'vpc_id', { type: 'string', description: 'VPC of the data node' });
    const vswitchId = new TerraformVariable(this, 'vswitch_id', { type: 'string', description: 'vSwitch of the data node' });
    const keyPairName = new TerraformVariable(this, 'key_pair_name', {
      type: 'string', description: 'Existing ECS key pair for SSH login (reach it through a bastion: port 22 is not opened here).',
    });

    const key = new EncryptionKey(this, 'Key', {
      description: 'Encrypts the data node disks and is the region default disk key',
      alias: `alias/${CONFIG.namePrefix}`,
      tags: CONFIG.tags,
    });
    // Region-wide: from now on only encrypted disks can be created, with this key by default.
    new AccountEncryptionDefaults(this, 'EncryptionDefaults', { encryptionKey: key });

    // Data is kept longer than the web tier's: daily snapshots for 30 days plus weekly for a year.
    const daily = SnapshotPolicy.daily30DayRetention(this, 'DailyBackups', { name: `${CONFIG.namePrefix}-daily`, tags: CONFIG.tags });
    const weekly = SnapshotPolicy.weekly1YearRetention(this, 'WeeklyBackups', { name: `${CONFIG.namePrefix}-weekly`, tags: CONFIG.tags });

    const group = new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: vpcId.stringValue,
      securityGroupName: CONFIG.namePrefix,
      description: 'Data node: PostgreSQL from the application subnet only',
      tags: CONFIG.tags,
    });
    group.allowIngress(Peer.ipv4(CONFIG.clientCidr), Port.POSTGRES, 'PostgreSQL from the application subnet');

    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Image', {
      owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', mostRecent: true,
    });
    const node = new SecureInstance(this, 'Node', {
      vswitchId: vswitchId.stringValue,
      securityGroups: [group],
      imageId: image.images.get(0).id,
      instanceType: CONFIG.instanceType,
      instanceName: CONFIG.namePrefix,
      keyPairName: keyPairName.stringValue,
      encryptionKey: key,
      snapshotPolicy: daily,
      tags: CONFIG.tags,
    });
    // Two data disks: one added through the instance (same zone, key and policy as the instance),
    // one built on its own and attached, e.g. to move it between instances later.
    const dataDisk = node.addDataDisk('DataDisk', { size: 500, performanceLevel: PerformanceLevel.PL2, name: `${CONFIG.namePrefix}-data` });
    weekly.applyTo(dataDisk);
    const walDisk = new EncryptedDisk(this, 'WalDisk', {
      zoneId: node.resource.availabilityZone,
      size: 100,
      name: `${CONFIG.namePrefix}-wal`,
      encryptionKey: key,
      snapshotPolicy: daily,
      tags: CONFIG.tags,
    });
    walDisk.attachTo(node);

    // The team's RAM group, with the guardrails attached.
    const team = new alicloud.ramGroup.RamGroup(this, 'TeamGroup', {
      groupName: CONFIG.teamGroupName,
      comments: 'Operators of the data node',
    });
    GuardrailPolicies.baseline(this, 'Guardrails', {
      policyName: `${CONFIG.namePrefix}-guardrails`,
      groupNames: [team.groupName],
    });

    new TerraformOutput(this, 'node_private_ip', { value: node.privateIp });
  }
}

const app = new App();
new DataNodeStack(app, 'data-node');
HardeningChecks.applyTo(app);
app.synth();
