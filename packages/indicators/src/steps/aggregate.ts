import { mapColumn, rankMin } from '../stats.js';
import type { AggregateSpec, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { Recorder } from '../recorder.js';
import type { IndicatorError } from '../types.js';

/**
 * A per-unit aggregator: the observed children values and their weights (same length, NA already removed, weights
 * not yet normalised) and the method parameters. Values and weights are separate arguments, never concatenated.
 */
export type Aggregator = (
  values: readonly number[],
  weights: readonly number[],
  params: AggregateSpec,
) => number;

const wsum = (w: readonly number[]) => w.reduce((a, b) => a + b, 0);

export const arithmeticMean: Aggregator = (x, w) => {
  let s = 0;
  let sw = 0;
  for (let i = 0; i < x.length; i++) {
    s += w[i]! * x[i]!;
    sw += w[i]!;
  }
  return s / sw;
};

export const geometricMean: Aggregator = (x, w) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * Math.log(x[i]!);
  return Math.exp(s / wsum(w));
};

export const harmonicMean: Aggregator = (x, w) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! / x[i]!;
  return wsum(w) / s;
};

/** Weighted power mean: p = 0 → geometric, 1 → arithmetic, −1 → harmonic. */
export const generalisedMean: Aggregator = (x, w, params) => {
  const p = params.p ?? 1;
  if (p === 0) return geometricMean(x, w, params);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * Math.pow(x[i]!, p);
  return Math.pow(s / wsum(w), 1 / p);
};

/** Ordered weighted average: values sorted descending, position weights (truncated to the observed count, renormalised). */
export const owa: Aggregator = (x, _w, params) => {
  const v = params.positionWeights ?? [];
  const sorted = [...x].sort((a, b) => b - a);
  const used = v.slice(0, sorted.length);
  const sv = wsum(used);
  let s = 0;
  for (let i = 0; i < sorted.length; i++) s += (used[i]! * sorted[i]!) / sv;
  return s;
};

const meanSd = (x: readonly number[]) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  const s = Math.sqrt(x.reduce((a, b) => a + (b - m) * (b - m), 0) / x.length);
  return { m, s };
};

/** Mazziotta–Pareto: M ∓ S·cv with S the population sd over the unit's values; penalty sign is always honoured. */
export const mpi: Aggregator = (x, _w, params) => {
  const { m, s } = meanSd(x);
  const cv = s / m;
  return params.penalty === 'positive' ? m + s * cv : m - s * cv;
};

/** Mean-min (Casadio Tarabusi–Guarini): M − α(√((M − min)² + β²) − β). */
export const meanMin: Aggregator = (x, _w, params) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  const lo = Math.min(...x);
  const a = params.alpha ?? 0;
  const b = params.beta ?? 0;
  return m - a * (Math.sqrt((m - lo) * (m - lo) + b * b) - b);
};

const needsPositive = (s: AggregateSpec): 'positive' | 'nonnegative' | undefined => {
  if (s.method === 'geometric' || s.method === 'harmonic') return 'positive';
  if (s.method === 'generalised') return (s.p ?? 1) <= 0 ? 'positive' : 'nonnegative';
  return undefined;
};

const perUnit: Partial<Record<AggregateSpec['method'], Aggregator>> = {
  arithmetic: arithmeticMean,
  geometric: geometricMean,
  harmonic: harmonicMean,
  generalised: generalisedMean,
  owa,
  mpi,
  ampi: mpi,
  meanMin,
};

/**
 * Aggregates the children columns of one aggregate for every unit (docs/methods.md#aggregation): `datThresh` first, then the
 * method over the observed children with weights renormalised over them. Zero policy for means that need x > 0.
 */
