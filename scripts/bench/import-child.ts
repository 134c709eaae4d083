/**
 * Bench child (fresh process per run): times a cold `require` of the library or of bare cdktf.
 * Nothing else is loaded before (only node built-ins).
 *
 * Usage: node import-child.js <module path or name>
 * Prints one JSON line: { requireMs, cpuMs } (wall and user + system CPU time of the require).
 */
import { performance } from 'perf_hooks';

const target = process.argv[2];
if (!target) {
  console.error('usage: import-child.js <module>');
  process.exit(2);
}
const cpuStart = process.cpuUsage();
const started = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(target);
const requireMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(`${JSON.stringify({ requireMs, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
