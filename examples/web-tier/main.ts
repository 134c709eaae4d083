/**
 * Blueprint: a web tier across two zones (see README.md).
 *
 * VPC with a flow log, two vSwitches in two zones, one security group that admits HTTPS only from
 * a given CIDR, two SecureInstances sharing one customer-managed key, and a daily snapshot policy
 * whose snapshots are copied, encrypted, to a disaster-recovery region.
 *
 * Copy this directory, edit CONFIG, then `cdktf synth` / `cdktf deploy`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, EncryptionKey, HardenedSecurityGroup, HardeningChecks, Peer, Port,
  SecureInstance, SnapshotPolicy,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  /** Region of the web tier. */
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  /** Disaster-recovery region: snapshots are copied there, encrypted with a key of that region. */
  drRegion: process.env.ALICLOUD_DR_REGION ?? 'cn-shanghai',
  /** Two zones of `region`: one instance in each. */
  zones: ['cn-hangzhou-h', 'cn-hangzhou-i'],
  vpcCidr: '10.10.0.0/16',
  vswitchCidrs: ['10.10.1.0/24', '10.10.2.0/24'],
  /**
   * The only source allowed to reach the instances on 443: the vSwitch range of your load balancer,
   * or your corporate range. Never 0.0.0.0/0 (the security group would warn).
   */
  httpsSourceCidr: '10.20.0.0/24',
  instanceType: 'ecs.g7.large',
  /** Prefix of resource names; the log project name must be unique in the region across accounts. */
  namePrefix: 'web-tier',
  tags: { 'app': 'web-tier', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** The web tier: network, key, backups, two hardened instances. */
export class WebTierStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });
    // A second provider for the disaster-recovery region: the key that encrypts the snapshot copies
    // must live in the region the copies land in.
    const dr = new AlicloudProvider(this, 'dr', { region: CONFIG.drRegion, alias: 'dr' });

    const keyPairName = new TerraformVariable(this, 'key_pair_name', {
      type: 'string',
      description: 'Existing ECS key pair for SSH login (the only login method: there is no password).',
    });

    // --- network: VPC with a flow log, one vSwitch per zone -----------------------------------
    const vpc = new alicloud.vpc.Vpc(this, 'Vpc', {
      vpcName: `${CONFIG.namePrefix}-vpc`, cidrBlock: CONFIG.vpcCidr, tags: CONFIG.tags,
    });
    const logProject = new alicloud.logProject.LogProject(this, 'FlowLogProject', {
      projectName: `${CONFIG.namePrefix}-flow-logs`,
      description: 'VPC flow logs of the web tier',
      tags: CONFIG.tags,
    });
    const logStore = new alicloud.logStore.LogStore(this, 'FlowLogStore', {
      projectName: logProject.projectName,
      logstoreName: 'vpc-flow-log',
      retentionPeriod: 180,
      encryptConf: { enable: true, encryptType: 'default' },
    });
    new alicloud.vpcFlowLog.VpcFlowLog(this, 'FlowLog', {
      flowLogName: `${CONFIG.namePrefix}-vpc`,
      description: 'All accepted and rejected traffic of the web tier VPC',
      resourceType: 'VPC',
      resourceId: vpc.id,
      trafficType: 'All',
      projectName: logProject.projectName,
      logStoreName: logStore.logstoreName,
      tags: CONFIG.tags,
    });
    const vswitches = CONFIG.zones.map((zone, i) => new alicloud.vswitch.Vswitch(this, `Vswitch${i + 1}`, {
      vpcId: vpc.id,
      zoneId: zone,
      cidrBlock: CONFIG.vswitchCidrs[i],
      vswitchName: `${CONFIG.namePrefix}-${zone}`,
      tags: CONFIG.tags,
    }));

    // --- one security group for both instances: HTTPS from one CIDR, nothing else in -----------
    const web = new HardenedSecurityGroup(this, 'WebSecurityGroup', {
      vpcId: vpc.id,
      securityGroupName: `${CONFIG.namePrefix}-web`,
      description: 'Web tier: HTTPS from the load balancer range only',
      tags: CONFIG.tags,
    });
    web.allowIngress(Peer.ipv4(CONFIG.httpsSourceCidr), Port.HTTPS, 'HTTPS from the load balancer range');

    // --- one customer-managed key, one backup policy with an encrypted copy in the DR region ----
    const key = new EncryptionKey(this, 'Key', {
      description: 'Encrypts the web tier system and data disks',
      alias: `alias/${CONFIG.namePrefix}`,
      tags: CONFIG.tags,
    });
    const drKey = new EncryptionKey(this, 'DrKey', {
      provider: dr,
      description: 'Encrypts the web tier snapshot copies in the disaster-recovery region',
      tags: CONFIG.tags,
    });
    const backups = SnapshotPolicy.dailyWithCrossRegionCopy(this, 'Backups', {
      name: `${CONFIG.namePrefix}-daily`,
      region: CONFIG.drRegion,
      encryptionKey: drKey,
      copyRetentionDays: 7,
      tags: CONFIG.tags,
    });

    // --- image: the newest Alibaba Cloud Linux 3 public image (supports token-only metadata) ---
    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Image', {
      owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', mostRecent: true,
    });

    // --- two instances, one per zone ---------------------------------------------------------
    vswitches.forEach((vswitch, i) => {
      const instance = new SecureInstance(this, `Web${i + 1}`, {
        vswitchId: vswitch.id,
        securityGroups: [web],
        imageId: image.images.get(0).id,
        instanceType: CONFIG.instanceType,
        instanceName: `${CONFIG.namePrefix}-${i + 1}`,
        keyPairName: keyPairName.stringValue,
        encryptionKey: key,
        snapshotPolicy: backups,
        tags: CONFIG.tags,
      });
      instance.addDataDisk('Data', { size: 100, name: `${CONFIG.namePrefix}-${i + 1}-data` });
      new TerraformOutput(this, `web${i + 1}_private_ip`, { value: instance.privateIp });
    });
  }
}

const app = new App();
new WebTierStack(app, 'web-tier');
// The rule pack over the synthesized output: unacknowledged errors fail synthesis.
HardeningChecks.applyTo(app);
app.synth();
