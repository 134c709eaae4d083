/**
 * What the state rules read outside `resource`: the `terraform { backend ... }` block and
 * `data "terraform_remote_state"` sources of the raw document. The document index
 * (lib/rules/document.ts) does not index them, so the engine hands the raw document over with
 * {@link attachRawDocument} and the backend block is evaluated as a pseudo resource
 * (`terraform.backend.<type>`, type {@link BACKEND_RESOURCE_TYPE}).
 *
 * What one document shows: its own backend, the state buckets it names (backend and remote-state
 * sources), and other stacks' state it reads (`terraform_remote_state`, which is how cdktf wires
 * cross-stack references). It cannot show how many stacks the app has beyond those.
 *
 * Not exported from the package entry point.
 *
 * @packageDocumentation
 */
import { BACKEND_RESOURCE_TYPE } from '../../controls/rules';
import { DocumentIndexLike, SynthesizedResource } from '../types';
import { blocks, referencesIn } from '../values';

export { BACKEND_RESOURCE_TYPE };

const RAW = new WeakMap<object, Record<string, any>>();
const STATE_BUCKETS = new WeakMap<object, ReadonlySet<string>>();

/**
 * THE engine hook of the state rules (one call site in lib/rules/engine.ts): remembers the raw
 * document `index` was built from (for {@link rawDocumentOf}) and returns the resources to evaluate,
 * `index.resources` followed by the backend pseudo resources ({@link backendResources}).
 */
export function resourcesWithBackend(index: DocumentIndexLike & { readonly resources: readonly SynthesizedResource[] },
  doc: Record<string, any>): SynthesizedResource[] {
  attachRawDocument(index, doc);
  return [...index.resources, ...backendResources(doc)];
}

/** Remembers the raw document an index was built from. */
export function attachRawDocument(index: DocumentIndexLike, doc: Record<string, any>): void {
  RAW.set(index, doc);
}

/** The raw document of an index, when the engine attached it. */
export function rawDocumentOf(index: DocumentIndexLike): Record<string, any> | undefined {
  return RAW.get(index);
}

/** One backend block of a document. */
export interface BackendBlock {
  /** Backend type, e.g. `oss`, `local`. */
  readonly type: string;
  /** Its arguments. */
  readonly config: Record<string, any>;
  /** True when the document declares no backend (Terraform then uses `local`). */
  readonly implicit: boolean;
}

/** The backend blocks of a document (`terraform` as an object or a list of objects). */
export function backendsOf(doc: Record<string, any>): BackendBlock[] {
  const out: BackendBlock[] = [];
  for (const terraform of blocks(doc.terraform)) {
    for (const backend of blocks(terraform.backend)) {
      for (const [type, body] of Object.entries<any>(backend)) {
        for (const config of blocks(body)) out.push({ type, config, implicit: false });
      }
    }
  }
  return out;
}

/** The `data "terraform_remote_state"` sources: other stacks' state the document reads. */
export function remoteStateSources(doc: Record<string, any>): Array<{ name: string; backend: string; config: Record<string, any> }> {
  const byName = doc.data?.terraform_remote_state;
  if (typeof byName !== 'object' || byName === null || Array.isArray(byName)) return [];
  const out: Array<{ name: string; backend: string; config: Record<string, any> }> = [];
  for (const [name, raw] of Object.entries<any>(byName)) {
    for (const body of blocks(raw)) {
      out.push({ name, backend: typeof body.backend === 'string' ? body.backend : '?', config: blocks(body.config)[0] ?? {} });
    }
  }
  return out;
}

/**
 * The pseudo resources the state rules run on: every declared backend, and an implicit `local`
 * backend when the document declares none but reads other stacks' state (a multi-stack app).
 */
export function backendResources(doc: Record<string, any>): SynthesizedResource[] {
  const declared = backendsOf(doc);
  const list = declared.length > 0 || remoteStateSources(doc).length === 0 ? declared
    : [{ type: 'local', config: {}, implicit: true }];
  // Only backends a state rule inspects become pseudo resources, so documents without them are
  // evaluated exactly as before.
  return list.filter((b) => b.type === 'oss' || (b.type === 'local' && remoteStateSources(doc).length > 0))
    .map((b) => ({
      type: BACKEND_RESOURCE_TYPE,
      name: b.type,
      address: `terraform.backend.${b.type}`,
      body: b.implicit ? { '//implicit': true } : b.config,
    }));
}

/** Literal bucket names of the document's oss backend and oss remote-state sources. */
export function stateBucketNames(index: DocumentIndexLike): ReadonlySet<string> {
  const cached = STATE_BUCKETS.get(index);
  if (cached) return cached;
  const doc = rawDocumentOf(index) ?? {};
  const names = new Set<string>();
  for (const b of backendsOf(doc)) if (b.type === 'oss' && typeof b.config.bucket === 'string') names.add(b.config.bucket);
  for (const s of remoteStateSources(doc)) if (s.backend === 'oss' && typeof s.config.bucket === 'string') names.add(s.config.bucket);
  STATE_BUCKETS.set(index, names);
  return names;
}

/** True when `bucket` (an `alicloud_oss_bucket`) is a state bucket of the document. */
export function isStateBucket(bucket: SynthesizedResource, index: DocumentIndexLike): boolean {
  return typeof bucket.body.bucket === 'string' && stateBucketNames(index).has(bucket.body.bucket);
}

/**
 * Resources of `type` that configure `bucket` (an `alicloud_oss_bucket`): their `bucket` argument
 * references it (`${alicloud_oss_bucket.x.bucket}` / `.id`) or is its literal name.
 */
export function companionsOf(bucket: SynthesizedResource, index: DocumentIndexLike, type: string): SynthesizedResource[] {
  const name = bucket.body.bucket;
  const out: SynthesizedResource[] = [];
  for (const r of index.byAddress.values()) {
    if (r.type !== type) continue;
    const v = r.body.bucket;
    if ((typeof name === 'string' && v === name) || referencesIn(v).some((ref) => ref.address === bucket.address)) out.push(r);
  }
  return out;
}
