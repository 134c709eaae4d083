/**
 * `npm run provider:refresh` (after provider:ensure): reads the real provider's schema with
 * `terraform providers schema -json` and commits a pruned copy holding only the provider block and
 * the resources and data sources listed in schema/provider.json. The full schema is kept, untracked,
 * in .cache/ (the benchmarks measure bindings generated from it).
 *
 * To add a resource: list it in schema/provider.json and run `npm run provider:refresh`. Never edit
 * schema/alicloud.pruned.json by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_DIR, PRUNED_SCHEMA_FILE, readProviderMeta, stableJson } from './lib/provider-meta';
import { readFullProviderSchema } from './lib/terraform';

interface ProviderSchemaEntry {
  provider?: unknown;
  resource_schemas?: Record<string, unknown>;
  data_source_schemas?: Record<string, unknown>;
}

export function pruneSchema(full: { format_version: string; provider_schemas: Record<string, ProviderSchemaEntry> }) {
  const meta = readProviderMeta();
  const key = Object.keys(full.provider_schemas).find((k) => k.endsWith(`/${meta.source}`));
  if (!key) throw new Error(`provider ${meta.source} not found in schema (have: ${Object.keys(full.provider_schemas).join(', ')})`);
  const entry = full.provider_schemas[key];
  const pick = (kind: string, all: Record<string, unknown> = {}, wanted: string[]) => {
    const missing = wanted.filter((n) => !(n in all));
    if (missing.length) throw new Error(`${kind} missing from the ${meta.source} ${meta.version} schema: ${missing.join(', ')}`);
    return Object.fromEntries([...wanted].sort().map((n) => [n, all[n]]));
  };
  return {
    format_version: full.format_version,
    // OpenTofu reports registry.opentofu.org/...: the bindings always use the Terraform address.
    provider_schemas: {
      [meta.registryAddress]: {
        provider: entry.provider,
        resource_schemas: pick('resources', entry.resource_schemas, meta.resources),
        data_source_schemas: pick('data sources', entry.data_source_schemas, meta.dataSources),
      },
    },
    provider_versions: { [meta.registryAddress]: meta.version },
  };
}

function main() {
  const meta = readProviderMeta();
  const text = readFullProviderSchema();
  const full = JSON.parse(text);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const fullFile = path.join(CACHE_DIR, `alicloud-${meta.version}.full-schema.json`);
  fs.writeFileSync(fullFile, text);
  const pruned = pruneSchema(full);
  fs.writeFileSync(PRUNED_SCHEMA_FILE, stableJson(pruned));
  const entry = full.provider_schemas[Object.keys(full.provider_schemas)[0]];
  console.log(`full schema: ${Object.keys(entry.resource_schemas).length} resources, `
    + `${Object.keys(entry.data_source_schemas).length} data sources, ${(text.length / 1e6).toFixed(1)} MB -> ${path.relative(process.cwd(), fullFile)} (untracked)`);
  console.log(`pruned schema: ${meta.resources.length} resources, ${meta.dataSources.length} data sources, `
    + `${(fs.statSync(PRUNED_SCHEMA_FILE).size / 1e3).toFixed(0)} kB -> ${path.relative(process.cwd(), PRUNED_SCHEMA_FILE)}`);
}

if (require.main === module) main();
