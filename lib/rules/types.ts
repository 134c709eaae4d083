/**
 * Types of the hardening rule pack: rules, their metadata, and what they return.
 */
import { ControlReference } from '../controls/references';

/** How serious a rule's finding is. Errors fail synthesis (and the CLI); warnings and infos do not. */
export type RuleLevel = 'error' | 'warning' | 'info';

/** One resource of a synthesized Terraform JSON document, as a rule sees it. */
export interface SynthesizedResource {
  /** Resource type, e.g. `alicloud_instance`. */
  readonly type: string;
  /** Logical name in the document, e.g. `web_instance_1A2B3C4D`. */
  readonly name: string;
  /** Terraform address `type.name`. */
  readonly address: string;
  /** The resource body exactly as synthesized (overrides applied, `"//"` metadata included). */
  readonly body: Record<string, any>;
  /** The construct path from the cdktf `"//"` metadata, when the document was synthesized by cdktf. */
  readonly constructPath?: string;
}

/** One violation reported by a rule for a resource. */
export interface RuleViolation {
  /**
   * Granular finding id within the resource, e.g. `data_disks[1]` or `port:22`. Acknowledgements
   * can be limited to specific findings with `appliesTo`.
   *
   * @default - the violation concerns the resource as a whole
   */
  readonly finding?: string;
  /** What is wrong, naming the attribute and value. */
  readonly message: string;
}

/** A rule's result for one resource: its violations (empty = compliant), or not applicable. */
export type RuleOutcome = readonly RuleViolation[] | 'not-applicable';

/** Metadata every rule carries. */
export interface RuleMetadata {
  /** Stable id, e.g. `ALI-ECS-001`. Never reused or renumbered. */
  readonly id: string;
  /** Short PascalCase name, e.g. `InstanceMetadataTokenRequired`. */
  readonly name: string;
  /** Level of the rule's findings. */
  readonly level: RuleLevel;
  /** One-line statement of what compliant looks like. */
  readonly title: string;
  /** Controls the rule implements, one line each (CIS Alibaba Cloud Foundations, InfraGuard, checkov, KICS, Alibaba Cloud documents). */
  readonly controls: readonly string[];
  /**
   * The same controls as structured public references (catalogued rules have them).
   *
   * @default - only `controls`
   */
  readonly references?: readonly ControlReference[];
  /** How to fix a violation. */
  readonly fixHint: string;
  /** Whether a violation may be acknowledged (or covered by a construct opt-out). */
  readonly acknowledgeable: boolean;
  /** Resource types the rule inspects. */
  readonly resourceTypes: readonly string[];
}

/**
 * A pure check of one synthesized resource. It may consult the document index (for cross-resource
 * facts such as snapshot-policy attachments) but never mutates anything.
 */
export type RuleCheck = (resource: SynthesizedResource, doc: DocumentIndexLike) => RuleOutcome;

/** A rule: metadata plus its check function. */
export interface HardeningRule extends RuleMetadata {
  /** The pure check. */
  readonly check: RuleCheck;
}

/** The cross-resource facts a rule may read (built once per document). */
export interface DocumentIndexLike {
  /** Resources by address. */
  readonly byAddress: ReadonlyMap<string, SynthesizedResource>;
  /**
   * Disks with an auto snapshot policy attachment: disk addresses (`alicloud_ecs_disk.d`) and
   * instance system disks (`alicloud_instance.x#system_disk`).
   */
  readonly snapshotAttached: ReadonlySet<string>;
  /** Addresses referenced by an `alicloud_vpc_flow_log` `resource_id`. */
  readonly flowLogTargets: ReadonlySet<string>;
  /** Instances that get a RAM role from an `alicloud_ecs_ram_role_attachment`. */
  readonly roleAttachedInstances: ReadonlySet<string>;
  /** RAM role addresses used by instances or launch templates (instance roles). */
  readonly instanceRoles: ReadonlySet<string>;
  /** True when the document has an `alicloud_ecs_disk_default_kms_key` (account default customer key). */
  readonly hasDefaultKmsKey: boolean;
  /** Ids of the rules being evaluated (to spot acknowledgements of unknown rules). */
  readonly knownRuleIds: ReadonlySet<string>;
}
