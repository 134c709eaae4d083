// Public API of the image constructs (internal checks in private/ and imageIdOf stay internal).
export { ImageOwner, IMachineImage, LookedUpMachineImage, MachineImage, MachineImageLookupProps } from './machine-image';
export { EncryptedSnapshot, EncryptedSnapshotAttributes, EncryptedSnapshotProps, IEncryptedDiskSource, IEncryptedSnapshot } from './encrypted-snapshot';
export {
  EncryptedImage, EncryptedImageAttributes, EncryptedImageCopyOptions, EncryptedImageFromInstanceOptions, EncryptedImageFromSnapshotOptions,
  EncryptedImageInstanceSource, EncryptedImageOptions, EncryptedImageSource, IEncryptedImage,
} from './encrypted-image';
export {
  HardenedImagePipeline, HardenedImagePipelineProps, ImageComponentOptions, PipelineEncryptedImageOptions, PipelinePublicBandwidthOptions,
} from './image-pipeline';
