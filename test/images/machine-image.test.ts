import { EncryptedImage, MachineImage, SecureInstance } from '../../lib';
import { TerraformVariable } from '../../lib/cdktf';
import { expectValidationError, onlyResource, synthJson, testStack } from '../util';

describe('MachineImage', () => {
  test('fromId: the id as it is; bad ids are typed errors; tokens pass', () => {
    expect(MachineImage.fromId('m-bp1golden0001').imageId).toBe('m-bp1golden0001');
    expect(MachineImage.fromId('aliyun_3_x64_20G_alibase_20240819.vhd').imageId).toBe('aliyun_3_x64_20G_alibase_20240819.vhd');
    for (const bad of ['', ' ', 'm-1 2', '../etc', 'm/1']) {
      expectValidationError(() => MachineImage.fromId(bad), { property: 'imageId' });
    }
    const stack = testStack();
    const v = new TerraformVariable(stack, 'image', { type: 'string' }).stringValue;
    expect(MachineImage.fromId(v).imageId).toBe(v);
  });

  test('lookup: alicloud_images with owners / name_regex / family, cloud-init required, newest first', () => {
    const stack = testStack();
    const image = MachineImage.lookup(stack, 'al3', { owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_', architecture: 'x86_64', osType: 'linux' });
    const family = MachineImage.lookup(stack, 'family', { owners: 'self', imageFamily: 'golden-base', requireCloudInit: false, mostRecent: false });
    const json = synthJson(stack);
    const data = json.data.alicloud_images;
    expect(Object.values(data)).toEqual([
      { owners: 'system', name_regex: '^aliyun_3_x64_20G_alibase_', architecture: 'x86_64', os_type: 'linux', is_support_cloud_init: true, most_recent: true, status: 'Available' },
      { owners: 'self', image_family: 'golden-base', most_recent: false, status: 'Available' },
    ]);
    expect(image.imageId).toMatch(/^\$\{TfToken\[/);
    expect(family.dataSource).toBeDefined();
  });

  test('lookup: bad input', () => {
    const stack = testStack();
    expectValidationError(() => MachineImage.lookup(stack, 'a', { owners: 'everyone' as any }), { code: 'MachineImage.NotAllowed', property: 'owners' });
    expectValidationError(() => MachineImage.lookup(stack, 'b', {} as any), { code: 'MachineImage.NotAllowed', property: 'owners' });
    expectValidationError(() => MachineImage.lookup(stack, 'c', { owners: 'system', nameRegex: '([' }), { code: 'MachineImage.InvalidNameRegex' });
    expectValidationError(() => MachineImage.lookup(stack, 'd', { owners: 'others' }), { code: 'MachineImage.FilterRequired' });
    expectValidationError(() => MachineImage.lookup(stack, 'e', { owners: 'system', architecture: 'sparc' as any }), { code: 'MachineImage.NotAllowed', property: 'architecture' });
    expectValidationError(() => MachineImage.lookup(stack, 'f', undefined as any), { code: 'MachineImage.Required' });
    MachineImage.lookup(stack, 'g', { owners: 'self', nameRegex: new TerraformVariable(stack, 're', { type: 'string' }).stringValue });
  });
});

describe('SecureInstance accepts an image object as well as a string', () => {
  const props = { vswitchId: 'vsw-1', vpcId: 'vpc-1', instanceType: 'ecs.g7.large' };

  test.each([
    ['a string', () => 'aliyun_3_x64_20G_alibase_20240819.vhd', 'aliyun_3_x64_20G_alibase_20240819.vhd'],
    ['MachineImage.fromId', () => MachineImage.fromId('m-bp1golden0001'), 'm-bp1golden0001'],
  ])('%s', (_name, image, expected) => {
    const stack = testStack();
    new SecureInstance(stack, 'web', { ...props, imageId: image() });
    expect(onlyResource(synthJson(stack), 'alicloud_instance').image_id).toBe(expected);
  });

  test('a lookup and an EncryptedImage', () => {
    const stack = testStack();
    const lookup = MachineImage.lookup(stack, 'al3', { owners: 'system', nameRegex: '^aliyun_3_x64_20G_alibase_' });
    const base = new SecureInstance(stack, 'base', { ...props, imageId: lookup });
    const golden = EncryptedImage.fromInstance(stack, 'golden', base);
    new SecureInstance(stack, 'web', { ...props, imageId: golden });
    const instances = Object.entries<any>(synthJson(stack).resource.alicloud_instance);
    expect(instances.find(([k]) => k.startsWith('base'))![1].image_id).toMatch(/^\$\{data\.alicloud_images\.al3_[0-9A-F]+\.images\[0\]\.id\}$/);
    expect(instances.find(([k]) => k.startsWith('web'))![1].image_id).toMatch(/^\$\{alicloud_image\.golden_[0-9A-F]+\.id\}$/);
  });

  test('anything else is a typed error', () => {
    const stack = testStack();
    expectValidationError(() => new SecureInstance(stack, 'a', { ...props, imageId: {} as any }), { code: 'SecureInstance.InvalidImage', property: 'imageId' });
    expectValidationError(() => new SecureInstance(stack, 'b', { ...props, imageId: { imageId: '' } }), { code: 'SecureInstance.Required', property: 'imageId' });
    expectValidationError(() => new SecureInstance(stack, 'c', { ...props, imageId: undefined as any }), { code: 'SecureInstance.Required', property: 'imageId' });
    expectValidationError(() => new SecureInstance(stack, 'd', { ...props, imageId: null as any }), { code: 'SecureInstance.Required', property: 'imageId' });
  });
});
