// Public API of the compute constructs.
export * from './metadata';
export * from './user-data';
export * from './secure-instance';
export * from './secure-launch-template';
export * from './secure-scaling-group';
