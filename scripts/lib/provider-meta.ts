/**
 * Reads schema/provider.json, the single source of truth for the provider version the library is
 * generated from and validated against.
 */
import * as fs from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
export const PRUNED_SCHEMA_FILE = path.join(SCHEMA_DIR, 'alicloud.pruned.json');
export const GENERATED_DIR = path.join(REPO_ROOT, 'lib', 'generated');
/** Untracked cache (git-ignored) for the full schema and other large artifacts. */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');

export interface ProviderMeta {
  /** `namespace/type`, as written in `required_providers`. */
  readonly source: string;
  /** Fully qualified provider address, the key of `provider_schemas`. */
  readonly registryAddress: string;
  /**
   * Exact provider version the schema is taken from and `npm run validate` runs; also the version
   * constraint synthesized into `terraform.required_providers.alicloud.version`.
   */
  readonly version: string;
  readonly goModule: string;
  readonly resources: string[];
  readonly dataSources: string[];
}

export function readProviderMeta(): ProviderMeta {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'provider.json'), 'utf8'));
}

/** JSON with object keys sorted recursively, two-space indented, newline-terminated: diff-stable. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}
