import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage } from '../coverage.js';
import { toObservation } from '../observations.js';
import { convertObservationFile } from './observations.js';

const HEADER = 'iso3,indicator_code,indicator_name,year,value,unit,source';
const SRC = 'World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators';
const AREAS = ['AFG', 'KAZ', 'WLD', 'ECS'];
const SERIES = [
  ['IT.CEL.SETS.P2', 'per 100 people'],
  ['SP.POP.TOTL', 'persons'],
] as const;

/** Random distinct (area, series, year) rows with published-looking decimal values. */
const rowsArb = fc
  .uniqueArray(
    fc.record({
      area: fc.constantFrom(...AREAS),
      series: fc.constantFrom(...SERIES),
      year: fc.integer({ min: 2000, max: 2025 }),
      value: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    }),
    { selector: (r) => `${r.area}/${r.series[0]}/${r.year}`, minLength: 1, maxLength: 40 },
  )
  .map((rows) => rows.map((r) => `${r.area},${r.series[0]},x,${r.year},${String(r.value)},${r.series[1]},${SRC}`));

describe('import properties', () => {
  it('row order does not change the output; every value round-trips exactly; lines point at their row', () => {
    fc.assert(
      fc.property(rowsArb, fc.func(fc.integer()), (lines, rank) => {
        const shuffled = [...lines].sort((a, b) => rank(a) - rank(b));
        const a = convertObservationFile('wb_wdi_ict_macro.csv', [HEADER, ...lines].join('\n'));
        const b = convertObservationFile('wb_wdi_ict_macro.csv', [HEADER, ...shuffled].join('\r\n'));
        if (!a.ok || !b.ok) return false;
        expect(a.value.rows.map((t) => t.slice(0, 5))).toEqual(b.value.rows.map((t) => t.slice(0, 5)));
        for (const t of b.value.rows) {
          const raw = shuffled[t[5] - 2] ?? '';
          const f = raw.split(',');
          expect([f[0], f[1], Number(f[3]), Number(f[4])]).toEqual([t[0], t[1], t[2], t[3]]);
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('coverage: count + gaps fill the first–last range exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 1, maxLength: 30 }), (years) => {
        const obs = years.map((y, i) => toObservation(['KAZ', 'EGDI', y, i, 'A', i + 2, 'un-desa-egov'], 'f.csv', 'u'));
        const [c] = coverage(obs);
        expect(c?.count).toBe(years.length);
        expect((c?.count ?? 0) + (c?.gaps.length ?? 0)).toBe((c?.last ?? 0) - (c?.first ?? 0) + 1);
        for (const g of c?.gaps ?? []) expect(years).not.toContain(g);
      }),
    );
  });
});