export function aggregateColumns(
  code: string,
  childCodes: readonly string[],
  children: readonly Float64Array[],
  weights: readonly number[],
  spec: AggregateSpec,
  units: readonly string[],
  rec: Recorder,
): Result<Float64Array, IndicatorError> {
  const n = units.length;
  const k = children.length;
  const out = new Float64Array(n).fill(NaN);
  const datThresh = spec.datThresh ?? 0;
  let cols = children;
  let shift = 0;
  const need = needsPositive(spec);
  if (need) {
    const bad = (v: number) => (need === 'positive' ? v <= 0 : v < 0);
    const badUnits = new Set<string>();
    const badChildren = new Set<string>();
    let lo = Infinity;
    cols.forEach((c, j) => {
      for (let i = 0; i < n; i++) {
        const v = c[i]!;
        if (Number.isNaN(v)) continue;
        lo = Math.min(lo, v);
        if (bad(v)) {
          badUnits.add(units[i]!);
          badChildren.add(childCodes[j]!);
        }
      }
    });
    if (badUnits.size > 0) {
      const eps = spec.epsilon ?? 1e-6;
      switch (spec.zeroPolicy ?? 'error') {
        case 'error':
          return err({
            code: 'nonpositive_in_mean',
            aggregate: code,
            method: spec.method,
            units: [...badUnits],
            children: [...badChildren],
          });
        case 'epsilon':
          cols = cols.map((c) =>
            mapColumn(c, (v, i) => {
              if (!Number.isNaN(v) && bad(v)) {
                rec.mark(units[i]!, code, 'aggregate', 'capped');
                return eps;
              }
              return v;
            }),
          );
          rec.find({ code: 'values_capped', aggregate: code, units: [...badUnits] });
          break;
        case 'shift':
          shift = eps - lo;
          cols = cols.map((c) => mapColumn(c, (v) => v + shift));
          break;
        case 'asMissing':
          cols = cols.map((c) => mapColumn(c, (v) => (bad(v) ? NaN : v)));
          break;
      }
    }
  }
  if (spec.method === 'copeland') return ok(copeland(cols, weights, units, code, datThresh, rec));
  if (spec.method === 'borda') return ok(borda(cols, weights, units, code, datThresh, rec));
  if (spec.method === 'bod') return ok(bodScores(cols, units, code, datThresh, rec, spec.bodShares));
  const f = perUnit[spec.method]!;
  const xs: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i < n; i++) {
    xs.length = 0;
    ws.length = 0;
    for (let j = 0; j < k; j++) {
      const v = cols[j]![i]!;
      if (!Number.isNaN(v)) {
        xs.push(v);
        ws.push(weights[j]!);
      }
    }
    if (xs.length < k) rec.mark(units[i]!, code, 'aggregate', 'missing-in-aggregation');
    if (xs.length === 0 || xs.length / k < datThresh || wsum(ws) === 0) continue;
    const v = f(xs, ws, spec) - shift;
    if (Number.isFinite(v)) out[i] = v;
    else rec.find({ code: 'aggregate_undefined', aggregate: code, unit: units[i]!, method: spec.method }); // e.g. MPI with a zero mean
  }
  return ok(out);
}

/**
 * Copeland outranking: for each pair, e_jk = Σ w over children where j beats k + ½ Σ w over ties (children missing
 * for either unit are left out and the weights renormalised for that pair); score = Σ_k sgn(e_jk − ½) with a
 * tolerance of 1e-12 so exact ties count 0.
 */
export function copeland(
  cols: readonly Float64Array[],
  weights: readonly number[],
  units: readonly string[],
  code: string,
  datThresh: number,
  rec: Recorder,
): Float64Array {
  const n = units.length;
  const k = cols.length;
  const out = new Float64Array(n).fill(NaN);
  const avail = Array.from({ length: n }, (_, i) => cols.filter((c) => !Number.isNaN(c[i]!)).length);
  for (let j = 0; j < n; j++) {
    if (avail[j]! < k) rec.mark(units[j]!, code, 'aggregate', 'missing-in-aggregation');
    if (avail[j] === 0 || avail[j]! / k < datThresh) continue;
    let score = 0;
    for (let m = 0; m < n; m++) {
      if (m === j || avail[m] === 0 || avail[m]! / k < datThresh) continue;
      let e = 0;
      let sw = 0;
      for (let i = 0; i < k; i++) {
        const a = cols[i]![j]!;
        const b = cols[i]![m]!;
        if (Number.isNaN(a) || Number.isNaN(b)) continue;
        sw += weights[i]!;
        if (a > b) e += weights[i]!;
        else if (a === b) e += weights[i]! / 2;
      }
      if (sw === 0) continue;
      const d = e / sw - 0.5;
      score += Math.abs(d) <= 1e-12 ? 0 : Math.sign(d);
    }
    out[j] = score;
  }
  return out;
}

/**
 * Borda count: each child ranks the units (ascending, ties at the lowest rank, so the best unit gets the highest
 * rank); the score is the weighted sum of the unit's ranks over its observed children, weights renormalised over them.
 */
export function borda(
  cols: readonly Float64Array[],
  weights: readonly number[],
  units: readonly string[],
  code: string,
  datThresh: number,
  rec: Recorder,
): Float64Array {
  const n = units.length;
  const k = cols.length;
  const ranks = cols.map((c) => rankMin(c));
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let sw = 0;
    let m = 0;
    for (let j = 0; j < k; j++) {
      const r = ranks[j]![i]!;
      if (Number.isNaN(r)) continue;
      s += weights[j]! * r;
      sw += weights[j]!;
      m++;
    }
    if (m < k) rec.mark(units[i]!, code, 'aggregate', 'missing-in-aggregation');
    if (m === 0 || m / k < datThresh || sw === 0) continue;
    out[i] = s / sw;
  }
  return out;
}

