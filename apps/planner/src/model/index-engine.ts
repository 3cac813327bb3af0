import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import { indicators as catalogue } from '@dsc/datasets/catalogue';
import type {
  CrossSection,
  ExcludedPillar,
  IndexRun,
  IndicatorError,
  PipelineResult,
  PrepareError,
  RankInterval,
  RankIntervals,
} from '@dsc/indicators';
import {
  classify,
  column,
  crossSectionRules,
  indexFromObservations,
  peerMean as meanOfPeers,
  rankIntervals as computeRankIntervals,
  runPipeline,
} from '@dsc/indicators';
import type { AppObservation } from './types.js';
import { FOCUS_COUNTRIES } from './types.js';

/** Cross-section rule of each catalogue indicator that sets one (the policy score: its latest assessment). */
const RULES = crossSectionRules(catalogue());

/** Indicators that describe the current state (catalogue rule `latest-assessment`): their latest value is used. */
export const CURRENT_STATUS: ReadonlySet<string> = new Set(
  [...RULES].filter(([, rule]) => rule === 'latest-assessment').map(([code]) => code),
);

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
   * Pillars scored for some ranked countries only, or for none. They are left out of the index (weight 0) so that every
   * country's score and rank rest on the same pillars; their own scores are still shown.
   */
  excluded: readonly ExcludedPillar[];
}

export type IndexOutcome =
  | { ok: true; view: IndexView }
  | { ok: false; reason: 'no_data' }
  | { ok: false; reason: 'engine'; error: IndicatorError | PrepareError };

/**
 * Runs `spec` over the focus countries at the reference year (or `year`), the way `dsc index --dataset` does
 * (`indexFromObservations`). `latestAssessment: false` treats every indicator as a dated series (for a series
 * comparable over time).
 */
export function computeIndex(
  spec: MethodologySpec,
  observations: readonly AppObservation[],
  year?: number,
  options: { latestAssessment?: boolean } = {},
): IndexOutcome {
  const run = indexFromObservations(spec, observations, {
    units: FOCUS_COUNTRIES,
    provenance: true,
    ...(options.latestAssessment === false ? {} : { rules: RULES }),
    ...(year !== undefined ? { year } : {}),
  });
  if (!run.ok) return run.error.code === 'no_observations' ? { ok: false, reason: 'no_data' } : { ok: false, reason: 'engine', error: run.error };
  return { ok: true, view: toView(run.value) };
}

function toView(run: IndexRun): IndexView {
  const { spec, result, cross, year } = run;
  const nodes = new Map(spec.nodes.map((n) => [n.id, n]));
  const root = result.root ?? result.aggregates.at(-1) ?? '';
  const pillars = spec.nodes.filter((n) => n.parent === root).map((n) => n.id);
  const stage = result.stages.Normalised ?? result.stages.Aggregated;
  const unitIndex = new Map(result.units.map((u, i) => [u, i]));
  const cache = new Map<string, (number | null)[] | undefined>();
  const col = (code: string) => {
    if (!cache.has(code)) cache.set(code, column(result.stages.Aggregated, code) ?? column(stage, code));
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
  const indicators = spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  return { spec, year, cross, result, root, pillars, indicators, nodes, score, rank, ranked, excluded: withUnscored(run, pillars, ranked, score) };
}

/**
 * The run's partially scored pillars plus those that no ranked country has (the policy pillar while no country's
 * verified assessment covers enough criteria): the engine leaves both out of the index, and the reader is told
 * about both. Pillars are listed in spec order.
 */
function withUnscored(
  run: IndexRun,
  pillars: readonly string[],
  ranked: readonly string[],
  score: (unit: string, node: string) => number | null,
): ExcludedPillar[] {
  if (ranked.length === 0) return [...run.excluded];
  const weight = new Map(run.spec.nodes.map((n) => [n.id, n.weight]));
  return pillars.flatMap((p) => {
    const partial = run.excluded.find((e) => e.node === p);
    if (partial) return [partial];
    if (weight.get(p) === 0 || ranked.some((u) => score(u, p) !== null)) return [];
    return [{ node: p, scored: [], of: ranked.length }];
  });
}

export interface Band {
  id: string;
  name: { en: string; ru?: string | undefined; kk?: string | undefined };
  lower: number;
  upper: number;
}

/** The maturity band of a score: `[lower, upper)`, the top band closed (spec `bands`; `classify`). */
export function bandOf(bands: readonly Band[] | undefined, score: number | null): Band | undefined {
  if (score === null || !bands?.length) return undefined;
  const id = classify(score, bands);
  return bands.find((b) => b.id === id);
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

export type { RankInterval };

const uncertaintyCache = new WeakMap<IndexView, RankIntervals | IndicatorError>();

/**
 * Rank intervals of a view (`rankIntervals` of @dsc/indicators: 5th–95th percentile of the rank over seeded
 * replications of the uncertain choices), computed once per view.
 */
export function rankIntervals(view: IndexView): RankIntervals | IndicatorError {
  const cached = uncertaintyCache.get(view);
  if (cached) return cached;
  const r = computeRankIntervals(view.spec, { units: view.cross.units, values: view.cross.values, time: view.year });
  const out = r.ok ? r.value : r.error;
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
    const r = computeIndex(view.spec, observations, y, { latestAssessment: false });
    if (!r.ok) {
      out.push({ year: y, score: null, peerMean: null });
      continue;
    }
    const v = r.view;
    const peer = meanOfPeers(new Map(peers.map((p) => [p, v.score(p, v.root)])), peers);
    out.push({ year: y, score: v.score(iso3, v.root), peerMean: peer?.mean ?? null });
  }
  return out;
}

/** Ranks and scores of the index with other nominal weights for some nodes (a what-if on the same data). */
export function whatIf(view: IndexView, weights: Readonly<Record<string, number>>): Map<string, { score: number | null; rank: number | null }> {
  const out = new Map<string, { score: number | null; rank: number | null }>();
  const run = runPipeline(
    view.spec,
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
