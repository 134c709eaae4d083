export * from './key-rotation';
export * from './key-enabled';
export * from './deletion-protection';
export * from './pending-window';
export * from './key-policy-not-public';
