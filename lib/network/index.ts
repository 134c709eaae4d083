// Public API of the network constructs.
export * from './port';
export * from './peer';
export * from './egress-preset';
export * from './connections';
export * from './security-group';
