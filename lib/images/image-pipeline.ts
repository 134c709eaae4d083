import { Construct } from 'constructs';
import { EncryptedImage, EncryptedImageCopyOptions } from './encrypted-image';
import { IMachineImage, imageIdOf, MachineImage } from './machine-image';
import { TerraformProvider, TerraformStack } from '../cdktf';
import { PLATFORM_LIMITS } from '../controls/limits';
import { checkImageId, IMAGE_NAME_RULES } from './private/image-checks';
import { checkDescription, checkProvider, checkTags } from '../core/construct-checks';
import { checkOptOut, OptOut, recordOptOut } from '../core/opt-out';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { addHardeningWarning } from '../core/warnings';
import { EcsImageComponent } from '../generated/providers/alicloud/ecs-image-component';
import { EcsImagePipeline } from '../generated/providers/alicloud/ecs-image-pipeline';
import { EcsImagePipelineExecution } from '../generated/providers/alicloud/ecs-image-pipeline-execution';

/** A build step of the pipeline, created as an `alicloud_ecs_image_component`. */
export interface ImageComponentOptions {
  /** Component name (2–128 characters, starting with a letter). @default - chosen by ECS */
  readonly name?: string;
  /** The component's commands, in the image template syntax (e.g. `RUN yum -y update`). */
  readonly content: string;
  /** @default 'Linux' */
  readonly systemType?: 'Linux' | 'Windows';
  /** @default - none */
  readonly description?: string;
}

/** Public bandwidth for the build instance: a weakening, so it needs an `OptOut`. */
export interface PipelinePublicBandwidthOptions {
  /** Outbound public bandwidth in Mbit/s, 1–100. */
  readonly mbps: number;
  /** Why the build cannot use the vSwitch's NAT gateway or the internal Alibaba Cloud mirrors. */
  readonly optOut: OptOut;
}

/** Props of {@link HardenedImagePipeline}. */
export interface HardenedImagePipelineProps extends HardenedConstructProps {
  /** The image the build starts from (`base_image_type = "IMAGE"`). Exactly one of `baseImage` and `baseImageFamily`. */
  readonly baseImage?: string | IMachineImage;
  /** The image family whose newest image the build starts from (`base_image_type = "IMAGE_FAMILY"`). */
  readonly baseImageFamily?: string;
  /**
   * The private vSwitch the temporary build instance runs in (ForceNew). Without public bandwidth it
   * reaches the internet only through the VPC's NAT gateway; Alibaba Cloud's internal mirrors
   * (`mirrors.cloud.aliyuncs.com`) need none.
   */
  readonly vswitchId: string;
  /** Instance type of the build instance, e.g. `ecs.g7.large`. @default - chosen by ECS */
  readonly instanceType?: string;
  /** System disk size of the build instance in GiB, 20–500 (provider validator). @default - chosen by ECS (40) */
  readonly systemDiskSize?: number;
  /** Template commands run on the build instance before the components (e.g. `RUN yum -y update`). @default - none */
  readonly buildContent?: string;
  /** Build components, run in order after `buildContent` (`COMPONENT <id>` lines). @default - none */
  readonly components?: ImageComponentOptions[];
  /**
   * Prefix of the built images' names (`image_name`): 2–64 characters, starting with a letter; letters,
   * digits, `.`, `:`, `_`, `-`; not `aliyun` / `acs:`. Needed by `encryptedImage()` to find the built image.
   * @default - chosen by ECS (then pass `builtImageId` to `encryptedImage()`)
   */
  readonly imageNamePrefix?: string;
  /** Pipeline name: 2–128 characters, starting with a letter (provider validator). @default - chosen by ECS */
  readonly pipelineName?: string;
  /** Description, 2–256 characters, not starting with `http://` or `https://`. @default - none */
  readonly description?: string;
  /** Tags of the pipeline (ForceNew) and its components. @default - none */
  readonly tags?: Record<string, string>;
  /** Starts one build when the stack is applied (`alicloud_ecs_image_pipeline_execution`). @default true */
  readonly execute?: boolean;
  /**
   * Opt-out: public bandwidth on the build instance (`internet_max_bandwidth_out` > 0). Recorded as
   * `HardenedImagePipeline.PublicBandwidth` (acknowledges warning ALI-IMG-003).
   * @default - none: `internet_max_bandwidth_out = 0`
   */
  readonly publicBandwidth?: PipelinePublicBandwidthOptions;
}

