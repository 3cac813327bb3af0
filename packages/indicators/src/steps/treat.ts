import type { TreatFallback, TreatStep } from '@dsc/domain';
import type { Recorder } from '../recorder.js';
import {
  countObserved,
  kurtosis,
  max,
  median,
  min,
  observed,
  quantile,
  skewness,
  mapColumn,
} from '../stats.js';
import { TREAT_DEFAULTS } from '../spec/index.js';

/** Per-indicator record of the outlier treatment (the `treatment.csv` row). */
export type TreatmentRecord = {
  readonly indicator: string;
  readonly method: TreatStep['method'];
  readonly skewBefore: number;
  readonly kurtBefore: number;
  readonly skewAfter: number;
  readonly kurtAfter: number;
  readonly passBefore: boolean;
  readonly pass: boolean;
  readonly winsorised: number;
  readonly winsorisedKept: boolean;
  readonly transform: TreatFallback | 'none';
  readonly lambda?: number;
  readonly capped: number;
  readonly assessable: boolean;
};

/** JRC pass rule: passes when |skew| < skewThresh OR kurt < kurtThresh (fails only when both are exceeded). */
export const passesSkewKurt = (skew: number, kurt: number, skewThresh: number, kurtThresh: number): boolean =>
  Math.abs(skew) < skewThresh || kurt < kurtThresh;

const LABEL_NONE = 0;
const LABEL_HI = 1;
const LABEL_LO = 2;

/**
 * Iterative winsorisation (docs/methods.md#outlier-treatment, step 3): while failing (or forced) and fewer than `winmax` points moved,
 * move every point equal to the current maximum (skew ≥ 0) or minimum (skew < 0) to the nearest other value.
 * Ties move together, so the count may overshoot `winmax`.
 */
export function winsorise(
  x: Float64Array,
  opts: { winmax: number; forceWin: boolean; skewThresh: number; kurtThresh: number },
): { x: Float64Array; labels: Uint8Array; nwin: number } {
  const v = x.slice();
  const labels = new Uint8Array(x.length);
  let nwin = 0;
  let pass = passesSkewKurt(skewness(v), kurtosis(v), opts.skewThresh, opts.kurtThresh);
  while ((!pass || opts.forceWin) && nwin < opts.winmax) {
    const hi = skewness(v) >= 0;
    const extreme = hi ? max(v) : min(v);
    let other = hi ? -Infinity : Infinity;
    for (let i = 0; i < v.length; i++) {
      const vi = v[i]!;
      if (Number.isNaN(vi) || vi === extreme) continue;
      if (hi ? vi > other : vi < other) other = vi;
    }
    if (!Number.isFinite(other)) break; // no other distinct value remains
    for (let i = 0; i < v.length; i++) {
      if (v[i] === extreme) {
        v[i] = other;
        if (labels[i] === LABEL_NONE) nwin++;
        labels[i] = hi ? LABEL_HI : LABEL_LO;
      }
    }
    pass = passesSkewKurt(skewness(v), kurtosis(v), opts.skewThresh, opts.kurtThresh);
  }
  return { x: v, labels, nwin };
}

/** The monotone transforms of the fallback (constant a = 0.01·(max − min)). */
export function transform(
  x: Float64Array,
  fn: TreatFallback,
  lambda?: number,
): { x: Float64Array; lambda?: number } {
  const lo = min(x);
  const hi = max(x);
  const a = 0.01 * (hi - lo);
  switch (fn) {
    case 'none':
      return { x: x.slice() };
    case 'logCT':
      return { x: mapColumn(x, (v) => Math.log(v - lo + a)) };
    case 'logCTorig':
      return { x: mapColumn(x, (v) => Math.log(v - lo + 1)) };
    case 'logCTplus':
      return skewness(x) > 0
        ? { x: mapColumn(x, (v) => Math.log(v - lo + a)) }
        : { x: mapColumn(x, (v) => -Math.log(hi + a - v)) };
    case 'boxCox': {
      const shifted = mapColumn(x, (v) => v - lo + 1);
      const l = lambda ?? boxCoxLambda(shifted);
      return { x: boxCoxApply(shifted, l), lambda: l };
    }
  }
}

