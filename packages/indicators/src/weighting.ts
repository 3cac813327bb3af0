import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { Mat } from './linalg.js';
import { symmetricEigen } from './linalg.js';
import { mean, pearson, sd } from './stats.js';
import type { IndicatorError } from './types.js';

/** Saaty's random consistency index RI(n) for n = 1…10. */
export const SAATY_RI: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

export type AhpResult = {
  readonly weights: number[];
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  /** CR above 0.10: the judgements are not consistent enough. */
  readonly inconsistent: boolean;
};

/**
 * AHP weights: element-wise geometric mean of the experts' reciprocal matrices (1–9 scale), principal eigenvector
 * (power iteration) normalised to sum 1; CI = (λmax − n)/(n − 1), CR = CI / RI(n).
 */
export function ahpWeights(
  matrices: readonly (readonly (readonly number[])[])[],
): Result<AhpResult, IndicatorError> {
  const n = matrices[0]?.length ?? 0;
  if (n === 0) return err({ code: 'invalid_input', pointer: '', message: 'No pairwise comparison matrix' });
  for (const [e, m] of matrices.entries()) {
    if (m.length !== n || m.some((r) => r.length !== n))
      return err({ code: 'invalid_input', pointer: `/${e}`, message: `Matrix ${e} is not ${n}×${n}` });
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (Math.abs(m[i]![j]! * m[j]![i]! - 1) > 1e-6)
          return err({
            code: 'invalid_input',
            pointer: `/${e}/${i}/${j}`,
            message: 'The matrix is not reciprocal (a_ij · a_ji ≠ 1)',
          });
  }
  const A: Mat = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      Math.exp(matrices.reduce((s, m) => s + Math.log(m[i]![j]!), 0) / matrices.length),
    ),
  );
  let w = new Array<number>(n).fill(1 / n);
  let lambda = n;
  for (let it = 0; it < 1000; it++) {
    const v = A.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
    const s = v.reduce((a, b) => a + b, 0);
    const next = v.map((x) => x / s);
    lambda = s; // Σ(Aw) with Σw = 1
    const diff = next.reduce((d, x, i) => d + Math.abs(x - w[i]!), 0);
    w = next;
    if (diff < 1e-14) break;
  }
  const ci = n > 1 ? (lambda - n) / (n - 1) : 0;
  const ri = SAATY_RI[n] ?? 1.49;
  const cr = ri === 0 ? 0 : ci / ri;
  return ok({ weights: w, lambdaMax: lambda, ci, cr, inconsistent: cr > 0.1 });
}

/** Budget allocation: each expert spreads points over the components; weight = mean share, spread = sd of shares. */
export function budgetWeights(
  allocations: readonly Readonly<Record<string, number>>[],
  components: readonly string[],
): { weights: number[]; spread: number[] } {
  const shares = allocations.map((a) => {
    const tot = components.reduce((s, c) => s + (a[c] ?? 0), 0);
    return components.map((c) => (tot === 0 ? 0 : (a[c] ?? 0) / tot));
  });
  const weights = components.map((_, j) => mean(shares.map((s) => s[j]!)));
  const spread = components.map((_, j) => (shares.length > 1 ? sd(shares.map((s) => s[j]!)) : 0));
  return { weights, spread };
}

export type PcaResult = {
  readonly eigenvalues: number[];
  readonly varianceShare: number[];
  /** loadings[i][k]: indicator i on component k (eigenvector scaled by √eigenvalue). */
  readonly loadings: number[][];
  readonly used: number;
  readonly dropped: number;
};

/** Correlation matrix with listwise deletion (rows with any NA dropped) or pairwise-complete correlations. */
export function correlationMatrix(
  cols: readonly Float64Array[],
  naPolicy: 'listwise' | 'pairwise',
): { R: Mat; used: number; dropped: number } {
  const k = cols.length;
  const n = cols[0]?.length ?? 0;
  if (naPolicy === 'listwise') {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (cols.every((c) => !Number.isNaN(c[i]!))) rows.push(i);
    const sub = cols.map((c) => Float64Array.from(rows, (i) => c[i]!));
    const R = Array.from({ length: k }, (_, a) =>
      Array.from({ length: k }, (_, b) => (a === b ? 1 : pearson(sub[a]!, sub[b]!).r)),
    );
    return { R, used: rows.length, dropped: n - rows.length };
  }
  const R = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => (a === b ? 1 : pearson(cols[a]!, cols[b]!).r)),
  );
  return { R, used: n, dropped: 0 };
}