/** Options of {@link HardenedImagePipeline.encryptedImage}. */
export interface PipelineEncryptedImageOptions extends Omit<EncryptedImageCopyOptions, 'sourceRegion'> {
  /** The region the pipeline builds in (the copy's `source_region_id`). */
  readonly sourceRegion: string;
  /**
   * The id of the built image. Pass it (e.g. from a variable) when the pipeline has no `imageNamePrefix`.
   * @default - the newest image of this account whose name starts with `imageNamePrefix` (`alicloud_images` lookup)
   */
  readonly builtImageId?: string | IMachineImage;
}

/**
 * A hardened ECS image pipeline (`alicloud_ecs_image_pipeline`, components, and one execution):
 * the build instance runs in a private vSwitch with no public bandwidth
 * (`internet_max_bandwidth_out = 0`) and is deleted when the build fails
 * (`delete_instance_on_failure = true`). The pipeline's own copies (`to_region_id`) and shares
 * (`add_account`) are not offered: they would distribute the intermediate image, which the pipeline
 * cannot encrypt. The output is {@link encryptedImage}: an encrypted copy with the customer key.
 *
 * What the pipeline cannot express (provider v1.285.0):
 * - no encryption argument: the built image's encryption follows the base image and the build
 *   instance's system disk defaults, so it is an intermediate image; only the encrypted copy is for use.
 * - the execution resource returns once the build is `BUILDING` (or `PREPARING`), not when it finished,
 *   and exposes no image id: the encrypted copy can only be made after the build finished, by a second
 *   `terraform apply` (or a second stack) that finds the built image by its name prefix.
 * - no schedule: a build runs when the execution resource is created (or replaced).
 * - no security group, key pair, RAM role or metadata mode for the build instance: ECS chooses them
 *   (the private vSwitch and zero bandwidth are what can be set).
 * - the intermediate image is not deleted by Terraform; delete it (or keep it as the unencrypted
 *   build record) outside Terraform.
 */
