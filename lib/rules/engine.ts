import { AcceptedAcknowledgement, AcknowledgementPolicy, checkPolicy } from './acknowledgement-policy';
import { DocumentIndex } from './document';
import { HARDENING_RULES } from './pack';
import { resourcesWithBackend } from './state/backend';
import { HardeningRule, RuleLevel, RuleViolation } from './types';
import { HardeningValidationError } from '../core/errors';


/** Where an acknowledgement came from. */
export type AcknowledgementSource = 'acknowledgement' | 'opt-out';

/** The acknowledgement that covers a finding. */
export interface AppliedAcknowledgement {
  /** The justification. */
  readonly reason: string;
  /** An explicit `Acknowledgements.of(...).add(...)` or a construct opt-out. */
  readonly source: AcknowledgementSource;
  /**
   * The opt-out id, for opt-outs.
   *
   * @default - not an opt-out
   */
  readonly optOutId?: string;
  /**
   * The day the acknowledgement stops counting (`YYYY-MM-DD`).
   *
   * @default - does not expire
   */
  readonly expires?: string;
}

/** One finding: a rule violated by a resource, acknowledged or not. */
export interface Finding {
  /** Rule id, e.g. `ALI-ECS-001`. */
  readonly ruleId: string;
  /** Rule name, e.g. `InstanceMetadataTokenRequired`. */
  readonly ruleName: string;
  /** The rule's level. */
  readonly level: RuleLevel;
  /** `fail` = unacknowledged; `acknowledged` = accepted with a reason. */
  readonly status: 'fail' | 'acknowledged';
  /** Terraform address `type.name`. */
  readonly address: string;
  /** Resource type, e.g. `alicloud_instance`. */
  readonly resourceType: string;
  /** Logical name in the document. */
  readonly resourceName: string;
  /** @default - not synthesized by cdktf */
  readonly constructPath?: string;
  /** @default - the resource as a whole */
  readonly finding?: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fixHint: string;
  /** Controls the rule implements. */
  readonly controls: readonly string[];
  /** @default - not acknowledged */
  readonly acknowledgement?: AppliedAcknowledgement;
  /**
   * Set when an acknowledgement exists but the rule cannot be acknowledged.
   *
   * @default - none
   */
  readonly note?: string;
  /**
   * The variables whose defaults make this finding: the resource is insecure unless they are
   * overridden (reported at warning level, whatever the rule's level).
   *
   * @default - the finding does not depend on variable defaults
   */
  readonly variables?: readonly string[];
}

/** Status of one rule on one resource. */
export type ResultStatus = 'pass' | 'fail' | 'acknowledged' | 'not-applicable';

/** One rule evaluated on one resource. */
export interface RuleResult {
  /** Rule id. */
  readonly ruleId: string;
  /** Terraform address `type.name`. */
  readonly address: string;
  /** @default - not synthesized by cdktf */
  readonly constructPath?: string;
  /** `fail` when any finding is unacknowledged; `acknowledged` when all findings are acknowledged. */
  readonly status: ResultStatus;
  /** The findings (empty for pass and not-applicable). */
  readonly findings: readonly Finding[];
}

/** Counts over a check. */
export interface CheckSummary {
  /** Resources in the document. */
  readonly resources: number;
  /** (rule, resource) evaluations, including not-applicable ones. */
  readonly evaluations: number;
  /** Evaluations without findings. */
  readonly passed: number;
  /** Evaluations with at least one unacknowledged finding. */
  readonly failed: number;
  /** Evaluations whose findings are all acknowledged. */
  readonly acknowledgedEvaluations: number;
  /** Evaluations where the rule did not apply (passed + failed + acknowledgedEvaluations + notApplicable = evaluations). */
  readonly notApplicable: number;
  /** Unacknowledged error findings: non-zero fails synthesis and the CLI. */
  readonly errors: number;
  /** Unacknowledged warning findings. */
  readonly warnings: number;
  /** Unacknowledged info findings. */
  readonly infos: number;
  /** Acknowledged findings (acknowledgements and construct opt-outs). */
  readonly acknowledged: number;
}

