/** Every rule, by service, for building custom packs. */
export * from './instance';
export * from './disk';
export * from './launch-template';
export * from './ess';
export * from './scaling-group';
export * from './load-balancer';
export * from './security-group';
export * from './kms';
export * from './ram';
export * from './snapshot';
export * from './vpc';
export * from './image';
export * from './net';
export * from './account';
export * from './meta';
