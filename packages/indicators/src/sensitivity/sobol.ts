import { createRng, sobolPoints } from '../random.js';
import { quantileSorted } from '../stats.js';

export type SobolIndex = {
  readonly input: string;
  readonly first: number;
  readonly firstLow: number;
  readonly firstHigh: number;
  readonly total: number;
  readonly totalLow: number;
  readonly totalHigh: number;
  /** S_i lies outside [0, 1] beyond its interval: raise N. */
  readonly nonConvergent: boolean;
};

const mean = (x: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
};

/**
 * Sobol' indices from a Saltelli design: V = var([y_A; y_B]); first order (Saltelli 2010)
 * S_i = mean(y_B·(y_ABi − y_A)) / V; total (Jansen 1999) ST_i = mean((y_A − y_ABi)²) / (2V). Bootstrap CIs resample
 * the N rows (seeded), percentiles 5–95 %.
 */
export function sobolEstimates(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: readonly ArrayLike<number>[],
  names: readonly string[],
  options: { readonly bootstrap?: number; readonly seed?: number; readonly level?: number } = {},
): { variance: number; indices: SobolIndex[] } {
  const N = yA.length;
  const est = (rows: ArrayLike<number>) => {
    const all = new Float64Array(2 * rows.length);
    for (let r = 0; r < rows.length; r++) {
      all[r] = yA[rows[r]!]!;
      all[rows.length + r] = yB[rows[r]!]!;
    }
    const m = mean(all);
    let V = 0;
    for (const v of all) V += (v - m) * (v - m);
    V /= all.length - 1;
    return yAB.map((yi) => {
      let s1 = 0;
      let st = 0;
      for (let r = 0; r < rows.length; r++) {
        const k = rows[r]!;
        s1 += yB[k]! * (yi[k]! - yA[k]!);
        st += (yA[k]! - yi[k]!) * (yA[k]! - yi[k]!);
      }
      return { first: s1 / rows.length / V, total: st / rows.length / (2 * V), V };
    });
  };
  const all = Uint32Array.from({ length: N }, (_, i) => i);
  const point = est(all);
  const B = options.bootstrap ?? 1000;
  const rng = createRng((options.seed ?? 1) ^ 0xb007);
  const boots = yAB.map(() => ({ first: new Float64Array(B), total: new Float64Array(B) }));
  const rows = new Uint32Array(N);
  for (let b = 0; b < B; b++) {
    for (let r = 0; r < N; r++) rows[r] = Math.floor(rng.next() * N);
    est(rows).forEach((e, i) => {
      boots[i]!.first[b] = e.first;
      boots[i]!.total[b] = e.total;
    });
  }
  const lo = options.level ?? 0.05;
  const indices = point.map((p, i) => {
    const f = Array.from(boots[i]!.first)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const t = Array.from(boots[i]!.total)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const fl = quantileSorted(f, lo);
    const fh = quantileSorted(f, 1 - lo);
    return {
      input: names[i]!,
      first: p.first,
      firstLow: fl,
      firstHigh: fh,
      total: p.total,
      totalLow: quantileSorted(t, lo),
      totalHigh: quantileSorted(t, 1 - lo),
      nonConvergent: fh < 0 || fl > 1,
    };
  });
  return { variance: point[0]?.V ?? NaN, indices };
}

/**
 * The Saltelli design for d inputs and base sample N: A and B from one 2d-dimensional (shifted) Sobol' sequence,
 * and A_B^(i) = A with column i from B. Returns row-major u matrices.
 */
export function saltelliDesign(
  n: number,
  d: number,
  seed: number,
): { A: Float64Array; B: Float64Array; AB: Float64Array[] } {
  const P = sobolPoints(n, 2 * d, seed);
  const A = new Float64Array(n * d);
  const B = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) {
      A[i * d + j] = P[i * 2 * d + j]!;
      B[i * d + j] = P[i * 2 * d + d + j]!;
    }
  const AB = Array.from({ length: d }, (_, k) => {
    const M = Float64Array.from(A);
    for (let i = 0; i < n; i++) M[i * d + k] = B[i * d + k]!;
    return M;
  });
  return { A, B, AB };
}

/** Sobol' indices of any function of d uniform inputs (used to validate the estimators on analytic functions). */
export function sobolIndicesOf(
  f: (u: Float64Array) => number,
  d: number,
  n: number,
  seed: number,
  bootstrap = 200,
) {
  const { A, B, AB } = saltelliDesign(n, d, seed);
  const ev = (M: Float64Array) => Float64Array.from({ length: n }, (_, i) => f(M.subarray(i * d, i * d + d)));
  return sobolEstimates(
    ev(A),
    ev(B),
    AB.map(ev),
    Array.from({ length: d }, (_, i) => `x${i + 1}`),
    { bootstrap, seed },
  );
}
