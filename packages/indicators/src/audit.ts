import type { PipelineResult } from './pipeline.js';
import type { PcaResult } from './weighting.js';
import { pca } from './weighting.js';
import {
  correlationPValue,
  kendall,
  kurtosis,
  max,
  mean,
  median,
  min,
  pearson,
  sd,
  skewness,
  spearman,
} from './stats.js';
import type { Table } from './types.js';

export type IndicatorStats = {
  readonly code: string;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly median: number;
  readonly sd: number;
  readonly skew: number;
  readonly kurt: number;
  readonly nAvailable: number;
  readonly fracAvailable: number;
  readonly nNonzero: number;
  /** Share of non-zero values among the observed units (COINr's fraction). */
  readonly fracNonzero: number;
  readonly nUnique: number;
  /** Share of unique values among the observed units (COINr's fraction). */
  readonly fracUnique: number;
  /** Largest number of units sharing one value. */
  readonly maxEqual: number;
  readonly flags: {
    /** Availability < 0.65. */
    readonly lowAvailability: boolean;
    /** Non-zero share < 0.5, divided by all units (COINr's flag). */
    readonly lowNonzero: boolean;
    /** Unique share < 0.5, divided by all units (COINr's flag). */
    readonly lowUnique: boolean;
    /** |skew| > 2 AND kurt > 3.5 (strict, the audit form of the JRC rule). */
    readonly outliers: boolean;
  };
};

/** Per-indicator statistics and flags (docs/methods.md#audit), computed on unrounded values. */
export function indicatorStats(t: Table): IndicatorStats[] {
  const n = t.units.length;
  return t.codes.map((code, j) => {
    const x = t.columns[j]!;
    const counts = new Map<number, number>();
    let nAvailable = 0;
    let nNonzero = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      nAvailable++;
      if (v !== 0) nNonzero++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const sk = skewness(x);
    const ku = kurtosis(x);
    return {
      code,
      min: min(x),
      max: max(x),
      mean: mean(x),
      median: median(x),
      sd: sd(x),
      skew: sk,
      kurt: ku,
      nAvailable,
      fracAvailable: nAvailable / n,
      nNonzero,
      fracNonzero: nAvailable ? nNonzero / nAvailable : NaN,
      nUnique: counts.size,
      fracUnique: nAvailable ? counts.size / nAvailable : NaN,
      maxEqual: Math.max(0, ...counts.values()),
      flags: {
        lowAvailability: nAvailable / n < 0.65,
        lowNonzero: nNonzero / n < 0.5,
        lowUnique: counts.size / n < 0.5,
        outliers: Math.abs(sk) > 2 && ku > 3.5,
      },
    };
  });
}

export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

export type Correlation = {
  readonly a: string;
  readonly b: string;
  readonly r: number;
  readonly n: number;
  /** Two-sided p-value (t approximation for every method). */
  readonly p: number;
  /** p > 0.05: reported, and marked, never blanked. */
  readonly insignificant: boolean;
};

/** Correlation of two columns with its p-value. */
export function correlate(
  x: Float64Array,
  y: Float64Array,
  method: CorrelationMethod = 'pearson',
): { r: number; n: number; p: number } {
  const c = method === 'pearson' ? pearson(x, y) : method === 'spearman' ? spearman(x, y) : kendall(x, y);
  return { ...c, p: correlationPValue(c.r, c.n) };
}

export type CorrelationFlag =
  | {
      readonly code: 'redundant_pair';
      readonly a: string;
      readonly b: string;
      readonly group: string;
      readonly r: number;
    }
  | { readonly code: 'weak_with_parent'; readonly child: string; readonly parent: string; readonly r: number }
  | {
      readonly code: 'size_effect';
      readonly indicator: string;
      readonly denominator: string;
      readonly r: number;
    };

export type CorrelationAudit = {
  readonly withinGroups: readonly Correlation[];
  readonly withParents: readonly Correlation[];
  readonly flags: readonly CorrelationFlag[];
};

/**
 * Correlations within each aggregate's children and of each child with its parent, on the Aggregated table.
 * Flags: |r| > 0.9 between siblings (redundancy), r < `weak` with the parent (default 0.2), and
 * |r| > 0.6 between an indicator and a denominator (size effect) when denominators are given.
 */
export function correlationAudit(
  r: PipelineResult,
  options: {
    readonly method?: CorrelationMethod;
    readonly weak?: number;
    readonly denominators?: Readonly<Record<string, Float64Array>>;
  } = {},
): CorrelationAudit {
  const t = r.stages.Aggregated;
  const col = (c: string) => t.columns[t.codes.indexOf(c)]!;
  const method = options.method ?? 'pearson';
  const weak = options.weak ?? 0.2;
  const within: Correlation[] = [];
  const parents: Correlation[] = [];
  const flags: CorrelationFlag[] = [];
  const childrenOf = new Map<string, string[]>();
  for (const n of r.spec.nodes)
    if (n.parent && t.codes.includes(n.id))
      childrenOf.set(n.parent, [...(childrenOf.get(n.parent) ?? []), n.id]);
  for (const [parent, kids] of childrenOf) {
    for (let a = 0; a < kids.length; a++) {
      const pc = correlate(col(kids[a]!), col(parent), method);
      parents.push({ a: kids[a]!, b: parent, ...pc, insignificant: !(pc.p <= 0.05) });
      if (pc.r < weak) flags.push({ code: 'weak_with_parent', child: kids[a]!, parent, r: pc.r });
      for (let b = a + 1; b < kids.length; b++) {
        const c = correlate(col(kids[a]!), col(kids[b]!), method);
        within.push({ a: kids[a]!, b: kids[b]!, ...c, insignificant: !(c.p <= 0.05) });
        if (Math.abs(c.r) > 0.9)
          flags.push({ code: 'redundant_pair', a: kids[a]!, b: kids[b]!, group: parent, r: c.r });
      }
    }
  }
  for (const [name, d] of Object.entries(options.denominators ?? {})) {
    for (const ind of r.spec.nodes.filter((n) => n.type === 'indicator')) {
      const c = correlate(col(ind.id), d, method);
      if (Math.abs(c.r) > 0.6)
        flags.push({ code: 'size_effect', indicator: ind.id, denominator: name, r: c.r });
    }
  }
  return { withinGroups: within, withParents: parents, flags };
}

