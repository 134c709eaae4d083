import { AcknowledgementPolicy, AcknowledgementReview, reviewAcknowledgements } from './acknowledgement-policy';
import { Folder, InstanceKey, readTerraformDocument, TerraformModel } from './model/terraform';
import { HardeningRule, DocumentIndexLike, SynthesizedResource } from './types';
import { asList, referencesIn } from './values';

/** One instance of a resource with a constant `for_each` or `count`, folded with its `each` / `count.index`. */
export interface InstanceView {
  /** `each.key = "a"` or `count.index = 0`. */
  readonly label: string;
  /** The resource (same address) with this instance's values. */
  readonly resource: SynthesizedResource;
}

/** A resource as it is when every variable keeps its default, and the variables that decided it. */
export interface DefaultsView {
  /** The resource with `var.*` folded to the variables' defaults. */
  readonly resource: SynthesizedResource;
  /** The variables (with a default) its values read. */
  readonly variables: readonly string[];
}

/**
 * The resources of one Terraform document (JSON syntax, or HCL read through `@cdktf/hcl2json`) and
 * the cross-resource facts rules need, computed in one pass (rules stay linear in the number of
 * resources).
 *
 * Every form Terraform accepts is normalized (lib/rules/model/terraform.ts) and constant
 * expressions are folded (lib/rules/model/expression.ts): rules see `"${false}"` as `false`, and a
 * string that still contains `${` (`isExpression`) is truly unknown before apply.
 *
 * @throws HardeningValidationError for a malformed document (e.g. `{"resource": "x"}`)
 */
export class DocumentIndex implements DocumentIndexLike {
  /** All resources in document order. */
  public readonly resources: SynthesizedResource[] = [];
  /** Resources by address. */
  public readonly byAddress = new Map<string, SynthesizedResource>();
  /** Disks (and `<instance>#system_disk`) with an auto snapshot policy attachment. */
  public readonly snapshotAttached = new Set<string>();
  /** Addresses referenced by a flow log's `resource_id`. */
  public readonly flowLogTargets = new Set<string>();
  /** Instances with a RAM role attachment. */
  public readonly roleAttachedInstances = new Set<string>();
  /** RAM roles used by instances or launch templates. */
  public readonly instanceRoles = new Set<string>();
  /** Ids of the rules known to the evaluation. */
  public readonly knownRuleIds: ReadonlySet<string>;
  /** True when the document has an `alicloud_ecs_disk_default_kms_key`. */
  public hasDefaultKmsKey = false;

  /**
   * @param doc a Terraform JSON document (`cdk.tf.json` or any `.tf.json`), already parsed
   * @param knownRuleIds ids of the rules being evaluated
   */
  /** The normalized document (variables and locals included). */
  public readonly model: TerraformModel;
  private readonly defaultable = new Map<string, ReadonlySet<string>>();
  private readonly rawByAddress = new Map<string, Record<string, any>>();
  private readonly instanceKeys = new Map<string, InstanceKey[]>();
  private readonly folder: Folder;
  private readonly defaultsViews = new Map<string, DefaultsView>();
  private defaultsFolder?: Folder;
  /** The review of a resource's recorded acknowledgements (after {@link configureAcknowledgements}). */
  public acknowledgementReview?: (resource: SynthesizedResource) => AcknowledgementReview;


