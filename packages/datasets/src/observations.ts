import type { Dataset, Observation, Result } from '@dsc/domain';
import { COUNTRY_DOCS } from './catalogue/countries.js';
import { INDICATORS } from './catalogue/indicators.js';
import type { SourceId } from './catalogue/sources.js';
import { SOURCES } from './catalogue/sources.js';
import type { ObservationModuleContent } from './data/observations/index.js';
import { indicatorModules, modules } from './data/observations/index.js';
import type { ObservationTuple } from './observation-tuple.js';

/** Which observations to load. Every field narrows the result; omit it for all. */
export type ObservationQuery = {
  /** Area code(s): ISO alpha-3 or an aggregate such as WLD. */
  readonly iso3?: string | readonly string[];
  /** Indicator code(s) of the catalogue. */
  readonly indicator?: string | readonly string[];
  /** Inclusive year range, or a list of years. */
  readonly years?: { readonly from?: number; readonly to?: number } | readonly number[];
};

export type ObservationQueryError =
  | { readonly code: 'unknown_area'; readonly field: 'iso3'; readonly value: string; readonly suggestions: readonly string[] }
  | {
      readonly code: 'unknown_indicator';
      readonly field: 'indicator';
      readonly value: string;
      readonly suggestions: readonly string[];
    }
  | { readonly code: 'invalid_years'; readonly field: 'years'; readonly value: string; readonly expected: string };

// Local Result constructors (same shape as @dsc/domain `ok`/`err`), so that the loader does not pull the
// domain runtime (zod) into a bundle's initial chunk.
const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

const AREAS = new Set(COUNTRY_DOCS.map((c) => c.iso3));
const CODES = INDICATORS.map((i) => i.code);

const list = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** Edit distance with adjacent transpositions (optimal string alignment): "KZA" is 1 from "KAZ". */
const distance = (a: string, b: string): number => {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  return at(a.length, b.length);
};

const suggest = (value: string, known: readonly string[]): string[] => {
  const v = value.trim().toUpperCase();
  return known
    .map((k) => ({ k, d: distance(v, k.toUpperCase()) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(x.k.length / 4)) || x.k.toUpperCase().includes(v))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.k);
};

/** Expands a stored tuple into an Observation document. */
export const toObservation = (t: ObservationTuple, file: string, unit: string, note?: string): Observation => ({
  kind: 'observation',
  schemaVersion: 1,
  iso3: t[0],
  indicator: t[1],
  year: t[2],
  value: t[3],
  unit,
  status: t[4],
  source: t[6],
  ...(note === undefined ? {} : { note }),
  origin: { file, line: t[5], code: t[1] },
  ...(t[7] === undefined ? {} : { provenance: t[7] }),
});

const loadModules = (names: readonly string[]): Promise<ObservationModuleContent[]> =>
  Promise.all(names.map((n) => modules[n]?.load() ?? Promise.resolve({ file: n, units: {}, statusNotes: {}, rows: [] })));

/**
 * Loads observations on demand: only the modules that hold the requested indicators are fetched (one chunk
 * each in a bundle). Results are sorted by area, indicator and year. Gaps stay gaps: no row is invented.
 *
 * @example
 * const r = await observations({ iso3: 'KAZ', indicator: 'IT.NET.USER.ZS', years: { from: 2015 } });
 * if (r.ok) for (const o of r.value) console.log(o.year, o.value);
 */
export async function observations(query: ObservationQuery = {}): Promise<Result<Observation[], ObservationQueryError>> {
  const areas = list(query.iso3);
  for (const a of areas ?? [])
    if (!AREAS.has(a)) return err({ code: 'unknown_area', field: 'iso3', value: a, suggestions: suggest(a, [...AREAS]) });
  const codes = list(query.indicator);
  for (const c of codes ?? [])
    if (!(c in indicatorModules)) return err({ code: 'unknown_indicator', field: 'indicator', value: c, suggestions: suggest(c, CODES) });
  let inYears: (y: number) => boolean = () => true;
  const years = query.years;
  if (years !== undefined) {
    if (Array.isArray(years)) {
      const set = new Set(years as readonly number[]);
      inYears = (y) => set.has(y);
    } else {
      const { from = -Infinity, to = Infinity } = years as { from?: number; to?: number };
      if (Number.isNaN(from) || Number.isNaN(to) || from > to)
        return err({ code: 'invalid_years', field: 'years', value: JSON.stringify(years), expected: 'from ≤ to' });
      inYears = (y) => y >= from && y <= to;
    }
  }
  const names = codes ? [...new Set(codes.flatMap((c) => indicatorModules[c] ?? []))] : Object.keys(modules);
  const areaSet = areas ? new Set(areas) : undefined;
  const codeSet = codes ? new Set(codes) : undefined;
  const out: Observation[] = [];
  for (const m of await loadModules(names))
    for (const t of m.rows)
      if ((areaSet?.has(t[0]) ?? true) && (codeSet?.has(t[1]) ?? true) && inYears(t[2]))
        out.push(toObservation(t, m.file, m.units[t[1]] ?? '', m.statusNotes[t[4]]));
  out.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.year - b.year));
  return ok(out);
}

/** The observations as Dataset documents, one per raw file, each listing its sources. */
export async function observationDatasets(): Promise<Dataset[]> {
  const names = Object.keys(modules);
  const loaded = await loadModules(names);
  return loaded.map((m, i) => {
    const ids: SourceId[] = [...new Set(m.rows.map((t) => t[6]))].sort();
    return {
      kind: 'dataset',
      schemaVersion: 1,
      id: names[i] ?? m.file,
      title: `Observations imported from ${m.file}`,
      sources: ids.map((id) => SOURCES[id]),
      observations: m.rows.map((t) => {
        const { kind: _k, schemaVersion: _v, ...row } = toObservation(t, m.file, m.units[t[1]] ?? '', m.statusNotes[t[4]]);
        return row;
      }),
    };
  });
}
