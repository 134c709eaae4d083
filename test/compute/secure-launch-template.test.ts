import {
  EncryptedImage, EncryptionKey, EncryptionKeySpec, HardenedSecurityGroup, InstanceMetadata, InstanceRole, MachineImage, OptOut, Port,
  SecureLaunchTemplate, SecureLaunchTemplateProps,
} from '../../lib';
import { TerraformVariable } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, optOutsOnResource, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const BASE: SecureLaunchTemplateProps = {
  vpcId: 'vpc-bp1test0001',
  imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  instanceType: 'ecs.g7.large',
};
const REF = (type: string, id: string, attr = 'id') => expect.stringMatching(new RegExp(`^\\$\\{${type}\\.${id}_[0-9A-F]+\\.${attr}\\}$`));

function templateOf(json: any): any {
  return onlyResource(json, 'alicloud_ecs_launch_template');
}

describe('SecureLaunchTemplate defaults', () => {
  test('every hardened default on the alicloud_ecs_launch_template', () => {
    const stack = testStack();
    new SecureLaunchTemplate(stack, 'web', BASE);
    const json = synthJson(stack);
    expect(templateOf(json)).toEqual({
      launch_template_name: 'test-web',
      instance_name: 'test-web',
      update_default_version_number: true,
      image_id: BASE.imageId,
      instance_type: 'ecs.g7.large',
      network_type: 'vpc',
      security_group_ids: [REF('alicloud_security_group', 'web_SecurityGroup')],
      http_endpoint: 'enabled',
      http_tokens: 'required',
      system_disk: {
        category: 'cloud_essd',
        size: 40,
        performance_level: 'PL1',
        encrypted: true,
        kms_key_id: REF('alicloud_kms_key', 'DefaultEncryptionKey'),
        delete_with_instance: true,
      },
      internet_max_bandwidth_out: 0,
      ram_role_name: REF('alicloud_ram_role', 'web_Role', 'role_name'),
      security_enhancement_strategy: 'Active',
    });
    for (const absent of ['password', 'password_inherit', 'data_disks', 'user_data', 'key_pair_name']) {
      expect(templateOf(json)[absent]).toBeUndefined();
    }
    expect(warningIds(stack)).toEqual([]);
    expect(optOutIds(stack)).toEqual([]);
  });

  test('data disks are encrypted with the key and released with the instance; user data encoded; tags on instances and template', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'key');
    new SecureLaunchTemplate(stack, 'web', {
      ...BASE,
      encryptionKey: key,
      keyPairName: 'ops',
      dataDisks: [{ size: 100, name: 'data' }, { size: 40, category: 'cloud_auto', deleteWithInstance: false }],
      userData: '#!/bin/bash\necho ${HOME}\n',
      tags: { app: 'web' },
    });
    const t = templateOf(synthJson(stack));
    expect(t.data_disks).toEqual([
      { category: 'cloud_essd', size: 100, performance_level: 'PL1', name: 'data', delete_with_instance: true, encrypted: true, kms_key_id: REF('alicloud_kms_key', 'key') },
      { category: 'cloud_auto', size: 40, delete_with_instance: false, encrypted: true, kms_key_id: REF('alicloud_kms_key', 'key') },
    ]);
    expect(Buffer.from(t.user_data, 'base64').toString('utf8')).toBe('#!/bin/bash\necho ${HOME}\n');
    expect(t.key_pair_name).toBe('ops');
    expect(t.tags).toEqual({ app: 'web' });
    expect(t.template_tags).toEqual({ app: 'web' });
  });

  test('metadata disabled, metadata opt-out recorded, given role and groups, connections and grants', () => {
    const stack = testStack();
    const sg = new HardenedSecurityGroup(stack, 'sg', { vpcId: 'vpc-1' });
    const lb = new HardenedSecurityGroup(stack, 'lb', { vpcId: 'vpc-1' });
    const role = new InstanceRole(stack, 'role');
    const off = new SecureLaunchTemplate(stack, 'off', { ...BASE, metadata: InstanceMetadata.DISABLED, securityGroups: [sg], role });
    off.connections.allowFrom(lb, Port.HTTPS);
    const legacy = new SecureLaunchTemplate(stack, 'legacy', { ...BASE, allowMetadataWithoutToken: OptOut.because('old agent needs normal mode') });
    expect(legacy.metadataWithoutTokenReason).toBe('old agent needs normal mode');
    const json = synthWithMetadata(stack);
    const templates = Object.values<any>(json.resource.alicloud_ecs_launch_template);
    expect(templates.map((t) => [t.http_endpoint, t.http_tokens])).toEqual([['disabled', 'required'], ['enabled', 'optional']]);
    expect(optOutsOnResource(templates[1])).toEqual([{ id: 'SecureLaunchTemplate.MetadataWithoutToken', reason: 'old agent needs normal mode' }]);
    expect(optOutIds(stack)).toEqual(['SecureLaunchTemplate.MetadataWithoutToken']);
    expect(off.role).toBe(role);
    expect(off.grantPrincipal).toBe(role);
  });

  test('imageId takes an IMachineImage too (MachineImage.fromId, an EncryptedImage), as SecureInstance does', () => {
    const stack = testStack();
    new SecureLaunchTemplate(stack, 'fromId', { ...BASE, imageId: MachineImage.fromId('m-bp1golden0001') });
    const golden = EncryptedImage.copyOf(stack, 'Golden', 'm-bp1golden0001', { sourceRegion: 'cn-hangzhou' });
    new SecureLaunchTemplate(stack, 'golden', { ...BASE, imageId: golden });
    const json = synthJson(stack);
    const templates = Object.values<any>(json.resource.alicloud_ecs_launch_template);
    expect(templates[0].image_id).toBe('m-bp1golden0001');
    expect(templates[1].image_id).toMatch(/^\$\{alicloud_image_copy\..+\.id\}$/);
    expectValidationError(() => new SecureLaunchTemplate(testStack(), 'bad', { ...BASE, imageId: { id: 'm-1' } as never }),
      { code: 'SecureLaunchTemplate.InvalidImage', property: 'imageId' });
  });

  test('tokens pass through unchecked', () => {
    const stack = testStack();
    const size = new TerraformVariable(stack, 'size', { type: 'number' });
    const type = new TerraformVariable(stack, 'type', { type: 'string' });
    new SecureLaunchTemplate(stack, 'web', { ...BASE, instanceType: type.stringValue, systemDisk: { size: size.numberValue }, dataDisks: [{ size: size.numberValue }] });
    const t = templateOf(synthJson(stack));
    expect(t.instance_type).toBe('${var.type}');
    expect(t.system_disk.size).toBe('${var.size}');
  });
});

