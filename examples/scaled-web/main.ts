/**
 * Blueprint: a scaled web tier behind an HTTPS load balancer (see README.md).
 *
 * VPC with a flow log, one vSwitch per zone in two zones, an Application Load Balancer that speaks
 * HTTPS only (TLS 1.2+, HTTP redirected, access logs to SLS), and an Auto Scaling group of hardened
 * instances launched from a SecureLaunchTemplate (token-only metadata, disks encrypted with one
 * customer-managed key, no public IP, key-pair login, Security Center agent, least-privilege role).
 * The instances accept HTTPS from the load balancer only; nothing else on the internet reaches them.
 *
 * Copy this directory, edit CONFIG, then `cdktf synth` / `cdktf deploy`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, EncryptionKey, HardeningChecks, HttpsLoadBalancer, Port, SecureLaunchTemplate,
  SecureScalingGroup, TargetTrackingMetric, Warnings,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  /** Region of the tier. */
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  /** Two zones of `region` (ALB needs two; the group spreads instances evenly over them). */
  zones: ['cn-hangzhou-h', 'cn-hangzhou-i'],
  vpcCidr: '10.30.0.0/16',
  /** One vSwitch per zone, shared by the load balancer and the instances. */
  vswitchCidrs: ['10.30.1.0/24', '10.30.2.0/24'],
  instanceType: 'ecs.g7.large',
  /** Capacity: ESS keeps between min and max instances; the CPU rule moves it in between. */
  capacity: { min: 2, max: 6, targetCpuPercent: 60 },
  /** Days after which an instance is replaced by a fresh one (patch rotation). */
  instanceLifetimeDays: 30,
  /** Prefix of resource names; SLS project names must be unique in the region across accounts. */
  namePrefix: 'scaled-web',
  tags: { 'app': 'scaled-web', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** The scaled web tier: network, logs, key, load balancer, scaling group. */
export class ScaledWebStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });

    const keyPairName = new TerraformVariable(this, 'key_pair_name', {
      type: 'string',
      description: 'Existing ECS key pair for SSH login (the only login method: there is no password).',
    });
    const certificateId = new TerraformVariable(this, 'certificate_id', {
      type: 'string',
      description: 'Certificate Management Service certificate id of the HTTPS listener, e.g. 1234567-cn-hangzhou.',
    });

    // --- network: VPC with a flow log, one vSwitch per zone -----------------------------------
    const vpc = new alicloud.vpc.Vpc(this, 'Vpc', {
      vpcName: `${CONFIG.namePrefix}-vpc`, cidrBlock: CONFIG.vpcCidr, tags: CONFIG.tags,
    });
    const logProject = new alicloud.logProject.LogProject(this, 'LogProject', {
      projectName: `${CONFIG.namePrefix}-logs`,
      description: 'VPC flow logs and load balancer access logs of the scaled web tier',
      tags: CONFIG.tags,
    });
    const flowLogStore = new alicloud.logStore.LogStore(this, 'FlowLogStore', {
      projectName: logProject.projectName,
      logstoreName: 'vpc-flow-log',
      retentionPeriod: 180,
      encryptConf: { enable: true, encryptType: 'default' },
    });
    const accessLogStore = new alicloud.logStore.LogStore(this, 'AccessLogStore', {
      projectName: logProject.projectName,
      logstoreName: 'alb-access-log',
      retentionPeriod: 180,
      encryptConf: { enable: true, encryptType: 'default' },
    });
    new alicloud.vpcFlowLog.VpcFlowLog(this, 'FlowLog', {
      flowLogName: `${CONFIG.namePrefix}-vpc`,
      description: 'All accepted and rejected traffic of the scaled web tier VPC',
      resourceType: 'VPC',
      resourceId: vpc.id,
      trafficType: 'All',
      projectName: logProject.projectName,
      logStoreName: flowLogStore.logstoreName,
      tags: CONFIG.tags,
    });
    const vswitches = CONFIG.zones.map((zone, i) => new alicloud.vswitch.Vswitch(this, `Vswitch${i + 1}`, {
      vpcId: vpc.id,
      zoneId: zone,
      cidrBlock: CONFIG.vswitchCidrs[i],
      vswitchName: `${CONFIG.namePrefix}-${zone}`,
      tags: CONFIG.tags,
    }));

    // --- the load balancer: HTTPS only, TLS 1.2+, HTTP redirected, access logs ---------------
    const alb = new HttpsLoadBalancer(this, 'Alb', {
      vpcId: vpc.id,
      zones: vswitches.map((v, i) => ({ vswitchId: v.id, zoneId: CONFIG.zones[i] })),
      certificateId: certificateId.stringValue,
      accessLogs: { logProject: logProject.projectName, logStore: accessLogStore.logstoreName },
      loadBalancerName: `${CONFIG.namePrefix}-alb`,
      healthCheck: { path: '/health' },
      tags: CONFIG.tags,
    });
    // The load balancer is the tier's public interface: 443 (and port 80, which only redirects) from
    // the internet is the point of it. The warning is accepted here, by name and with a reason, and
    // shows as acknowledged in the hardening report.
    Warnings.of(alb).acknowledge('HardenedSecurityGroup.InternetIngress',
      'Internet-facing load balancer: HTTPS and the HTTP-to-HTTPS redirect are its public interface');

    // --- one customer-managed key for every disk of the fleet --------------------------------
    const key = new EncryptionKey(this, 'Key', {
      description: 'Encrypts the system disks of the scaled web tier',
      alias: `alias/${CONFIG.namePrefix}`,
      tags: CONFIG.tags,
    });

    // --- image: the newest Alibaba Cloud Linux 3 public image (supports token-only metadata) ---
    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Image', {
      owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', mostRecent: true,
    });

    // --- the launch template and the group -----------------------------------------------------
    const template = new SecureLaunchTemplate(this, 'WebTemplate', {
      vpcId: vpc.id,
      imageId: image.images.get(0).id,
      instanceType: CONFIG.instanceType,
      launchTemplateName: `${CONFIG.namePrefix}-web`,
      instanceName: `${CONFIG.namePrefix}-web`,
      keyPairName: keyPairName.stringValue,
      encryptionKey: key,
      tags: CONFIG.tags,
    });
    const group = new SecureScalingGroup(this, 'WebGroup', {
      launchTemplate: template,
      vswitchIds: vswitches.map((v) => v.id),
      minSize: CONFIG.capacity.min,
      maxSize: CONFIG.capacity.max,
      scalingGroupName: `${CONFIG.namePrefix}-web`,
      maxInstanceLifetimeDays: CONFIG.instanceLifetimeDays,
      // Every new template version (e.g. a new image) is rolled out by an instance refresh that keeps
      // 100 % of the capacity in service and may start up to 50 % extra instances meanwhile.
      rollingUpdate: { minHealthyPercentage: 100, maxHealthyPercentage: 150 },
      tags: CONFIG.tags,
    });
    group.attachToAlbServerGroup(alb.serverGroup, { port: 443 });
    group.addTargetTrackingRule('Cpu', { metric: TargetTrackingMetric.CPU_UTILIZATION, targetValue: CONFIG.capacity.targetCpuPercent });
    // The instances accept HTTPS from the load balancer's security group only.
    alb.connections.allowTo(group, Port.HTTPS, 'HTTPS from the load balancer');

    new TerraformOutput(this, 'alb_dns_name', { value: alb.dnsName });
    new TerraformOutput(this, 'scaling_group_id', { value: group.scalingGroupId });
  }
}

const app = new App();
new ScaledWebStack(app, 'scaled-web');
// The rule pack over the synthesized output: unacknowledged errors fail synthesis.
HardeningChecks.applyTo(app);
app.synth();
