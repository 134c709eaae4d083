/**
 * The consumer app: what a team writes in its own cdktf project after
 * `npm install alicloud-ecs-hardened cdktf@0.21.0 constructs@10`.
 *
 * `npm run test:consumer` (scripts/consumer-test.ts) installs the PACKED tarball into a scratch app
 * outside the repository, compiles this file with `strict` and `skipLibCheck: false` against the
 * published declarations, and runs the real `cdktf synth` on it. It is not part of the jest run and
 * imports the library only by its package name, never from `lib/`.
 *
 * It uses every public construct, raw L1 resources from the bundled bindings with the cdktf
 * features a user reaches for (`provider`, `dependsOn`, `lifecycle`, `addOverride`), and
 * acknowledgements on an L1 resource. `typeLevelNegatives` proves that wrong types do not compile.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AccountEncryptionDefaults, Acknowledgements, alicloud, AlicloudProvider, Connections, EgressPreset,
  EncryptedDisk, EncryptedImage, EncryptedSnapshot, EncryptionKey, GuardrailPolicies, HardenedImagePipeline, HardenedOssBackend,
  HardenedSecurityGroup, HardeningChecks, HttpsLoadBalancer, IConnectable, IEncryptedImage, IMachineImage, InstanceRole,
  InstanceSecret, IPeer, LeastPrivilegeRamPolicy, MachineImage, MultiAzPolicy, OptOut, Peer, PolicyStatement, Port, SecretType,
  SecureInstance, SecureLaunchTemplate, SecureScalingGroup, SnapshotPolicy, StateBackendBootstrap, tablestoreEndpointOf,
  TablestoreNetwork, TargetTrackingMetric, Warnings,
} from 'alicloud-ecs-hardened';

const REGION = 'cn-hangzhou';
const DR_REGION = 'cn-shanghai';
const STATE_BUCKET = 'consumer-tfstate-cn-hangzhou';
const LOCK_INSTANCE = 'consumer-lock';
const LOCK_TABLE = 'terraform_lock';

/** Once per account and region: the state bucket, its lock table and the pipelines' policy. */
export class ConsumerStateStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: REGION });
    const vswitchId = new TerraformVariable(this, 'pipeline_vswitch_id', { type: 'string', description: 'vSwitch of the pipelines' });
    const state = new StateBackendBootstrap(this, 'State', {
      bucketName: STATE_BUCKET,
      region: REGION,
      lockInstanceName: LOCK_INSTANCE,
      lockTableName: LOCK_TABLE,
      lockTableNetworks: [TablestoreNetwork.VPC],
      lockTableVpc: { vpcName: 'pipelines', vswitchId: vswitchId.stringValue },
      accessLogs: { retentionDays: 365 },
    });
    state.pipelinePolicy.attachToRole('consumer-pipeline');
    new TerraformOutput(this, 'lock_endpoint', { value: state.tablestoreEndpoint });
  }
}

