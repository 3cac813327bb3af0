import type { ImputeMethod, ImputeStep } from '@dsc/domain';
import { cholSolve, cholesky, logDetChol, zeros } from '../linalg.js';
import type { Recorder } from '../recorder.js';
import { max, mean, median, min, mapColumn } from '../stats.js';

/** What the imputation of a table needs besides the values. */
export type ImputeContext = {
  readonly units: readonly string[];
  readonly codes: readonly string[];
  readonly directions: readonly (1 | -1)[];
  readonly parents: readonly (string | undefined)[];
  readonly groups?: Readonly<Record<string, readonly (string | null)[]>> | undefined;
};

type CrossMethod = Exclude<ImputeMethod, 'latest' | 'nocb' | 'constant' | 'linear' | 'linearConstant'>;

/**
 * Imputes a table column by column (or jointly for `byRow`, `em`, `knn`). Observed values are never changed
 * (asserted), every filled cell is labelled `imputed:<method>`, cells that cannot be filled stay `NA` with a finding.
 */
export function imputeTable(
  columns: readonly Float64Array[],
  steps: readonly (ImputeStep | undefined)[],
  ctx: ImputeContext,
  rec: Recorder,
): Float64Array[] {
  const out: Float64Array[] = columns.map((c) => c.slice());
  const joint = new Map<string, { idx: number[]; step: ImputeStep }>();
  steps.forEach((s, j) => {
    if (!s || s.method === 'none') return;
    const m = s.method as CrossMethod;
    if (m === 'byRow' || m === 'em' || m === 'knn') {
      const key = JSON.stringify(s);
      const g = joint.get(key) ?? { idx: [], step: s };
      g.idx.push(j);
      joint.set(key, g);
      return;
    }
    out[j] = imputeColumn(columns[j]!, s, ctx, ctx.codes[j]!, rec);
  });
  for (const { idx, step } of joint.values()) {
    const sub = idx.map((j) => columns[j]!);
    const filled =
      step.method === 'em'
        ? imputeEM(sub, step.tol ?? 1e-6, step.maxIter ?? 200)
        : step.method === 'knn'
          ? imputeKnn(sub, step.k ?? 5)
          : imputeByRow(
              sub,
              idx.map((j) => ctx.directions[j]!),
              step.withinParent ? idx.map((j) => ctx.parents[j]) : undefined,
            );
    idx.forEach((j, t) => {
      out[j] = filled[t]!;
      labelFilled(columns[j]!, filled[t]!, ctx.units, ctx.codes[j]!, step.method, rec);
    });
  }
  // invariant: observed values are never changed
  columns.forEach((c, j) => {
    for (let i = 0; i < c.length; i++) {
      if (!Number.isNaN(c[i]!) && !Object.is(c[i], out[j]![i]))
        throw new Error(`imputation changed an observed value (${ctx.codes[j]})`);
    }
  });
  return out;
}

function labelFilled(
  before: Float64Array,
  after: Float64Array,
  units: readonly string[],
  code: string,
  method: string,
  rec: Recorder,
) {
  const left: string[] = [];
  for (let i = 0; i < before.length; i++) {
    if (!Number.isNaN(before[i]!)) continue;
    if (Number.isNaN(after[i]!)) left.push(units[i]!);
    else rec.mark(units[i]!, code, 'impute', `imputed:${method}`);
  }
  if (left.length > 0) rec.find({ code: 'imputation_not_possible', indicator: code, units: left, method });
}

/** Column statistics: mean, median, and their group versions. */
export function imputeColumn(
  x: Float64Array,
  step: ImputeStep,
  ctx: ImputeContext,
  code: string,
  rec: Recorder,
): Float64Array {
  const out = x.slice();
  const stat = step.method === 'median' || step.method === 'groupMedian' ? median : mean;
  if (step.method === 'mean' || step.method === 'median') {
    const v = stat(x);
    for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i]!)) out[i] = v;
  } else if (step.method === 'groupMean' || step.method === 'groupMedian') {
    const groupName = step.group!;
    const g = ctx.groups?.[groupName] ?? [];
    const byGroup = new Map<string, number[]>();
    for (let i = 0; i < x.length; i++) {
      const gi = g[i];
      if (gi === null || gi === undefined || Number.isNaN(x[i]!)) continue;
      const list = byGroup.get(gi) ?? [];
      list.push(x[i]!);
      byGroup.set(gi, list);
    }
    const stats = new Map([...byGroup].map(([k, v]) => [k, stat(v)]));
    for (let i = 0; i < x.length; i++) {
      if (!Number.isNaN(x[i]!)) continue;
      const gi = g[i];
      if (gi === null || gi === undefined) {
        rec.find({ code: 'group_missing', unit: ctx.units[i]!, indicator: code, group: groupName });
        continue;
      }
      out[i] = stats.get(gi) ?? NaN;
    }
  } else {
    throw new Error(`imputeColumn: ${step.method} is not a column method`);
  }
  labelFilled(x, out, ctx.units, code, step.method, rec);
  return out;
}

