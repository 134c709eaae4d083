/**
 * Blueprint: a private worker with no inbound access at all (see README.md).
 *
 * One SecureInstance in an existing vSwitch: no ingress rule, no public IP, no key pair and no
 * password. Administration goes through Cloud Assistant (commands and session management), which
 * the instance reaches outbound on the Alibaba Cloud internal service range. Its RAM role may read
 * and write one OSS prefix and nothing else.
 *
 * Copy this directory, edit CONFIG, then `cdktf synth` / `cdktf deploy`.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, AlicloudProvider, HardenedSecurityGroup, HardeningChecks, InstanceRole, LeastPrivilegeRamPolicy,
  Peer, PolicyStatement, Port, SecureInstance,
} from 'alicloud-ecs-hardened';

/** What a team edits before deploying. */
export const CONFIG = {
  region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou',
  instanceType: 'ecs.g7.large',
  /** The only OSS location the worker may touch: `oss://<bucket>/<prefix>/`. */
  bucket: 'example-batch-jobs',
  prefix: 'worker-output',
  /**
   * Where the region's OSS internal endpoint (`oss-<region>-internal.aliyuncs.com`) resolves: an
   * address in the shared range 100.64.0.0/10 (RFC 6598) that Alibaba Cloud uses for in-region
   * service endpoints. Narrow it to what `dig oss-<region>-internal.aliyuncs.com` returns in your
   * region if you want a tighter rule.
   */
  ossInternalCidr: '100.64.0.0/10',
  namePrefix: 'private-worker',
  tags: { 'app': 'private-worker', 'environment': 'production', 'managed-by': 'cdktf' },
};

/** The private worker: one instance, no way in, one OSS prefix. */
export class PrivateWorkerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: CONFIG.region });

    // The network is owned elsewhere (a landing zone or the web-tier blueprint): pass its ids in.
    const vpcId = new TerraformVariable(this, 'vpc_id', { type: 'string', description: 'VPC of the worker' });
    const vswitchId = new TerraformVariable(this, 'vswitch_id', { type: 'string', description: 'vSwitch of the worker' });

    // No ingress rule at all. Egress: the Alibaba Cloud internal services every instance needs
    // (metadata, DNS, NTP, mirrors, Cloud Assistant — the default preset) plus HTTPS to OSS.
    const group = new HardenedSecurityGroup(this, 'SecurityGroup', {
      vpcId: vpcId.stringValue,
      securityGroupName: `${CONFIG.namePrefix}`,
      description: 'Private worker: no inbound traffic, outbound to Alibaba Cloud internal services and OSS',
      tags: CONFIG.tags,
    });
    group.allowEgress(Peer.ipv4(CONFIG.ossInternalCidr), Port.HTTPS, 'HTTPS to the OSS internal endpoint');

    const role = new InstanceRole(this, 'Role', {
      roleName: `${CONFIG.namePrefix}-role`,
      description: 'Private worker: read and write one OSS prefix',
    });
    // One policy, scoped to one prefix. Every Allow statement gets acs:SecureTransport = true.
    const objects = `acs:oss:*:*:${CONFIG.bucket}/${CONFIG.prefix}/*`;
    new LeastPrivilegeRamPolicy(this, 'OssPrefixPolicy', {
      policyName: `${CONFIG.namePrefix}-oss-prefix`,
      description: `Read and write oss://${CONFIG.bucket}/${CONFIG.prefix}/ only`,
      statements: [
        new PolicyStatement({
          actions: ['oss:GetObject', 'oss:PutObject', 'oss:DeleteObject', 'oss:AbortMultipartUpload', 'oss:ListParts'],
          resources: [objects],
        }),
        new PolicyStatement({
          actions: ['oss:ListObjects'],
          resources: [`acs:oss:*:*:${CONFIG.bucket}`],
          conditions: { StringLike: { 'oss:Prefix': `${CONFIG.prefix}/*` } },
        }),
      ],
    }).attachToRole(role);

    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Image', {
      owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', mostRecent: true,
    });
    // No keyPairName: there is no login credential at all. Use Cloud Assistant to run commands or
    // open a session (README.md).
    const worker = new SecureInstance(this, 'Worker', {
      vswitchId: vswitchId.stringValue,
      securityGroups: [group],
      role,
      imageId: image.images.get(0).id,
      instanceType: CONFIG.instanceType,
      instanceName: `${CONFIG.namePrefix}`,
      userData: [
        '#!/bin/bash',
        '# Jobs read their input and write their output under the one OSS prefix the role allows.',
        `echo "OUTPUT=oss://${CONFIG.bucket}/${CONFIG.prefix}/" > /etc/worker.env`,
      ].join('\n'),
      tags: CONFIG.tags,
    });
    new TerraformOutput(this, 'worker_instance_id', { value: worker.instanceId });
  }
}

const app = new App();
new PrivateWorkerStack(app, 'private-worker');
HardeningChecks.applyTo(app);
app.synth();
