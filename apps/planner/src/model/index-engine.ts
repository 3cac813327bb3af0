import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import type { IndicatorError, PipelineResult } from '@dsc/indicators';
import { column, runPipeline, uncertaintyAnalysis } from '@dsc/indicators';
import type { CrossSection } from './index-data.js';
import { bestYear, buildCrossSection, crossSectionSpec, indicatorIds, lookBack } from './index-data.js';
import type { AppObservation } from './types.js';
import { FOCUS_COUNTRIES } from './types.js';

/** Indicators that describe the current state (the policy assessment): their latest value is used. */
export const CURRENT_STATUS: ReadonlySet<string> = new Set(['PRI']);

/** What the dashboards read from one run of a methodology on the current data. */
export interface IndexView {
  spec: MethodologySpec;
  year: number;
  cross: CrossSection;
  result: PipelineResult;
  /** Id of the index (top node). */
  root: string;
  /** Children of the root (pillars), in spec order. */
  pillars: readonly string[];
  indicators: readonly string[];
  nodes: ReadonlyMap<string, MethodologyNode>;
  /** Score of a unit on any node (indicator: normalised value; aggregate: aggregated score). */
  score: (unit: string, node: string) => number | null;
  /** Sport rank (1 = best) of a unit on an aggregate. */
  rank: (unit: string, node: string) => number | null;
  /** Units with a score on the index. */
  ranked: readonly string[];
  /**
   * Pillars scored for some ranked countries only. They are left out of the index (weight 0) so that every
   * country's score and rank rest on the same pillars; their own scores are still shown.
   */
  excluded: readonly ExcludedPillar[];
}

/** A pillar left out of the index because only some countries have a score on it. */
export interface ExcludedPillar {
  node: string;
  /** Countries with a score on the pillar, among those ranked on the index. */
  scored: readonly string[];
  /** Countries ranked on the index. */
  of: number;
}

export type IndexOutcome =
  | { ok: true; view: IndexView }
  | { ok: false; reason: 'no_data' }
  | { ok: false; reason: 'engine'; error: IndicatorError };

/** Runs `spec` over the focus countries at the latest year with data (or `year`). */
export function computeIndex(
  spec: MethodologySpec,
  observations: readonly AppObservation[],
  year?: number,
  options: { currentStatus?: boolean } = {},
): IndexOutcome {
  const units = FOCUS_COUNTRIES;
  const inds = indicatorIds(spec);
  const lag = lookBack(spec);
  const dated = inds.filter((i) => !CURRENT_STATUS.has(i));
  const y = year ?? bestYear(observations, units, dated, lag);
  if (y === undefined) return { ok: false, reason: 'no_data' };
  const cross = buildCrossSection(observations, units, inds, y, lag, options.currentStatus === false ? new Set() : CURRENT_STATUS);
  const first = runView(spec, cross, y);
  if (!first.ok) return first;
  const excluded = partialPillars(first.view);
  if (excluded.length === 0) return first;
  // Like with like: re-run with the partially covered pillars at weight 0 (their scores stay visible).
  const drop = new Set(excluded.map((e) => e.node));
  const comparable: MethodologySpec = { ...spec, nodes: spec.nodes.map((n) => (drop.has(n.id) ? { ...n, weight: 0 } : n)) };
  const second = runView(comparable, cross, y);
  return second.ok ? { ok: true, view: { ...second.view, excluded } } : second;
}

/** Pillars with a score for some, but not all, of the countries that have an index score. */
function partialPillars(view: IndexView): ExcludedPillar[] {
  return view.pillars.flatMap((node) => {
    if (view.nodes.get(node)?.weight === 0) return [];
    const scored = view.ranked.filter((u) => view.score(u, node) !== null);
    return scored.length > 0 && scored.length < view.ranked.length ? [{ node, scored, of: view.ranked.length }] : [];
  });
}

function runView(spec: MethodologySpec, cross: CrossSection, y: number): IndexOutcome {
  const units = cross.units;
  const inds = indicatorIds(spec);
  const run = runPipeline(crossSectionSpec(spec), { units, values: cross.values, time: y }, { provenance: true });
  if (!run.ok) return { ok: false, reason: 'engine', error: run.error };
  const result = run.value;
  const nodes = new Map(spec.nodes.map((n) => [n.id, n]));
  const root = result.root ?? result.aggregates.at(-1) ?? '';
  const pillars = spec.nodes.filter((n) => n.parent === root).map((n) => n.id);
  const stage = result.stages.Normalised ?? result.stages.Aggregated;
  const unitIndex = new Map(result.units.map((u, i) => [u, i]));
  const cache = new Map<string, (number | null)[] | undefined>();
  const col = (code: string) => {
    if (!cache.has(code)) {
      const agg = column(result.stages.Aggregated, code);
      cache.set(code, agg ?? column(stage, code));
    }
    return cache.get(code);
  };
  const score = (unit: string, node: string): number | null => {
    const i = unitIndex.get(unit);
    if (i === undefined) return null;
    const v = col(node)?.[i];
    return v === undefined || v === null || Number.isNaN(v) ? null : v;
  };
  const rank = (unit: string, node: string): number | null => {
    const i = unitIndex.get(unit);
    const r = i === undefined ? undefined : result.ranks[node]?.[i];
    return r === undefined || Number.isNaN(r) ? null : r;
  };
  const ranked = result.units.filter((u) => score(u, root) !== null);
  return { ok: true, view: { spec, year: y, cross, result, root, pillars, indicators: inds, nodes, score, rank, ranked, excluded: [] } };
}

