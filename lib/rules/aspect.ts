import * as path from 'path';
import { Construct, IConstruct } from 'constructs';
import { Annotations, App, Aspects, IAspect, ISynthesisSession, TerraformResource, TerraformStack } from '../cdktf';
import { AcknowledgementPolicy, checkPolicy } from './acknowledgement-policy';
import { applyAcknowledgements } from './acknowledgements';
import { CheckResult, evaluateTerraformJson, Finding, unacknowledgedErrors } from './engine';
import { HARDENING_RULES } from './pack';
import { writeReportFiles, WrittenReports } from './report';
import { HardeningRule } from './types';
import { HardeningValidationError } from '../core/errors';

/** Options of the `HardeningChecks` aspect. */
export interface HardeningChecksProps {
  /**
   * Write `hardening-report.json` and `hardening-report.md` into each stack's output directory
   * (`cdktf.out/stacks/<stack>/`) when the app synthesizes.
   *
   * @default true
   */
  readonly reports?: boolean;
  /**
   * The rules to run.
   *
   * @default HARDENING_RULES
   */
  readonly rules?: readonly HardeningRule[];
  /**
   * Governance of acknowledgements and opt-outs (the same options as the CLI's
   * `--ignore-acknowledgements`, `--forbid-acknowledgement`, `--require-ack-expiry`,
   * `--ack-reason-pattern`): ignore them all, forbid acknowledging listed rules, require an
   * `expires` date, require a ticket pattern in the reason.
   *
   * @default - every valid acknowledgement counts
   */
  readonly acknowledgementPolicy?: AcknowledgementPolicy;
}

/** Id of the construct the aspect adds to each stack to run the checks at synthesis. */
export const HARDENING_CHECKS_RUNNER_ID = 'HardeningChecks';

// cdktf's StackSynthesizer calls `onSynthesize(session)` on every construct carrying this symbol,
// after aspects and validations and before it collects annotations and writes cdk.tf.json
// (cdktf lib/synthesize/synthesizer.ts, addCustomSynthesis; not exported from the package index).
const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');

function resourcesByAddress(stack: TerraformStack): Map<string, TerraformResource> {
  const map = new Map<string, TerraformResource>();
  for (const c of stack.node.findAll()) {
    if (TerraformResource.isTerraformResource(c)) {
      applyAcknowledgements(c);
      map.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
    }
  }
  return map;
}

/**
 * Runs the rule pack on a stack's synthesized Terraform JSON (`stack.toTerraform()`, so escape-hatch
 * overrides are seen) without adding annotations.
 */
export function checkStack(stack: TerraformStack, rules: readonly HardeningRule[] = HARDENING_RULES,
  acknowledgementPolicy?: AcknowledgementPolicy): CheckResult {
  if (!TerraformStack.isStack(stack)) {
    throw new HardeningValidationError('<unknown>', 'HardeningChecks.NotAStack', 'stack', stack, 'a TerraformStack');
  }
  resourcesByAddress(stack);
  return evaluateTerraformJson(stack.toTerraform(), { rules, acknowledgementPolicy });
}

/**
 * Checks `stack` and writes `hardening-report.json` and `hardening-report.md` into `outdir`.
 * Use it when the app does not synthesize through `app.synth()` (e.g. in tests).
 */
export function writeReports(stack: TerraformStack, outdir: string,
  rules: readonly HardeningRule[] = HARDENING_RULES): WrittenReports & { result: CheckResult } {
  const result = checkStack(stack, rules);
  return { ...writeReportFiles(stack.node.id, result, outdir, rules), result };
}

function annotationText(f: Finding): string {
  const where = f.finding ? ` [${f.finding}]` : '';
  return `[${f.ruleId}] ${f.ruleName}${where}: ${f.message}. Fix: ${f.fixHint}`;
}

