import type { MethodologyNode, NormaliseStep, OutputRange } from '@dsc/domain';
import type { Recorder } from '../recorder.js';
import { countObserved, max, mean, min, observed, quantileSorted, rankMin, sd, mapColumn } from '../stats.js';

/** Default output range per method (`undefined`: the method's own scale, no mapping). */
export function defaultRange(method: NormaliseStep['method']): OutputRange | undefined {
  switch (method) {
    case 'minmax':
    case 'categorical':
      return [0, 100];
    case 'goalposts':
    case 'distToTarget':
    case 'distToRef':
    case 'distToMax':
      return [0, 1];
    case 'zscore':
    case 'scaled':
    case 'fracMax':
    case 'rank':
    case 'borda':
    case 'percentRank':
    case 'aboveBelowMean':
    case 'cyclical':
    case 'quintileBand':
    case 'mpiStd':
    case 'ampiRescale':
    case 'none':
      return undefined;
  }
}

/**
 * Normalises one indicator column. Direction is applied inside (raw values and goalposts are never negated in the
 * spec); a [0, 1] score `s` is mapped to `l + s·(u − l)` of the output range (node, step, or method default).
 */
export function normaliseColumn(
  x: Float64Array,
  step: NormaliseStep,
  node: Pick<MethodologyNode, 'id' | 'direction' | 'goalposts' | 'target' | 'outputRange'>,
  units: readonly string[],
  rec: Recorder,
): Float64Array {
  const dir = node.direction ?? 1;
  const code = node.id;
  const range = node.outputRange ?? step.outputRange ?? defaultRange(step.method);
  const map = (s: number) => (range ? range[0] + s * (range[1] - range[0]) : s);
  const xd = dir === 1 ? x : mapColumn(x, (v) => -v);
  const n = x.length;
  const out = new Float64Array(n);
  const na = () => {
    out.fill(NaN);
    return out;
  };
  if (countObserved(x) === 0) return na();
  switch (step.method) {
    case 'none':
      return x.slice();
    case 'minmax':
    case 'distToMax': {
      const lo = min(xd);
      const hi = max(xd);
      if (hi === lo) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = map((xd[i]! - lo) / (hi - lo));
      return out;
    }
    case 'zscore': {
      const m = mean(xd);
      const s = sd(xd, step.sdType ?? 'sample');
      if (!(s > 0)) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      const mu = step.mean ?? 0;
      const sigma = step.sd ?? 1;
      for (let i = 0; i < n; i++) out[i] = ((xd[i]! - m) / s) * sigma + mu;
      return out;
    }
    case 'scaled': {
      const [a, b] = step.p ?? [0, 100];
      const sorted = observed(xd).sort((u, v) => u - v);
      const p1 = quantileSorted(sorted, a / 100);
      const p2 = quantileSorted(sorted, b / 100);
      if (p2 === p1) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      const k = step.scale ?? 100;
      for (let i = 0; i < n; i++) out[i] = ((xd[i]! - p1) / (p2 - p1)) * k;
      return out;
    }
    case 'goalposts': {
      const gp = node.goalposts!;
      const truncate = step.truncate ?? true;
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (Number.isNaN(v)) {
          out[i] = NaN;
          continue;
        }
        let s = dir === 1 ? (v - gp.min) / (gp.max - gp.min) : (gp.max - v) / (gp.max - gp.min);
        if (truncate && (s < 0 || s > 1)) {
          s = s < 0 ? 0 : 1;
          rec.mark(units[i]!, code, 'normalise', 'capped');
        }
        out[i] = map(s);
      }
      return out;
    }
    case 'distToTarget': {
      const t = node.target!;
      const cap = step.cap ?? true;
      const lo = min(x);
      const hi = max(x);
      const denom = dir === 1 ? t - lo : hi - t;
      if (!(denom > 0)) {
        rec.find({
          code: 'normalise_not_possible',
          indicator: code,
          reason: 'target does not lie beyond the worst value',
        });
        return na();
      }
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (Number.isNaN(v)) {
          out[i] = NaN;
          continue;
        }
        let s = dir === 1 ? (v - lo) / denom : (hi - v) / denom;
        if (cap && s > 1) {
          s = 1;
          rec.mark(units[i]!, code, 'normalise', 'capped');
        }
        out[i] = map(s);
      }
      return out;
    }
    case 'distToRef': {
      const r = units.indexOf(step.reference!);
      const ref = xd[r]!;
      const lo = min(xd);
      if (Number.isNaN(ref) || ref === lo) {
        rec.find({
          code: 'normalise_not_possible',
          indicator: code,
          reason: 'reference value missing or equal to the minimum',
        });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = map(1 - (ref - xd[i]!) / (ref - lo));
      return out;
    }
    case 'fracMax': {
      const hi = max(xd);
      if (hi === 0) {
        rec.find({ code: 'normalise_not_possible', indicator: code, reason: 'maximum is zero' });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = map(xd[i]! / hi);
      return out;
    }
    case 'rank':
    case 'borda':
    case 'percentRank': {
      const r = rankMin(xd);
      const nObs = countObserved(xd);
      for (let i = 0; i < n; i++) {
        const ri = r[i]!;
        out[i] =
          step.method === 'rank'
            ? ri
            : step.method === 'borda'
              ? ri - 1
              : nObs > 1
                ? (ri - 1) / (nObs - 1)
                : NaN;
      }
      return out;
    }
    case 'categorical': {
      const edges = step.bands ?? [0.2, 0.4, 0.6, 0.8];
      const sorted = observed(xd).sort((u, v) => u - v);
      const q = edges.map((p) => quantileSorted(sorted, p));
      for (let i = 0; i < n; i++) {
        const v = xd[i]!;
        if (Number.isNaN(v)) {
          out[i] = NaN;
          continue;
        }
        let k = 0;
        for (const e of q) if (v > e) k++;
        out[i] = map(k / q.length);
      }
      return out;
    }
    case 'aboveBelowMean': {
      const m = mean(xd);
      const p = step.threshold ?? 0;
      const up = m * (1 + p);
      const down = m * (1 - p);
      for (let i = 0; i < n; i++) {
        const v = xd[i]!;
        out[i] = Number.isNaN(v) ? NaN : v > Math.max(up, down) ? 1 : v < Math.min(up, down) ? -1 : 0;
      }
      return out;
    }
    case 'cyclical': {
      const m = mean(xd);
      let mad = 0;
      let k = 0;
      for (const v of observed(xd)) {
        mad += Math.abs(v - m);
        k++;
      }
      mad /= k;
      if (mad === 0) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = (xd[i]! - m) / mad;
      return out;
    }
    case 'mpiStd': {
      const m = mean(xd);
      const s = sd(xd, 'sample');
      if (!(s > 0)) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = 100 + (10 * (xd[i]! - m)) / s;
      return out;
    }
    case 'ampiRescale': {
      const ref = dir * step.referenceValue!;
      const delta = (max(xd) - min(xd)) / 2;
      if (delta === 0) {
        rec.find({ code: 'constant_indicator', indicator: code });
        return na();
      }
      for (let i = 0; i < n; i++) out[i] = 70 + (60 * (xd[i]! - (ref - delta))) / (2 * delta);
      return out;
    }
    case 'quintileBand':
      return quintileBand(x, dir, node.goalposts, step.bandRange ?? [1, 5.99]);
  }
}

