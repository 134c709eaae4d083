import { HardeningRule, RuleCheck, RuleMetadata, RuleOutcome, RuleViolation } from './types';
import { renderReference, ruleControl } from '../controls';

/**
 * The metadata of a catalogued rule (lib/controls/rules.ts), with `controls` rendered from its
 * public references.
 *
 * @internal
 */
export function catalogueMetadata(id: string): RuleMetadata {
  const c = ruleControl(id);
  if (!c) throw new Error(`defineRule: ${JSON.stringify(id)} is not in the control catalogue (lib/controls/rules.ts); add it there or pass the full metadata`);
  return { ...c, controls: c.references.map(renderReference) };
}

/**
 * Defines a rule from its pure check and either its catalogue id (`defineRule('ALI-ECS-001', check)`,
 * the metadata comes from lib/controls/rules.ts) or a full metadata object (rules outside the
 * catalogue, e.g. a custom pack).
 *
 * @internal
 */
export function defineRule(meta: RuleMetadata | string, check: RuleCheck): HardeningRule {
  const m = typeof meta === 'string' ? catalogueMetadata(meta) : meta;
  return Object.freeze({
    ...m,
    controls: Object.freeze([...m.controls]),
    resourceTypes: Object.freeze([...m.resourceTypes]),
    ...(m.references ? { references: Object.freeze([...m.references]) } : {}),
    check,
  });
}

/** A compliant outcome. @internal */
export const COMPLIANT: RuleOutcome = Object.freeze([]) as readonly RuleViolation[];

/** One violation. @internal */
export function violation(message: string, finding?: string): RuleViolation[] {
  return [finding === undefined ? { message } : { message, finding }];
}
