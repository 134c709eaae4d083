import { IConstruct } from 'constructs';
import { HardeningValidationError } from './errors';
import { checkReason } from './opt-out';
import { Annotations } from '../cdktf';

/** Construct metadata type under which warnings are recorded with their stable id. */
export const WARNING_METADATA_TYPE = 'alicloud-ecs-hardened:warning';

/** Construct metadata type under which warning acknowledgements are recorded. */
export const WARNING_ACKNOWLEDGEMENT_METADATA_TYPE = 'alicloud-ecs-hardened:warning-acknowledgement';

const WARNING_ANNOTATION = '@cdktf/warn';
const WARNING_ID = /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*$/;
const ACKNOWLEDGED = new WeakMap<IConstruct, Map<string, string>>();

/** One construct warning, as `warningsOf` and the hardening reports list it. */
export interface ConstructWarning {
  /** Path of the construct that warned. */
  readonly path: string;
  /** Stable id, e.g. `SecureInstance.UserDataSecret`. */
  readonly id: string;
  /** What is risky. */
  readonly message: string;
  /**
   * The acknowledgement that accepts the warning, with its reason.
   *
   * @default - not acknowledged
   */
  readonly acknowledgement?: { readonly reason: string };
}

function acknowledgementFor(scope: IConstruct, id: string): string | undefined {
  for (const s of [...scope.node.scopes].reverse()) {
    const reason = ACKNOWLEDGED.get(s)?.get(id);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

function annotationText(id: string, message: string): string {
  return `[${id}] ${message}`;
}

/**
 * Adds a warning with a stable id (e.g. `HardenedSecurityGroup.InternetIngress`) for a risky but
 * legal choice. It appears as a cdktf warning annotation `[id] message` during synth unless it is
 * acknowledged (`Warnings.of(scope).acknowledge(id, reason)` on the construct or an ancestor), in the
 * construct metadata, and in the hardening reports beside the rule findings.
 *
 * @internal
 */
export function addHardeningWarning(scope: IConstruct, id: string, message: string): void {
  const already = scope.node.metadata.some((m) => m.type === WARNING_METADATA_TYPE
    && (m.data as { id: string; message: string }).id === id && (m.data as { message: string }).message === message);
  if (already) return;
  scope.node.addMetadata(WARNING_METADATA_TYPE, { id, message });
  if (acknowledgementFor(scope, id) === undefined) Annotations.of(scope).addWarning(annotationText(id, message));
}

/**
 * Reasoned acceptance of construct warnings, as AWS CDK's `Annotations.acknowledgeWarning`: an
 * acknowledged warning is not shown as a synth warning, and is listed in the hardening reports as
 * acknowledged, with its reason.
 *
 * @example
 * Warnings.of(webTier).acknowledge('HardenedSecurityGroup.InternetIngress', 'Public HTTPS front end behind WAF');
 */
export class Warnings {
  /** The construct warnings of `scope` (a stack, any construct) and its descendants. */
  public static of(scope: IConstruct): Warnings {
    if (typeof scope !== 'object' || scope === null || typeof (scope as IConstruct).node?.path !== 'string') {
      throw new HardeningValidationError('<unknown>', 'Warnings.InvalidScope', 'scope', scope, 'a construct');
    }
    return new Warnings(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /**
   * Acknowledges the warning `id` for this scope and everything below it, also warnings added later.
   *
   * @param id the warning's stable id, e.g. `SecureInstance.UserDataSecret`
   * @param reason why the risk is accepted (at least 10 characters)
   * @throws HardeningValidationError for a malformed id or a short reason
   */
  public acknowledge(id: string, reason: string): this {
    if (typeof id !== 'string' || !WARNING_ID.test(id)) {
      throw new HardeningValidationError(this.scope, 'Warnings.InvalidId', 'id', id, 'a warning id such as "SecureInstance.UserDataSecret" (Construct.Warning)');
    }
    const trimmed = checkReason(this.scope, 'Warnings.ReasonRequired', 'reason', reason);
    const map = ACKNOWLEDGED.get(this.scope) ?? new Map<string, string>();
    map.set(id, trimmed);
    ACKNOWLEDGED.set(this.scope, map);
    this.scope.node.addMetadata(WARNING_ACKNOWLEDGEMENT_METADATA_TYPE, { id, reason: trimmed });
    // Warnings added before the acknowledgement: drop their synth annotations (the records stay,
    // and the reports show them as acknowledged). constructs 10 keeps metadata in `_metadata`.
    for (const c of this.scope.node.findAll()) {
      const node = c.node as unknown as { _metadata?: Array<{ type: string; data: unknown }> };
      if (!Array.isArray(node._metadata)) continue;
      const texts = new Set(c.node.metadata.filter((m) => m.type === WARNING_METADATA_TYPE && (m.data as { id: string }).id === id)
        .map((m) => annotationText(id, (m.data as { message: string }).message)));
      if (texts.size) node._metadata = node._metadata.filter((m) => !(m.type === WARNING_ANNOTATION && texts.has(m.data as string)));
    }
    return this;
  }
}

/** The warnings recorded on `scope` and its descendants, with their acknowledgement when accepted. */
export function warningsOf(scope: IConstruct): ConstructWarning[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === WARNING_METADATA_TYPE)
    .map((m) => {
      const { id, message } = m.data as { id: string; message: string };
      const reason = acknowledgementFor(c, id);
      return { path: c.node.path, id, message, ...(reason !== undefined ? { acknowledgement: { reason } } : {}) };
    }));
}