/**
 * Cronbach's α on a pairwise-complete covariance matrix: k²·mean(off-diagonal covariances) / Σ(all covariances)
 * (COINr's form; equal to k/(k−1)·(1 − Σσ_i²/σ_T²) on complete data).
 */
export function cronbachAlpha(cols: readonly Float64Array[]): number {
  const k = cols.length;
  if (k < 2) return NaN;
  let off = 0;
  let all = 0;
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      const x = cols[a]!;
      const y = cols[b]!;
      let n = 0;
      let mx = 0;
      let my = 0;
      for (let i = 0; i < x.length; i++) {
        if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
        n++;
        mx += x[i]!;
        my += y[i]!;
      }
      mx /= n;
      my /= n;
      let c = 0;
      for (let i = 0; i < x.length; i++) {
        if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
        c += (x[i]! - mx) * (y[i]! - my);
      }
      c /= n - 1;
      all += c;
      if (a !== b) off += c;
    }
  return (k * k * (off / (k * (k - 1)))) / all;
}

/** α of the set, and α with each item deleted in turn. */
export function cronbachIfDeleted(
  cols: readonly Float64Array[],
  codes: readonly string[],
): { alpha: number; ifDeleted: { code: string; alpha: number }[] } {
  return {
    alpha: cronbachAlpha(cols),
    ifDeleted: codes.map((code, j) => ({ code, alpha: cronbachAlpha(cols.filter((_, i) => i !== j)) })),
  };
}

/** PCA of each aggregate's children (eigenvalues, variance shares, loadings), with the NA policy stated. */
export function pcaByAggregate(
  r: PipelineResult,
  naPolicy: 'listwise' | 'pairwise' = 'listwise',
): { aggregate: string; children: string[]; pca?: PcaResult; error?: string }[] {
  const t = r.stages.Aggregated;
  const out: { aggregate: string; children: string[]; pca?: PcaResult; error?: string }[] = [];
  for (const a of r.aggregates) {
    const kids = r.spec.nodes.filter((n) => n.parent === a && t.codes.includes(n.id)).map((n) => n.id);
    if (kids.length < 2) continue;
    const p = pca(
      kids.map((k) => t.columns[t.codes.indexOf(k)]!),
      naPolicy,
    );
    out.push(
      p.ok
        ? { aggregate: a, children: kids, pca: p.value }
        : { aggregate: a, children: kids, error: p.error.code },
    );
  }
  return out;
}

/**
 * Correlation ratio η² = V(E[y | x]) / V(y), estimated by binning x into B equal-count bins (default ⌊√n⌋, at least 2)
 * and taking the bin means of y. Reported beside Pearson's r².
 */
export function correlationRatio(
  x: Float64Array,
  y: Float64Array,
  bins?: number,
): { eta2: number; r2: number; bins: number; method: 'equal-count binning' } {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) idx.push(i);
  idx.sort((a, b) => x[a]! - x[b]!);
  const n = idx.length;
  const B = Math.max(2, Math.min(n, bins ?? Math.floor(Math.sqrt(n))));
  const my = idx.reduce((s, i) => s + y[i]!, 0) / n;
  let vy = 0;
  for (const i of idx) vy += (y[i]! - my) ** 2;
  vy /= n;
  let vb = 0;
  for (let b = 0; b < B; b++) {
    const part = idx.slice(Math.floor((b * n) / B), Math.floor(((b + 1) * n) / B));
    if (part.length === 0) continue;
    const m = part.reduce((s, i) => s + y[i]!, 0) / part.length;
    vb += (part.length / n) * (m - my) ** 2;
  }
  const r = pearson(x, y).r;
  return { eta2: vy === 0 ? NaN : vb / vy, r2: r * r, bins: B, method: 'equal-count binning' };
}

/** Normalised correlation ratios of an aggregate's children beside their nominal weights (importance vs weight). */
export function importanceVsWeight(
  r: PipelineResult,
  aggregate: string,
): { child: string; eta2: number; share: number; weight: number; r2: number }[] {
  const t = r.stages.Aggregated;
  const y = t.columns[t.codes.indexOf(aggregate)]!;
  const kids = r.spec.nodes.filter((n) => n.parent === aggregate).map((n) => n.id);
  const rows = kids.map((k) => ({ child: k, ...correlationRatio(t.columns[t.codes.indexOf(k)]!, y) }));
  const se = rows.reduce((s, x) => s + x.eta2, 0);
  const sw = kids.reduce((s, k) => s + (r.weights.nominal[k] ?? 0), 0);
  return rows.map((x) => ({
    child: x.child,
    eta2: x.eta2,
    share: x.eta2 / se,
    weight: (r.weights.nominal[x.child] ?? 0) / sw,
    r2: x.r2,
  }));
}