export class ConsumerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: REGION });
    // State in the bootstrapped bucket, locked in its table.
    new HardenedOssBackend(this, {
      bucket: STATE_BUCKET,
      region: REGION,
      tablestoreEndpoint: tablestoreEndpointOf(LOCK_INSTANCE, REGION, true),
      tablestoreTable: LOCK_TABLE,
    });
    const dr = new AlicloudProvider(this, 'dr', { region: DR_REGION, alias: 'dr' });

    // Raw L1 resources from the bundled bindings, with the cdktf base-class features.
    const vpc = new alicloud.vpc.Vpc(this, 'Vpc', {
      vpcName: 'consumer',
      cidrBlock: '10.20.0.0/16',
      lifecycle: { preventDestroy: true, ignoreChanges: ['tags'] },
    });
    const vswitch = new alicloud.vswitch.Vswitch(this, 'Vswitch', {
      vpcId: vpc.id,
      cidrBlock: '10.20.1.0/24',
      zoneId: `${REGION}-h`,
      vswitchName: 'consumer',
      dependsOn: [vpc],
    });
    vswitch.addOverride('description', 'Application subnet');
    // L1 resources are constructs: acknowledgements attach to them directly.
    Acknowledgements.of(vpc).add('ALI-VPC-001', 'Flow logs are collected by the landing zone account');
    const drVpc = new alicloud.vpc.Vpc(this, 'DrVpc', { provider: dr, vpcName: 'consumer-dr', cidrBlock: '10.30.0.0/16' });
    Acknowledgements.of(drVpc).add('ALI-VPC-001', 'Standby network, no traffic until a failover');
    const keyPair = new TerraformVariable(this, 'key_pair_name', { type: 'string', description: 'ECS key pair' });

    // Storage: keys in both regions, backups copied encrypted to the DR region, region defaults.
    const key = new EncryptionKey(this, 'Key', { description: 'Consumer app disks', alias: 'alias/consumer' });
    const drKey = new EncryptionKey(this, 'DrKey', { provider: dr, description: 'Consumer snapshot copies' });
    const backups = SnapshotPolicy.dailyWithCrossRegionCopy(this, 'Backups', { region: DR_REGION, encryptionKey: drKey });
    new AccountEncryptionDefaults(this, 'EncryptionDefaults', { encryptionKey: key });

    // Network: one group per tier; peers and groups through `connections`.
    const lb: IPeer = Peer.ipv4('10.20.0.0/24');
    const web = new SecureInstance(this, 'Web', {
      vpcId: vpc.id,
      vswitchId: vswitch.id,
      imageId: 'aliyun_3_x64_20G_alibase_20250101.vhd',
      instanceType: 'ecs.g7.large',
      keyPairName: keyPair.stringValue,
      encryptionKey: key,
      snapshotPolicy: backups,
    });
    web.connections.allowFrom(lb, Port.HTTPS);
    web.connections.allowFrom(Peer.ipv6('2408:4000::/32'), Port.HTTPS, 'HTTPS from the IPv6 load balancer range');
    web.addDataDisk('Data', { size: 100 });
    web.resource.addOverride('tags.team', 'web');
    web.resource.lifecycle = { ignoreChanges: ['image_id'] };

    const db = new HardenedSecurityGroup(this, 'DbGroup', { vpcId: vpc.id, egressPreset: EgressPreset.NONE, description: 'Database tier' });
    web.connections.allowTo(db, Port.POSTGRES);
    const dbConnections: IConnectable = new Connections({ securityGroups: [db] });
    dbConnections.connections.allowInternally(Port.tcp(5433), 'Replication between database nodes');

    // A bastion: public IP by the named opt-out made for it, SSH from the office range only.
    const bastion = new SecureInstance(this, 'Bastion', {
      vpcId: vpc.id,
      vswitchId: vswitch.id,
      imageId: 'aliyun_3_x64_20G_alibase_20250101.vhd',
      instanceType: 'ecs.t6-c1m1.large',
      keyPairName: keyPair.stringValue,
      encryptionKey: key,
      snapshotPolicy: backups,
      publicIp: { bandwidthMbps: 5, optOut: OptOut.because('Bastion host: the only entry point for operators') },
    });
    bastion.connections.allowFrom(Peer.ipv4('203.0.113.0/24'), Port.SSH, 'SSH from the office');
    bastion.connections.allowTo(web, Port.SSH, 'SSH from the bastion');

    const wal = new EncryptedDisk(this, 'Wal', { zoneId: web.resource.availabilityZone, size: 50, encryptionKey: key, snapshotPolicy: backups });
    wal.attachTo(web);
    const imported = EncryptedDisk.fromDiskId(this, 'Imported', 'd-bp1abcdefghijklmnop');
    imported.attachTo(web);

    // Identity: the instance role, a grant, a least-privilege policy, guardrails on a group.
    key.grantEncryptDecrypt(web.role);
    const workerRole = new InstanceRole(this, 'WorkerRole', { description: 'Reads one OSS prefix' });
    new LeastPrivilegeRamPolicy(this, 'ReadPrefix', {
      description: 'Read oss://consumer-bucket/in/ only',
      statements: [new PolicyStatement({ actions: ['oss:GetObject'], resources: ['acs:oss:*:*:consumer-bucket/in/*'] })],
    }).attachToRole(workerRole);
    const team = new alicloud.ramGroup.RamGroup(this, 'Team', { groupName: 'consumer-ops', comments: 'Operators' });
    GuardrailPolicies.baseline(this, 'Guardrails', { groupNames: [team.groupName] });

    // Images: an encrypted image of an instance, a restore point (snapshot + image), an encrypted copy of a
    // public image in the DR region, a share, a hardened pipeline and its encrypted output, and an
    // instance booting from an image object.
    const webImage: IEncryptedImage = EncryptedImage.fromInstance(this, 'WebImage', web, { imageName: 'consumer-web', imageFamily: 'consumer-web' });
    const restorePoint = new EncryptedSnapshot(this, 'WebRestorePoint', {
      disk: { diskId: web.resource.systemDiskId, encryptionKey: web.encryptionKey }, retentionDays: 30,
    });
    EncryptedImage.fromSnapshot(this, 'WebRestoreImage', restorePoint, { imageName: 'consumer-web-restore' });
    const publicBase: IMachineImage = MachineImage.fromId('aliyun_3_x64_20G_alibase_20250101.vhd');
    EncryptedImage.copyOf(this, 'BaseDr', publicBase, { sourceRegion: REGION, provider: dr, encryptionKey: drKey });
    EncryptedImage.copyOf(this, 'WebImageCopy', webImage, { sourceRegion: REGION, encryptionKey: key })
      .shareWith('1234567890123456', OptOut.because('The DR account launches this image after a failover'));
    const pipeline = new HardenedImagePipeline(this, 'Pipeline', {
      baseImage: MachineImage.lookup(this, 'Base', { owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', osType: 'linux' }),
      vswitchId: vswitch.id,
      imageNamePrefix: 'consumer-base',
      buildContent: 'RUN yum -y update',
      components: [{ name: 'consumer-hardening', content: 'RUN cloud-init --version' }],
    });
    const golden = pipeline.encryptedImage(this, 'Golden', { sourceRegion: REGION, encryptionKey: key, imageName: 'consumer-golden' });
    new SecureInstance(this, 'Canary', {
      vpcId: vpc.id,
      vswitchId: vswitch.id,
      imageId: golden,
      instanceType: 'ecs.g7.large',
      encryptionKey: key,
      snapshotPolicy: backups,
    });

    // A fleet: an HTTPS-only load balancer in two zones in front of a scaling group of hardened instances.
    const vswitchB = new alicloud.vswitch.Vswitch(this, 'VswitchB', {
      vpcId: vpc.id, cidrBlock: '10.20.2.0/24', zoneId: `${REGION}-i`, vswitchName: 'consumer-b',
    });
    const template = new SecureLaunchTemplate(this, 'FleetTemplate', {
      vpcId: vpc.id,
      imageId: golden, // the pipeline's encrypted image (an IMachineImage)
      instanceType: 'ecs.g7.large',
      keyPairName: keyPair.stringValue,
      encryptionKey: key,
      dataDisks: [{ size: 40 }],
    });
    const fleet = new SecureScalingGroup(this, 'Fleet', {
      launchTemplate: template,
      vswitchIds: [vswitch.id, vswitchB.id],
      multiAzPolicy: MultiAzPolicy.BALANCE,
      minSize: 2,
      maxSize: 6,
      rollingUpdate: { minHealthyPercentage: 100 },
    });
    const alb = new HttpsLoadBalancer(this, 'Alb', {
      vpcId: vpc.id,
      zones: [{ vswitchId: vswitch.id, zoneId: `${REGION}-h` }, { vswitchId: vswitchB.id, zoneId: `${REGION}-i` }],
      certificateId: '1234567-cn-hangzhou',
      accessLogs: { logProject: 'consumer-logs', logStore: 'alb-access' },
    });
    Warnings.of(alb).acknowledge('HardenedSecurityGroup.InternetIngress', 'Internet-facing load balancer: HTTPS and the redirect are public');
    fleet.attachToAlbServerGroup(alb.serverGroup, { port: 443 });
    fleet.addTargetTrackingRule('Cpu', { metric: TargetTrackingMetric.CPU_UTILIZATION, targetValue: 60 });
    alb.connections.allowTo(fleet, Port.HTTPS, 'HTTPS from the load balancer');
    key.grantEncryptDecrypt(fleet);

    new TerraformOutput(this, 'alb_dns_name', { value: alb.dnsName });
    // A secret for the web tier: customer key, read at boot with the role's STS credentials.
    const apiToken = new TerraformVariable(this, 'api_token', { type: 'string', sensitive: true, description: 'API token of the web tier' });
    const secret = new InstanceSecret(this, 'ApiToken', {
      secretName: 'consumer/api-token', secretData: apiToken.stringValue, secretType: SecretType.GENERIC, encryptionKey: key,
    });
    secret.grantRead(web);
    const bootScript: string = secret.bootScript(REGION);

    new TerraformOutput(this, 'web_private_ip', { value: web.privateIp });
    new TerraformOutput(this, 'boot_script_bytes', { value: bootScript.length });
    new TerraformOutput(this, 'web_resource_type', { value: web.resource.terraformResourceType });
  }
}