/** PCA of standardised data (the correlation matrix), with an explicit NA policy and the count of dropped rows. */
export function pca(
  cols: readonly Float64Array[],
  naPolicy: 'listwise' | 'pairwise' = 'listwise',
): Result<PcaResult, IndicatorError> {
  const { R, used, dropped } = correlationMatrix(cols, naPolicy);
  if (used < cols.length + 1 || R.some((r) => r.some((v) => Number.isNaN(v))))
    return err({ code: 'too_few_units', step: 'pca', units: used, needed: cols.length + 1 });
  const { values, vectors } = symmetricEigen(R);
  const total = values.reduce((a, b) => a + b, 0);
  const loadings = vectors.map((row) => row.map((v, k) => v * Math.sqrt(Math.max(values[k]!, 0))));
  return ok({ eigenvalues: values, varianceShare: values.map((v) => v / total), loadings, used, dropped });
}

/**
 * PCA weights, COINr variant: the PC1 eigenvector, oriented so its sum is positive, normalised to sum 1. Negative
 * components are reported (they are kept: a negative weight is a finding, not something to hide).
 */
export function pcaWeightsPC1(
  cols: readonly Float64Array[],
  naPolicy: 'listwise' | 'pairwise' = 'listwise',
): Result<{ weights: number[]; negative: number[]; pca: PcaResult }, IndicatorError> {
  const p = pca(cols, naPolicy);
  if (!p.ok) return p;
  let v = p.value.loadings.map((r) => r[0]!);
  if (v.reduce((a, b) => a + b, 0) < 0) v = v.map((x) => -x);
  const s = v.reduce((a, b) => a + b, 0);
  const weights = v.map((x) => x / s);
  return ok({ weights, negative: weights.flatMap((w, i) => (w < 0 ? [i] : [])), pca: p.value });
}

/** Varimax rotation (Kaiser, without normalisation) of a loading matrix p × m. */
export function varimax(L: Mat, maxIter = 500, tol = 1e-10): Mat {
  const p = L.length;
  const m = L[0]?.length ?? 0;
  const A = L.map((r) => [...r]);
  if (m < 2) return A;
  for (let it = 0; it < maxIter; it++) {
    let change = 0;
    for (let a = 0; a < m; a++)
      for (let b = a + 1; b < m; b++) {
        let u = 0;
        let v = 0;
        let c = 0;
        let d = 0;
        for (let i = 0; i < p; i++) {
          const x = A[i]![a]!;
          const y = A[i]![b]!;
          const ui = x * x - y * y;
          const vi = 2 * x * y;
          u += ui;
          v += vi;
          c += ui * ui - vi * vi;
          d += 2 * ui * vi;
        }
        const num = d - (2 * u * v) / p;
        const den = c - (u * u - v * v) / p;
        const phi = Math.atan2(num, den) / 4;
        if (Math.abs(phi) < tol) continue;
        change = Math.max(change, Math.abs(phi));
        const cs = Math.cos(phi);
        const sn = Math.sin(phi);
        for (let i = 0; i < p; i++) {
          const x = A[i]![a]!;
          const y = A[i]![b]!;
          A[i]![a] = cs * x + sn * y;
          A[i]![b] = -sn * x + cs * y;
        }
      }
    if (change < tol) break;
  }
  return A;
}

/**
 * PCA weights, OECD/Handbook variant: keep factors with eigenvalue > 1, each explaining > 10 % and together > 60 %
 * of the variance (stop adding once 60 % is reached); varimax-rotate; square the loadings and scale to unit sum per
 * factor; each indicator goes to the factor where its scaled squared loading is largest; weight = that value ×
 * (factor's variance / variance of the kept factors); renormalise. One factor: w_i = l_i² / Σ l².
 */
export function pcaWeightsOECD(
  cols: readonly Float64Array[],
  naPolicy: 'listwise' | 'pairwise' = 'listwise',
): Result<{ weights: number[]; factors: number; pca: PcaResult }, IndicatorError> {
  const p = pca(cols, naPolicy);
  if (!p.ok) return p;
  const { eigenvalues, varianceShare, loadings } = p.value;
  let kept = 0;
  let cum = 0;
  for (let k = 0; k < eigenvalues.length; k++) {
    if (!(eigenvalues[k]! > 1 && varianceShare[k]! > 0.1)) break;
    kept++;
    cum += varianceShare[k]!;
    if (cum > 0.6) break;
  }
  kept = Math.max(kept, 1);
  const L = loadings.map((r) => r.slice(0, kept));
  const R = varimax(L);
  const sq = R.map((r) => r.map((x) => x * x));
  const factorVar = Array.from({ length: kept }, (_, k) => sq.reduce((s, r) => s + r[k]!, 0));
  const totalVar = factorVar.reduce((a, b) => a + b, 0);
  const scaled = sq.map((r) => r.map((x, k) => x / factorVar[k]!));
  const raw = scaled.map((r) => {
    let best = 0;
    for (let k = 1; k < kept; k++) if (r[k]! > r[best]!) best = k;
    return r[best]! * (factorVar[best]! / totalVar);
  });
  const s = raw.reduce((a, b) => a + b, 0);
  return ok({ weights: raw.map((x) => x / s), factors: kept, pca: p.value });
}

