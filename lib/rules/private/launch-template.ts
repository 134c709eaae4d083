/**
 * Resolving the launch template an instance (or instance set) is launched from, when the template is
 * in the same document.
 *
 * RunInstances applies the template first and then the request's own parameters, so an argument the
 * instance sets itself wins; an argument it leaves unset comes from the template version it names
 * (`launch_template_version`, default: the template's default version).
 *
 * A template resource in the document describes its latest version. It is used when the instance
 * names no version, or names it by reference to the template's `latest_version_number` /
 * `default_version_number`. A literal version number (`"3"`) names a version the document cannot
 * show, so the template is then reported as unresolved and the instance is judged on its own
 * arguments.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { DocumentIndexLike, SynthesizedResource } from '../types';
import { asNumber, isExpression, isSet, referencesIn } from '../values';
import { perDocument, resourcesOf } from './memo';

/** The launch template resource types (`alicloud_launch_template` is the legacy alias, same schema). */
export const LAUNCH_TEMPLATE_TYPES: readonly string[] = ['alicloud_ecs_launch_template', 'alicloud_launch_template'];

/** How an instance's launch template was resolved. */
export type TemplateResolution =
  | { readonly kind: 'none' }
  | { readonly kind: 'resolved'; readonly template: SynthesizedResource }
  | { readonly kind: 'unresolved'; readonly reason: string };

const templatesByName = perDocument((doc) => {
  const byName = new Map<string, SynthesizedResource>();
  for (const r of resourcesOf(doc)) {
    if (!LAUNCH_TEMPLATE_TYPES.includes(r.type)) continue;
    for (const n of [r.body.launch_template_name, r.body.name]) if (typeof n === 'string' && !isExpression(n)) byName.set(n, r);
  }
  return byName;
});

function templateRef(value: unknown, doc: DocumentIndexLike): SynthesizedResource | undefined {
  for (const ref of referencesIn(value)) {
    if (!LAUNCH_TEMPLATE_TYPES.includes(ref.type)) continue;
    const r = doc.byAddress.get(ref.address);
    if (r) return r;
  }
  return undefined;
}

/**
 * The launch template of an `alicloud_instance` / `alicloud_ecs_instance_set` body (arguments
 * `launch_template_id`, `launch_template_name`, `launch_template_version`).
 */
export function resolveLaunchTemplate(body: Record<string, any>, doc: DocumentIndexLike): TemplateResolution {
  const id = body.launch_template_id;
  const name = body.launch_template_name;
  if (!isSet(id) && !isSet(name)) return { kind: 'none' };
  const template = templateRef(id, doc) ?? templateRef(name, doc)
    ?? (typeof name === 'string' && !isExpression(name) ? templatesByName(doc).get(name) : undefined);
  if (!template) {
    return { kind: 'unresolved', reason: `launch template ${JSON.stringify(id ?? name)} is not in this document` };
  }
  const version = body.launch_template_version;
  if (version === undefined || version === null || version === '') return { kind: 'resolved', template };
  const versionRefs = referencesIn(version).filter((r) => r.address === template.address
    && (r.attribute === 'latest_version_number' || r.attribute === 'default_version_number'));
  if (versionRefs.length > 0) return { kind: 'resolved', template };
  return { kind: 'unresolved', reason: `launch_template_version ${JSON.stringify(version)} is a version this document does not show` };
}

/** True when the template requires metadata tokens (or disables the metadata endpoint). */
export function templateRequiresMetadataToken(t: SynthesizedResource): boolean {
  return t.body.http_endpoint === 'disabled' || t.body.http_tokens === 'required' || isExpression(t.body.http_tokens);
}

/** Where an instance argument comes from: the instance itself, or its launch template in the document. */
export interface EffectiveValue {
  readonly value: unknown;
  /** `instance` when the instance sets it, `template` when it comes from the resolved template. */
  readonly from: 'instance' | 'template' | 'unset';
  /** Set when the instance names a launch template the document cannot resolve. */
  readonly unresolved?: string;
  /** The template the value came from. */
  readonly template?: SynthesizedResource;
}

/**
 * Arguments the provider reads with `GetOk`, so a zero value is not sent and the template's value
 * applies: `internet_max_bandwidth_out = 0` on the instance does not override a template's bandwidth
 * (`resource_alicloud_instance.go`).
 */
const ZERO_NOT_SENT = new Set(['internet_max_bandwidth_out']);

/** How an `alicloud_instance` argument is named in a launch template. */
const TEMPLATE_ARGUMENT: Readonly<Record<string, (t: Record<string, any>) => unknown>> = {
  http_tokens: (t) => t.http_tokens,
  http_endpoint: (t) => t.http_endpoint,
  system_disk_encrypted: (t) => firstBlock(t.system_disk)?.encrypted,
  system_disk_kms_key_id: (t) => firstBlock(t.system_disk)?.kms_key_id,
  security_enhancement_strategy: (t) => t.security_enhancement_strategy,
  role_name: (t) => t.ram_role_name,
  ram_role_name: (t) => t.ram_role_name,
  internet_max_bandwidth_out: (t) => t.internet_max_bandwidth_out,
};

function firstBlock(v: unknown): Record<string, any> | undefined {
  const b = Array.isArray(v) ? v[0] : v;
  return typeof b === 'object' && b !== null ? b : undefined;
}

/**
 * The value an instance gets for `attr`: its own when set, else its launch template's (when the
 * template is in the document).
 */
export function effectiveInstanceValue(body: Record<string, any>, attr: string, doc: DocumentIndexLike): EffectiveValue {
  const own = body[attr];
  const sent = own !== undefined && own !== null && own !== '' && !(ZERO_NOT_SENT.has(attr) && asNumber(own) === 0);
  if (sent) return { value: own, from: 'instance' };
  const res = resolveLaunchTemplate(body, doc);
  if (res.kind === 'unresolved') return { value: undefined, from: 'unset', unresolved: res.reason };
  if (res.kind === 'none') return { value: undefined, from: 'unset' };
  const read = TEMPLATE_ARGUMENT[attr];
  const value = read ? read(res.template.body) : undefined;
  if (value === undefined || value === null || value === '') return { value: undefined, from: 'unset', template: res.template };
  return { value, from: 'template', template: res.template };
}

/** A suffix for messages that explains where the value came from (or why a template did not help). */
export function sourceNote(v: EffectiveValue): string {
  if (v.from === 'template') return ` (from ${v.template!.address})`;
  if (v.unresolved) return ` (${v.unresolved})`;
  if (v.template) return ` (not set by ${v.template.address} either)`;
  return '';
}