export interface Band {
  id: string;
  name: { en: string; ru?: string | undefined; kk?: string | undefined };
  lower: number;
  upper: number;
}

/** The maturity band of a score: `[lower, upper)`, the top band closed (spec `bands`). */
export function bandOf(bands: readonly Band[] | undefined, score: number | null): Band | undefined {
  if (score === null || !bands?.length) return undefined;
  const top = Math.max(...bands.map((b) => b.upper));
  return bands.find((b) => score >= b.lower && (score < b.upper || (b.upper === top && score === top)));
}

const cache = new WeakMap<readonly AppObservation[], Map<string, IndexOutcome>>();

/** `computeIndex`, memoised per observation array and spec. */
export function cachedIndex(spec: MethodologySpec, observations: readonly AppObservation[]): IndexOutcome {
  let byId = cache.get(observations);
  if (!byId) cache.set(observations, (byId = new Map<string, IndexOutcome>()));
  const key = `${spec.id}@${spec.version}`;
  let out = byId.get(key);
  if (!out) byId.set(key, (out = computeIndex(spec, observations)));
  return out;
}

export interface RankInterval {
  unit: string;
  nominal: number;
  median: number;
  lo: number;
  hi: number;
}
export interface UncertaintySummary {
  runs: number;
  seed: number;
  failures: number;
  inputs: readonly string[];
  units: ReadonlyMap<string, RankInterval>;
}

const uncertaintyCache = new WeakMap<IndexView, UncertaintySummary | IndicatorError>();

/** Number of replications and seed of the rank intervals shown in the app. */
export const UNCERTAINTY_RUNS = 256;
export const UNCERTAINTY_SEED = 20240601;

/**
 * Rank intervals (5th–95th percentile of the rank over seeded quasi-random replications that vary the
 * uncertain choices of the methodology: normalisation, aggregation, weights), computed once per view.
 */
export function rankIntervals(view: IndexView): UncertaintySummary | IndicatorError {
  const cached = uncertaintyCache.get(view);
  if (cached) return cached;
  const r = uncertaintyAnalysis(
    crossSectionSpec(view.spec),
    { units: view.cross.units, values: view.cross.values, time: view.year },
    { runs: UNCERTAINTY_RUNS, seed: UNCERTAINTY_SEED },
  );
  const out: UncertaintySummary | IndicatorError = r.ok
    ? {
        runs: r.value.runs,
        seed: r.value.seed,
        failures: r.value.failures.length,
        inputs: r.value.inputs,
        units: new Map(
          r.value.units
            .filter((u) => Number.isFinite(u.nominalRank))
            .map((u) => [u.unit, { unit: u.unit, nominal: u.nominalRank, median: u.medianRank, lo: u.q05Rank, hi: u.q95Rank }]),
        ),
      }
    : r.error;
  uncertaintyCache.set(view, out);
  return out;
}

export interface IndexTrendPoint {
  year: number;
  score: number | null;
  peerMean: number | null;
}

/**
 * The index of one country recomputed for each reference year (same methodology, same look-back), with the
 * mean of the peers that have a score that year. Current-status indicators (the policy assessment) are left
 * out of every year, so that the series is comparable over time. Years without a score are gaps.
 */
export function indexTrend(
  view: IndexView,
  observations: readonly AppObservation[],
  iso3: string,
  peers: readonly string[],
  years = 10,
): IndexTrendPoint[] {
  const out: IndexTrendPoint[] = [];
  for (let y = view.year - years + 1; y <= view.year; y++) {
    const r = computeIndex(view.spec, observations, y, { currentStatus: false });
    if (!r.ok) {
      out.push({ year: y, score: null, peerMean: null });
      continue;
    }
    const v = r.view;
    const ps = peers.map((p) => v.score(p, v.root)).filter((s): s is number => s !== null);
    out.push({ year: y, score: v.score(iso3, v.root), peerMean: ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : null });
  }
  return out;
}

/** Ranks and scores of the index with other nominal weights for some nodes (a what-if on the same data). */
export function whatIf(view: IndexView, weights: Readonly<Record<string, number>>): Map<string, { score: number | null; rank: number | null }> {
  const out = new Map<string, { score: number | null; rank: number | null }>();
  const run = runPipeline(
    crossSectionSpec(view.spec),
    { units: view.cross.units, values: view.cross.values, time: view.year },
    { provenance: false, hash: false, weights },
  );
  if (!run.ok) return out;
  const r = run.value;
  const scores = column(r.stages.Aggregated, view.root) ?? [];
  const ranks = r.ranks[view.root];
  r.units.forEach((u, i) => {
    const rank = ranks?.[i];
    out.set(u, { score: scores[i] ?? null, rank: rank === undefined || Number.isNaN(rank) ? null : rank });
  });
  return out;
}