/** Nelder–Mead minimiser (deterministic start simplex of ±5 % steps). */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: { maxIter?: number; relTol?: number } = {},
) {
  const n = x0.length;
  const maxIter = options.maxIter ?? 500;
  const relTol = options.relTol ?? 1e-8;
  let simplex = [
    x0.slice(),
    ...x0.map((_, i) => x0.map((v, j) => (i === j ? (v === 0 ? 0.05 : v * 1.05) : v))),
  ];
  let values = simplex.map(f);
  let iter = 0;
  let converged = false;
  for (; iter < maxIter; iter++) {
    const order = values.map((v, i) => i).sort((a, b) => values[a]! - values[b]!);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    const best = values[0]!;
    const worst = values[n]!;
    if (Math.abs(worst - best) <= relTol * (Math.abs(best) + Math.abs(worst)) + 1e-300) {
      converged = true;
      break;
    }
    const centroid = x0.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
    const at = (t: number) => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
    const xr = at(-1);
    const fr = f(xr);
    if (fr < values[0]!) {
      const xe = at(-2);
      const fe = f(xe);
      simplex[n] = fe < fr ? xe : xr;
      values[n] = fe < fr ? fe : fr;
    } else if (fr < values[n - 1]!) {
      simplex[n] = xr;
      values[n] = fr;
    } else {
      const xc = fr < values[n]! ? at(-0.5) : at(0.5);
      const fc = f(xc);
      if (fc < Math.min(fr, values[n]!)) {
        simplex[n] = xc;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i]!.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!));
          values[i] = f(simplex[i]!);
        }
      }
    }
  }
  return { x: simplex[0]!, value: values[0]!, iterations: iter, converged };
}

/**
 * Correlation-optimised weights of one aggregate (COINr `get_opt_weights`): c = correlations of the children with
 * the weighted arithmetic aggregate. `balance` minimises ln(Σ(t_i − c_i/Σc)² / n) with t the normalised target
 * weights; `infomax` maximises Σc. Nelder–Mead from t (relative tolerance 0.1, 500 iterations as COINr).
 */
export function optimisedWeights(
  children: readonly Float64Array[],
  target: readonly number[],
  type: 'balance' | 'infomax' = 'balance',
): Result<
  { weights: number[]; converged: boolean; iterations: number; correlations: number[] },
  IndicatorError
> {
  const k = children.length;
  const n = children[0]?.length ?? 0;
  const complete: number[] = [];
  for (let i = 0; i < n; i++) if (children.every((c) => !Number.isNaN(c[i]!))) complete.push(i);
  if (complete.length < k + 1)
    return err({ code: 'too_few_units', step: 'optimised weights', units: complete.length, needed: k + 1 });
  const cols = children.map((c) => Float64Array.from(complete, (i) => c[i]!));
  const tsum = target.reduce((a, b) => a + b, 0);
  const t = target.map((x) => x / tsum);
  const corr = (w: number[]) => {
    const aw = w.map(Math.abs);
    const s = aw.reduce((a, b) => a + b, 0) || 1;
    const agg = Float64Array.from(complete, (_, r) =>
      cols.reduce((acc, c, j) => acc + (aw[j]! / s) * c[r]!, 0),
    );
    return cols.map((c) => pearson(c, agg).r);
  };
  const objective = (w: number[]) => {
    const c = corr(w);
    if (type === 'infomax') return -c.reduce((a, b) => a + b, 0);
    const cs = c.reduce((a, b) => a + b, 0);
    return Math.log(t.reduce((s, ti, i) => s + (ti - c[i]! / cs) ** 2, 0) / k + 1e-300);
  };
  const r = nelderMead(objective, t, { maxIter: 500, relTol: 0.1 });
  const aw = r.x.map(Math.abs);
  const s = aw.reduce((a, b) => a + b, 0);
  const weights = aw.map((x) => x / s);
  return ok({ weights, converged: r.converged, iterations: r.iterations, correlations: corr(weights) });
}
