export * from './errors';
export * from './opt-out';
export * from './props';
export { ConstructWarning, Warnings, warningsOf, WARNING_METADATA_TYPE, WARNING_ACKNOWLEDGEMENT_METADATA_TYPE } from './warnings';
