import * as path from 'path';
import { Construct, IConstruct } from 'constructs';
import { Annotations, App, Aspects, IAspect, ISynthesisSession, TerraformResource, TerraformStack } from '../cdktf';
import { AcknowledgementPolicy, checkPolicy } from './acknowledgement-policy';
import { applyAcknowledgements } from './acknowledgements';
import { CheckResult, evaluateTerraformJson, Finding, unacknowledgedErrors } from './engine';
import { HARDENING_RULES } from './pack';
import { writeReportFiles, WrittenReports } from './report';
import { HardeningRule } from './types';
import { HARDENING_CHECKS_MARKER, HARDENING_CHECKS_RUNNER } from '../core/app-checks';
import { assertSameCore } from '../core/core-guard';
import { HardeningValidationError } from '../core/errors';
import { warningsOf } from '../core/warnings';

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
export const HARDENING_CHECKS_RUNNER_ID = HARDENING_CHECKS_RUNNER;

// cdktf's StackSynthesizer calls `onSynthesize(session)` on every construct carrying this symbol,
// after aspects and validations and before it collects annotations and writes cdk.tf.json
// (cdktf lib/synthesize/synthesizer.ts, addCustomSynthesis; not exported from the package index).
const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');

/** The stack's resources, by Terraform address (a pure lookup). */
function resourcesByAddress(stack: TerraformStack): Map<string, TerraformResource> {
  const map = new Map<string, TerraformResource>();
  for (const c of stack.node.findAll()) {
    if (TerraformResource.isTerraformResource(c)) map.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
  }
  return map;
}

/** Writes the acknowledgements in effect to every resource of the stack (before it is rendered). */
function applyAllAcknowledgements(stack: TerraformStack): void {
  for (const c of stack.node.findAll()) {
    if (TerraformResource.isTerraformResource(c)) applyAcknowledgements(c);
  }
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
  assertSameCore(stack, 'the hardening rule pack (checkStack)');
  applyAllAcknowledgements(stack);
  return evaluateTerraformJson(stack.toTerraform(), { rules, acknowledgementPolicy });
}

/**
 * Checks `stack` and writes `hardening-report.json` and `hardening-report.md` into `outdir`.
 * Use it when the app does not synthesize through `app.synth()` (e.g. in tests).
 */
