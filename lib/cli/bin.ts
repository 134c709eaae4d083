#!/usr/bin/env node
/** Entry point of the `alicloud-ecs-hardened` command (package.json "bin"). */
import { main } from './check';

// A reader that goes away (`... | head`) is not an error: stop quietly with the exit code so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exit(2);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (e: unknown) => {
  process.stderr.write(`alicloud-ecs-hardened: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
