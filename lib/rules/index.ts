/**
 * The hardening rule pack: rules over synthesized Terraform JSON, the `HardeningChecks` aspect,
 * acknowledgements, reports and the engine the standalone checker uses.
 */
export * from './types';
export * from './pack';
export * from './engine';
export * from './opt-out-map';
export * from './acknowledgements';
export * from './report';
export {
  buildRun, CheckedInput, CheckRun, renderJson, renderJunit, renderMarkdown, renderSarif, renderTable, RULE_REFERENCES, RunTotals, summaryLine,
} from './results';
export { AcknowledgementPolicy, AcknowledgementProblem, AcknowledgementReview, AcceptedAcknowledgement } from './acknowledgement-policy';
export * from './aspect';
export { DocumentIndex } from './document';
export * as rules from './rule-exports';
