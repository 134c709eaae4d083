#!/usr/bin/env node
/** Entry point of the `alicloud-ecs-hardened` command (package.json "bin"). */
import * as fs from 'fs';
import * as path from 'path';
import { main } from './check';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // package.json is two levels up both from dist/cli/bin.js and from lib/cli/bin.ts.
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  main(args).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    process.stderr.write(`alicloud-ecs-hardened: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