/**
 * UNDP Digital Development Compass scoring (docs/methods.md#undp-digital-development-compass). With goalposts ("index" indicators): min-max onto
 * [l, u] over the data together with the goalposts. Without ("raw" indicators): quintile bands from the 0.2…0.8
 * quantiles; band k holds values v with q_{k−1} < v ≤ q_k (band 1 from the minimum); within a band min-max onto
 * [k, k + 0.99] (band width u − 5 + 1 for the default range), a constant band gets k + 0.99. Lower-is-better
 * scores are reflected: `l + u − score` (6.99 − score on [1, 5.99]).
 */
export function quintileBand(
  x: Float64Array,
  dir: 1 | -1,
  goalposts: { min: number; max: number } | undefined,
  bandRange: readonly [number, number],
): Float64Array {
  const [l, u] = bandRange;
  const n = x.length;
  const out = new Float64Array(n).fill(NaN);
  if (goalposts) {
    const lo = Math.min(min(x), goalposts.min);
    const hi = Math.max(max(x), goalposts.max);
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      const s = hi === lo ? u : l + ((v - lo) / (hi - lo)) * (u - l);
      out[i] = dir === 1 ? s : l + u - s;
    }
    return out;
  }
  const sorted = observed(x).sort((a, b) => a - b);
  const q = [0.2, 0.4, 0.6, 0.8].map((p) => quantileSorted(sorted, p));
  const band = Int8Array.from(x, (v) => {
    if (Number.isNaN(v)) return 0;
    let k = 1;
    for (const e of q) if (v > e) k++;
    return k;
  });
  const width = u - l - 4; // 0.99 on [1, 5.99]
  for (let k = 1; k <= 5; k++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      if (band[i] !== k) continue;
      lo = Math.min(lo, x[i]!);
      hi = Math.max(hi, x[i]!);
    }
    for (let i = 0; i < n; i++) {
      if (band[i] !== k) continue;
      const base = l + (k - 1);
      const s = hi === lo ? base + width : base + ((x[i]! - lo) / (hi - lo)) * width;
      out[i] = dir === 1 ? s : l + u - s;
    }
  }
  return out;
}

/**
 * EGDI-style component (docs/methods.md#normalisation, `zMeanMinmax`): z-score each sub-indicator over all units, take the weighted
 * mean of the z-scores, then min-max the result over the same units (some unit is exactly 0 and another 1).
 * Invariant to the choice of sample or population sd. Needs the full country set to reproduce published values.
 */
export function zMeanMinmax(
  columns: readonly Float64Array[],
  weights: readonly number[],
  sdType: 'sample' | 'population' = 'sample',
): Float64Array {
  const n = columns[0]?.length ?? 0;
  const z = columns.map((c) => {
    const m = mean(c);
    const s = sd(c, sdType);
    return mapColumn(c, (v) => (v - m) / s);
  });
  const agg = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sw = 0;
    let acc = 0;
    z.forEach((col, j) => {
      const v = col[i]!;
      if (Number.isNaN(v)) return;
      acc += weights[j]! * v;
      sw += weights[j]!;
    });
    agg[i] = sw === 0 ? NaN : acc / sw;
  }
  const lo = min(agg);
  const hi = max(agg);
  return mapColumn(agg, (v) => (v - lo) / (hi - lo));
}

/**
 * Percentage annual difference of a panel series (time ascending): (x_t − x_{t−1}) / x_{t−1} · 100 on raw values,
 * then the direction; a previous value ≤ 0, missing, or a first year gives NA.
 */
export function pctAnnualDiff(
  series: readonly { readonly time: number; readonly value: number | null }[],
  direction: 1 | -1 = 1,
): (number | null)[] {
  const byTime = new Map(series.map((p) => [p.time, p.value]));
  return series.map((p) => {
    const prev = byTime.get(p.time - 1);
    if (p.value === null || prev === null || prev === undefined || prev <= 0) return null;
    return (direction * (p.value - prev) * 100) / prev;
  });
}