function annotateOnce(scope: IConstruct, level: 'error' | 'warning' | 'info', message: string): void {
  const type = level === 'error' ? '@cdktf/error' : level === 'warning' ? '@cdktf/warn' : '@cdktf/info';
  if (scope.node.metadata.some((m) => m.type === type && m.data === message)) return;
  if (level === 'error') Annotations.of(scope).addError(message);
  else if (level === 'warning') Annotations.of(scope).addWarning(message);
  else Annotations.of(scope).addInfo(message);
}

/** The construct that runs the checks for one stack at validation and synthesis time. @internal */
class HardeningChecksRunner extends Construct {
  /** The result of the last run. */
  public lastResult?: CheckResult;
  /** The result of this synthesis pass's validation, until custom synthesis consumes it. */
  private validated?: { readonly result: CheckResult; readonly reportDir?: string };

  constructor(private readonly stack: TerraformStack, private readonly props: HardeningChecksProps) {
    super(stack, HARDENING_CHECKS_RUNNER_ID);
    this.node.addValidation({
      validate: () => {
        const result = this.run();
        // Validation runs before cdktf writes the stack: write the reports now, so a failing stack
        // still leaves its report behind.
        const outdir = appOutdir(this.stack);
        let reportDir: string | undefined;
        if (this.props.reports !== false && outdir !== undefined) {
          reportDir = path.join(outdir, 'stacks', this.stack.node.id);
          this.writeReports(result, reportDir);
        }
        this.validated = { result, reportDir };
        return unacknowledgedErrors(result).map(annotationText);
      },
    });
    Object.defineProperty(this, CUSTOM_SYNTHESIS, {
      enumerable: false,
      value: {
        onSynthesize: (session: ISynthesisSession) => {
          // In one synthesis pass the tree does not change between validation and custom synthesis:
          // reuse the validation's result (a 1000-instance stack costs one toTerraform() less).
          const validated = this.validated;
          this.validated = undefined;
          const result = validated?.result ?? this.run();
          const dir = path.join(session.outdir, session.manifest.forStack(this.stack).workingDirectory);
          if (this.props.reports !== false && validated?.reportDir !== dir) this.writeReports(result, dir);
        },
      },
    });
  }

  /** Starts a new synthesis pass (the aspect visits the stack at the start of every pass). */
  public newPass(): void {
    this.validated = undefined;
  }

  private get rules(): readonly HardeningRule[] {
    return this.props.rules ?? HARDENING_RULES;
  }

  private writeReports(result: CheckResult, dir: string): void {
    writeReportFiles(this.stack.node.id, result, dir, this.rules);
  }

  /** Evaluates the stack and annotates the failing resources (idempotent). */
  public run(): CheckResult {
    const byAddress = resourcesByAddress(this.stack);
    const result = evaluateTerraformJson(this.stack.toTerraform(), { rules: this.rules, acknowledgementPolicy: this.props.acknowledgementPolicy });
    for (const f of result.findings) {
      if (f.status !== 'fail') continue;
      annotateOnce(byAddress.get(f.address) ?? this.stack, f.level, annotationText(f));
    }
    this.lastResult = result;
    return result;
  }
}

/** The output directory of the stack's app, when the stack is in an App. */
function appOutdir(stack: TerraformStack): string | undefined {
  const root = stack.node.root;
  return App.isApp(root) && typeof root.outdir === 'string' && root.outdir !== '' ? root.outdir : undefined;
}

/**
 * The hardening rule pack as a cdktf aspect.
 *
 * `Aspects.of(app).add(new HardeningChecks())` checks every stack's synthesized Terraform JSON when
 * the app synthesizes (overrides included): unacknowledged errors are stack validation errors
 * (and error annotations), which fail `app.synth()`, `cdktf synth` and `Testing.synth(stack, true)`;
 * warnings and infos become warning and info annotations. The JSON and Markdown reports
 * (`hardening-report.json`, `hardening-report.md`) are written into each stack's output directory
 * (`<outdir>/stacks/<stack>/`), also when the stack fails. The aspect is idempotent: re-running
 * synthesis neither duplicates annotations nor adds a second runner.
 *
 * The checks run during stack validation (after every aspect) and again at synthesis (for apps
 * with `skipValidation`, where the error annotations fail synthesis); `Testing.synth(stack)`
 * without validations does not run them. Added to the App, the aspect reaches every stack through
 * `app.synth()` (cdktf itself ignores App-level aspects; see the bridge below); with
 * `Testing.synth(stack, true)` add it to the stack.
 *
 * @example
 * Aspects.of(app).add(new HardeningChecks());
 */
