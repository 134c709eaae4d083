export * from './copy-encrypted';
export * from './share-outside-account';
export * from './pipeline-no-public-bandwidth';
export * from './image-source-encrypted';
