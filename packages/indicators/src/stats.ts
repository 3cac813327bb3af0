/**
 * Numeric helpers. Vectors use `NaN` for a missing value (NA) internally; every function ignores NA unless
 * stated. Results that do not exist (too few values) are `NaN`, turned into typed findings by the callers.
 */

export type Vec = ArrayLike<number>;

/** Observed (non-NA) values of a vector, in order. */
export function observed(x: Vec): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) out.push(v);
  }
  return out;
}

export function countObserved(x: Vec): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) n++;
  return n;
}

export function mean(x: Vec): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return n === 0 ? NaN : s / n;
}

export function min(x: Vec): number {
  let m = Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < m) m = v;
  }
  return m === Infinity ? NaN : m;
}

export function max(x: Vec): number {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v > m) m = v;
  }
  return m === -Infinity ? NaN : m;
}

/** Variance with divisor n − 1 (`sample`) or n (`population`). */
export function variance(x: Vec, type: 'sample' | 'population' = 'sample'): number {
  const m = mean(x);
  if (Number.isNaN(m)) return NaN;
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  const d = type === 'sample' ? n - 1 : n;
  return d <= 0 ? NaN : ss / d;
}

export const sd = (x: Vec, type: 'sample' | 'population' = 'sample'): number => Math.sqrt(variance(x, type));

/** Quantile with linear interpolation between order statistics (R type 7, the default of `quantile()`). */
export function quantile(x: Vec, p: number): number {
  const v = observed(x).sort((a, b) => a - b);
  return quantileSorted(v, p);
}

export function quantileSorted(v: readonly number[], p: number): number {
  const n = v.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
}

export const median = (x: Vec): number => quantile(x, 0.5);

/** Skewness, e1071 "type 2" (the Excel definition); needs at least 3 observed values. */
export function skewness(x: Vec): number {
  const m = mean(x);
  let n = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (Number.isNaN(xi)) continue;
    const d = xi - m;
    s2 += d * d;
    s3 += d * d * d;
    n++;
  }
  if (n < 3) return NaN;
  if (s2 === 0) return NaN;
  const g = (Math.sqrt(n) * s3) / Math.pow(s2, 1.5);
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** Excess kurtosis, e1071 "type 2"; needs at least 4 observed values. */
export function kurtosis(x: Vec): number {
  const m = mean(x);
  let n = 0;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (Number.isNaN(xi)) continue;
    const d = xi - m;
    s2 += d * d;
    s4 += d * d * d * d;
    n++;
  }
  if (n < 4) return NaN;
  if (s2 === 0) return NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Ranks, ascending (the largest value gets the largest rank), ties share the lowest rank (`min`), NA stays NA.
 */
export function rankMin(x: Vec): Float64Array {
  const n = x.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) idx.push(i);
  idx.sort((a, b) => x[a]! - x[b]!);
  const out = new Float64Array(n).fill(NaN);
  let k = 0;
  while (k < idx.length) {
    let j = k;
    while (j + 1 < idx.length && x[idx[j + 1]!]! === x[idx[k]!]!) j++;
    for (let t = k; t <= j; t++) out[idx[t]!] = k + 1;
    k = j + 1;
  }
  return out;
}

/** Average ranks (ties share the mean rank), NA stays NA: the ranks used by Spearman's ρ. */
export function rankAverage(x: Vec): Float64Array {
  const n = x.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) idx.push(i);
  idx.sort((a, b) => x[a]! - x[b]!);
  const out = new Float64Array(n).fill(NaN);
  let k = 0;
  while (k < idx.length) {
    let j = k;
    while (j + 1 < idx.length && x[idx[j + 1]!]! === x[idx[k]!]!) j++;
    const r = (k + j) / 2 + 1;
    for (let t = k; t <= j; t++) out[idx[t]!] = r;
    k = j + 1;
  }
  return out;
}

/**
 * Sport ranking: the highest value gets rank 1, ties share the best rank ("1224"), NA stays NA.
 */
export function sportRank(x: Vec): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) idx.push(i);
  idx.sort((a, b) => x[b]! - x[a]!);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    out[i] = k > 0 && x[idx[k - 1]!]! === x[i]! ? out[idx[k - 1]!]! : k + 1;
  }
  return out;
}

/** Pearson correlation over pairwise-complete observations. */
export function pearson(x: Vec, y: Vec): { r: number; n: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    sx += a;
    sy += b;
  }
  if (n < 2) return { r: NaN, n };
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sxy += (a - mx) * (b - my);
    sxx += (a - mx) * (a - mx);
    syy += (b - my) * (b - my);
  }
  const d = Math.sqrt(sxx * syy);
  return { r: d === 0 ? NaN : sxy / d, n };
}

/** Spearman's ρ: Pearson on average ranks of the pairwise-complete observations. */
export function spearman(x: Vec, y: Vec): { r: number; n: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    xs.push(x[i]!);
    ys.push(y[i]!);
  }
  return pearson(rankAverage(xs), rankAverage(ys));
}

/** Kendall's τ-b over pairwise-complete observations (O(n²), fine for country-sized data). */
export function kendall(x: Vec, y: Vec): { r: number; n: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    xs.push(x[i]!);
    ys.push(y[i]!);
  }
  const n = xs.length;
  let conc = 0;
  let disc = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(xs[i]! - xs[j]!);
      const dy = Math.sign(ys[i]! - ys[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tx++;
      else if (dy === 0) ty++;
      else if (dx === dy) conc++;
      else disc++;
    }
  }
  const d = Math.sqrt((conc + disc + tx) * (conc + disc + ty));
  return { r: d === 0 ? NaN : (conc - disc) / d, n };
}

/** Regularised incomplete beta I_x(a, b) by continued fraction (Numerical Recipes, Lentz). */
function betacf(a: number, b: number, x: number): number {
  const FPMIN = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** ln Γ(x) (Lanczos, g = 7). */
export function lnGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, 1 - x)) / b;
}

/** Two-sided p-value of a correlation r on n pairs (t test with n − 2 degrees of freedom). */
export function correlationPValue(r: number, n: number): number {
  if (Number.isNaN(r) || n < 3) return NaN;
  if (Math.abs(r) >= 1) return 0;
  const df = n - 2;
  const t = r * Math.sqrt(df / (1 - r * r));
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function qnorm(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - pl) return -qnorm(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** A copy of a typed column mapped element-wise (a plain loop: `Float64Array.from(x, fn)` is slow in V8). */
export function mapColumn(x: ArrayLike<number>, fn: (v: number, i: number) => number): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = fn(x[i]!, i);
  return out;
}
