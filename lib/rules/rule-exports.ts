/** Every rule, by service, for building custom packs. */
export * from './instance';
export * from './disk';
export * from './launch-template';
export * from './security-group';
export * from './kms';
export * from './ram';
export * from './snapshot';
export * from './vpc';
export * from './account';
export * from './state';
export * from './oss';
export * from './secret';
export * from './meta';
