/**
 * `npm run package:flavours`: compiles the library once and writes both tarballs into
 * `flavours.out/`:
 *   alicloud-ecs-hardened-<version>.tgz        (cdktf, peer cdktf exact)
 *   alicloud-ecs-hardened-cdktn-<version>.tgz  (cdktn, peer cdktn exact)
 * See scripts/lib/flavours.ts for what differs between them (two string literals of dist/cdktf.*
 * and the package.json).
 *
 *   npm run package:flavours                    # into flavours.out/
 *   npm run package:flavours -- --out <dir>
 */
import './lib/quiet-env';
import * as path from 'path';
import { compileDist, FLAVOUR_NAMES, packFlavour } from './lib/flavours';
import { REPO_ROOT } from './lib/provider-meta';

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = path.resolve(REPO_ROOT, i >= 0 ? args[i + 1] : 'flavours.out');
  compileDist();
  for (const name of FLAVOUR_NAMES) {
    const p = packFlavour(name, out);
    console.log(`${name}: ${path.relative(REPO_ROOT, p.tarball)} (${p.packageName}, ${p.files.length} files, `
      + `${(p.size / 1024).toFixed(1)} kB packed, ${(p.unpackedSize / 1024).toFixed(1)} kB unpacked)`);
  }
}

main();
