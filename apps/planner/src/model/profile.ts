import type { Indicator } from '@dsc/domain';
import { peerMean as meanOfPeers, seriesTrend, standings as rankStandings, strengthsAndWeaknesses as split } from '@dsc/indicators';
import { latestByCountry } from './measures.js';
import type { AppObservation } from './types.js';

export interface IndicatorStanding {
  indicator: Indicator;
  value: number;
  year: number;
  rank: number;
  of: number;
  userData: boolean;
}

/**
 * Rank of a country on every scored indicator among the units (latest value each, in the indicator's direction;
 * indicators where the country has no value are dropped), best relative place first (`standings` of @dsc/indicators).
 */
export function standings(
  obs: readonly AppObservation[],
  indicators: readonly Indicator[],
  iso3: string,
  units: readonly string[],
): IndicatorStanding[] {
  const scored = indicators.filter((i) => i.pillar);
  const latest = new Map(scored.map((i) => [i.code, latestByCountry(obs, i.code, units)]));
  const byCode = new Map(scored.map((i) => [i.code, i]));
  const columns = scored.map((i) => ({
    code: i.code,
    direction: i.direction,
    values: new Map([...latest.get(i.code)!].map(([u, o]) => [u, o.value])),
  }));
  return rankStandings(columns, iso3).map((s) => {
    const own = latest.get(s.code)!.get(iso3)!;
    return { indicator: byCode.get(s.code)!, value: s.value, year: own.year, rank: s.rank, of: s.of, userData: own.userData === true };
  });
}

/** Strengths (best places in the top half, never the last place) and weaknesses (worst places in the bottom half). */
export const strengthsAndWeaknesses = (list: readonly IndicatorStanding[], n = 5) => split(list, n);

export interface Trend {
  indicator: Indicator;
  first: AppObservation;
  last: AppObservation;
  /** Compound annual growth rate, percent per year; null when not defined (first value ≤ 0 or one point). */
  cagr: number | null;
}

/** Change of a country's series between its first and last observation within the last `window` years (`seriesTrend`). */
export function trends(obs: readonly AppObservation[], indicators: readonly Indicator[], iso3: string, window = 10): Trend[] {
  const out: Trend[] = [];
  for (const ind of indicators) {
    if (!ind.pillar) continue;
    const t = seriesTrend(
      obs.filter((o) => o.iso3 === iso3 && o.indicator === ind.code),
      window,
    );
    if (t) out.push({ indicator: ind, ...t });
  }
  return out;
}

/** Mean of the latest values of the peers (only peers with a value count; `peerMean` of @dsc/indicators). */
export function peerMean(obs: readonly AppObservation[], code: string, peers: readonly string[]): { mean: number; n: number } | null {
  const latest = latestByCountry(obs, code, peers);
  const r = meanOfPeers(new Map([...latest].map(([u, o]) => [u, o.value])), peers);
  return r && { mean: r.mean, n: r.n };
}
