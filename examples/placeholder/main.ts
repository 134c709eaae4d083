/**
 * PLACEHOLDER BLUEPRINT. The hardened constructs (SecureInstance, EncryptedDisk, ...) and the real
 * blueprints have not landed yet; this app only proves the toolchain end to end: the library's
 * generated bindings synthesize a stack that the real aliyun/alicloud provider validates.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, AlicloudProvider } from 'alicloud-ecs-hardened';

class PlaceholderStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, 'alicloud', { region: process.env.ALICLOUD_REGION ?? 'cn-hangzhou' });
    const vpc = new alicloud.vpc.Vpc(this, 'vpc', { vpcName: 'placeholder', cidrBlock: '10.0.0.0/16' });
    new alicloud.vswitch.Vswitch(this, 'vswitch', {
      vpcId: vpc.id, cidrBlock: '10.0.1.0/24', zoneId: 'cn-hangzhou-h', vswitchName: 'placeholder',
    });
  }
}

const app = new App();
new PlaceholderStack(app, 'placeholder');
app.synth();
