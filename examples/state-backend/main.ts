/**
 * Blueprint: hardened remote state for a team, and an application stack that uses it (see README.md).
 *
 * Stack `state-backend` (applied once per account and region by the platform team): the OSS state
 * bucket, its access-log bucket, the customer key, the VPC-only Tablestore lock table and the
 * pipelines' least-privilege policy (StateBackendBootstrap). It starts with local state; once
 * applied, its own state moves into the bucket (`STATE_BACKEND_MIGRATED=true`, then
 * `terraform init -migrate-state`).
 *
 * Stack `app`: an application stack whose state lives in that bucket (HardenedOssBackend), with a
 * database password kept in KMS Secrets Manager (InstanceSecret) and read at boot by a
 * SecureInstance through its role's STS credentials, never through user data.
 *
 * Copy this directory, edit CONFIG, then `cdktf synth` / `cdktf deploy state-backend`, then `app`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, HardenedOssBackend, HardenedSecurityGroup, HardeningChecks, InstanceSecret, Peer, Port,
  SecureInstance, StateBackendBootstrap, tablestoreEndpointOf,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  /** Globally unique: include the account or company name. */
  stateBucket: 'acme-tfstate-cn-hangzhou',
  /** Tablestore instance of the lock table: 3 to 16 characters, unique in the region. */
  lockInstance: 'acme-tflock',
  lockTable: 'terraform_state_lock',
  /** Key prefix of every stack's state; the pipeline policy is scoped to it. */
  statePrefix: 'stacks',
  /** Name of the VPC binding of the lock table (letters and digits). */
  pipelineVpcName: 'pipelines',
  /** Set after the first apply of `state-backend` to move its own state into the bucket. */
  bootstrapMigrated: process.env.STATE_BACKEND_MIGRATED === 'true',
  instanceType: 'ecs.g7.large',
  /** Where the KMS VPC endpoint (kms-vpc.<region>.aliyuncs.com) resolves: the Alibaba Cloud service range. */
  serviceCidr: '100.64.0.0/10',
  tags: { 'app': 'state-backend', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** The backend of every stack that keeps its state in the bucket. */
function stateBackend(stack: TerraformStack): HardenedOssBackend {
  return new HardenedOssBackend(stack, {
    bucket: CONFIG.stateBucket,
    region: CONFIG.region,
    prefix: CONFIG.statePrefix,
    tablestoreEndpoint: tablestoreEndpointOf(CONFIG.lockInstance, CONFIG.region, true),
    tablestoreTable: CONFIG.lockTable,
  });
}

/** Once per account and region: bucket, logs, key, lock table, pipeline policy. */
export class StateBackendStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });
    if (CONFIG.bootstrapMigrated) stateBackend(this);

    const vswitchId = new TerraformVariable(this, 'pipeline_vswitch_id', {
      type: 'string', description: 'A vSwitch of the VPC the Terraform pipelines run in (the lock table admits that VPC only)',
    });
    const pipelineRole = new TerraformVariable(this, 'pipeline_role_name', {
      type: 'string', description: 'RAM role the pipelines run as (gets the state read/write and lock policy)',
    });

    const state = new StateBackendBootstrap(this, 'State', {
      bucketName: CONFIG.stateBucket,
      region: CONFIG.region,
      statePrefix: CONFIG.statePrefix,
      lockInstanceName: CONFIG.lockInstance,
      lockTableName: CONFIG.lockTable,
      lockTableVpc: { vpcName: CONFIG.pipelineVpcName, vswitchId: vswitchId.stringValue },
      tags: CONFIG.tags,
    });
    state.pipelinePolicy.attachToRole(pipelineRole.stringValue);
  }
}

/** An application stack: state in the bucket, a secret read at boot. */
export class AppStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });
    stateBackend(this);

    const vpcId = new TerraformVariable(this, 'vpc_id', { type: 'string', description: 'VPC of the application' });
    const vswitchId = new TerraformVariable(this, 'vswitch_id', { type: 'string', description: 'vSwitch of the application' });
    // The value arrives through a sensitive variable (TF_VAR_db_password in the pipeline), never as a
    // literal in code. It is still stored in state: that is why the state is in the bucket above.
    const dbPassword = new TerraformVariable(this, 'db_password', { type: 'string', sensitive: true, description: 'Database password' });

    const secret = new InstanceSecret(this, 'DbPassword', {
      secretName: 'app/db-password',
      secretData: dbPassword.stringValue,
      description: 'Database password of the app tier',
      tags: CONFIG.tags,
    });

    const group = new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: vpcId.stringValue,
      securityGroupName: 'app',
      description: 'App tier: no inbound traffic, outbound to Alibaba Cloud internal services and the KMS VPC endpoint',
      tags: CONFIG.tags,
    });
    group.allowEgress(Peer.ipv4(CONFIG.serviceCidr), Port.HTTPS, 'HTTPS to the KMS VPC endpoint');

    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Image', {
      owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', mostRecent: true,
    });
    const instance = new SecureInstance(this, 'App', {
      vpcId: vpcId.stringValue,
      vswitchId: vswitchId.stringValue,
      securityGroups: [group],
      imageId: image.images.get(0).id,
      instanceType: CONFIG.instanceType,
      instanceName: 'app-1',
      // Reads the secret at boot with the role's STS credentials (token-only metadata), into /run/secrets.
      userData: secret.bootScript(CONFIG.region, { kmsEndpoint: `kms-vpc.${CONFIG.region}.aliyuncs.com` }),
      tags: CONFIG.tags,
    });
    secret.grantRead(instance);
    new TerraformOutput(this, 'app_private_ip', { value: instance.privateIp });
    new TerraformOutput(this, 'db_password_secret', { value: secret.secretName });
  }
}

const app = new App();
new StateBackendStack(app, 'state-backend');
new AppStack(app, 'app');
// The rule pack over every stack's synthesized output: unacknowledged errors fail synthesis.
HardeningChecks.applyTo(app);
app.synth();