export class HardenedImagePipeline extends Construct {
  /** The `alicloud_ecs_image_pipeline`. */
  public readonly resource: EcsImagePipeline;
  /** The pipeline id. */
  public readonly pipelineId: string;
  /** The components, in build order. */
  public readonly components: EcsImageComponent[] = [];
  /** The execution, unless `execute` is false. */
  public readonly execution?: EcsImagePipelineExecution;
  /** The name prefix of the built images. */
  public readonly imageNamePrefix?: string;

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: HardenedImagePipelineProps) {
    super(scope, id);
    const check = new Check(this, 'HardenedImagePipeline');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'an object with vswitchId and baseImage or baseImageFamily');
    check.object('props', props);
    checkProvider(check, props.provider);
    this.provider = props.provider;

    check.required('vswitchId', props.vswitchId);
    if ((props.baseImage === undefined) === (props.baseImageFamily === undefined)) {
      check.fail('BaseImage', 'baseImage', props.baseImage ?? props.baseImageFamily, 'exactly one of baseImage and baseImageFamily');
    }
    const baseImage = props.baseImage !== undefined ? imageIdOf(check, 'baseImage', props.baseImage) : props.baseImageFamily!;
    if (typeof props.baseImage === 'string') checkImageId(check, 'baseImage', props.baseImage);
    if (props.baseImageFamily !== undefined) check.text('baseImageFamily', props.baseImageFamily, { min: 2, max: 128, code: 'InvalidImageFamily' });
    check.text('instanceType', props.instanceType, { max: 64, pattern: /^ecs\./, patternText: 'starting with "ecs." (e.g. ecs.g7.large)', code: 'InvalidInstanceType' });
    check.integer('systemDiskSize', props.systemDiskSize, PLATFORM_LIMITS.minImagePipelineSystemDiskGiB, PLATFORM_LIMITS.maxImagePipelineSystemDiskGiB, 'SystemDiskSizeOutOfRange');
    check.text('imageNamePrefix', props.imageNamePrefix, {
      ...IMAGE_NAME_RULES.pipelineImagePrefix,
      code: 'InvalidImageName',
      patternText: 'starting with a letter, with letters, digits, ".", ":", "_" and "-" only, not starting with "aliyun" or "acs:" (provider validator of image_name)',
    });
    check.text('pipelineName', props.pipelineName, {
      ...IMAGE_NAME_RULES.pipelineName, code: 'InvalidName', patternText: 'starting with a letter, with letters, digits, ".", ":", "_" and "-" only (provider validator of name)',
    });
    checkDescription(check, 'description', props.description);
    checkTags(check, 'tags', props.tags);
    check.bool('execute', props.execute);
    check.array('components', props.components);
    if (props.buildContent !== undefined && typeof props.buildContent !== 'string') check.fail('InvalidBuildContent', 'buildContent', props.buildContent, 'template commands as a string');
    if (props.buildContent === undefined && (props.components === undefined || props.components.length === 0)) {
      check.fail('NothingToBuild', 'buildContent', undefined, 'buildContent or at least one component (a pipeline that changes nothing only copies the base image)');
    }
    let bandwidthReason: string | undefined;
    if (props.publicBandwidth !== undefined) {
      check.object('publicBandwidth', props.publicBandwidth);
      if (props.publicBandwidth.mbps === undefined) check.fail('OutOfRange', 'publicBandwidth.mbps', undefined, `a whole number from 1 to ${PLATFORM_LIMITS.maxImagePipelineBandwidthMbps}`);
      check.integer('publicBandwidth.mbps', props.publicBandwidth.mbps, 1, PLATFORM_LIMITS.maxImagePipelineBandwidthMbps);
      bandwidthReason = checkOptOut(this, 'publicBandwidth.optOut', props.publicBandwidth.optOut);
    }
    for (const forbidden of ['toRegionId', 'toRegions', 'addAccount', 'shareWith']) {
      if ((props as unknown as Record<string, unknown>)[forbidden] !== undefined) {
        check.fail('NotSupported', forbidden, (props as unknown as Record<string, unknown>)[forbidden],
          'nothing: the pipeline would copy or share its unencrypted intermediate image; use encryptedImage() and EncryptedImage.shareWith');
      }
    }

    // Components first (their ids go into the build content).
    const lines: string[] = [];
    if (props.buildContent !== undefined) lines.push(props.buildContent.trim());
    (props.components ?? []).forEach((c, i) => {
      check.object(`components[${i}]`, c);
      if (c === null || c === undefined) check.fail('NotObject', `components[${i}]`, c, 'an object');
      check.required(`components[${i}].content`, c.content);
      check.text(`components[${i}].name`, c.name, { ...IMAGE_NAME_RULES.pipelineName, code: 'InvalidName', patternText: 'starting with a letter, with letters, digits, ".", ":", "_" and "-" only' });
      check.oneOf(`components[${i}].systemType`, c.systemType, ['Linux', 'Windows']);
      checkDescription(check, `components[${i}].description`, c.description);
      const component = new EcsImageComponent(this, `Component${i + 1}`, {
        provider: props.provider,
        imageComponentName: c.name,
        content: c.content,
        componentType: 'Build',
        systemType: c.systemType ?? 'Linux',
        description: c.description,
        tags: props.tags,
      });
      this.components.push(component);
      lines.push(`COMPONENT ${component.id}`);
    });
    const buildContent = lines.join('\n');
    if (!isToken(props.buildContent) && props.buildContent !== undefined) {
      if (Buffer.byteLength(buildContent, 'utf8') > PLATFORM_LIMITS.maxImageBuildContentBytes) {
        check.fail('BuildContentTooLong', 'buildContent', `<${Buffer.byteLength(buildContent, 'utf8')} bytes>`, `at most ${PLATFORM_LIMITS.maxImageBuildContentBytes} bytes of template (CreateImagePipeline BuildContent)`);
      }
      const commands = buildContent.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;
      if (commands > PLATFORM_LIMITS.maxImageBuildCommands) {
        check.fail('TooManyCommands', 'buildContent', `<${commands} commands>`, `at most ${PLATFORM_LIMITS.maxImageBuildCommands} commands (CreateImagePipeline BuildContent)`);
      }
    }

    this.imageNamePrefix = props.imageNamePrefix;
    this.resource = new EcsImagePipeline(this, 'Resource', {
      provider: props.provider,
      name: props.pipelineName,
      description: props.description,
      baseImageType: props.baseImage !== undefined ? 'IMAGE' : 'IMAGE_FAMILY',
      baseImage,
      buildContent,
      vswitchId: props.vswitchId,
      instanceType: props.instanceType,
      systemDiskSize: props.systemDiskSize,
      internetMaxBandwidthOut: props.publicBandwidth ? props.publicBandwidth.mbps : 0,
      deleteInstanceOnFailure: true,
      imageName: props.imageNamePrefix,
      tags: props.tags,
    });
    this.pipelineId = this.resource.id;
    if (props.execute ?? true) {
      this.execution = new EcsImagePipelineExecution(this, 'Execution', { provider: props.provider, imagePipelineId: this.pipelineId });
    }
    if (bandwidthReason !== undefined) recordOptOut(this, 'HardenedImagePipeline.PublicBandwidth', bandwidthReason, [this.resource]);
  }

  /**
   * The pipeline's output: an encrypted copy of the built image with the customer key
   * (`EncryptedImage.copyOf`). The built image is found as the newest image of this account whose name
   * starts with `imageNamePrefix`, unless `builtImageId` is given. Because the execution resource does
   * not wait for the build to finish, create the copy in a second stack (or a second apply) once the
   * build succeeded; on an apply before that, the lookup finds no image and the plan fails.
   *
   * @param scope where the copy (and the lookup) is created, e.g. a release stack; in another stack than
   * the pipeline's, pass `options.provider` (a provider of that stack) unless the stack's default provider is meant
   */
  public encryptedImage(scope: Construct, id: string, options: PipelineEncryptedImageOptions): EncryptedImage {
    const check = new Check(this, 'HardenedImagePipeline');
    check.object('options', options);
    if (options === undefined || options === null) check.fail('NotObject', 'options', options, 'an object with sourceRegion');
    // The pipeline's provider is the default only in the pipeline's own stack (a provider belongs to one stack).
    const provider = options.provider
      ?? (this.provider && TerraformStack.of(this.provider) === TerraformStack.of(scope) ? this.provider : undefined);
    let built: string | IMachineImage | undefined = options.builtImageId;
    if (built === undefined) {
      if (this.imageNamePrefix === undefined || isToken(this.imageNamePrefix)) {
        check.fail('BuiltImageUnknown', 'builtImageId', undefined, 'the built image id, or an imageNamePrefix on the pipeline to find it by');
      }
      built = MachineImage.lookup(scope, `${id}BuiltImage`, {
        provider: options.provider ?? provider,
        owners: 'self',
        nameRegex: `^${this.imageNamePrefix!.replace(/[.]/g, '\\.')}`,
        requireCloudInit: false,
        mostRecent: true,
      });
      addHardeningWarning(this, 'HardenedImagePipeline.TwoStage',
        `the encrypted image ${id} copies the newest image named ${this.imageNamePrefix}*: apply it after the pipeline's build succeeded `
        + '(the execution resource returns while the build is still running, and exposes no image id)');
    }
    const { builtImageId: _ignored, ...copyOptions } = options;
    return EncryptedImage.copyOf(scope, id, built, { ...copyOptions, provider });
  }
}
