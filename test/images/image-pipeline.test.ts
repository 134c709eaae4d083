import { EncryptionKey, evaluateTerraformJson, HardenedImagePipeline, MachineImage, OptOut } from '../../lib';
import { TerraformVariable, Testing } from '../../lib/cdktf';
import { expectValidationError, onlyResource, optOutIds, resourcesOf, synthJson, synthWithMetadata, testStack, warningIds } from '../util';

const BASE = { vswitchId: 'vsw-bp1build0001', baseImage: 'aliyun_3_x64_20G_alibase_20240819.vhd', buildContent: 'RUN yum -y update' };

describe('HardenedImagePipeline', () => {
  test('private vSwitch, no public bandwidth, build instance deleted on failure, one execution', () => {
    const stack = testStack();
    const pipeline = new HardenedImagePipeline(stack, 'pipeline', {
      ...BASE,
      components: [{ name: 'cis-hardening', content: 'RUN echo hardened > /etc/motd' }],
      imageNamePrefix: 'golden-base',
      pipelineName: 'golden-base',
      instanceType: 'ecs.g7.large',
      systemDiskSize: 40,
      description: 'Builds the golden base image',
      tags: { team: 'platform' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'alicloud_ecs_image_pipeline')).toEqual({
      name: 'golden-base',
      description: 'Builds the golden base image',
      base_image_type: 'IMAGE',
      base_image: 'aliyun_3_x64_20G_alibase_20240819.vhd',
      build_content: expect.stringMatching(/^RUN yum -y update\nCOMPONENT \$\{alicloud_ecs_image_component\.pipeline_Component1_[0-9A-F]+\.id\}$/),
      vswitch_id: 'vsw-bp1build0001',
      instance_type: 'ecs.g7.large',
      system_disk_size: 40,
      internet_max_bandwidth_out: 0,
      delete_instance_on_failure: true,
      image_name: 'golden-base',
      tags: { team: 'platform' },
    });
    expect(onlyResource(json, 'alicloud_ecs_image_component')).toEqual({
      image_component_name: 'cis-hardening', content: 'RUN echo hardened > /etc/motd', component_type: 'Build', system_type: 'Linux', tags: { team: 'platform' },
    });
    expect(onlyResource(json, 'alicloud_ecs_image_pipeline_execution').image_pipeline_id).toMatch(/^\$\{alicloud_ecs_image_pipeline\.pipeline_[0-9A-F]+\.id\}$/);
    expect(pipeline.execution).toBeDefined();
    expect(warningIds(stack)).toEqual([]);
    const result = evaluateTerraformJson(synthWithMetadata(stack));
    expect(result.results.filter((r) => r.ruleId === 'ALI-IMG-003').map((r) => r.status)).toEqual(['pass']);
  });

  test('the output: an encrypted copy of the newest built image, with the customer key (two stages)', () => {
    const build = testStack('build');
    const pipeline = new HardenedImagePipeline(build, 'pipeline', { ...BASE, baseImage: undefined, baseImageFamily: 'acs:alibaba_cloud_linux_3_2104_lts_x64', imageNamePrefix: 'golden.base', execute: false });
    expect(pipeline.execution).toBeUndefined();
    const release = testStack('release');
    const key = new EncryptionKey(release, 'key');
    const image = pipeline.encryptedImage(release, 'Golden', { sourceRegion: 'cn-hangzhou', encryptionKey: key, imageName: 'golden-base-encrypted' });
    expect(image.encryptionKey).toBe(key);
    expect(onlyResource(synthJson(build), 'alicloud_ecs_image_pipeline')).toMatchObject({ base_image_type: 'IMAGE_FAMILY', base_image: 'acs:alibaba_cloud_linux_3_2104_lts_x64' });
    const json = synthJson(release);
    expect(Object.values(json.data.alicloud_images)).toEqual([{ owners: 'self', name_regex: '^golden\\.base', most_recent: true, status: 'Available' }]);
    expect(onlyResource(json, 'alicloud_image_copy')).toMatchObject({
      source_image_id: expect.stringMatching(/^\$\{data\.alicloud_images\.GoldenBuiltImage_[0-9A-F]+\.images\[0\]\.id\}$/),
      source_region_id: 'cn-hangzhou',
      encrypted: true,
      kms_key_id: expect.stringMatching(/^\$\{alicloud_kms_key\.key_[0-9A-F]+\.id\}$/),
      image_name: 'golden-base-encrypted',
    });
    expect(warningIds(build)).toEqual(['HardenedImagePipeline.TwoStage']);
    // With the built image id given, no lookup.
    const s2 = testStack('s2');
    pipeline.encryptedImage(s2, 'Given', { sourceRegion: 'cn-hangzhou', builtImageId: MachineImage.fromId('m-bp1built0001') });
    expect(onlyResource(synthJson(s2), 'alicloud_image_copy').source_image_id).toBe('m-bp1built0001');
    const nameless = new HardenedImagePipeline(build, 'nameless', BASE);
    expectValidationError(() => nameless.encryptedImage(s2, 'x', { sourceRegion: 'cn-hangzhou' }), { code: 'HardenedImagePipeline.BuiltImageUnknown', property: 'builtImageId' });
  });

  test('public bandwidth: an opt-out, recorded and acknowledging ALI-IMG-003', () => {
    const stack = testStack();
    new HardenedImagePipeline(stack, 'pipeline', { ...BASE, publicBandwidth: { mbps: 10, optOut: OptOut.because('No NAT gateway in the build VPC yet') } });
    expect(onlyResource(synthJson(stack), 'alicloud_ecs_image_pipeline').internet_max_bandwidth_out).toBe(10);
    expect(optOutIds(stack)).toEqual(['HardenedImagePipeline.PublicBandwidth']);
    const r = evaluateTerraformJson(synthWithMetadata(stack)).results.find((x) => x.ruleId === 'ALI-IMG-003')!;
    expect(r.status).toBe('acknowledged');
    expectValidationError(() => new HardenedImagePipeline(stack, 'b', { ...BASE, publicBandwidth: { mbps: 10 } as any }), { code: 'OptOut.ReasonRequired' });
  });

  test('snapshot', () => {
    const stack = testStack();
    new HardenedImagePipeline(stack, 'pipeline', { ...BASE, components: [{ content: 'RUN echo a' }, { content: 'RUN echo b', systemType: 'Linux' }], imageNamePrefix: 'golden' });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  describe('bad input: typed errors; tokens pass', () => {
    const stack = testStack();
    let n = 0;
    const make = (over: Record<string, unknown>) => () => new HardenedImagePipeline(stack, `p${n++}`, { ...BASE, ...over } as any);
    test.each([
      [{ systemDiskSize: 19 }, 'SystemDiskSizeOutOfRange', 'systemDiskSize'],
      [{ systemDiskSize: 501 }, 'SystemDiskSizeOutOfRange', 'systemDiskSize'],
      [{ systemDiskSize: 40.5 }, 'SystemDiskSizeOutOfRange', 'systemDiskSize'],
      [{ publicBandwidth: { mbps: 0, optOut: OptOut.because('No NAT gateway yet here') } }, 'OutOfRange', 'publicBandwidth.mbps'],
      [{ publicBandwidth: { mbps: 101, optOut: OptOut.because('No NAT gateway yet here') } }, 'OutOfRange', 'publicBandwidth.mbps'],
      [{ imageNamePrefix: 'g' }, 'InvalidImageName', 'imageNamePrefix'],
      [{ imageNamePrefix: 'g'.repeat(65) }, 'InvalidImageName', 'imageNamePrefix'],
      [{ imageNamePrefix: 'aliyun-golden' }, 'InvalidImageName', 'imageNamePrefix'],
      [{ imageNamePrefix: '1golden' }, 'InvalidImageName', 'imageNamePrefix'],
      [{ pipelineName: 'https://x' }, 'InvalidName', 'pipelineName'],
      [{ pipelineName: 'p'.repeat(129) }, 'InvalidName', 'pipelineName'],
      [{ vswitchId: '' }, 'Required', 'vswitchId'],
      [{ baseImage: undefined }, 'BaseImage', 'baseImage'],
      [{ baseImageFamily: 'fam' }, 'BaseImage', 'baseImage'],
      [{ instanceType: 'g7.large' }, 'InvalidInstanceType', 'instanceType'],
      [{ buildContent: undefined }, 'NothingToBuild', 'buildContent'],
      [{ buildContent: 'RUN x\n'.repeat(128) }, 'TooManyCommands', 'buildContent'],
      [{ buildContent: `RUN ${'x'.repeat(16384)}` }, 'BuildContentTooLong', 'buildContent'],
      [{ toRegionId: ['cn-shanghai'] }, 'NotSupported', 'toRegionId'],
      [{ addAccount: ['1234567890123456'] }, 'NotSupported', 'addAccount'],
      [{ components: [{ content: '' }] }, 'Required', 'components[0].content'],
      [{ components: [{ content: 'RUN x', systemType: 'Mac' }] }, 'NotAllowed', 'components[0].systemType'],
      [{ description: 'http://x' }, 'InvalidDescription', 'description'],
      [{ tags: { 'acs:x': 'y' } }, 'InvalidTags', 'tags'],
    ])('%j', (over, code, property) => {
      expectValidationError(make(over), { code: `HardenedImagePipeline.${code}`, property });
    });
    test('limits are accepted', () => {
      make({ systemDiskSize: 20, publicBandwidth: { mbps: 100, optOut: OptOut.because('No NAT gateway yet here') } })();
      make({ systemDiskSize: 500, imageNamePrefix: 'g'.repeat(64), pipelineName: 'p'.repeat(128) })();
      make({ buildContent: 'RUN x\n'.repeat(127) })();
    });
    test('tokens pass', () => {
      const v = (name: string, type = 'string') => new TerraformVariable(stack, name, { type });
      make({
        vswitchId: v('vsw').stringValue,
        baseImage: v('img').stringValue,
        systemDiskSize: v('size', 'number').numberValue,
        imageNamePrefix: v('prefix').stringValue,
        pipelineName: v('pname').stringValue,
        buildContent: v('content').stringValue,
        publicBandwidth: { mbps: v('mbps', 'number').numberValue, optOut: OptOut.because('Given at deploy time, reviewed') },
      })();
      expect(Object.keys(resourcesOf(synthJson(stack), 'alicloud_ecs_image_pipeline')).length).toBeGreaterThan(3);
    });
  });
});
