#!/usr/bin/env node
/** Entry point of the `alicloud-ecs-hardened` command (package.json "bin"). */
import { main } from './check';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (e: unknown) => {
  process.stderr.write(`alicloud-ecs-hardened: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
