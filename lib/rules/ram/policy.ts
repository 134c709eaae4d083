/**
 * Reading RAM policy documents (`policy_document`, the deprecated `document`, or `statement` blocks).
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { asList, blocks, parsePolicy, statementsOf } from '../values';

/** A normalised RAM policy statement. */
export interface Statement {
  readonly effect: string;
  readonly actions: string[];
  /** `NotAction` entries (an Allow with NotAction allows every other action). */
  readonly notActions: string[];
  readonly resources: string[];
  readonly condition: Record<string, any> | undefined;
  readonly principal: unknown;
  /** The statement as written (its Sid, or its content for a generated Sid). */
  readonly raw: Record<string, any>;
}

function normalise(s: Record<string, any>): Statement {
  return {
    effect: String(s.Effect ?? s.effect ?? ''),
    actions: asList(s.Action ?? s.action).map(String),
    notActions: asList(s.NotAction ?? s.not_action).map(String),
    resources: asList(s.Resource ?? s.resource).map(String),
    condition: typeof s.Condition === 'object' && s.Condition !== null ? s.Condition : undefined,
    principal: s.Principal,
    raw: s,
  };
}

/** The statements of a policy resource, or undefined when its document is not literal JSON. */
export function policyStatements(body: Record<string, any>, docAttrs: string[]): Statement[] | undefined {
  for (const attr of docAttrs) {
    if (body[attr] === undefined) continue;
    const doc = parsePolicy(body[attr]);
    return doc ? statementsOf(doc).map(normalise) : undefined;
  }
  const inline = blocks(body.statement);
  return inline.length ? inline.map(normalise) : undefined;
}
