import { IConstruct } from 'constructs';
import { assertSameCore } from './core-guard';
import { Aspects, TerraformStack } from '../cdktf';

/**
 * Guard against `Aspects.of(app).add(new HardeningChecks())` silently checking nothing: cdktf 0.21
 * never runs aspects added to the App (each stack's synthesizer invokes the aspects of the stack and
 * below only). Every construct of this library registers, once per stack, a stack validation that
 * fails synthesis with the fix when a HardeningChecks aspect sits above the stack but no checks
 * runner was attached to it (`HardeningChecks.applyTo(app)` or a stack-level aspect attach one).
 *
 * @internal
 */

/** Carried by every `HardeningChecks` aspect (lib/rules/aspect.ts), so core can recognise it. @internal */
export const HARDENING_CHECKS_MARKER = Symbol.for('alicloud-ecs-hardened/hardening-checks');

/** Construct id of the runner a HardeningChecks aspect attaches to each stack it checks. @internal */
export const HARDENING_CHECKS_RUNNER = 'HardeningChecks';

const GUARDED = new WeakSet<TerraformStack>();

function isHardeningChecks(aspect: unknown): boolean {
  return typeof aspect === 'object' && aspect !== null && (aspect as Record<symbol, unknown>)[HARDENING_CHECKS_MARKER] === true;
}

/** Registers the guard on the stack of `scope` (once per stack; no-op outside a stack). @internal */
export function guardAppLevelChecks(scope: IConstruct): void {
  // Every construct of the library passes here first (lib/core/validate.ts, Check): refuse an App
  // or stack of another core before anything is created in it.
  assertSameCore(scope, scope.constructor?.name || 'a construct of this library');
  const stack = scope.node.scopes.find((s) => TerraformStack.isStack(s)) as TerraformStack | undefined;
  if (!stack || GUARDED.has(stack)) return;
  GUARDED.add(stack);
  stack.node.addValidation({
    validate: () => {
      if (stack.node.tryFindChild(HARDENING_CHECKS_RUNNER)) return [];
      const above = stack.node.scopes.slice(0, -1).find((s) => Aspects.of(s).all.some(isHardeningChecks));
      if (!above) return [];
      return [`[HardeningChecks.AppAspectNotRun] ${stack.node.path}: invalid aspect HardeningChecks on ${above.node.path || '<app>'}: `
        + 'cdktf never runs aspects added to the App, so this stack would not be checked; '
        + 'call HardeningChecks.applyTo(app) after creating the stacks (or use Aspects.of(stack).add(new HardeningChecks()))'];
    },
  });
}