/**
 * `byRow`: min-max normalise each column (direction-adjusted), fill a unit's gap with its mean normalised score
 * (over all columns, or only those with the same parent), then back-transform to raw units.
 */
export function imputeByRow(
  columns: readonly Float64Array[],
  directions: readonly (1 | -1)[],
  parents?: readonly (string | undefined)[],
): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const lo = columns.map((c) => min(c));
  const hi = columns.map((c) => max(c));
  const norm = columns.map((c, j) => {
    const r = hi[j]! - lo[j]!;
    return mapColumn(c, (v) => (r === 0 ? NaN : directions[j] === 1 ? (v - lo[j]!) / r : (hi[j]! - v) / r));
  });
  return columns.map((c, j) => {
    const out = c.slice();
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(c[i]!)) continue;
      let s = 0;
      let k = 0;
      for (let t = 0; t < columns.length; t++) {
        if (parents && parents[t] !== parents[j]) continue;
        const v = norm[t]![i]!;
        if (!Number.isNaN(v)) {
          s += v;
          k++;
        }
      }
      if (k === 0) continue;
      const m = s / k;
      const r = hi[j]! - lo[j]!;
      out[i] = directions[j] === 1 ? lo[j]! + m * r : hi[j]! - m * r;
    }
    return out;
  });
}

/** kNN: distances on min-max normalised observed columns (RMS over shared columns); fill with the mean of the k nearest donors. */
export function imputeKnn(columns: readonly Float64Array[], k: number): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const norm = columns.map((c) => {
    const lo = min(c);
    const r = max(c) - lo;
    return mapColumn(c, (v) => (r === 0 ? (Number.isNaN(v) ? NaN : 0) : (v - lo) / r));
  });
  const dist = (a: number, b: number) => {
    let s = 0;
    let m = 0;
    for (const c of norm) {
      const x = c[a]!;
      const y = c[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      s += (x - y) * (x - y);
      m++;
    }
    return m === 0 ? Infinity : Math.sqrt(s / m);
  };
  return columns.map((c) => {
    const out = c.slice();
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(c[i]!)) continue;
      const donors: { d: number; v: number; j: number }[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i || Number.isNaN(c[j]!)) continue;
        const d = dist(i, j);
        if (d < Infinity) donors.push({ d, v: c[j]!, j });
      }
      donors.sort((a, b) => a.d - b.d || a.j - b.j);
      const use = donors.slice(0, k);
      if (use.length > 0) out[i] = use.reduce((s, d) => s + d.v, 0) / use.length;
    }
    return out;
  });
}

/**
 * Multivariate-normal EM: E-step conditional means and covariances of the missing part given the observed part,
 * M-step μ and Σ; stops when the observed-data log-likelihood changes by less than `tol`. A ridge of 1e-9·tr(Σ)/p
 * keeps Σ positive definite when units are few.
 */
