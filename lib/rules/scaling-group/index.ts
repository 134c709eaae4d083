export * from './launch-template-metadata-token';
export * from './deletion-protection';
export * from './multi-zone';
