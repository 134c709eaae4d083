import { DocumentIndex } from './document';
import { acknowledgementsIn } from './metadata';
import { HARDENING_RULES } from './pack';
import { resourcesWithBackend } from './state/backend';
import { HardeningRule, RuleLevel, SynthesizedResource } from './types';
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
}

const HARDENING_RULE_IDS = HARDENING_RULES.map((r) => r.id);

interface AckCandidate extends AppliedAcknowledgement {
  readonly ruleId: string;
  readonly appliesTo?: readonly string[];
}

function acknowledgementCandidates(r: SynthesizedResource): AckCandidate[] {
  const out: AckCandidate[] = [];
  // Construct opt-outs write the same record as Acknowledgements, tagged with the opt-out id.
  for (const a of acknowledgementsIn(r.body)) {
    out.push(a.optOut !== undefined
      ? { ruleId: a.ruleId, reason: a.reason, source: 'opt-out', optOutId: a.optOut, appliesTo: a.appliesTo }
      : { ruleId: a.ruleId, reason: a.reason, source: 'acknowledgement', appliesTo: a.appliesTo });
  }
  return out;
}

/**
 * Runs the rule pack over a parsed Terraform JSON document (`cdk.tf.json` or any `.tf.json`).
 * Linear in the number of resources: the document is indexed once.
 *
 * @throws HardeningValidationError when `doc` is not a JSON object or `rules` is not a list of rules
 */
export function evaluateTerraformJson(doc: unknown, options: CheckOptions = {}): CheckResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new HardeningValidationError('<document>', 'HardeningChecks.InvalidDocument', 'document', doc, 'a Terraform JSON object');
  }
  const rules = options.rules ?? HARDENING_RULES;
  if (!Array.isArray(rules) || rules.some((r) => typeof r?.check !== 'function' || typeof r?.id !== 'string')) {
    throw new HardeningValidationError('<document>', 'HardeningChecks.InvalidRules', 'rules', rules, 'a list of rules (HARDENING_RULES or a subset)');
  }
  // Acknowledgements of pack rules left out of a custom rule list are not "unknown".
  const index = new DocumentIndex(doc as Record<string, any>, [...HARDENING_RULE_IDS, ...rules.map((r) => r.id)]);
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
  // issue-18 hook (state rules): the raw document for the `terraform` block, and the backend as a pseudo resource.
  for (const resource of resourcesWithBackend(index, doc as Record<string, any>)) {
    let applicable = applicableByType.get(resource.type);
    if (!applicable) {
      applicable = [...(byType.get(resource.type) ?? []), ...everyType];
      applicableByType.set(resource.type, applicable);
    }
    if (applicable.length === 0) continue;
    const acks = acknowledgementCandidates(resource);
    for (const rule of applicable) {
      const outcome = rule.check(resource, index);
      if (outcome === 'not-applicable') {
        results.push({ ruleId: rule.id, address: resource.address, constructPath: resource.constructPath, status: 'not-applicable', findings: [] });
        continue;
      }
      if (outcome.length === 0) {
        passed++;
        results.push({ ruleId: rule.id, address: resource.address, constructPath: resource.constructPath, status: 'pass', findings: [] });
        continue;
      }
      const ruleFindings = outcome.map((v): Finding => {
        const ack = acks.find((a) => a.ruleId === rule.id
          && (a.appliesTo === undefined || (v.finding !== undefined && a.appliesTo.includes(v.finding))));
        const base = {
          ruleId: rule.id,
          ruleName: rule.name,
          level: rule.level,
          address: resource.address,
          resourceType: resource.type,
          resourceName: resource.name,
          constructPath: resource.constructPath,
          finding: v.finding,
          message: v.message,
          fixHint: rule.fixHint,
          controls: rule.controls,
        };
        if (!ack) return { ...base, status: 'fail' };
        const applied: AppliedAcknowledgement = ack.optOutId
          ? { reason: ack.reason, source: ack.source, optOutId: ack.optOutId }
          : { reason: ack.reason, source: ack.source };
        if (!rule.acknowledgeable) {
          return { ...base, status: 'fail', note: `${rule.id} cannot be acknowledged; the acknowledgement ("${ack.reason}") is ignored` };
        }
        return { ...base, status: 'acknowledged', acknowledgement: applied };
      });
      findings.push(...ruleFindings);
      const status: ResultStatus = ruleFindings.some((f) => f.status === 'fail') ? 'fail' : 'acknowledged';
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
