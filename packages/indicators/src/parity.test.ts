import { describe, expect, it } from 'vitest';
import { naiveReplication } from '../bench/naive.js';
import { syntheticCoin } from '../bench/synthetic.js';
import { runPipeline } from './pipeline.js';

describe('parity with an independent straightforward implementation (COINr reference build steps)', () => {
  for (const seed of [1, 2, 3]) {
    it(`51 × 49 synthetic coin, seed ${seed}: every aggregate agrees to 1e-9`, () => {
      const { spec, data } = syntheticCoin(51, 49, seed);
      const r = runPipeline(spec, data);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const naive = naiveReplication(spec, data);
      const t = r.value.stages.Aggregated;
      expect(t.units.length).toBe(Object.keys(naive).length);
      let compared = 0;
      for (const code of r.value.aggregates) {
        const col = t.columns[t.codes.indexOf(code)]!;
        t.units.forEach((u, i) => {
          const v = naive[u]![code];
          if (v === null || v === undefined) expect(Number.isNaN(col[i]!)).toBe(true);
          else {
            expect(Math.abs(col[i]! - v)).toBeLessThan(1e-9);
            compared++;
          }
        });
      }
      expect(compared).toBeGreaterThan(400);
      expect(r.value.treatment.some((x) => x.winsorised > 0)).toBe(true);
      if (seed === 1) expect(r.value.treatment.some((x) => x.transform === 'logCT')).toBe(true); // the fallback path is exercised
    });
  }
});
