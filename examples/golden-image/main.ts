/**
 * Blueprint: a golden image (see README.md).
 *
 * Two stacks, applied in order:
 * 1. `golden-image-build`: a hardened image pipeline that builds the image in a private vSwitch with no
 *    public bandwidth, deleting the build instance when the build fails.
 * 2. `golden-image-release` (apply once the build succeeded): the built image copied and encrypted with
 *    the team's customer key, a disaster-recovery copy in a second region with that region's key, a
 *    canary instance booting from the encrypted image, and a restore point of the canary (a snapshot
 *    of its system disk made into an image: image-based backup).
 *
 * Copy this directory, edit CONFIG, then `cdktf deploy golden-image-build`, wait for the build, then
 * `cdktf deploy golden-image-release`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AlicloudProvider, EncryptedImage, EncryptedSnapshot, EncryptionKey, HardenedImagePipeline, HardeningChecks, MachineImage, SecureInstance,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  /** Region of the disaster-recovery copy. */
  drRegion: 'cn-shanghai',
  /** Prefix of the built images' names; the release stack finds the newest image by it. */
  imagePrefix: 'golden-base',
  instanceType: 'ecs.g7.large',
  tags: { 'app': 'golden-image', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** Stage 1: the pipeline and one build. */
export class GoldenImageBuildStack extends TerraformStack {
  public readonly pipeline: HardenedImagePipeline;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });
    const buildVswitchId = new TerraformVariable(this, 'build_vswitch_id', {
      type: 'string', description: 'Private vSwitch of the build instance (with a NAT gateway if the build needs the internet)',
    });
    // The base: the newest Alibaba Cloud Linux 3 public image (cloud-init recent enough for token-only metadata).
    const base = MachineImage.lookup(this, 'BaseImage', { owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', architecture: 'x86_64', osType: 'linux' });
    this.pipeline = new HardenedImagePipeline(this, 'Pipeline', {
      baseImage: base,
      vswitchId: buildVswitchId.stringValue,
      instanceType: CONFIG.instanceType,
      systemDiskSize: 40,
      pipelineName: CONFIG.imagePrefix,
      imageNamePrefix: CONFIG.imagePrefix,
      description: 'Builds the golden base image (alicloud-ecs-hardened blueprint)',
      buildContent: 'RUN yum -y update',
      components: [{
        name: `${CONFIG.imagePrefix}-hardening`,
        description: 'Baseline hardening of the golden image',
        content: [
          'RUN sed -i "s/^#\\?PasswordAuthentication.*/PasswordAuthentication no/" /etc/ssh/sshd_config',
          'RUN sed -i "s/^#\\?PermitRootLogin.*/PermitRootLogin prohibit-password/" /etc/ssh/sshd_config',
          'RUN cloud-init --version',
        ].join('\n'),
      }],
      tags: CONFIG.tags,
    });
    new TerraformOutput(this, 'pipeline_id', { value: this.pipeline.pipelineId });
  }
}

/** Stage 2: the encrypted image, its DR copy, a canary and a restore point. */
export class GoldenImageReleaseStack extends TerraformStack {
  constructor(scope: Construct, id: string, build: GoldenImageBuildStack) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });
    const dr = new AlicloudProvider(this, 'dr', { region: CONFIG.drRegion, alias: 'dr' });
    const vpcId = new TerraformVariable(this, 'vpc_id', { type: 'string', description: 'VPC of the canary' });
    const vswitchId = new TerraformVariable(this, 'vswitch_id', { type: 'string', description: 'vSwitch of the canary' });

    const key = new EncryptionKey(this, 'ImageKey', { description: 'Encrypts the golden images', alias: `alias/${CONFIG.imagePrefix}`, tags: CONFIG.tags });
    const drKey = new EncryptionKey(this, 'DrImageKey', { provider: dr, description: 'Encrypts the golden image copies in the DR region', tags: CONFIG.tags });

    // The pipeline's output: the newest built image, copied and encrypted with the customer key.
    const golden = build.pipeline.encryptedImage(this, 'Golden', {
      sourceRegion: CONFIG.region,
      encryptionKey: key,
      imageName: `${CONFIG.imagePrefix}-encrypted`,
      description: 'Golden base image, encrypted with the team key',
      tags: CONFIG.tags,
    });
    // Disaster recovery: an encrypted copy in the DR region, with that region's key.
    const drCopy = EncryptedImage.copyOf(this, 'GoldenDr', golden, {
      sourceRegion: CONFIG.region, encryptionKey: drKey, provider: dr, imageName: `${CONFIG.imagePrefix}-encrypted`, tags: CONFIG.tags,
    });

    // A canary booting from the encrypted image (its own system disk is encrypted with the key too).
    const canary = new SecureInstance(this, 'Canary', {
      vpcId: vpcId.stringValue,
      vswitchId: vswitchId.stringValue,
      imageId: golden,
      instanceType: CONFIG.instanceType,
      instanceName: `${CONFIG.imagePrefix}-canary`,
      encryptionKey: key,
      tags: CONFIG.tags,
    });
    // Image-based backup: a restore point of the canary's system disk, as an encrypted image. Terraform makes
    // it once (when created or replaced); the scheduled backups are the canary's snapshot policy.
    const restorePoint = new EncryptedSnapshot(this, 'CanaryRestorePoint', {
      disk: { diskId: canary.resource.systemDiskId, encryptionKey: canary.encryptionKey },
      snapshotName: `${CONFIG.imagePrefix}-canary-restore-point`,
      retentionDays: 90,
      tags: CONFIG.tags,
    });
    EncryptedImage.fromSnapshot(this, 'CanaryRestoreImage', restorePoint, { imageName: `${CONFIG.imagePrefix}-canary-restore`, tags: CONFIG.tags });

    new TerraformOutput(this, 'golden_image_id', { value: golden.imageId });
    new TerraformOutput(this, 'golden_dr_image_id', { value: drCopy.imageId });
  }
}

const app = new App();
const build = new GoldenImageBuildStack(app, 'golden-image-build');
new GoldenImageReleaseStack(app, 'golden-image-release', build);
HardeningChecks.applyTo(app); // the rule pack on every stack: unacknowledged errors fail synthesis
app.synth();
