// Public API of the core: errors, props, opt-outs and warnings. Internal helpers (checkOptOut,
// recordOptOut, Check, checkTags, ...) are not exported.
export { HardeningValidationError } from './errors';
export { HardenedConstructProps } from './props';
export { AcknowledgementRecord, OptOut, OptOutRecord, OPT_OUT_METADATA_TYPE } from './opt-out';
export { ConstructWarning, Warnings, warningsOf, WARNING_METADATA_TYPE, WARNING_ACKNOWLEDGEMENT_METADATA_TYPE } from './warnings';
export { BUILT_FLAVOUR, CoreFlavour, CoreMismatchError, CORE_FLAVOURS } from './core-guard';
