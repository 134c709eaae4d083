/**
 * Structural invariants every synthesized stack of the library must satisfy, whatever the
 * configuration: a hardened default may only be missing from a resource that carries the matching
 * opt-out in its own `"//": {"hardening": {"optOuts": [...]}}` metadata. Used on the stacks that
 * the property-based generators produce (test/proof/property.test.ts, scripts/property-validate.ts).
 */
import { IConstruct } from 'constructs';
import * as fc from 'fast-check';
import { anyPlan, buildCase, CaseContext, ConstructPlan } from './arbitraries';
import { App, TerraformStack } from '../../lib/cdktf';
import { OPT_OUT_METADATA_TYPE } from '../../lib/core/opt-out';

type Json = any;

const ADMIN_AND_DATABASE_PORTS = [22, 23, 3389, 1433, 1521, 3306, 5432, 6379, 9200, 11211, 27017];

function optOutIds(body: Json): string[] {
  return (body?.['//']?.hardening?.optOuts ?? []).map((o: { id: string }) => o.id);
}

function isTokenString(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function coversSensitivePort(protocol: string, range: string): boolean {
  if (protocol === 'all') return true;
  if (protocol !== 'tcp' && protocol !== 'udp') return false;
  const [from, to] = String(range).split('/').map(Number);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return false;
  return ADMIN_AND_DATABASE_PORTS.some((p) => from <= p && p <= to);
}

/**
 * Checks every resource of a synthesized stack (`cdk.tf.json` content, with `"//"` metadata) and
 * returns the violations, as `<type>.<name>: <what>`. Empty when the stack is sound.
 */
export function stackViolations(json: Json): string[] {
  const out: string[] = [];
  const resources: Record<string, Record<string, Json>> = json.resource ?? {};
  const each = (type: string, fn: (name: string, body: Json, optOuts: string[]) => void) => {
    for (const [name, body] of Object.entries(resources[type] ?? {})) fn(name, body, optOutIds(body));
  };
  const bad = (type: string, name: string, what: string) => out.push(`${type}.${name}: ${what}`);

  for (const byName of Object.values(resources)) {
    for (const [name, body] of Object.entries(byName)) {
      for (const o of body?.['//']?.hardening?.optOuts ?? []) {
        if (typeof o.reason !== 'string' || o.reason.trim().length < 10) bad('*', name, `opt-out ${o.id} without a reason of 10+ characters`);
      }
    }
  }
  each('alicloud_ecs_disk', (n, b, o) => {
    if (b.encrypted !== true) bad('alicloud_ecs_disk', n, 'encrypted is not true');
    if (!b.kms_key_id) bad('alicloud_ecs_disk', n, 'no kms_key_id (customer key)');
    if (b.delete_auto_snapshot !== false && !o.includes('EncryptedDisk.DeleteSnapshotsOnRelease')) bad('alicloud_ecs_disk', n, 'delete_auto_snapshot without opt-out');
  });
  each('alicloud_instance', (n, b, o) => {
    if (b.system_disk_encrypted !== true || !b.system_disk_kms_key_id) bad('alicloud_instance', n, 'system disk not encrypted with a customer key');
    if (b.http_tokens !== 'required' && !o.includes('SecureInstance.MetadataWithoutToken')) bad('alicloud_instance', n, `http_tokens ${b.http_tokens} without opt-out`);
    if (b.internet_max_bandwidth_out !== 0 && !o.includes('SecureInstance.PublicIp')) bad('alicloud_instance', n, 'public bandwidth without opt-out');
    if (b.security_enhancement_strategy !== 'Active' && !o.includes('SecureInstance.SecurityCenterAgent')) bad('alicloud_instance', n, 'agent off without opt-out');
    // Release protection exists for pay-as-you-go instances only (the provider suppresses it for PrePaid).
    if (b.instance_charge_type !== 'PrePaid' && b.deletion_protection !== true && !o.includes('SecureInstance.DeletionProtection')) bad('alicloud_instance', n, 'deletion protection off without opt-out');
    if (b.password_inherit === true && !o.includes('SecureInstance.PasswordInherit')) bad('alicloud_instance', n, 'password_inherit without opt-out');
    if (b.password !== undefined || b.kms_encrypted_password !== undefined) bad('alicloud_instance', n, 'password set');
    if (b.vswitch_id === undefined) bad('alicloud_instance', n, 'not in a vSwitch');
  });
  each('alicloud_ecs_launch_template', (n, b, o) => {
    const sys = Array.isArray(b.system_disk) ? b.system_disk[0] : b.system_disk;
    if (sys?.encrypted !== true || !sys?.kms_key_id) bad('alicloud_ecs_launch_template', n, 'system disk not encrypted with a customer key');
    for (const d of b.data_disks ?? []) if (d.encrypted !== true || !d.kms_key_id) bad('alicloud_ecs_launch_template', n, 'data disk not encrypted with a customer key');
    if (b.http_tokens !== 'required' && !o.includes('SecureLaunchTemplate.MetadataWithoutToken')) bad('alicloud_ecs_launch_template', n, `http_tokens ${b.http_tokens} without opt-out`);
    if (b.internet_max_bandwidth_out !== 0) bad('alicloud_ecs_launch_template', n, 'public bandwidth');
    if (b.security_enhancement_strategy !== 'Active') bad('alicloud_ecs_launch_template', n, 'agent not Active');
    if (b.password !== undefined || b.password_inherit !== undefined) bad('alicloud_ecs_launch_template', n, 'password set');
    if (!b.ram_role_name) bad('alicloud_ecs_launch_template', n, 'no ram_role_name');
  });
  each('alicloud_ess_scaling_group', (n, b, o) => {
    if (!b.launch_template_id) bad('alicloud_ess_scaling_group', n, 'no launch template');
    if (b.group_deletion_protection !== true && !o.includes('SecureScalingGroup.DeletionProtection')) bad('alicloud_ess_scaling_group', n, 'deletion protection off without opt-out');
    if (Array.isArray(b.vswitch_ids) && b.vswitch_ids.length < 2 && !o.includes('SecureScalingGroup.SingleZone')) bad('alicloud_ess_scaling_group', n, 'one vSwitch without opt-out');
    if (!isTokenString(b.min_size) && !isTokenString(b.max_size) && b.min_size > b.max_size) bad('alicloud_ess_scaling_group', n, 'min_size above max_size');
  });
  each('alicloud_kms_key', (n, b, o) => {
    if (b.automatic_rotation !== 'Enabled' && !o.includes('EncryptionKey.Rotation')) bad('alicloud_kms_key', n, 'rotation off without opt-out');
    if (b.deletion_protection !== 'Enabled' && !o.includes('EncryptionKey.DeletionProtection')) bad('alicloud_kms_key', n, 'deletion protection off without opt-out');
    if (b.pending_window_in_days === undefined) bad('alicloud_kms_key', n, 'no pending_window_in_days');
    const seconds = /^(\d+)s$/.exec(String(b.rotation_interval ?? ''));
    if (seconds && Number(seconds[1]) > 365 * 86400 && !o.includes('EncryptionKey.LongRotationInterval')) bad('alicloud_kms_key', n, 'rotation interval above 365 days without opt-out');
  });
  each('alicloud_security_group', (n, b) => {
    if ((b.security_group_type ?? 'normal') === 'normal' && b.inner_access_policy !== 'Drop') bad('alicloud_security_group', n, 'inner_access_policy is not Drop');
    if (!b.vpc_id) bad('alicloud_security_group', n, 'no vpc_id');
  });
  each('alicloud_security_group_rule', (n, b, o) => {
    const internet = b.cidr_ip === '0.0.0.0/0' || b.ipv6_cidr_ip === '::/0';
    if (b.type === 'ingress' && b.policy === 'accept' && internet && coversSensitivePort(b.ip_protocol, b.port_range)
      && !o.includes('HardenedSecurityGroup.InternetExposure')) bad('alicloud_security_group_rule', n, 'admin/database port open to the internet without opt-out');
    if (b.type === 'egress' && b.policy === 'accept' && internet && b.ip_protocol === 'all' && !o.includes('HardenedSecurityGroup.AllowAllOutbound')) {
      bad('alicloud_security_group_rule', n, 'accept-all egress without opt-out');
    }
    if (!isTokenString(b.priority) && !(Number.isInteger(b.priority) && b.priority >= 1 && b.priority <= 100)) bad('alicloud_security_group_rule', n, `priority ${b.priority}`);
    if (typeof b.description !== 'string' || b.description.trim() === '') bad('alicloud_security_group_rule', n, 'no description');
    if (!isTokenString(b.port_range) && b.ip_protocol !== 'tcp' && b.ip_protocol !== 'udp' && b.port_range !== '-1/-1') bad('alicloud_security_group_rule', n, 'port range of a portless protocol');
  });
  each('alicloud_ecs_auto_snapshot_policy', (n, b, o) => {
    const days = b.retention_days;
    if (typeof days === 'number' && days !== -1 && days < 7 && !o.includes('SnapshotPolicy.ShortRetention')) bad('alicloud_ecs_auto_snapshot_policy', n, `retention ${days} days without opt-out`);
    if (b.enable_cross_region_copy === true) {
      if (b.copy_encryption_configuration?.encrypted !== true) bad('alicloud_ecs_auto_snapshot_policy', n, 'unencrypted cross-region copies');
      const c = b.copied_snapshots_retention_days;
      if (typeof c === 'number' && c !== -1 && c < 7 && !o.includes('SnapshotPolicy.ShortCopyRetention')) bad('alicloud_ecs_auto_snapshot_policy', n, `copy retention ${c} without opt-out`);
    }
  });
  each('alicloud_ram_policy', (n, b, o) => {
    let doc: Json;
    try {
      doc = JSON.parse(b.policy_document);
    } catch {
      bad('alicloud_ram_policy', n, 'policy_document is not JSON');
      return;
    }
    (doc.Statement ?? []).forEach((s: Json, i: number) => {
      if (s.Effect !== 'Allow') return;
      const actions: string[] = s.Action ?? [];
      if ((s.Resource ?? []).includes('*') && actions.some((a) => a === '*' || a === '*:*')) bad('alicloud_ram_policy', n, `statement ${i} allows *:* on *`);
      const https = s.Condition?.Bool?.['acs:SecureTransport'];
      if (!(Array.isArray(https) && https.length === 1 && https[0] === 'true') && !o.includes(`LeastPrivilegeRamPolicy.InsecureTransport[${i}]`)) {
        bad('alicloud_ram_policy', n, `Allow statement ${i} is not HTTPS-only and has no opt-out`);
      }
    });
    if (Buffer.byteLength(b.policy_document, 'utf8') > 6144 + 2000) bad('alicloud_ram_policy', n, 'document far above 6,144 bytes');
  });
  each('alicloud_ram_role', (n, b) => {
    const trust = JSON.parse(b.assume_role_policy_document);
    const principals = trust.Statement.flatMap((s: Json) => s.Principal?.Service ?? []);
    if (principals.length !== 1 || principals[0] !== 'ecs.aliyuncs.com') bad('alicloud_ram_role', n, `trusted by ${principals.join(', ')}`);
    if (!isTokenString(b.max_session_duration) && !(b.max_session_duration >= 3600 && b.max_session_duration <= 43200)) bad('alicloud_ram_role', n, 'session duration out of range');
  });
  each('alicloud_ram_user_policy_attachment', (n, _b, o) => {
    if (!o.includes('LeastPrivilegeRamPolicy.UserAttachment')) bad('alicloud_ram_user_policy_attachment', n, 'policy attached to a user without opt-out');
  });
  each('alicloud_ecs_disk_encryption_by_default', (n, b) => {
    if (b.encrypted !== true) bad('alicloud_ecs_disk_encryption_by_default', n, 'encrypted is not true');
  });
  return out;
}

/** The opt-out ids recorded on the construct tree under `scope`. */
export function recordedOptOuts(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata
    .filter((m) => m.type === OPT_OUT_METADATA_TYPE)
    .map((m) => (m.data as { id: string }).id));
}