/** Wrong types a user could write: each must be a compile error (never called). */
export function typeLevelNegatives(stack: TerraformStack): void {
  // @ts-expect-error provider must be a TerraformProvider
  new EncryptionKey(stack, 'BadProvider', { provider: 42 });
  // @ts-expect-error provider must be a TerraformProvider, on L1 configs too
  new alicloud.vpc.Vpc(stack, 'BadL1Provider', { cidrBlock: '10.0.0.0/16', provider: 42 });
  // @ts-expect-error a port, not a number
  new HardenedSecurityGroup(stack, 'BadPort', { vpcId: 'vpc-1' }).connections.allowFrom(Peer.ipv4('10.0.0.0/8'), 443);
  // @ts-expect-error an opt-out needs OptOut.because(reason)
  new EncryptionKey(stack, 'BadOptOut', { disableDeletionProtection: true });
  // @ts-expect-error allowDestroy is an opt-out, not a boolean
  new StateBackendBootstrap(stack, 'BadDestroy', { bucketName: 'b-tfstate', region: REGION, lockInstanceName: 'lock1', allowDestroy: true });
}

const app = new App();
new ConsumerStateStack(app, 'consumer-state');
new ConsumerStack(app, 'consumer');
HardeningChecks.applyTo(app);
app.synth();