describe('SecureLaunchTemplate bad input', () => {
  const cases: Array<[string, Partial<SecureLaunchTemplateProps> & Record<string, unknown>, string, string]> = [
    ['instance type without ecs.', { instanceType: 'g7.large' }, 'SecureLaunchTemplate.InvalidInstanceType', 'instanceType'],
    ['no image', { imageId: '' }, 'SecureLaunchTemplate.Required', 'imageId'],
    ['no VPC and no groups', { vpcId: undefined }, 'SecureLaunchTemplate.VpcRequired', 'vpcId'],
    ['cloud_auto system disk (not in the provider validator)', { systemDisk: { category: 'cloud_auto' as never } }, 'SecureLaunchTemplate.NotAllowed', 'systemDisk.category'],
    ['system disk too small', { systemDisk: { size: 10 } }, 'SecureLaunchTemplate.SystemDiskSizeOutOfRange', 'systemDisk.size'],
    ['PL3 below 1261 GiB', { systemDisk: { performanceLevel: 'PL3', size: 100 } }, 'SecureLaunchTemplate.SystemDiskSizeOutOfRange', 'systemDisk.size'],
    ['encryption algorithm (not expressible)', { systemDisk: { encryptAlgorithm: 'sm4-128' } as never }, 'SecureLaunchTemplate.NoEncryptAlgorithm', 'systemDisk.encryptAlgorithm'],
    ['data disk too large', { dataDisks: [{ size: 70000 }] }, 'SecureLaunchTemplate.DataDiskSizeOutOfRange', 'dataDisks[0].size'],
    ['data disk PL on cloud_auto', { dataDisks: [{ size: 40, category: 'cloud_auto', performanceLevel: 'PL1' }] }, 'SecureLaunchTemplate.PerformanceLevelNeedsEssd', 'dataDisks[0].performanceLevel'],
    ['17 data disks', { dataDisks: Array.from({ length: 17 }, () => ({ size: 40 })) }, 'SecureLaunchTemplate.TooManyDataDisks', 'dataDisks'],
    ['a password', { password: 'Secret123!' }, 'SecureLaunchTemplate.PasswordNotSupported', 'password'],
    ['a public IP', { publicIp: { bandwidthMbps: 5 } }, 'SecureLaunchTemplate.OptOutNotOffered', 'publicIp'],
    ['user data not a string', { userData: 42 as never }, 'SecureLaunchTemplate.InvalidUserData', 'userData'],
    ['short opt-out reason', { allowMetadataWithoutToken: OptOut.because('short') }, 'OptOut.ReasonRequired', 'allowMetadataWithoutToken'],
    ['metadata opt-out with metadata disabled', { metadata: InstanceMetadata.DISABLED, allowMetadataWithoutToken: OptOut.because('needs normal mode') }, 'SecureLaunchTemplate.MetadataConflict', 'allowMetadataWithoutToken'],
    ['instance name with a space', { instanceName: 'web server' }, 'SecureLaunchTemplate.InvalidText', 'instanceName'],
    ['template name starting with a digit', { launchTemplateName: '1web' }, 'SecureLaunchTemplate.InvalidText', 'launchTemplateName'],
    ['tag key aliyun', { tags: { 'aliyun:x': 'y' } }, 'SecureLaunchTemplate.InvalidTags', 'tags'],
    ['security group id string', { securityGroups: ['sg-1' as never] }, 'SecureLaunchTemplate.InvalidSecurityGroup', 'securityGroups[0]'],
    // Shared with SecureInstance (lib/compute/private/instance-util.ts): the instance-type shape and the description check.
    ['instance type size typo', { instanceType: 'ecs.g7.lage' }, 'SecureLaunchTemplate.InvalidInstanceType', 'instanceType'],
    ['instance type without a size', { instanceType: 'ecs.g7' }, 'SecureLaunchTemplate.InvalidInstanceType', 'instanceType'],
    ['description starting with https://', { description: 'https://example.com' }, 'SecureLaunchTemplate.InvalidDescription', 'description'],
    ['version description of one character', { versionDescription: 'x' }, 'SecureLaunchTemplate.InvalidDescription', 'versionDescription'],
    ['data disk description starting with http://', { dataDisks: [{ size: 40, description: 'http://x' }] }, 'SecureLaunchTemplate.InvalidDescription', 'dataDisks[0].description'],
    ['system disk description of one character', { systemDisk: { description: 'x' } }, 'SecureLaunchTemplate.InvalidDescription', 'systemDisk.description'],
  ];
  test.each(cases)('%s', (_name, props, code, property) => {
    const stack = testStack();
    expectValidationError(() => new SecureLaunchTemplate(stack, 'web', { ...BASE, ...props } as SecureLaunchTemplateProps), { code, property, path: 'test/web' });
  });

  test('an SM4 key is refused (the template cannot select SM4)', () => {
    const stack = testStack();
    const key = new EncryptionKey(stack, 'sm4', { keySpec: EncryptionKeySpec.SM4 });
    expectValidationError(() => new SecureLaunchTemplate(stack, 'web', { ...BASE, encryptionKey: key }), { code: 'SecureLaunchTemplate.KeySpecMismatch', property: 'encryptionKey' });
  });

  test('user data that looks like a secret is refused (ALI-ECS-014 fails it on templates; no opt-out is offered)', () => {
    const stack = testStack();
    expectValidationError(() => new SecureLaunchTemplate(stack, 'web', { ...BASE, userData: 'DB_PASSWORD=hunter2hunter2\n' }), {
      code: 'SecureInstance.UserDataSecret', property: 'userData',
    });
  });
});
