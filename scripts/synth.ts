/**
 * `npm run synth`, the main job: synthesizes the default blueprint into cdktf.out/ and prints a
 * summary: stacks, resources by type, and the opt-outs taken with their reasons.
 *
 *   npm run synth                # the default blueprint
 *   npm run synth -- <blueprint> # any examples/<blueprint>
 */
import * as path from 'path';
import { REPO_ROOT } from './lib/provider-meta';
import { exampleNames, synthExample } from './lib/stacks';
import { formatSummary, summarizeStack } from './lib/summary';

/** The blueprint `npm run synth` builds when none is named. */
export const DEFAULT_BLUEPRINT = 'web-tier';

function main() {
  const name = process.argv[2] ?? DEFAULT_BLUEPRINT;
  if (!exampleNames().includes(name)) {
    throw new Error(`unknown blueprint "${name}"; available: ${exampleNames().join(', ')}`);
  }
  const outdir = path.join(REPO_ROOT, 'cdktf.out');
  const stacks = synthExample(name, outdir);
  console.log(`synthesized blueprint examples/${name} into ${path.relative(process.cwd(), outdir) || '.'}/`);
  console.log(formatSummary(stacks.map((s) => summarizeStack(s.name, path.join(s.dir, 'cdk.tf.json'))), path.relative(process.cwd(), outdir)));
}

if (require.main === module) main();
