/**
 * The benchmark fleet written with the library's hardened constructs: N `SecureInstance`s, each
 * with one encrypted data disk, sharing one HardenedSecurityGroup, one InstanceRole, one
 * EncryptionKey and one SnapshotPolicy, in one VPC / vSwitch.
 */
import { Construct } from 'constructs';
import { FLEET } from './fleet';
import {
  alicloud, EncryptionKey, HardenedSecurityGroup, InstanceRole, SecureInstance, SnapshotPolicy,
} from '../../lib';

/** Adds the hardened fleet of `n` instances to `stack`. */
export function buildHardenedFleet(stack: Construct, n: number): void {
  const vpc = new alicloud.vpc.Vpc(stack, 'Vpc', { vpcName: FLEET.vpcName, cidrBlock: FLEET.vpcCidr });
  const vswitch = new alicloud.vswitch.Vswitch(stack, 'VSwitch', {
    vpcId: vpc.id, cidrBlock: FLEET.vswitchCidr, zoneId: FLEET.zoneId, vswitchName: FLEET.vswitchName,
  });
  // Attributes read once, as in raw.ts: each read creates a cdktf token with a captured stack trace.
  const vswitchId = vswitch.id;
  const securityGroup = new HardenedSecurityGroup(stack, 'Fleet', { vpcId: vpc.id });
  const role = new InstanceRole(stack, 'FleetRole');
  const encryptionKey = new EncryptionKey(stack, 'FleetKey');
  const snapshotPolicy = new SnapshotPolicy(stack, 'FleetBackups');
  for (let i = 0; i < n; i++) {
    const instance = new SecureInstance(stack, `web${i}`, {
      vswitchId,
      securityGroups: [securityGroup],
      imageId: FLEET.imageId,
      instanceType: FLEET.instanceType,
      encryptionKey,
      snapshotPolicy,
      role,
    });
    instance.addDataDisk('Data', { size: FLEET.dataDiskSize });
  }
}
