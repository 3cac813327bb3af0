import type { MaturityBand } from '@dsc/domain';
import type { PipelineResult } from './pipeline.js';
import { sportRank } from './stats.js';

/** Sport ranks within each group (highest value 1, ties share the best rank, NA stays NA; NA group → NA). */
export function groupRanks(values: ArrayLike<number>, groups: readonly (string | null)[]): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g === null) return;
    byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  for (const idx of byGroup.values()) {
    const r = sportRank(idx.map((i) => values[i]!));
    idx.forEach((i, k) => (out[i] = r[k]!));
  }
  return out;
}

export type StrengthWeakness = { readonly code: string; readonly rank: number; readonly value: number };

/**
 * Strengths and weaknesses of a unit (COINr `get_str_weak` parity): rank the unit on every indicator (normalised
 * data are already direction-adjusted; raw data are ranked with the direction), drop indicators where the unit is
 * NA, optionally drop indicators with a unique-value share below `minUnique`, drop indicators where the unit sits at
 * the worst rank present (`minDiscard`, default true), sort by rank (stable: ties keep framework order);
 * strengths = first `topN`, weaknesses = last `bottomN`.
 */
export function strengthsWeaknesses(
  r: PipelineResult,
  unit: string,
  options: {
    readonly topN?: number;
    readonly bottomN?: number;
    readonly minDiscard?: boolean;
    readonly minUnique?: number;
    readonly stage?: 'Raw' | 'Normalised';
  } = {},
): { strengths: StrengthWeakness[]; weaknesses: StrengthWeakness[] } {
  const stage = options.stage ?? 'Normalised';
  const t = r.stages[stage] ?? r.stages.Raw;
  const u = t.units.indexOf(unit);
  if (u < 0) return { strengths: [], weaknesses: [] };
  const dir = new Map(r.spec.nodes.map((n) => [n.id, n.direction ?? 1]));
  const rows: StrengthWeakness[] = [];
  t.codes.forEach((code, j) => {
    const x = t.columns[j]!;
    const v = x[u]!;
    if (Number.isNaN(v)) return;
    const d = stage === 'Raw' ? (dir.get(code) ?? 1) : 1;
    const adj = Float64Array.from(x, (y) => d * y);
    if (options.minUnique !== undefined) {
      const obs = Array.from(adj).filter((y) => !Number.isNaN(y));
      if (new Set(obs).size / obs.length < options.minUnique) return;
    }
    const ranks = sportRank(adj);
    const rank = ranks[u]!;
    let worst = 0;
    for (const rk of ranks) if (!Number.isNaN(rk) && rk > worst) worst = rk;
    if ((options.minDiscard ?? true) && rank === worst) return;
    rows.push({ code, rank, value: v });
  });
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.rank - b.row.rank || a.i - b.i)
    .map((x) => x.row);
  const top = options.topN ?? 5;
  const bottom = options.bottomN ?? 5;
  return { strengths: sorted.slice(0, top), weaknesses: sorted.slice(Math.max(0, sorted.length - bottom)) };
}

/** A unit's scores and ranks on every aggregate, its stage, strengths and weaknesses. */
export function unitSummary(r: PipelineResult, unit: string, bands?: readonly MaturityBand[]) {
  const t = r.stages.Aggregated;
  const i = t.units.indexOf(unit);
  if (i < 0) return undefined;
  const scores = Object.fromEntries(r.aggregates.map((a) => [a, t.columns[t.codes.indexOf(a)]![i]!]));
  const ranks = Object.fromEntries(r.aggregates.map((a) => [a, r.ranks[a]![i]!]));
  const top = r.root !== undefined ? scores[r.root] : undefined;
  const stage = top !== undefined && bands ? classify(top, bands) : undefined;
  return { unit, scores, ranks, stage, ...strengthsWeaknesses(r, unit) };
}

/** The band `[lower, upper)` holding a score (the top band is closed); `undefined` for NA or out of every band. */
export function classify(score: number, bands: readonly MaturityBand[]): string | undefined {
  if (Number.isNaN(score)) return undefined;
  const sorted = [...bands].sort((a, b) => a.lower - b.lower);
  const last = sorted[sorted.length - 1];
  for (const b of sorted)
    if (score >= b.lower && (score < b.upper || (b === last && score === b.upper))) return b.id;
  return undefined;
}

export type TrendResult =
  | { readonly ok: true; readonly value: number; readonly points: number }
  | { readonly ok: false; readonly code: 'too_few_points' | 'nonpositive_start'; readonly points: number };

