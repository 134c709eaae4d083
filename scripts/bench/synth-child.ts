/**
 * Bench child (compiled JS, fresh process per run): builds the benchmark fleet of N instances,
 * hardened or raw L1, and synthesizes it. Only construction + `app.synth()` is timed; module
 * loading happened before (static imports) and is measured separately by import-child.
 *
 * Usage: node synth-child.js <hardened|raw|hardened-asg|raw-asg> <n> <outdir>
 * (`-asg`: N SecureScalingGroups on SecureLaunchTemplates, scripts/bench/hardened-asg.ts, and their L1 floor)
 * Prints one JSON line: { synthMs, cpuMs, maxRssMb, heapUsedMb }. `cpuMs` (user + system CPU time
 * of the timed section) is less sensitive than wall time to other load on a shared machine.
 */
import { performance } from 'perf_hooks';
// Through the library's core import point: in the cdktn build of the bench (bench.out/build-cdktn,
// lib/cdktf.js rewritten as in the cdktn flavour) the same child runs on cdktn.
import { FLEET } from './fleet';
import { buildHardenedFleet } from './hardened';
import { buildHardenedScalingFleet } from './hardened-asg';
import { buildRawFleet, buildRawScalingFleet } from './raw';
import { AlicloudProvider } from '../../lib';
import { App, TerraformStack } from '../../lib/cdktf';

/** Result line of one synth run. */
export interface SynthRun {
  readonly synthMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly heapUsedMb: number;
}

function main(): void {
  const [fleet, nText, outdir] = process.argv.slice(2);
  const n = Number(nText);
  const builders: Record<string, (stack: TerraformStack, n: number) => void> = {
    'hardened': buildHardenedFleet, 'raw': buildRawFleet, 'hardened-asg': buildHardenedScalingFleet, 'raw-asg': buildRawScalingFleet,
  };
  if (!Object.prototype.hasOwnProperty.call(builders, fleet) || !Number.isInteger(n) || n < 1 || !outdir) {
    console.error('usage: synth-child.js <hardened|raw|hardened-asg|raw-asg> <n> <outdir>');
    process.exit(2);
  }
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const app = new App({ outdir, skipValidation: false });
  const stack = new TerraformStack(app, 'fleet');
  new AlicloudProvider(stack, 'alicloud', { region: FLEET.region });
  builders[fleet](stack, n);
  app.synth();
  const synthMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const run: SynthRun = {
    synthMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main();
