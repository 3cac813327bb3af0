import type { Indicator } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { peerMean, standings, strengthsAndWeaknesses, trends } from './profile.js';
import type { AppObservation } from './types.js';

const ind = (code: string, direction: 1 | -1 = 1): Indicator => ({
  kind: 'indicator',
  schemaVersion: 1,
  code,
  name: { en: code },
  unit: '%',
  direction,
  pillar: 'p',
  source: { id: 's', title: 's', licence: 'CC-BY-4.0' },
});
const row = (iso3: string, indicator: string, year: number, value: number): AppObservation => ({
  iso3, indicator, year, value, unit: '%', status: 'A', source: 's',
});

describe('profile', () => {
  const obs = [
    row('KAZ', 'A', 2020, 90), row('KGZ', 'A', 2020, 50), row('UZB', 'A', 2020, 70),
    row('KAZ', 'B', 2020, 9), row('KGZ', 'B', 2020, 1), row('UZB', 'B', 2020, 5),
  ];
  it('ranks in the indicator direction and splits strengths from weaknesses', () => {
    const s = standings(obs, [ind('A'), ind('B', -1)], 'KAZ', ['KAZ', 'KGZ', 'UZB']);
    expect(s.map((x) => [x.indicator.code, x.rank])).toEqual([['A', 1], ['B', 3]]);
    const sw = strengthsAndWeaknesses(s);
    expect(sw.strengths.map((x) => x.indicator.code)).toEqual(['A']);
    expect(sw.weaknesses.map((x) => x.indicator.code)).toEqual(['B']);
  });
  it('computes the compound annual growth between the first and last value', () => {
    const tr = trends([row('KAZ', 'A', 2018, 50), row('KAZ', 'A', 2020, 72)], [ind('A')], 'KAZ');
    expect(tr[0]?.cagr).toBeCloseTo(20, 6);
  });
  it('averages the peers that have a value', () => {
    expect(peerMean(obs, 'A', ['KGZ', 'UZB', 'AFG'])).toEqual({ mean: 60, n: 2 });
    expect(peerMean(obs, 'A', ['AFG'])).toBeNull();
  });
});
