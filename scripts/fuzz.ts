/**
 * Fuzzed bad input, large run: at least 10,000 random INVALID prop sets across every construct
 * (test/proof/fuzz.ts); each must be rejected with the library's HardeningValidationError naming the
 * construct path, the property, the value and what is allowed. Seeded and reproducible:
 *
 *   FUZZ_SEED=123 FUZZ_COUNT=10000 npx ts-node --transpile-only --project tsconfig.dev.json scripts/fuzz.ts
 *
 * Also run by `npm run validate` (scripts/validate.ts); a fast run is part of `npm test`.
 */
import { runFuzz } from '../test/proof/fuzz';

/** Cases of the large run (the issue asks for at least 10,000). */
export const DEFAULT_FUZZ_COUNT = 10000;

/** Runs the large fuzz; logs a summary and the first failures; returns true when every case was rejected properly. */
export function runLargeFuzz(log: (line: string) => void = console.log): boolean {
  const env = process.env.FUZZ_SEED;
  const seed = env !== undefined && env !== '' && Number.isInteger(Number(env)) ? Number(env) : Math.floor(Math.random() * 2 ** 31);
  const count = Number.isInteger(Number(process.env.FUZZ_COUNT)) && process.env.FUZZ_COUNT ? Number(process.env.FUZZ_COUNT) : DEFAULT_FUZZ_COUNT;
  const started = Date.now();
  const r = runFuzz(seed, count);
  const ok = r.failures.length === 0;
  log(`${ok ? 'ok  ' : 'FAIL'}  fuzz: ${r.cases} invalid prop sets, ${r.rejected} rejected with HardeningValidationError naming path, property, value and what is allowed, `
    + `${r.failures.length} failures; ${r.codes.size} distinct error codes (${((Date.now() - started) / 1000).toFixed(1)}s, seed ${seed})`);
  log(`      by construct: ${[...r.byConstruct.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (!ok) {
    for (const f of r.failures.slice(0, 20)) log(`      ${f}`);
    log(`      replay with FUZZ_SEED=${seed} FUZZ_COUNT=${count}`);
  }
  return ok;
}

if (require.main === module) {
  process.exitCode = runLargeFuzz() ? 0 : 1;
}
