// Public API of the image constructs.
export * from './machine-image';
export * from './encrypted-snapshot';
export * from './encrypted-image';
export * from './image-pipeline';
export { IMAGE_NAME_RULES } from './private/image-checks';
