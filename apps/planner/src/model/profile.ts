import type { Indicator } from '@dsc/domain';
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
 * Rank of a country on every scored indicator among the units (latest value each, direction-adjusted;
 * indicators where the country has no value are dropped). Strengths are the best ranks, weaknesses the
 * worst; an indicator where the country sits at the worst rank present is not a strength (COINr minDiscard).
 */
export function standings(
  obs: readonly AppObservation[],
  indicators: readonly Indicator[],
  iso3: string,
  units: readonly string[],
): IndicatorStanding[] {
  const out: IndicatorStanding[] = [];
  for (const ind of indicators) {
    if (!ind.pillar) continue;
    const latest = latestByCountry(obs, ind.code, units);
    const own = latest.get(iso3);
    if (!own || latest.size < 2) continue;
    let better = 0;
    for (const o of latest.values()) if (ind.direction === 1 ? o.value > own.value : o.value < own.value) better++;
    out.push({ indicator: ind, value: own.value, year: own.year, rank: better + 1, of: latest.size, userData: own.userData === true });
  }
  return out.sort((a, b) => a.rank / a.of - b.rank / b.of);
}

export function strengthsAndWeaknesses(list: readonly IndicatorStanding[], n = 5) {
  const worstPresent = (s: IndicatorStanding) => s.rank === s.of;
  const strengths = list.filter((s) => !worstPresent(s) && s.rank <= Math.ceil(s.of / 2)).slice(0, n);
  const weaknesses = [...list]
    .reverse()
    .filter((s) => s.rank > Math.ceil(s.of / 2))
    .slice(0, n);
  return { strengths, weaknesses };
}

export interface Trend {
  indicator: Indicator;
  first: AppObservation;
  last: AppObservation;
  /** Compound annual growth rate, percent per year; null when not defined (first value ≤ 0 or one point). */
  cagr: number | null;
}

/** Change of a country's series between its first and last observation within the last `window` years. */
export function trends(obs: readonly AppObservation[], indicators: readonly Indicator[], iso3: string, window = 10): Trend[] {
  const out: Trend[] = [];
  for (const ind of indicators) {
    if (!ind.pillar) continue;
    const series = obs.filter((o) => o.iso3 === iso3 && o.indicator === ind.code).sort((a, b) => a.year - b.year);
    const last = series.at(-1);
    if (!last) continue;
    const inWindow = series.filter((o) => o.year > last.year - window);
    const first = inWindow[0];
    if (!first || first.year === last.year) continue;
    const cagr =
      first.value > 0 && last.value >= 0
        ? (Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1) * 100
        : null;
    out.push({ indicator: ind, first, last, cagr });
  }
  return out;
}

/** Mean of the latest values of the peers (only peers with a value count). */
export function peerMean(obs: readonly AppObservation[], code: string, peers: readonly string[]): { mean: number; n: number } | null {
  const latest = latestByCountry(obs, code, peers);
  if (latest.size === 0) return null;
  let s = 0;
  for (const o of latest.values()) s += o.value;
  return { mean: s / latest.size, n: latest.size };
}