export class HardeningChecks implements IAspect {
  /** Checks a stack without annotating it. */
  public static check(stack: TerraformStack, rules: readonly HardeningRule[] = HARDENING_RULES): CheckResult {
    return checkStack(stack, rules);
  }

  /** The result of the last check of `stack` by a HardeningChecks aspect, if it ran. */
  public static lastResult(stack: TerraformStack): CheckResult | undefined {
    const runner = stack.node.tryFindChild(HARDENING_CHECKS_RUNNER_ID);
    return runner instanceof HardeningChecksRunner ? runner.lastResult : undefined;
  }

  private readonly props: HardeningChecksProps;

  /** @param props report and rule options */
  constructor(props: HardeningChecksProps = {}) {
    if (typeof props !== 'object' || props === null || Array.isArray(props)) {
      throw new HardeningValidationError('<aspect>', 'HardeningChecks.InvalidProps', 'props', props, 'an object');
    }
    if (props.reports !== undefined && typeof props.reports !== 'boolean') {
      throw new HardeningValidationError('<aspect>', 'HardeningChecks.InvalidProps', 'reports', props.reports, 'true or false');
    }
    if (props.rules !== undefined && (!Array.isArray(props.rules) || props.rules.some((r) => typeof r?.check !== 'function'))) {
      throw new HardeningValidationError('<aspect>', 'HardeningChecks.InvalidProps', 'rules', props.rules, 'a list of rules (HARDENING_RULES or a subset)');
    }
    checkPolicy(props.acknowledgementPolicy, '<aspect>');
    this.props = { ...props };
  }

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const existing = node.node.tryFindChild(HARDENING_CHECKS_RUNNER_ID);
    if (existing instanceof HardeningChecksRunner) existing.newPass();
    if (existing) return;
    new HardeningChecksRunner(node, this.props);
  }
}

// cdktf 0.21 never invokes aspects added to the App: each stack's synthesizer runs
// `invokeAspects(stack)` starting at the stack with no inherited aspects (cdktf
// lib/synthesize/synthesizer.ts), so `Aspects.of(app).add(new HardeningChecks())` would silently do
// nothing. `App.synth()` calls the public `TerraformStack.prepareStack()` on every stack before
// synthesizing it; this bridge lets HardeningChecks aspects of the stack's ancestors (the App, or any
// scope above the stack) visit the stack there. It only looks for HardeningChecks instances and is
// installed once per loaded cdktf.
const APP_ASPECT_BRIDGE = Symbol.for('alicloud-ecs-hardened/hardening-checks-app-aspects');

function installAppAspectBridge(): void {
  const proto = TerraformStack.prototype as unknown as Record<PropertyKey, unknown> & { prepareStack: (...args: unknown[]) => unknown };
  if (proto[APP_ASPECT_BRIDGE]) return;
  const original = proto.prepareStack;
  proto.prepareStack = function prepareStack(this: TerraformStack, ...args: unknown[]): unknown {
    for (const scope of this.node.scopes.slice(0, -1)) {
      for (const aspect of Aspects.of(scope).all) {
        if (aspect instanceof HardeningChecks) aspect.visit(this);
      }
    }
    return original.apply(this, args);
  };
  Object.defineProperty(proto, APP_ASPECT_BRIDGE, { value: true, enumerable: false });
}
installAppAspectBridge();