export function imputeEM(
  columns: readonly Float64Array[],
  tol: number,
  maxIter: number,
): Float64Array[] & { iterations?: number } {
  const p = columns.length;
  const n = columns[0]?.length ?? 0;
  const X = Array.from({ length: n }, (_, i) => columns.map((c) => c[i]!));
  let mu = columns.map((c) => mean(c));
  const filled = X.map((r) => r.map((v, j) => (Number.isNaN(v) ? mu[j]! : v)));
  let sigma = zeros(p, p);
  const covOf = (rows: number[][], extra: number[][] | undefined) => {
    const m = new Array<number>(p).fill(0);
    for (const r of rows) for (let j = 0; j < p; j++) m[j] = m[j]! + r[j]! / n;
    const s = zeros(p, p);
    for (const r of rows)
      for (let a = 0; a < p; a++)
        for (let b = 0; b < p; b++) s[a]![b] = s[a]![b]! + ((r[a]! - m[a]!) * (r[b]! - m[b]!)) / n;
    if (extra)
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) s[a]![b] = s[a]![b]! + extra[a]![b]! / n;
    return { m, s };
  };
  ({ m: mu, s: sigma } = covOf(filled, undefined));
  let prevLL = -Infinity;
  let iter = 0;
  for (; iter < maxIter; iter++) {
    let tr = 0;
    for (let a = 0; a < p; a++) tr += sigma[a]![a]!;
    const ridge = (1e-9 * tr) / Math.max(p, 1) || 1e-12;
    for (let a = 0; a < p; a++) sigma[a]![a] = sigma[a]![a]! + ridge;
    const C = zeros(p, p);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i]!;
      const o: number[] = [];
      const m: number[] = [];
      row.forEach((v, j) => (Number.isNaN(v) ? m : o).push(j));
      if (o.length === 0) {
        for (const j of m) filled[i]![j] = mu[j]!;
        for (const a of m) for (const b of m) C[a]![b] = C[a]![b]! + sigma[a]![b]!;
        continue;
      }
      const Soo = o.map((a) => o.map((b) => sigma[a]![b]!));
      const L = cholesky(Soo);
      if (!L) continue;
      const dev = o.map((a) => [row[a]! - mu[a]!]);
      const alpha = cholSolve(L, dev);
      let q = 0;
      o.forEach((_, t) => (q += dev[t]![0]! * alpha[t]![0]!));
      ll += -0.5 * (logDetChol(L) + q + o.length * Math.log(2 * Math.PI));
      if (m.length === 0) continue;
      const Som = o.map((a) => m.map((b) => sigma[a]![b]!));
      const beta = cholSolve(L, Som);
      m.forEach((b, t) => {
        let v = mu[b]!;
        o.forEach((_, s) => (v += Som[s]![t]! * alpha[s]![0]!));
        filled[i]![b] = v;
      });
      m.forEach((a, ta) =>
        m.forEach((b, tb) => {
          let v = sigma[a]![b]!;
          o.forEach((_, s) => (v -= Som[s]![ta]! * beta[s]![tb]!));
          C[a]![b] = C[a]![b]! + v;
        }),
      );
    }
    ({ m: mu, s: sigma } = covOf(filled, C));
    if (Math.abs(ll - prevLL) < tol) {
      iter++;
      break;
    }
    prevLL = ll;
  }
  const result = columns.map((c, j) =>
    mapColumn(c, (v, i) => (Number.isNaN(v) ? filled[i]![j]! : v)),
  ) as Float64Array[] & {
    iterations?: number;
  };
  result.iterations = iter;
  return result;
}

/** One observation of a panel series. */
export type PanelPoint = { readonly unit: string; readonly time: number; readonly value: number | null };

export type PanelMethod = 'latest' | 'nocb' | 'constant' | 'linear' | 'linearConstant';

/**
 * Panel imputation of one indicator: each unit's series is filled along time (ascending). The output keeps the
 * input row order; `imputed[i]` says whether row i was filled. `latest` copies the most recent earlier
 * observation within `maxLag` years; `linear` fails on a single observation only in the sense that it keeps
 * the constant extension (`linearConstant` makes that explicit).
 */
export function imputePanel(
  rows: readonly PanelPoint[],
  method: PanelMethod,
  options: { readonly maxLag?: number } = {},
): { values: (number | null)[]; imputed: boolean[] } {
  const values: (number | null)[] = rows.map((r) => r.value);
  const imputed = rows.map(() => false);
  const byUnit = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const l = byUnit.get(r.unit) ?? [];
    l.push(i);
    byUnit.set(r.unit, l);
  });
  for (const idx of byUnit.values()) {
    const sorted = [...idx].sort((a, b) => rows[a]!.time - rows[b]!.time);
    const obs = sorted.filter((i) => rows[i]!.value !== null && Number.isFinite(rows[i]!.value));
    if (obs.length === 0) continue;
    for (const i of sorted) {
      if (rows[i]!.value !== null) continue;
      const t = rows[i]!.time;
      const prev = [...obs].reverse().find((k) => rows[k]!.time < t);
      const next = obs.find((k) => rows[k]!.time > t);
      let v: number | null = null;
      switch (method) {
        case 'latest':
          if (prev !== undefined && (options.maxLag === undefined || t - rows[prev]!.time <= options.maxLag))
            v = rows[prev]!.value;
          break;
        case 'nocb':
          if (next !== undefined) v = rows[next]!.value;
          break;
        case 'constant':
          v = prev !== undefined ? rows[prev]!.value : rows[obs[0]!]!.value;
          break;
        case 'linear':
        case 'linearConstant':
          if (prev !== undefined && next !== undefined) {
            const t0 = rows[prev]!.time;
            const t1 = rows[next]!.time;
            const y0 = rows[prev]!.value!;
            const y1 = rows[next]!.value!;
            v = y0 + ((y1 - y0) * (t - t0)) / (t1 - t0);
          } else v = prev !== undefined ? rows[prev]!.value : rows[next!]!.value;
          break;
      }
      if (v !== null) {
        values[i] = v;
        imputed[i] = true;
      }
    }
  }
  return { values, imputed };
}
