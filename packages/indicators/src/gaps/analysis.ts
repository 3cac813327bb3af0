import type { GapReference, IndicatorGap, PillarScore, PolicyGap, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { SourcedObservation } from '../prepare/types.js';

/** An indicator as the gap analysis reads it: its code, direction and, when the catalogue has one, its policy target. */
export type GapIndicator = {
  readonly code: string;
  readonly direction: 1 | -1;
  readonly target?: { readonly value: number; readonly by: string } | undefined;
};

export type GapAnalysisInput = {
  /** The countries in scope (SPECA and Mongolia), in the order the results list them. */
  readonly units: readonly string[];
  readonly indicators: readonly GapIndicator[];
  readonly observations: readonly Pick<SourcedObservation, 'iso3' | 'indicator' | 'year' | 'value' | 'source'>[];
  /** Verified policy levels by criterion (`policyPillarScores()` of @dsc/datasets). */
  readonly policy?: readonly Pick<PillarScore, 'iso3' | 'levels'>[];
  /** The level a policy criterion is asked to reach (default 3: in force with a responsible body and resources). */
  readonly requiredLevel?: number;
  /** The fewest other countries with a value for their median to be a reference (default 3). */
  readonly minPeers?: number;
};

export type GapAnalysis = {
  readonly indicator: readonly IndicatorGap[];
  readonly policy: readonly PolicyGap[];
  readonly requiredLevel: number;
};

export type GapAnalysisError =
  | { readonly code: 'invalid_required_level'; readonly value: number }
  | { readonly code: 'invalid_min_peers'; readonly value: number };

const DEFAULT_REQUIRED_LEVEL = 3;
const DEFAULT_MIN_PEERS = 3;

/** The median of a non-empty list (the mean of the two middle values when the count is even). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

type Cell = { readonly value: number; readonly year: number; readonly source: string };

/** Each unit's latest observation of an indicator (the later year wins; at the same year the first one read). */
function latestCells(input: GapAnalysisInput, code: string): Map<string, Cell> {
  const units = new Set(input.units);
  const cells = new Map<string, Cell>();
  for (const o of input.observations) {
    if (o.indicator !== code || !units.has(o.iso3) || !Number.isFinite(o.value)) continue;
    const prev = cells.get(o.iso3);
    if (prev === undefined || o.year > prev.year) cells.set(o.iso3, { value: o.value, year: o.year, source: o.source });
  }
  return cells;
}

/**
 * Indicator gaps: each country's latest value against the indicator's target (when it has one), the median of
 * the other countries in scope (when at least `minPeers` of them have a value) and the frontier (the best value
 * in scope, when another country holds it). A gap is listed only where the value is short of the reference in the
 * indicator's direction. Missing values stay missing: no gap is computed from an absent figure.
 */
export function indicatorGaps(input: GapAnalysisInput): IndicatorGap[] {
  const minPeers = input.minPeers ?? DEFAULT_MIN_PEERS;
  const gaps: IndicatorGap[] = [];
  for (const ind of input.indicators) {
    const cells = latestCells(input, ind.code);
    const sources = [...new Set([...cells.values()].map((c) => c.source))].sort().join(', ');
    const short = (value: number, ref: number): boolean => ind.direction * (value - ref) < 0;
    const all = [...cells.values()].map((c) => c.value);
    const frontier = all.length === 0 ? undefined : ind.direction === 1 ? Math.max(...all) : Math.min(...all);
    for (const country of input.units) {
      const cell = cells.get(country);
      if (cell === undefined) continue;
      const gap = (reference: GapReference, referenceValue: number, referenceSource: string): IndicatorGap => ({
        kind: 'indicator',
        indicator: ind.code,
        country,
        value: cell.value,
        year: cell.year,
        reference,
        referenceValue,
        referenceSource,
      });
      if (ind.target !== undefined && short(cell.value, ind.target.value)) gaps.push(gap('target', ind.target.value, ind.target.by));
      const peers = [...cells].filter(([u]) => u !== country).map(([, c]) => c.value);
      if (peers.length >= minPeers) {
        const m = median(peers);
        if (short(cell.value, m)) gaps.push(gap('peers', m, sources));
      }
      if (frontier !== undefined && short(cell.value, frontier)) gaps.push(gap('frontier', frontier, sources));
    }
  }
  return gaps;
}

/** Policy gaps: every verified criterion level below the required level, by country in scope order, criteria sorted by id. */
export function policyGaps(input: Pick<GapAnalysisInput, 'units' | 'policy'>, required: number): PolicyGap[] {
  const byCountry = new Map((input.policy ?? []).map((p) => [p.iso3, p.levels]));
  return input.units.flatMap((country) =>
    Object.entries(byCountry.get(country) ?? {})
      .filter(([, level]) => level < required)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([criterion, level]): PolicyGap => ({ kind: 'policy', country, criterion, level, required })),
  );
}

/**
 * The gap analysis of the countries in scope: indicator gaps (target, peers, frontier) and policy gaps (verified
 * levels below the required one). Deterministic: the same input gives the same lists in the same order.
 */
export function gapAnalysis(input: GapAnalysisInput): Result<GapAnalysis, GapAnalysisError> {
  const requiredLevel = input.requiredLevel ?? DEFAULT_REQUIRED_LEVEL;
  if (!Number.isInteger(requiredLevel) || requiredLevel < 1 || requiredLevel > 4)
    return err({ code: 'invalid_required_level', value: requiredLevel });
  const minPeers = input.minPeers ?? DEFAULT_MIN_PEERS;
  if (!Number.isInteger(minPeers) || minPeers < 1) return err({ code: 'invalid_min_peers', value: minPeers });
  return ok({ indicator: indicatorGaps(input), policy: policyGaps(input, requiredLevel), requiredLevel });
}
