import { describe, expect, it } from 'vitest';
import type { GapAnalysisInput } from './analysis.js';
import { gapAnalysis, median } from './analysis.js';
import { proposeCandidates } from './candidates.js';

const o = (iso3: string, indicator: string, year: number, value: number) => ({ iso3, indicator, year, value, source: 'src' });
const input: GapAnalysisInput = {
  units: ['KAZ', 'KGZ', 'TJK', 'UZB'],
  indicators: [
    { code: 'X', direction: 1 },
    { code: 'Y', direction: -1, target: { value: 2, by: 'BC' } },
  ],
  observations: [
    o('KAZ', 'X', 2023, 90),
    o('KGZ', 'X', 2022, 80),
    o('TJK', 'X', 2020, 30),
    o('TJK', 'X', 2022, 40),
    o('UZB', 'X', 2023, 60),
    o('WLD', 'X', 2023, 10),
    o('KAZ', 'Y', 2022, 0.8),
    o('KGZ', 'Y', 2022, 1.2),
    o('TJK', 'Y', 2022, 4.8),
  ],
  policy: [
    { iso3: 'KAZ', levels: { b: 3, a: 2 } },
    { iso3: 'KGZ', levels: { c: 1, a: 2 } },
    { iso3: 'TJK', levels: { a: 3 } },
    { iso3: 'UZB', levels: {} },
  ],
};
const gap = (indicator: string, country: string, year: number, value: number, reference: string, referenceValue: number, referenceSource = 'src') => ({
  kind: 'indicator',
  indicator,
  country,
  value,
  year,
  reference,
  referenceValue,
  referenceSource,
});

describe('gapAnalysis', () => {
  it('takes the median of the middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('compares each latest value with the target, the other countries’ median and the best in scope (hand-computed)', () => {
    const r = gapAnalysis(input);
    if (!r.ok) throw new Error(r.error.code);
    // X (higher is better): KAZ 90 is the frontier; KGZ 80 ≥ median(90, 40, 60) = 60; TJK 40 (2022) and UZB 60 are
    // below median(90, 80, 60|40) = 80. Y (lower is better, target 2): two peers only, so no peers reference; TJK is
    // above the target; KGZ and TJK are behind the frontier 0.8. UZB has no Y value: no gap is made up. WLD is out of scope.
    expect(r.value.indicator).toEqual([
      gap('X', 'KGZ', 2022, 80, 'frontier', 90),
      gap('X', 'TJK', 2022, 40, 'peers', 80),
      gap('X', 'TJK', 2022, 40, 'frontier', 90),
      gap('X', 'UZB', 2023, 60, 'peers', 80),
      gap('X', 'UZB', 2023, 60, 'frontier', 90),
      gap('Y', 'KGZ', 2022, 1.2, 'frontier', 0.8),
      gap('Y', 'TJK', 2022, 4.8, 'target', 2, 'BC'),
      gap('Y', 'TJK', 2022, 4.8, 'frontier', 0.8),
    ]);
    expect(r.value.policy).toEqual([
      { kind: 'policy', country: 'KAZ', criterion: 'a', level: 2, required: 3 },
      { kind: 'policy', country: 'KGZ', criterion: 'a', level: 2, required: 3 },
      { kind: 'policy', country: 'KGZ', criterion: 'c', level: 1, required: 3 },
    ]);
  });

  it('lets the peers reference start at two other countries, and the required level go down to 2', () => {
    const r = gapAnalysis({ ...input, minPeers: 2, requiredLevel: 2 });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicator.filter((g) => g.indicator === 'Y' && g.reference === 'peers')).toEqual([gap('Y', 'TJK', 2022, 4.8, 'peers', 1)]);
    expect(r.value.policy).toEqual([{ kind: 'policy', country: 'KGZ', criterion: 'c', level: 1, required: 2 }]);
  });

  it('returns an error for a required level outside 1–4 or a peer count below 1', () => {
    expect(gapAnalysis({ ...input, requiredLevel: 5 })).toEqual({ ok: false, error: { code: 'invalid_required_level', value: 5 } });
    expect(gapAnalysis({ ...input, minPeers: 0 })).toEqual({ ok: false, error: { code: 'invalid_min_peers', value: 0 } });
  });
});

describe('proposeCandidates', () => {
  it('proposes national and regional candidates with priorities and horizons by rule (hand-computed)', () => {
    const r = gapAnalysis(input);
    if (!r.ok) throw new Error(r.error.code);
    const c = proposeCandidates(r.value, input.units, { from: 2027 });
    expect(c.map((x) => [x.id, x.priority, x.horizon.term, x.horizon.to, x.gaps.length])).toEqual([
      ['cand-kaz-a', 'medium', 'short', 2028, 1],
      ['cand-kgz-a', 'medium', 'short', 2028, 1],
      ['cand-kgz-c', 'high', 'medium', 2031, 1],
      ['cand-tjk-x', 'high', 'medium', 2031, 2], // (80 − 40) / 80 = 50 % short of the peers
      ['cand-tjk-y', 'high', 'medium', 2031, 2], // above the target
      ['cand-uzb-x', 'medium', 'medium', 2031, 2], // (80 − 60) / 80 = 25 %
      ['cand-regional-a', 'medium', 'medium', 2031, 2], // 2 of 4 countries short: half, not three quarters
    ]);
    expect(c.find((x) => x.id === 'cand-tjk-y')?.template).toEqual({
      code: 'indicator_gap',
      params: { country: 'TJK', indicator: 'Y', value: 4.8, year: 2022, reference: 'target', referenceValue: 2 },
    });
    expect(c.at(-1)?.template).toEqual({ code: 'regional_policy_gap', params: { criterion: 'a', countries: 2, required: 3 } });
    expect(c.find((x) => x.id === 'cand-kgz-c')?.level).toEqual({ scope: 'national', country: 'KGZ' });
  });

  it('is deterministic', () => {
    const a = gapAnalysis(input);
    const b = gapAnalysis({ ...input, policy: [...(input.policy ?? [])].reverse() });
    if (!a.ok || !b.ok) throw new Error('analysis failed');
    expect(proposeCandidates(b.value, input.units, { from: 2027 })).toEqual(proposeCandidates(a.value, input.units, { from: 2027 }));
  });
});