const boxCoxApply = (x: Float64Array, l: number) =>
  mapColumn(x, (v) => (l === 0 ? Math.log(v) : (Math.pow(v, l) - 1) / l));

/**
 * Maximum-likelihood λ of a Box-Cox transform on positive data: maximises ℓ(λ) = −(n/2)·ln σ̂²(λ) + (λ−1)·Σ ln x
 * over [−2, 2] (grid of 0.01, then golden-section refinement).
 */
export function boxCoxLambda(x: Float64Array): number {
  const v = observed(x);
  const n = v.length;
  const sumLog = v.reduce((s, xi) => s + Math.log(xi), 0);
  const ll = (l: number) => {
    const y = v.map((xi) => (Math.abs(l) < 1e-12 ? Math.log(xi) : (Math.pow(xi, l) - 1) / l));
    const m = y.reduce((a, b) => a + b, 0) / n;
    const s2 = y.reduce((a, b) => a + (b - m) * (b - m), 0) / n;
    return -(n / 2) * Math.log(s2) + (l - 1) * sumLog;
  };
  let best = -2;
  let bestLL = -Infinity;
  for (let l = -2; l <= 2.0000001; l += 0.01) {
    const f = ll(l);
    if (f > bestLL) {
      bestLL = f;
      best = l;
    }
  }
  let a = Math.max(-2, best - 0.01);
  let b = Math.min(2, best + 0.01);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 60; k++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (ll(c) > ll(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/**
 * Treats one indicator column. `jrc`: assess skew/kurtosis; winsorise; if still failing apply the fallback to the
 * original (or winsorised, with `combineTreat`) data and keep it even if it still fails. `iqr`, `mad`, `percentile`
 * cap at the fences. Provenance names only what shaped the final value.
 */
export function treatColumn(
  x: Float64Array,
  spec: TreatStep,
  units: readonly string[],
  code: string,
  rec: Recorder,
): { x: Float64Array; record: TreatmentRecord } {
  // field-by-field merge: an omitted field keeps its default
  const s = {
    method: spec.method,
    winmax: spec.winmax ?? TREAT_DEFAULTS.winmax,
    forceWin: spec.forceWin ?? TREAT_DEFAULTS.forceWin,
    skewThresh: spec.skewThresh ?? TREAT_DEFAULTS.skewThresh,
    kurtThresh: spec.kurtThresh ?? TREAT_DEFAULTS.kurtThresh,
    fallback: spec.fallback ?? TREAT_DEFAULTS.fallback,
    combineTreat: spec.combineTreat ?? TREAT_DEFAULTS.combineTreat,
    lambda: spec.lambda,
    k: spec.k,
    percentiles: spec.percentiles,
  };
  const skew0 = skewness(x);
  const kurt0 = kurtosis(x);
  const base = {
    indicator: code,
    method: s.method,
    skewBefore: skew0,
    kurtBefore: kurt0,
    winsorised: 0,
    winsorisedKept: false,
    transform: 'none' as const,
    capped: 0,
  };
  if (s.method === 'none') {
    const pass = passesSkewKurt(skew0, kurt0, s.skewThresh, s.kurtThresh);
    return {
      x: x.slice(),
      record: {
        ...base,
        skewAfter: skew0,
        kurtAfter: kurt0,
        passBefore: pass,
        pass,
        assessable: !Number.isNaN(kurt0),
      },
    };
  }
  if (s.method !== 'jrc') {
    const out = x.slice();
    let lo: number;
    let hi: number;
    if (s.method === 'iqr') {
      const q1 = quantile(x, 0.25);
      const q3 = quantile(x, 0.75);
      const k = s.k ?? 1.5;
      lo = q1 - k * (q3 - q1);
      hi = q3 + k * (q3 - q1);
    } else if (s.method === 'mad') {
      const m = median(x);
      const mad = median(Float64Array.from(observed(x), (v) => Math.abs(v - m)));
      const k = s.k ?? 3;
      lo = m - k * 1.4826 * mad;
      hi = m + k * 1.4826 * mad;
    } else {
      const [pl, pu] = s.percentiles ?? [0.05, 0.95];
      lo = quantile(x, pl);
      hi = quantile(x, pu);
    }
    let capped = 0;
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!;
      if (Number.isNaN(v)) continue;
      if (v < lo || v > hi) {
        out[i] = v < lo ? lo : hi;
        capped++;
        rec.mark(units[i]!, code, 'treat', 'capped');
      }
    }
    const sk = skewness(out);
    const ku = kurtosis(out);
    return {
      x: out,
      record: {
        ...base,
        skewAfter: sk,
        kurtAfter: ku,
        passBefore: passesSkewKurt(skew0, kurt0, s.skewThresh, s.kurtThresh),
        pass: passesSkewKurt(sk, ku, s.skewThresh, s.kurtThresh),
        capped,
        assessable: true,
      },
    };
  }
  // JRC rule
  const nObs = countObserved(x);
  const constant = nObs > 0 && min(x) === max(x);
  if (nObs < 4 || constant || Number.isNaN(kurt0)) {
    rec.find({ code: 'treat_not_assessable', indicator: code, observed: nObs });
    return {
      x: x.slice(),
      record: {
        ...base,
        skewAfter: skew0,
        kurtAfter: kurt0,
        passBefore: true,
        pass: true,
        assessable: false,
      },
    };
  }
  const pass0 = passesSkewKurt(skew0, kurt0, s.skewThresh, s.kurtThresh);
  if (pass0 && !s.forceWin) {
    return {
      x: x.slice(),
      record: { ...base, skewAfter: skew0, kurtAfter: kurt0, passBefore: true, pass: true, assessable: true },
    };
  }
  const w = winsorise(x, {
    winmax: s.winmax,
    forceWin: s.forceWin,
    skewThresh: s.skewThresh,
    kurtThresh: s.kurtThresh,
  });
  const sk1 = skewness(w.x);
  const ku1 = kurtosis(w.x);
  const pass1 = passesSkewKurt(sk1, ku1, s.skewThresh, s.kurtThresh);
  const markWins = () => {
    for (let i = 0; i < x.length; i++) {
      if (w.labels[i] === LABEL_HI) rec.mark(units[i]!, code, 'treat', 'winsorised:hi');
      else if (w.labels[i] === LABEL_LO) rec.mark(units[i]!, code, 'treat', 'winsorised:lo');
    }
  };
  if (pass1 || s.fallback === 'none') {
    markWins();
    if (!pass1) rec.find({ code: 'treat_still_failing', indicator: code, skew: sk1, kurt: ku1 });
    return {
      x: w.x,
      record: {
        ...base,
        skewAfter: sk1,
        kurtAfter: ku1,
        passBefore: pass0,
        pass: pass1,
        winsorised: w.nwin,
        winsorisedKept: true,
        assessable: true,
      },
    };
  }
  const input = s.combineTreat ? w.x : x;
  const t = transform(input, s.fallback, s.lambda);
  const sk2 = skewness(t.x);
  const ku2 = kurtosis(t.x);
  const pass2 = passesSkewKurt(sk2, ku2, s.skewThresh, s.kurtThresh);
  if (s.combineTreat) markWins();
  for (let i = 0; i < x.length; i++)
    if (!Number.isNaN(x[i]!)) rec.mark(units[i]!, code, 'treat', `transformed:${s.fallback}`);
  if (!pass2) rec.find({ code: 'treat_still_failing', indicator: code, skew: sk2, kurt: ku2 });
  const record: TreatmentRecord = {
    ...base,
    skewAfter: sk2,
    kurtAfter: ku2,
    passBefore: pass0,
    pass: pass2,
    winsorised: w.nwin,
    winsorisedKept: s.combineTreat,
    transform: s.fallback,
    assessable: true,
    ...(t.lambda !== undefined ? { lambda: t.lambda } : {}),
  };
  return { x: t.x, record };
}