/**
 * Trend of a series (time ascending or not), direction-aware (−1 flips the sign). `cagr`: (y_last/y_first)^(1/Δt) − 1
 * on the first and last observations; `pctChange`: 2 points → (y_last − y_first)/y_first·100·per/Δt, ≥ 3 points →
 * OLS slope b·per/(a + b·t_first)·100. All equal → 0; fewer than 2 points → a typed failure.
 */
export function trend(
  series: readonly { readonly time: number; readonly value: number | null }[],
  options: {
    readonly method?: 'cagr' | 'pctChange';
    readonly direction?: 1 | -1;
    readonly per?: number;
    readonly useLatest?: number;
  } = {},
): TrendResult {
  let pts = series
    .filter((p) => p.value !== null && Number.isFinite(p.value))
    .sort((a, b) => a.time - b.time) as { time: number; value: number }[];
  if (options.useLatest !== undefined) pts = pts.slice(-options.useLatest);
  const dir = options.direction ?? 1;
  const per = options.per ?? 1;
  if (pts.length < 2) return { ok: false, code: 'too_few_points', points: pts.length };
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  if (pts.every((p) => p.value === first.value)) return { ok: true, value: 0, points: pts.length };
  if ((options.method ?? 'cagr') === 'cagr') {
    if (first.value <= 0) return { ok: false, code: 'nonpositive_start', points: pts.length };
    return {
      ok: true,
      value: dir * (Math.pow(last.value / first.value, 1 / (last.time - first.time)) - 1),
      points: pts.length,
    };
  }
  if (pts.length === 2) {
    if (first.value === 0) return { ok: false, code: 'nonpositive_start', points: 2 };
    return {
      ok: true,
      value: (dir * ((last.value - first.value) / first.value) * 100 * per) / (last.time - first.time),
      points: 2,
    };
  }
  const n = pts.length;
  const mt = pts.reduce((s, p) => s + p.time, 0) / n;
  const my = pts.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of pts) {
    sxy += (p.time - mt) * (p.value - my);
    sxx += (p.time - mt) ** 2;
  }
  const b = sxy / sxx;
  const a = my - b * mt;
  const base = a + b * first.time;
  if (base === 0) return { ok: false, code: 'nonpositive_start', points: n };
  return { ok: true, value: (dir * b * per * 100) / base, points: n };
}

export type Gap = {
  readonly code: string;
  readonly value: number;
  /** Target − value in score units, direction-aware (positive: below target). */
  readonly toTarget?: number;
  /** Best score among the peers − value (positive: behind the frontier). */
  readonly toFrontier?: number;
  readonly frontierUnit?: string;
};

/**
 * Gap analysis of a unit on every code of a stage (default Aggregated): distance to a target per code (in the same
 * units as the stage, direction-aware) and to the peer frontier (the best peer's value).
 */
export function gaps(
  r: PipelineResult,
  unit: string,
  options: {
    readonly targets?: Readonly<Record<string, number>>;
    readonly peers?: readonly string[];
    readonly stage?: 'Aggregated' | 'Normalised' | 'Raw';
  } = {},
): Gap[] {
  const t = r.stages[options.stage ?? 'Aggregated'] ?? r.stages.Aggregated;
  const i = t.units.indexOf(unit);
  if (i < 0) return [];
  const dir = new Map(r.spec.nodes.map((n) => [n.id, n.direction ?? 1]));
  const raw = options.stage === 'Raw';
  const peers = (options.peers ?? t.units)
    .filter((p) => p !== unit)
    .map((p) => t.units.indexOf(p))
    .filter((k) => k >= 0);
  return t.codes.flatMap((code, j): Gap[] => {
    const x = t.columns[j]!;
    const v = x[i]!;
    if (Number.isNaN(v)) return [];
    const d = raw ? (dir.get(code) ?? 1) : 1;
    const target = options.targets?.[code];
    let best = NaN;
    let bestUnit: string | undefined;
    for (const k of peers) {
      const y = x[k]!;
      if (Number.isNaN(y)) continue;
      if (Number.isNaN(best) || d * y > d * best) {
        best = y;
        bestUnit = t.units[k];
      }
    }
    return [
      {
        code,
        value: v,
        ...(target !== undefined ? { toTarget: d * (target - v) } : {}),
        ...(!Number.isNaN(best) ? { toFrontier: d * (best - v), frontierUnit: bestUnit! } : {}),
      },
    ];
  });
}
