export * from './errors';
export * from './opt-out';
export * from './props';
export { warningsOf, WARNING_METADATA_TYPE } from './warnings';
