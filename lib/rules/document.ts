import { DocumentIndexLike, SynthesizedResource } from './types';
import { asList, referencesIn } from './values';

/**
 * The resources of one Terraform JSON document and the cross-resource facts rules need, computed in
 * one pass (rules stay linear in the number of resources).
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
  constructor(doc: Record<string, any>, knownRuleIds: Iterable<string> = []) {
    this.knownRuleIds = new Set(knownRuleIds);
    const resourceBlock = doc.resource;
    if (typeof resourceBlock === 'object' && resourceBlock !== null && !Array.isArray(resourceBlock)) {
      for (const [type, byName] of Object.entries<any>(resourceBlock)) {
        if (typeof byName !== 'object' || byName === null || Array.isArray(byName)) continue;
        for (const [name, raw] of Object.entries<any>(byName)) {
          // Terraform JSON also allows a list of bodies for one name; the first one is the resource.
          const body = Array.isArray(raw) ? raw[0] : raw;
          if (typeof body !== 'object' || body === null || Array.isArray(body)) continue;
          const meta = body['//']?.metadata;
          const resource: SynthesizedResource = {
            type,
            name,
            address: `${type}.${name}`,
            body,
            constructPath: typeof meta?.path === 'string' ? meta.path : undefined,
          };
          this.resources.push(resource);
          this.byAddress.set(resource.address, resource);
        }
      }
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
}
