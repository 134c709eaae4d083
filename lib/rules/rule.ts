import { HardeningRule, RuleCheck, RuleMetadata, RuleOutcome, RuleViolation } from './types';

/** Defines a rule from its metadata and pure check. @internal */
export function defineRule(meta: RuleMetadata, check: RuleCheck): HardeningRule {
  return Object.freeze({ ...meta, controls: Object.freeze([...meta.controls]), resourceTypes: Object.freeze([...meta.resourceTypes]), check });
}

/** A compliant outcome. @internal */
export const COMPLIANT: RuleOutcome = Object.freeze([]) as readonly RuleViolation[];

/** One violation. @internal */
export function violation(message: string, finding?: string): RuleViolation[] {
  return [finding === undefined ? { message } : { message, finding }];
}
