/**
 * The scaling benchmark fleet written with the library's hardened constructs: N
 * `SecureScalingGroup`s, each on its own `SecureLaunchTemplate` (one 100 GiB data disk), sharing one
 * HardenedSecurityGroup, one InstanceRole and one EncryptionKey, over two vSwitches in two zones.
 */
import { Construct } from 'constructs';
import { FLEET } from './fleet';
import { alicloud, EncryptionKey, HardenedSecurityGroup, InstanceRole, SecureLaunchTemplate, SecureScalingGroup } from '../../lib';

/** Adds the hardened scaling fleet of `n` groups to `stack`. */
export function buildHardenedScalingFleet(stack: Construct, n: number): void {
  const vpc = new alicloud.vpc.Vpc(stack, 'Vpc', { vpcName: FLEET.vpcName, cidrBlock: FLEET.vpcCidr });
  const vswitchIds = FLEET.zones.map((zoneId, i) => new alicloud.vswitch.Vswitch(stack, `VSwitch${i}`, {
    vpcId: vpc.id, cidrBlock: FLEET.zoneCidrs[i], zoneId, vswitchName: `${FLEET.vswitchName}-${i}`,
  }).id);
  const securityGroup = new HardenedSecurityGroup(stack, 'Fleet', { vpcId: vpc.id });
  const role = new InstanceRole(stack, 'FleetRole');
  const encryptionKey = new EncryptionKey(stack, 'FleetKey');
  for (let i = 0; i < n; i++) {
    const launchTemplate = new SecureLaunchTemplate(stack, `lt${i}`, {
      securityGroups: [securityGroup],
      imageId: FLEET.imageId,
      instanceType: FLEET.instanceType,
      encryptionKey,
      role,
      dataDisks: [{ size: FLEET.dataDiskSize }],
    });
    new SecureScalingGroup(stack, `asg${i}`, { launchTemplate, vswitchIds, minSize: 2, maxSize: 10 });
  }
}
