import type { Indicator, SourceRef } from '@dsc/domain';
import type { LocalisedText } from '../i18n/i18n-context.js';
import type { AppData, AppObservation } from './types.js';
import { FOCUS_COUNTRIES } from './types.js';

/** Country name in the UI language (official forms from the data set), falling back to the code. */
export const countryNames = (data: AppData, text: (v: LocalisedText | undefined) => string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const c of data.countries) out[c.iso3] = text(c.name);
  for (const iso3 of FOCUS_COUNTRIES) out[iso3] ??= iso3;
  return out;
};

/** Focus countries in display order (by localised name). */
export const focusCountries = (names: Readonly<Record<string, string>>, collator: Intl.Collator): string[] =>
  [...FOCUS_COUNTRIES].sort((a, b) => collator.compare(names[a] ?? a, names[b] ?? b));

/** Observations indexed by indicator, then area. */
export function indexObservations(obs: readonly AppObservation[]): Map<string, Map<string, AppObservation[]>> {
  const out = new Map<string, Map<string, AppObservation[]>>();
  for (const o of obs) {
    let byArea = out.get(o.indicator);
    if (!byArea) out.set(o.indicator, (byArea = new Map<string, AppObservation[]>()));
    let list = byArea.get(o.iso3);
    if (!list) byArea.set(o.iso3, (list = []));
    list.push(o);
  }
  for (const byArea of out.values()) for (const list of byArea.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

export const sourceById = (data: AppData): Map<string, SourceRef> => new Map(data.sources.map((s) => [s.id, s]));

/** Indicators that have at least one observation for a focus country, in catalogue order. */
export const indicatorsWithData = (data: AppData, index: Map<string, Map<string, AppObservation[]>>): Indicator[] => {
  const known = new Set(data.indicators.map((i) => i.code));
  const list = data.indicators.filter((i) => {
    const byArea = index.get(i.code);
    return byArea !== undefined && FOCUS_COUNTRIES.some((c) => (byArea.get(c)?.length ?? 0) > 0);
  });
  // Indicators only present in user data still appear, with their code as the name.
  for (const code of index.keys())
    if (!known.has(code)) {
      const first = index.get(code)?.values().next().value?.[0];
      list.push({
        kind: 'indicator',
        schemaVersion: 1,
        code,
        name: { en: code },
        unit: first?.unit ?? '',
        direction: 1,
        source: { id: first?.source ?? 'user', title: first?.source ?? 'user', licence: 'unknown' },
      });
    }
  return list;
};

/** "Source: A; B. Licence: X." for the sources of a set of observations (each title and licence once). */
export function sourceLine(
  ids: Iterable<string>,
  sources: ReadonlyMap<string, SourceRef>,
  t: (source: string, licence: string) => string,
): string {
  const list = [...new Set(ids)].map((id) => sources.get(id) ?? { id, title: id, licence: '' });
  const titles = [...new Set(list.map((s) => s.title))].join('; ');
  const licences = [...new Set(list.map((s) => s.licence).filter((l) => l.length > 0))].join('; ');
  return list.length ? t(titles, licences) : '';
}