/** The result of checking one Terraform JSON document. */
export interface CheckResult {
  /** Every (rule, resource) evaluation, including passes and not-applicable ones. */
  readonly results: readonly RuleResult[];
  /** Every finding (unacknowledged and acknowledged). */
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

/** Options of a check. */
export interface CheckOptions {
  /**
   * The rules to run.
   *
   * @default HARDENING_RULES
   */
  readonly rules?: readonly HardeningRule[];
  /**
   * Governance of the acknowledgements and opt-outs recorded in the document.
   *
   * @default - every valid acknowledgement counts
   */
  readonly acknowledgementPolicy?: AcknowledgementPolicy;
}

function sameViolation(a: RuleViolation, b: RuleViolation): boolean {
  return a.finding === b.finding && a.message === b.message;
}

/**
 * Runs the rule pack over a parsed Terraform JSON document (`cdk.tf.json`, any `.tf.json`, or a
 * `.tf` file converted by `readTerraformFile`). Linear in the number of resources: the document is
 * indexed once. A resource whose values read variables with defaults is also checked as it is when
 * those defaults are kept: what only appears then is a warning naming the variables.
 *
 * @throws HardeningValidationError when `doc` is not a JSON object or `rules` is not a list of rules
 */
export function evaluateTerraformJson(doc: unknown, options: CheckOptions = {}): CheckResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new HardeningValidationError('<document>', 'HardeningChecks.InvalidDocument', 'document', doc, 'a Terraform JSON object');
  }
  // A malformed document (e.g. {"resource": "x"}) throws HardeningValidationError from DocumentIndex.
  const rules = options.rules ?? HARDENING_RULES;
  if (!Array.isArray(rules) || rules.some((r) => typeof r?.check !== 'function' || typeof r?.id !== 'string')) {
    throw new HardeningValidationError('<document>', 'HardeningChecks.InvalidRules', 'rules', rules, 'a list of rules (HARDENING_RULES or a subset)');
  }
  const policy = checkPolicy(options.acknowledgementPolicy);
  // Acknowledgements of pack rules left out of a custom rule list are not "unknown".
  const rulesById = new Map<string, HardeningRule>(HARDENING_RULES.map((r) => [r.id, r]));
  for (const r of rules) rulesById.set(r.id, r);
  const index = new DocumentIndex(doc, rulesById.keys());
  index.configureAcknowledgements(rulesById, policy);
  const byType = new Map<string, HardeningRule[]>();
  const everyType: HardeningRule[] = [];
  for (const rule of rules) {
    for (const t of rule.resourceTypes) {
      if (t === '*') everyType.push(rule);
      else byType.set(t, [...(byType.get(t) ?? []), rule]);
    }
  }
  const applicableByType = new Map<string, HardeningRule[]>();
  const results: RuleResult[] = [];
  const findings: Finding[] = [];
  let passed = 0;
  let failed = 0;
  let acknowledgedEvaluations = 0;
  let notApplicable = 0;
  // The state rules also see the `terraform` block: the backend is evaluated as a pseudo resource.
  for (const resource of resourcesWithBackend(index, doc as Record<string, any>)) {
    let applicable = applicableByType.get(resource.type);
    if (!applicable) {
      applicable = [...(byType.get(resource.type) ?? []), ...everyType];
      applicableByType.set(resource.type, applicable);
    }
    if (applicable.length === 0) continue;
    const review = index.acknowledgementReview!(resource);
    const defaults = index.defaultsView(resource.address);
    const instances = index.instanceViews(resource.address);
    for (const rule of applicable) {
      const outcome = rule.check(resource, index);
      const seen: RuleViolation[] = outcome === 'not-applicable' ? [] : [...outcome];
      // Instances of a constant for_each / count: what only an instance has is reported for it.
      const fromInstances: RuleViolation[] = [];
      for (const inst of instances) {
        const o = rule.check(inst.resource, index);
        if (o === 'not-applicable') continue;
        for (const v of o) {
          if (seen.some((x) => sameViolation(x, v))) continue;
          seen.push(v);
          fromInstances.push({ ...v, message: `${v.message} (instance ${inst.label})` });
        }
      }
      // Insecure unless overridden: what the rule finds when the variables keep their defaults.
      let fromDefaults: readonly RuleViolation[] = [];
      if (defaults) {
        const d = rule.check(defaults.resource, index);
        if (d !== 'not-applicable') fromDefaults = d.filter((v) => !seen.some((o) => sameViolation(o, v)));
      }
      if (outcome === 'not-applicable' && fromDefaults.length === 0 && fromInstances.length === 0) {
        notApplicable++;
        results.push({ ruleId: rule.id, address: resource.address, constructPath: resource.constructPath, status: 'not-applicable', findings: [] });
        continue;
      }
      const violations = [...(outcome === 'not-applicable' ? [] : outcome), ...fromInstances];
      if (violations.length === 0 && fromDefaults.length === 0) {
        passed++;
        results.push({ ruleId: rule.id, address: resource.address, constructPath: resource.constructPath, status: 'pass', findings: [] });
        continue;
      }
      const toFinding = (v: RuleViolation, variables?: readonly string[]): Finding => {
        const matches = (a: AcceptedAcknowledgement) => a.ruleId === rule.id
          && (a.appliesTo === undefined || (v.finding !== undefined && a.appliesTo.includes(v.finding)));
        const ack = review.accepted.find(matches);
        const refused = ack ? undefined : review.notAcknowledgeable.find(matches);
        const vars = variables?.map((n) => `var.${n}`).join(', ');
        const base = {
          ruleId: rule.id,
          ruleName: rule.name,
          level: variables && rule.level === 'error' ? 'warning' as const : rule.level,
          address: resource.address,
          resourceType: resource.type,
          resourceName: resource.name,
          constructPath: resource.constructPath,
          finding: v.finding,
          message: variables
            ? `${v.message} when ${vars} keep${variables.length === 1 ? 's its default' : ' their defaults'} (insecure unless overridden)`
            : v.message,
          fixHint: rule.fixHint,
          controls: rule.controls,
          ...(variables ? { variables } : {}),
        };
        if (refused) {
          return { ...base, status: 'fail', note: `${rule.id} cannot be acknowledged; the acknowledgement ("${refused.reason}") is ignored` };
        }
        if (!ack) return { ...base, status: 'fail' };
        const applied: AppliedAcknowledgement = {
          reason: ack.reason,
          source: ack.source,
          ...(ack.optOutId ? { optOutId: ack.optOutId } : {}),
          ...(ack.expires ? { expires: ack.expires } : {}),
        };
        return { ...base, status: 'acknowledged', acknowledgement: applied };
      };
      const ruleFindings = [
        ...violations.map((v) => toFinding(v)),
        ...fromDefaults.map((v) => toFinding(v, defaults!.variables)),
      ];
      for (const f of ruleFindings) findings.push(f);
      const status: ResultStatus = ruleFindings.some((f) => f.status === 'fail') ? 'fail' : 'acknowledged';
      if (status === 'fail') failed++;
      else acknowledgedEvaluations++;
      results.push({ ruleId: rule.id, address: resource.address, constructPath: resource.constructPath, status, findings: ruleFindings });
    }
  }
  const failing = (level: RuleLevel) => findings.filter((f) => f.status === 'fail' && f.level === level).length;
  return {
    results,
    findings,
    summary: {
      resources: index.resources.length,
      evaluations: results.length,
      passed,
      failed,
      acknowledgedEvaluations,
      notApplicable,
      errors: failing('error'),
      warnings: failing('warning'),
      infos: failing('info'),
      acknowledged: findings.filter((f) => f.status === 'acknowledged').length,
    },
  };
}

/** The findings (unacknowledged and acknowledged) of the rule pack on a Terraform JSON document. */
export function checkTerraformJson(doc: unknown, options: CheckOptions = {}): Finding[] {
  return [...evaluateTerraformJson(doc, options).findings];
}

/** The unacknowledged error findings of a result (what fails synthesis and the CLI). */
export function unacknowledgedErrors(result: CheckResult): Finding[] {
  return result.findings.filter((f) => f.status === 'fail' && f.level === 'error');
}
