import type { Indicator } from '@dsc/domain';
import type { IndexView } from './index-engine.js';
import type { AppObservation } from './types.js';

/** A value shown per country on the overview: an index/pillar score, or the latest value of an indicator. */
export interface MeasureValue {
  value: number | null;
  year: number | null;
  rank: number | null;
  userData: boolean;
}

/** Latest observation per country of one indicator. */
export function latestByCountry(obs: readonly AppObservation[], code: string, units: readonly string[]): Map<string, AppObservation> {
  const set = new Set(units);
  const out = new Map<string, AppObservation>();
  for (const o of obs) {
    if (o.indicator !== code || !set.has(o.iso3)) continue;
    const prev = out.get(o.iso3);
    if (!prev || o.year > prev.year || (o.year === prev.year && o.userData === true)) out.set(o.iso3, o);
  }
  return out;
}

/** Sport ranks (1 = best, ties share the best rank) of values in the indicator's direction. */
export function sportRanks(values: ReadonlyMap<string, number>, direction: 1 | -1): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of values) {
    let better = 0;
    for (const w of values.values()) if (direction === 1 ? w > v : w < v) better++;
    out.set(k, better + 1);
  }
  return out;
}

export function measureValues(
  measure: string,
  units: readonly string[],
  view: IndexView | undefined,
  indicator: Indicator | undefined,
  obs: readonly AppObservation[],
): Map<string, MeasureValue> {
  const out = new Map<string, MeasureValue>();
  if (view && view.nodes.has(measure)) {
    // A score is marked as user data when any of the unit's input cells comes from an import.
    const user = new Set([...view.cross.cells].filter(([, c]) => c.userData).map(([k]) => k.split('|')[0]));
    for (const u of units)
      out.set(u, { value: view.score(u, measure), year: view.year, rank: view.rank(u, measure), userData: user.has(u) });
    return out;
  }
  if (!indicator) return out;
  const latest = latestByCountry(obs, indicator.code, units);
  const ranks = sportRanks(new Map([...latest].map(([k, o]) => [k, o.value])), indicator.direction);
  for (const u of units) {
    const o = latest.get(u);
    out.set(u, { value: o?.value ?? null, year: o?.year ?? null, rank: ranks.get(u) ?? null, userData: o?.userData === true });
  }
  return out;
}
