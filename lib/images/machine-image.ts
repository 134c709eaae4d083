import { Construct } from 'constructs';
import { checkImageId } from './private/image-checks';
import { checkProvider } from '../core/construct-checks';
import { HardenedConstructProps } from '../core/props';
import { Check, isToken } from '../core/validate';
import { DataAlicloudImages } from '../generated/providers/alicloud/data-alicloud-images';

/**
 * An image an instance boots from, in the style of AWS CDK's `IMachineImage`: a plain image id
 * ({@link MachineImage.fromId}), a lookup over the `alicloud_images` data source
 * ({@link MachineImage.lookup}), or an `EncryptedImage` built by this library.
 */
export interface IMachineImage {
  /** The image id (a literal or an unresolved token). */
  readonly imageId: string;
}

/** Image owners the `alicloud_images` data source filters on (`owners`, provider v1.285.0 validator). */
export type ImageOwner = 'system' | 'self' | 'others' | 'marketplace';

const OWNERS: ImageOwner[] = ['system', 'self', 'others', 'marketplace'];

/** Props of {@link MachineImage.lookup}. */
export interface MachineImageLookupProps extends HardenedConstructProps {
  /**
   * Whose images to search: `system` (Alibaba Cloud public images), `self` (custom images of this
   * account), `others` (images shared with this account) or `marketplace`.
   */
  readonly owners: ImageOwner;
  /** Regular expression on the image name, e.g. `^aliyun_3_x64_20G_alibase_`. @default - any name */
  readonly nameRegex?: string;
  /** Image family, e.g. `acs:alibaba_cloud_linux_3_2104_lts_x64` (the newest image of the family). @default - any family */
  readonly imageFamily?: string;
  /** Architecture. @default - any */
  readonly architecture?: 'i386' | 'x86_64' | 'arm64';
  /** Operating system type. @default - any */
  readonly osType?: 'linux' | 'windows';
  /**
   * Only images that support cloud-init (`is_support_cloud_init = true`). Token-only metadata
   * (`http_tokens = "required"`, the `SecureInstance` default) needs cloud-init 23.2.2 or later in the
   * image: the filter excludes images without cloud-init, but it cannot check the cloud-init version.
   * @default true
   */
  readonly requireCloudInit?: boolean;
  /** Take the newest matching image (`most_recent`). @default true */
  readonly mostRecent?: boolean;
}

/**
 * Factories for {@link IMachineImage}.
 */
export abstract class MachineImage {
  /**
   * An image by id: a custom image (`m-...`) or a public image (`aliyun_3_x64_20G_alibase_20240819.vhd`).
   * The image's encryption and cloud-init version are not verified: for token-only metadata it must
   * carry cloud-init 23.2.2 or later (recent Alibaba Cloud public images do).
   */
  public static fromId(imageId: string): IMachineImage {
    checkImageId(new Check('MachineImage.fromId', 'MachineImage'), 'imageId', imageId);
    return Object.freeze({ imageId });
  }

  /**
   * The image found by the `alicloud_images` data source (at plan time) with these filters; the newest
   * match unless `mostRecent` is false. **Caveat:** a lookup over `others` or `marketplace` images, or
   * over `self` images not built with cloud-init 23.2.2 or later, can return an image without the
   * cloud-init support that token-only metadata (the `SecureInstance` default) needs; the instance
   * then cannot read its metadata. `requireCloudInit` (default true) filters out images without
   * cloud-init but cannot check its version: prefer `owners: 'system'` or images built by your own
   * pipeline. The plan fails when nothing matches.
   */
  public static lookup(scope: Construct, id: string, props: MachineImageLookupProps): LookedUpMachineImage {
    return new LookedUpMachineImage(scope, id, props);
  }
}

/** An image found with {@link MachineImage.lookup}. */
export class LookedUpMachineImage extends Construct implements IMachineImage {
  /** The id of the first (newest, with `mostRecent`) image found. */
  public readonly imageId: string;
  /** The `alicloud_images` data source. */
  public readonly dataSource: DataAlicloudImages;

  constructor(scope: Construct, id: string, props: MachineImageLookupProps) {
    super(scope, id);
    const check = new Check(this, 'MachineImage');
    if (props === undefined || props === null) check.fail('Required', 'props', props, 'an object with at least owners');
    check.object('props', props);
    checkProvider(check, props.provider);
    if (props.owners === undefined) check.fail('NotAllowed', 'owners', undefined, `one of ${OWNERS.map((o) => JSON.stringify(o)).join(', ')}`);
    check.oneOf('owners', props.owners, OWNERS);
    check.oneOf('architecture', props.architecture, ['i386', 'x86_64', 'arm64']);
    check.oneOf('osType', props.osType, ['linux', 'windows']);
    check.bool('requireCloudInit', props.requireCloudInit);
    check.bool('mostRecent', props.mostRecent);
    if (props.nameRegex !== undefined && !isToken(props.nameRegex)) {
      let valid = typeof props.nameRegex === 'string' && props.nameRegex !== '';
      // The provider validates name_regex as a Go regexp (RE2); a JavaScript RegExp catches the usual mistakes.
      try { if (valid) new RegExp(props.nameRegex); } catch { valid = false; }
      if (!valid) check.fail('InvalidNameRegex', 'nameRegex', props.nameRegex, 'a valid regular expression (provider validator StringIsValidRegExp)');
    }
    if (props.imageFamily !== undefined) check.text('imageFamily', props.imageFamily, { min: 2, max: 128, code: 'InvalidImageFamily' });
    if (props.nameRegex === undefined && props.imageFamily === undefined && props.owners !== 'system') {
      check.fail('FilterRequired', 'nameRegex', undefined,
        `a nameRegex or imageFamily when owners is "${props.owners}": the newest ${props.owners} image of any name is not a reproducible choice`);
    }

    this.dataSource = new DataAlicloudImages(this, 'Resource', {
      provider: props.provider,
      owners: props.owners,
      nameRegex: props.nameRegex,
      imageFamily: props.imageFamily,
      architecture: props.architecture,
      osType: props.osType,
      isSupportCloudInit: props.requireCloudInit === false ? undefined : true,
      mostRecent: props.mostRecent ?? true,
      status: 'Available',
    });
    this.imageId = this.dataSource.images.get(0).id;
  }
}

/**
 * The image id of a `SecureInstance`/launch template `imageId` prop that may be a string or an
 * {@link IMachineImage}. Throws the construct's typed error for anything else.
 *
 * @internal
 */
export function imageIdOf(check: Check, property: string, image: string | IMachineImage): string {
  if (typeof image === 'object' && image !== null && !isToken(image)) {
    const id = (image as Partial<IMachineImage>).imageId;
    if (typeof id !== 'string') check.fail('InvalidImage', property, image, 'an image id or an IMachineImage (MachineImage.fromId, MachineImage.lookup, EncryptedImage)');
    check.required(property, id);
    return id;
  }
  check.required(property, image);
  return image as string;
}