/**
 * Benefit-of-the-doubt scores (CRS DEA with unit input): for unit c, max Σ w_i y_ci s.t. Σ_i w_i y_ji ≤ 1 for all j,
 * w ≥ 0. Missing children count as 0 (they cannot raise the score). Solved by the simplex of `solveLP`.
 */
export function bodScores(
  cols: readonly Float64Array[],
  units: readonly string[],
  code: string,
  datThresh: number,
  rec: Recorder,
  shares?: { readonly lower?: number | undefined; readonly upper?: number | undefined },
): Float64Array {
  const n = units.length;
  const k = cols.length;
  const Y = Array.from({ length: n }, (_, j) => cols.map((c) => (Number.isNaN(c[j]!) ? 0 : c[j]!)));
  const out = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++) {
    const avail = cols.filter((col) => !Number.isNaN(col[c]!)).length;
    if (avail < k) rec.mark(units[c]!, code, 'aggregate', 'missing-in-aggregation');
    if (avail === 0 || avail / k < datThresh) continue;
    const r = bod(Y, c, shares);
    out[c] = r.score;
  }
  return out;
}

/**
 * BoD for one unit: the score and one optimal weight vector. `Y[j][i]` = value of child i for unit j (≥ 0).
 * Optional share bounds L ≤ w_i·y_ci / Σ_k w_k·y_ck ≤ U are added as linear rows (right-hand side 0).
 */
export function bod(
  Y: readonly (readonly number[])[],
  c: number,
  shares?: { readonly lower?: number | undefined; readonly upper?: number | undefined },
): { score: number; weights: number[] } {
  const k = Y[0]?.length ?? 0;
  const yc = Y[c]!;
  const A: number[][] = Y.map((r) => r.slice());
  const b: number[] = Y.map(() => 1);
  for (let i = 0; i < k; i++) {
    if (shares?.upper !== undefined) {
      // w_i y_ci − U Σ_k w_k y_ck ≤ 0
      A.push(yc.map((y, j) => (j === i ? y : 0) - shares.upper! * y));
      b.push(0);
    }
    if (shares?.lower !== undefined) {
      // L Σ_k w_k y_ck − w_i y_ci ≤ 0
      A.push(yc.map((y, j) => shares.lower! * y - (j === i ? y : 0)));
      b.push(0);
    }
  }
  const res = solveLP(yc.slice(), A, b);
  return { score: res.value, weights: res.x.slice(0, k) };
}

/**
 * Maximises c·x subject to A x ≤ b, x ≥ 0, with b ≥ 0 (the origin is feasible), by the tableau simplex with
 * Bland's rule (no cycling). Returns the optimum and one optimal x.
 */
export function solveLP(
  c: readonly number[],
  A: readonly (readonly number[])[],
  b: readonly number[],
): { value: number; x: number[] } {
  const m = A.length;
  const nv = c.length;
  const cols = nv + m;
  const T = A.map((row, i) => {
    const r = new Array<number>(cols + 1).fill(0);
    for (let j = 0; j < nv; j++) r[j] = row[j]!;
    r[nv + i] = 1;
    r[cols] = b[i]!;
    return r;
  });
  const z = new Array<number>(cols + 1).fill(0);
  for (let j = 0; j < nv; j++) z[j] = -c[j]!;
  const basis = Array.from({ length: m }, (_, i) => nv + i);
  for (let iter = 0; iter < 10_000; iter++) {
    let enter = -1;
    for (let j = 0; j < cols; j++)
      if (z[j]! < -1e-12) {
        enter = j;
        break;
      }
    if (enter < 0) break;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      const a = T[i]![enter]!;
      if (a > 1e-12) {
        const ratio = T[i]![cols]! / a;
        if (ratio < best - 1e-12 || (Math.abs(ratio - best) <= 1e-12 && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) return { value: Infinity, x: new Array<number>(nv).fill(NaN) };
    const pr = T[leave]!;
    const pv = pr[enter]!;
    for (let j = 0; j <= cols; j++) pr[j] = pr[j]! / pv;
    for (let i = 0; i < m; i++) {
      if (i === leave) continue;
      const f = T[i]![enter]!;
      if (f === 0) continue;
      const row = T[i]!;
      for (let j = 0; j <= cols; j++) row[j] = row[j]! - f * pr[j]!;
    }
    const fz = z[enter]!;
    for (let j = 0; j <= cols; j++) z[j] = z[j]! - fz * pr[j]!;
    basis[leave] = enter;
  }
  const x = new Array<number>(nv).fill(0);
  basis.forEach((bv, i) => {
    if (bv < nv) x[bv] = T[i]![cols]!;
  });
  return { value: z[cols]!, x };
}
