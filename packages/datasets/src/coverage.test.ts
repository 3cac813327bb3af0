import type { Observation } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { coverage, coverageMarkdown } from './coverage.js';

const o = (iso3: string, indicator: string, year: number): Observation => ({
  kind: 'observation',
  schemaVersion: 1,
  iso3,
  indicator,
  year,
  value: 1,
  unit: 'u',
  status: 'A',
  source: 's',
});

describe('coverage', () => {
  const cells = coverage([o('KAZ', 'A', 2000), o('KAZ', 'A', 2003), o('KAZ', 'A', 2001), o('KAZ', 'A', 2005), o('AFG', 'B', 2010)]);

  it('gives the range, the count and the missing years inside the range', () => {
    expect(cells).toEqual([
      { iso3: 'AFG', indicator: 'B', first: 2010, last: 2010, count: 1, gaps: [] },
      { iso3: 'KAZ', indicator: 'A', first: 2000, last: 2005, count: 4, gaps: [2002, 2004] },
    ]);
  });

  it('renders a matrix with gap marks and a compact gap list; survey series are not flagged', () => {
    const md = coverageMarkdown(cells, ['AFG', 'KAZ'], ['A', 'B']);
    expect(md).toContain('| A | — | 2000–2005* |');
    expect(md).toContain('| B | 2010 | — |');
    expect(md).toContain('- KAZ A: 2002, 2004');
    expect(coverageMarkdown(cells, ['KAZ'], ['A'], new Set(['A']))).toContain('No gaps.');
  });
});