  constructor(doc: unknown, knownRuleIds: Iterable<string> = []) {
    this.knownRuleIds = new Set(knownRuleIds);
    this.model = readTerraformDocument(doc);
    const folder = new Folder(this.model, 'unknown');
    this.folder = folder;
    for (const raw of this.model.resources) {
      const vars = new Set<string>();
      const body = folder.body(raw.body, vars);
      const meta = body['//']?.metadata;
      const resource: SynthesizedResource = {
        type: raw.type,
        name: raw.name,
        address: raw.address,
        body,
        constructPath: typeof meta?.path === 'string' ? meta.path : undefined,
      };
      this.resources.push(resource);
      this.byAddress.set(resource.address, resource);
      if (vars.size > 0) this.defaultable.set(resource.address, vars);
      if (raw.body.for_each !== undefined || raw.body.count !== undefined) {
        const keys = folder.instances(raw.body);
        if (keys.length > 0) this.instanceKeys.set(resource.address, keys);
      }
      if (vars.size > 0 || this.instanceKeys.has(resource.address)) this.rawByAddress.set(resource.address, raw.body);
    }
    const roleByName = new Map<string, string>();
    for (const r of this.resources) {
      if (r.type === 'alicloud_ram_role') {
        for (const n of [r.body.role_name, r.body.name]) if (typeof n === 'string') roleByName.set(n, r.address);
      }
    }
    const markRole = (value: unknown) => {
      const refs = referencesIn(value).filter((ref) => ref.type === 'alicloud_ram_role');
      for (const ref of refs) this.instanceRoles.add(ref.address);
      if (refs.length === 0 && typeof value === 'string' && roleByName.has(value)) this.instanceRoles.add(roleByName.get(value)!);
    };
    for (const r of this.resources) {
      const b = r.body;
      switch (r.type) {
        case 'alicloud_ecs_auto_snapshot_policy_attachment':
          for (const ref of referencesIn(b.disk_id)) {
            if (ref.attribute === 'system_disk_id') this.snapshotAttached.add(`${ref.address}#system_disk`);
            else this.snapshotAttached.add(ref.address);
          }
          break;
        case 'alicloud_vpc_flow_log':
          for (const ref of referencesIn(b.resource_id)) this.flowLogTargets.add(ref.address);
          break;
        case 'alicloud_ecs_ram_role_attachment':
        case 'alicloud_ram_role_attachment': // deprecated twin: instance_ids + role_name
          for (const v of [...asList(b.instance_ids), ...asList(b.instance_id)]) {
            for (const ref of referencesIn(v)) this.roleAttachedInstances.add(ref.address);
          }
          markRole(b.ram_role_name ?? b.role_name);
          break;
        case 'alicloud_ecs_disk_default_kms_key':
          this.hasDefaultKmsKey = true;
          break;
        case 'alicloud_instance':
          markRole(b.role_name);
          break;
        case 'alicloud_ecs_launch_template':
          markRole(b.ram_role_name);
          break;
        default:
          break;
      }
    }
  }

  /** Sets the rules and governance options acknowledgements are reviewed against. */
  public configureAcknowledgements(rules: ReadonlyMap<string, HardeningRule>, policy: AcknowledgementPolicy): void {
    // A Map, not a WeakMap: the reviews live as long as the index, and ephemerons slow GC down.
    const reviews = new Map<SynthesizedResource, AcknowledgementReview>();
    let last: SynthesizedResource | undefined;
    let lastReview: AcknowledgementReview | undefined;
    this.acknowledgementReview = (resource) => {
      if (resource === last) return lastReview!;
      let r = reviews.get(resource);
      if (!r) {
        r = reviewAcknowledgements(resource, rules, policy);
        reviews.set(resource, r);
      }
      last = resource;
      lastReview = r;
      return r;
    };
  }

  /**
   * The instances of a resource whose `for_each` / `count` is a constant, each folded with its
   * `each.key` / `each.value` / `count.index` (empty otherwise). Rules judge each instance too.
   */
  public instanceViews(address: string): InstanceView[] {
    const keys = this.instanceKeys.get(address);
    if (!keys) return [];
    const resource = this.byAddress.get(address)!;
    const raw = this.rawByAddress.get(address)!;
    return keys.map((k) => ({ label: k.label, resource: { ...resource, body: this.folder.body(raw, new Set(), k) } }));
  }

  /**
   * The resource as it is when the variables it reads keep their defaults; undefined when it reads
   * no variable with a default. A finding there that the resource itself does not have is
   * "insecure unless overridden".
   */
  public defaultsView(address: string): DefaultsView | undefined {
    if (!this.defaultable.has(address)) return undefined;
    let view = this.defaultsViews.get(address);
    if (!view) {
      const resource = this.byAddress.get(address)!;
      this.defaultsFolder ??= new Folder(this.model, 'defaults');
      const vars = new Set<string>();
      const body = this.defaultsFolder.body(this.rawByAddress.get(address)!, vars);
      view = { resource: { ...resource, body }, variables: [...vars].sort() };
      this.defaultsViews.set(address, view);
    }
    return view;
  }
}