export function writeReports(stack: TerraformStack, outdir: string,
  rules: readonly HardeningRule[] = HARDENING_RULES): WrittenReports & { result: CheckResult } {
  const result = checkStack(stack, rules);
  return { ...writeReportFiles(stack.node.id, result, outdir, rules, warningsOf(stack)), result };
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
  /** This validation pass's result, shared by the resources' validations and the runner's. */
  private passResult?: CheckResult;
  /** This pass's unacknowledged error messages by resource address. */
  private passErrorsByAddress?: Map<string, string[]>;
  /** Addresses of the resources whose own validation reported their errors in this pass. */
  private readonly reportedAddresses = new Set<string>();
  private readonly resourcesWithValidation = new WeakSet<TerraformResource>();

  constructor(private readonly stack: TerraformStack, private readonly props: HardeningChecksProps) {
    super(stack, HARDENING_CHECKS_RUNNER_ID);
    this.addResourceValidations();
    this.node.addValidation({
      validate: () => {
        // The runner is the stack's last child, so its validation runs after the resources'.
        const result = this.passResult ?? this.run();
        const reported = new Set(this.reportedAddresses);
        this.passResult = undefined;
        this.passErrorsByAddress = undefined;
        this.reportedAddresses.clear();
        // Validation runs before cdktf writes the stack: write the reports now, so a failing stack
        // still leaves its report behind.
        const outdir = appOutdir(this.stack);
        let reportDir: string | undefined;
        if (this.props.reports !== false && outdir !== undefined) {
          reportDir = path.join(outdir, 'stacks', this.stack.node.id);
          this.writeReports(result, reportDir);
        }
        this.validated = { result, reportDir };
        // Errors of resources that have their own validation are reported at their construct path.
        return unacknowledgedErrors(result).filter((f) => !reported.has(f.address)).map(annotationText);
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
    this.passResult = undefined;
    this.passErrorsByAddress = undefined;
    this.reportedAddresses.clear();
    this.addResourceValidations();
  }

  /** Evaluates the stack once per validation pass: unacknowledged error messages by address. */
  private passErrors(): Map<string, string[]> {
    if (this.passErrorsByAddress === undefined) {
      this.passResult ??= this.run();
      const map = new Map<string, string[]>();
      for (const f of unacknowledgedErrors(this.passResult)) map.set(f.address, [...(map.get(f.address) ?? []), annotationText(f)]);
      this.passErrorsByAddress = map;
    }
    return this.passErrorsByAddress;
  }

  /**
   * Gives every resource of the stack a validation that returns its own unacknowledged errors, so
   * that a failing synthesis names the resource's construct path (`[app/stack/web/Resource]
   * [ALI-ECS-005] ...`) rather than this runner's. The first one to run evaluates the stack.
   */
  private addResourceValidations(): void {
    for (const c of this.stack.node.findAll()) {
      if (!TerraformResource.isTerraformResource(c) || this.resourcesWithValidation.has(c)) continue;
      this.resourcesWithValidation.add(c);
      c.node.addValidation({
        validate: () => {
          const address = `${c.terraformResourceType}.${c.friendlyUniqueId}`;
          this.reportedAddresses.add(address);
          return this.passErrors().get(address) ?? [];
        },
      });
    }
  }

  private get rules(): readonly HardeningRule[] {
    return this.props.rules ?? HARDENING_RULES;
  }

  private writeReports(result: CheckResult, dir: string): void {
    writeReportFiles(this.stack.node.id, result, dir, this.rules, warningsOf(this.stack));
  }

  /** Evaluates the stack and annotates the failing resources (idempotent). */
  public run(): CheckResult {
    applyAllAcknowledgements(this.stack);
    const result = evaluateTerraformJson(this.stack.toTerraform(), { rules: this.rules, acknowledgementPolicy: this.props.acknowledgementPolicy });
    const byAddress = resourcesByAddress(this.stack);
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
 * without validations does not run them.
 *
 * cdktf never runs aspects added to the App. Check a whole app with `HardeningChecks.applyTo(app)`
 * (after creating its stacks), or add the aspect to each stack. `Aspects.of(app).add(new
 * HardeningChecks())` alone does not check anything, so it fails synthesis with that fix
 * (`HardeningChecks.AppAspectNotRun`) in every stack that holds a construct of this library.
 *
 * @example
 * HardeningChecks.applyTo(app);
 * Aspects.of(stack).add(new HardeningChecks()); // one stack, e.g. with Testing.synth(stack, true)
 */
export class HardeningChecks implements IAspect {
  /**
   * Checks every stack of `app` (an App, or any scope holding stacks) when it synthesizes: adds one
   * HardeningChecks aspect to each stack that has none. Call it after creating the stacks; a stack
   * created later fails the app's validation with the fix (`HardeningChecks.StackNotChecked`).
   *
   * @returns the aspect added to the stacks
   * @throws HardeningValidationError when `app` is not a construct or holds no stack yet
   */
  public static applyTo(app: IConstruct, props: HardeningChecksProps = {}): HardeningChecks {
    if (typeof app !== 'object' || app === null || typeof (app as IConstruct).node?.path !== 'string') {
      throw new HardeningValidationError('<unknown>', 'HardeningChecks.InvalidScope', 'app', app, 'an App (or a scope holding stacks)');
    }
    assertSameCore(app, 'HardeningChecks.applyTo');
    const aspect = new HardeningChecks(props);
    const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
    for (const stack of stacks) assertSameCore(stack, 'HardeningChecks.applyTo');
    if (stacks.length === 0) {
      throw new HardeningValidationError(app, 'HardeningChecks.NoStacks', 'app', app.node.path || '<app>',
        'a scope that already holds its stacks: call HardeningChecks.applyTo(app) after the last new TerraformStack(app, ...)');
    }
    for (const stack of stacks) {
      if (!Aspects.of(stack).all.some((a) => a instanceof HardeningChecks)) Aspects.of(stack).add(aspect);
    }
    if (!APPLIED.has(app)) {
      APPLIED.add(app);
      app.node.addValidation({
        validate: () => app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c))
          .filter((stack) => !stack.node.tryFindChild(HARDENING_CHECKS_RUNNER_ID) && !Aspects.of(stack).all.some((a) => a instanceof HardeningChecks))
          .map((stack) => `[HardeningChecks.StackNotChecked] ${stack.node.path}: invalid stack: created after HardeningChecks.applyTo(${app.node.path || 'app'}), `
            + 'so it was not checked; call HardeningChecks.applyTo(app) after creating every stack'),
      });
    }
    return aspect;
  }

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
    Object.defineProperty(this, HARDENING_CHECKS_MARKER, { value: true, enumerable: false });
  }

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    // An aspect added through the other core's Aspects is visited by that core: refuse its stack.
    assertSameCore(node, 'HardeningChecks');
    const existing = node.node.tryFindChild(HARDENING_CHECKS_RUNNER_ID);
    if (existing instanceof HardeningChecksRunner) existing.newPass();
    if (existing) return;
    new HardeningChecksRunner(node, this.props);
  }
}

const APPLIED = new WeakSet<IConstruct>();
