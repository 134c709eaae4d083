/**
 * The hardening rule pack: rules over synthesized Terraform JSON, the `HardeningChecks` aspect,
 * acknowledgements, reports and the engine the standalone checker uses.
 */
export {
  DocumentIndexLike, HardeningRule, RuleCheck, RuleLevel, RuleMetadata, RuleOutcome, RuleViolation, SynthesizedResource,
} from './types';
export { findRule, HARDENING_RULES } from './pack';
export {
  AcknowledgementSource, AppliedAcknowledgement, CheckOptions, CheckResult, CheckSummary, checkTerraformJson, evaluateTerraformJson, Finding,
  ResultStatus, RuleResult, unacknowledgedErrors,
} from './engine';
export { ACKNOWLEDGEMENT_METADATA_TYPE, AcknowledgementOptions, AcknowledgementRecord, Acknowledgements } from './acknowledgements';
export {
  buildJsonReport, HardeningReportJson, JSON_REPORT_FILE, MARKDOWN_REPORT_FILE, renderMarkdownReport, writeReportFiles, WrittenReports,
} from './report';
export { checkStack, HARDENING_CHECKS_RUNNER_ID, HardeningChecks, HardeningChecksProps, writeReports } from './aspect';
export { DocumentIndex } from './document';
/** Every rule by name, for building custom packs (e.g. `rules.instanceMetadataTokenRequired`). */
import * as rules from './rule-exports';
export { rules };
