import { describe, expect, it } from 'vitest';
import { Recorder } from '../recorder.js';
import { kurtosis, skewness } from '../stats.js';
import { boxCoxLambda, passesSkewKurt, transform, treatColumn, winsorise } from './treat.js';

const f = (...v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? NaN : x));
const units = (n: number) => Array.from({ length: n }, (_, i) => `U${i}`);
const outliers = f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100);

describe('moments (e1071 type 2)', () => {
  it('match hand-computed values', () => {
    expect(skewness(f(1, 2, 3, 10))).toBeCloseTo(1.763632614803888, 12);
    expect(kurtosis(f(1, 2, 3, 10))).toBeCloseTo(3.228, 12);
    expect(skewness(outliers)).toBeCloseTo(3.0632410342394985, 12);
    expect(kurtosis(outliers)).toBeCloseTo(9.741390834569144, 12);
  });
  it('ignore NA', () => expect(skewness(f(1, null, 2, 3, 10))).toBeCloseTo(1.763632614803888, 12));
});

describe('JRC rule', () => {
  it('fails only when both thresholds are exceeded (≥)', () => {
    expect(passesSkewKurt(2, 3.5, 2, 3.5)).toBe(false);
    expect(passesSkewKurt(1.99, 10, 2, 3.5)).toBe(true);
    expect(passesSkewKurt(-5, 3.49, 2, 3.5)).toBe(true);
  });
  it('winsorises the maximum to the next value until it passes', () => {
    const rec = new Recorder();
    const r = treatColumn(outliers, { method: 'jrc' }, units(12), 'X', rec);
    expect(Array.from(r.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(r.record).toMatchObject({ winsorised: 1, transform: 'none', pass: true, passBefore: false });
    expect(r.record.skewAfter).toBeCloseTo(1.7120380600890506, 12);
    expect(rec.provenance).toEqual([{ unit: 'U11', code: 'X', step: 'treat', label: 'winsorised:hi' }]);
  });
  it('moves ties together, so the count can overshoot winmax', () => {
    // 1..18 and two points at 100: skew 2.717, kurt 6.404 → both 100s move to 18 at once (winmax 1)
    const x = Float64Array.from([...Array.from({ length: 18 }, (_, i) => i + 1), 100, 100]);
    const w = winsorise(x, { winmax: 1, forceWin: false, skewThresh: 2, kurtThresh: 3.5 });
    expect(w.nwin).toBe(2);
    expect(Array.from(w.x).slice(17)).toEqual([18, 18, 18]);
  });
  it('falls back to log on the original data, keeps it even if failing, and labels only the transform', () => {
    const x = f(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1000);
    const rec = new Recorder();
    const r = treatColumn(x, { method: 'jrc', winmax: 1 }, units(20), 'X', rec);
    const lo = 1;
    const a = 0.01 * (1000 - 1);
    expect(r.x[19]).toBeCloseTo(Math.log(1000 - lo + a), 12);
    expect(r.x[0]).toBeCloseTo(Math.log(a), 12);
    expect(r.record.transform).toBe('logCT');
    expect(r.record.winsorisedKept).toBe(false);
    expect(rec.provenance.some((p) => p.label.startsWith('winsorised'))).toBe(false);
    expect(rec.provenance.filter((p) => p.label === 'transformed:logCT')).toHaveLength(20);
    if (!r.record.pass)
      expect(rec.findings).toContainEqual(
        expect.objectContaining({ code: 'treat_still_failing', indicator: 'X' }),
      );
  });
  it('leaves fewer than 4 values or constant data unchanged with a finding', () => {
    const rec = new Recorder();
    const r = treatColumn(f(1, 2, null, 100), { method: 'jrc' }, units(4), 'S', rec);
    expect(Array.from(r.x).slice(0, 2)).toEqual([1, 2]);
    expect(rec.findings).toEqual([{ code: 'treat_not_assessable', indicator: 'S', observed: 3 }]);
    const c = treatColumn(f(5, 5, 5, 5, 5), { method: 'jrc' }, units(5), 'C', rec);
    expect(Array.from(c.x)).toEqual([5, 5, 5, 5, 5]);
    expect(rec.findings).toHaveLength(2);
  });
});

describe('transforms', () => {
  it('logCTplus reflects negative skew', () => {
    const x = f(-100, 1, 2, 3, 4);
    const t = transform(x, 'logCTplus');
    const a = 0.01 * 104;
    expect(t.x[0]).toBeCloseTo(-Math.log(4 + a + 100), 12);
    expect(t.x[4]).toBeCloseTo(-Math.log(a), 12);
  });
  it('boxCox with fixed λ and estimated λ', () => {
    const t = transform(f(0, 1, 3), 'boxCox', 0.5);
    expect(Array.from(t.x)).toEqual([0, (Math.sqrt(2) - 1) / 0.5, (2 - 1) / 0.5]);
    const lognormal = Float64Array.from({ length: 200 }, (_, i) => Math.exp(-2 + (4 * (i + 0.5)) / 200));
    expect(boxCoxLambda(lognormal)).toBeGreaterThan(-0.3);
    expect(boxCoxLambda(lognormal)).toBeLessThan(0.3);
  });
  it('iqr caps at the fences with label capped', () => {
    const rec = new Recorder();
    const r = treatColumn(f(1, 2, 3, 4, 100), { method: 'iqr' }, units(5), 'Q', rec);
    // q1 = 2, q3 = 4, fence = 4 + 1.5·2 = 7
    expect(r.x[4]).toBe(7);
    expect(rec.provenance).toEqual([{ unit: 'U4', code: 'Q', step: 'treat', label: 'capped' }]);
  });
});
