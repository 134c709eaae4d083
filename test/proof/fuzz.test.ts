import * as fc from 'fast-check';
import { caseStack, fuzzApp, fuzzCase, MUTATIONS, runFuzz, runFuzzCase } from './fuzz';

/** Seeded: FUZZ_SEED replays a run; fast-check prints the seed and the counterexample on failure. */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

describe('fuzzed bad input: every invalid prop set fails with HardeningValidationError', () => {
  test('2,000 random invalid prop sets across all constructs are rejected naming path, property, value and what is allowed', () => {
    const r = runFuzz(seed, 2000);
    if (r.failures.length) throw new Error(`seed ${seed}: ${r.failures.length} of ${r.cases} cases not rejected properly:\n${r.failures.slice(0, 10).join('\n')}`);
    expect(r.rejected).toBe(2000);
    // Every construct took part and many distinct error codes were exercised.
    expect([...r.byConstruct.keys()].sort()).toEqual([...new Set(MUTATIONS.map((m) => m.construct))].sort());
    expect(r.codes.size).toBeGreaterThan(40);
  });

  test('each mutation is rejected at least once (shrinking counterexamples with fast-check)', () => {
    let app = fuzzApp();
    let n = 0;
    fc.assert(fc.property(fuzzCase, (c) => {
      if (++n % 200 === 0) app = fuzzApp();
      const r = runFuzzCase(caseStack(app, n), 'Case', c);
      expect(r.problem).toBeUndefined();
    }), { seed: seed + 1, numRuns: 300 });
  });

  test('the checker is not vacuous: a valid value is reported as a silent success', () => {
    const app = fuzzApp();
    const size = MUTATIONS.find((m) => m.construct === 'EncryptedDisk' && m.property === 'size')!;
    expect(runFuzzCase(caseStack(app, 0), 'Case', { mutation: size, bad: 100 }).problem).toMatch(/accepted silently/);
  });
});
