export * from './retention';
export * from './cross-region-copy-encrypted';
