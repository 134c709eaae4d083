/**
 * Bench helper (run once, result cached): reads the real provider's FULL schema with
 * `terraform providers schema -json`, generates TypeScript bindings for all of it with the same
 * generator `npm run gen` uses, and measures them. The bindings are written to a temporary folder
 * OUTSIDE the repository (tsconfig.dev.json type-checks every .ts file in the checkout, and 44 MB
 * of generated TypeScript would break everyone's `npm test`) and deleted after measuring; only the
 * schema and the measurement are kept, in `<outDir>` (bench.out/, git-ignored). Never committed.
 *
 * Usage: ts-node scripts/bench/full-bindings.ts <outDir>   (prints the measurement as JSON)
 */
import '../lib/quiet-env';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from '@cdktf/commons';
import { TerraformProviderGenerator } from '@cdktf/provider-generator/lib/get/generator/provider-generator';
import { CodeMaker } from 'codemaker';
import { measureTree, TreeSize } from './tree-size';
import { readProviderMeta } from '../lib/provider-meta';
import { readFullProviderSchema } from '../lib/terraform';

/** What the full-schema generation produced and cost. */
export interface FullBindingsResult {
  readonly providerVersion: string;
  readonly resources: number;
  readonly dataSources: number;
  readonly schemaBytes: number;
  readonly bindings: TreeSize;
  readonly generateSeconds: number;
  readonly generateMaxRssMb: number;
  readonly measuredAt: string;
}

async function main(outDir: string): Promise<void> {
  const meta = readProviderMeta();
  const started = Date.now();
  const text = readFullProviderSchema();
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'full-schema.json'), text);
  const full = JSON.parse(text);
  const key = Object.keys(full.provider_schemas).find((k) => k.endsWith(`/${meta.source}`));
  if (!key) throw new Error(`provider ${meta.source} not in the schema`);
  const entry = full.provider_schemas[key];
  // Same address normalization as scripts/refresh-schema.ts (OpenTofu reports registry.opentofu.org).
  const schema = {
    format_version: full.format_version,
    provider_schemas: { [meta.registryAddress]: entry },
    provider_versions: { [meta.registryAddress]: meta.version },
  };
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(new ConstructsMakerProviderTarget(
    new TerraformProviderConstraint({ name: 'alicloud', source: meta.source, version: meta.version }),
    Language.TYPESCRIPT,
  ));
  const bindingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-bench-full-bindings-'));
  let bindings: TreeSize;
  try {
    await code.save(bindingsDir);
    bindings = measureTree(bindingsDir);
  } finally {
    fs.rmSync(bindingsDir, { recursive: true, force: true });
  }
  const result: FullBindingsResult = {
    providerVersion: meta.version,
    resources: Object.keys(entry.resource_schemas ?? {}).length,
    dataSources: Object.keys(entry.data_source_schemas ?? {}).length,
    schemaBytes: Buffer.byteLength(text),
    bindings,
    generateSeconds: (Date.now() - started) / 1000,
    generateMaxRssMb: process.resourceUsage().maxRSS / 1024,
    measuredAt: new Date().toISOString(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: full-bindings.ts <outDir>');
    process.exit(2);
  }
  main(path.resolve(outDir)).catch((e) => { console.error(e); process.exit(1); });
}