/** The result of building a batch of plans into one stack. */
export interface PlanStack {
  readonly stack: TerraformStack;
  readonly problems: string[];
}

/**
 * Builds `plans` into one stack named `name` of `app` (each plan as construct `c<index>` in its own
 * scope), checking the opt-out records of every case. Synthesis and the resource invariants are up
 * to the caller.
 */
export function buildPlanStack(app: App, name: string, plans: ConstructPlan[], firstIndex = 0): PlanStack {
  const stack = new TerraformStack(app, name);
  const ctx = new CaseContext(stack);
  const problems: string[] = [];
  plans.forEach((plan, i) => {
    const id = `c${firstIndex + i}`;
    const before = new Set(stack.node.findAll().map((c) => c.node.path));
    let expected: string[];
    try {
      expected = buildCase(ctx, stack, id, plan);
    } catch (e) {
      throw new Error(`case ${id} (${plan.kind}) threw for a valid plan: ${(e as Error).message}\nplan: ${JSON.stringify(plan)}`);
    }
    // The case's constructs: everything it added (its own construct, helpers, per-stack defaults it created).
    const added = stack.node.findAll().filter((c) => !before.has(c.node.path));
    const recorded = added.flatMap((c) => recordedOptOuts(c));
    const missing = [...new Set(expected)].filter((x) => !recorded.some((r) => r === x || r.startsWith(`${x}[`)));
    if (missing.length) problems.push(`case ${id} (${plan.kind}): opt-outs not recorded: ${missing.join(', ')}; plan: ${JSON.stringify(plan)}`);
  });
  return { stack, problems };
}

/** Seed from PROPERTY_SEED, or a fresh one. */
export function propertySeed(): number {
  const env = process.env.PROPERTY_SEED;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n)) throw new Error(`PROPERTY_SEED must be an integer, got ${JSON.stringify(env)}`);
    return n;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** `count` plans from `seed` (deterministic: the same seed gives the same plans). */
export function samplePlans(seed: number, count: number): ConstructPlan[] {
  return fc.sample(anyPlan, { seed, numRuns: count });
}
