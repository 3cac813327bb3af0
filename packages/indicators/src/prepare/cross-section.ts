import type { CrossSectionRule, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { LookBack } from '../observations.js';
import type { CellSource, CrossSection, CrossSectionRules, PrepareError, SourcedObservation } from './types.js';

/** The rules of the catalogue entries that set one (`crossSection`), by code. */
export const crossSectionRules = (
  catalogue: readonly { readonly code: string; readonly crossSection?: CrossSectionRule | undefined }[],
): CrossSectionRules =>
  new Map(catalogue.flatMap((i) => (i.crossSection === undefined ? [] : [[i.code, i.crossSection] as const])));

const isLatestAssessment = (rules: CrossSectionRules | undefined, code: string): boolean =>
  rules?.get(code) === 'latest-assessment';

/** Whether `o` replaces `prev` in a cell: the later year wins; at the same year a user figure replaces the embedded one. */
const replaces = (o: SourcedObservation, prev: CellSource | undefined): boolean =>
  prev === undefined || o.year > prev.year || (o.year === prev.year && o.userData === true);

/**
 * Builds the cross-section of one reference year from observations: each unit × indicator takes the latest
 * observation in [year − lookBack, year] (the ITU look-back; cells filled from an earlier year are listed in
 * `lookedBack`); an indicator whose rule is `latest-assessment` takes its latest observation whatever the year.
 * At the same year a user's figure replaces the embedded one. Missing stays `null`; nothing is invented.
 */
export function crossSection(
  observations: readonly SourcedObservation[],
  options: {
    readonly units: readonly string[];
    readonly indicators: readonly string[];
    readonly year: number;
    readonly lookBack: number;
    readonly rules?: CrossSectionRules;
  },
): Result<CrossSection, PrepareError> {
  const { units, indicators, year, lookBack, rules } = options;
  if (!Number.isInteger(year)) return err({ code: 'invalid_year', value: year });
  if (!Number.isInteger(lookBack) || lookBack < 0) return err({ code: 'invalid_look_back', value: lookBack });
  const from = year - lookBack;
  const unitSet = new Set(units);
  const indSet = new Set(indicators);
  const cells = new Map<string, CellSource>();
  for (const o of observations) {
    if (!unitSet.has(o.iso3) || !indSet.has(o.indicator) || !Number.isFinite(o.value)) continue;
    if (!isLatestAssessment(rules, o.indicator) && (o.year > year || o.year < from)) continue;
    const key = `${o.iso3}|${o.indicator}`;
    if (replaces(o, cells.get(key)))
      cells.set(key, {
        value: o.value,
        year: o.year,
        status: o.status,
        source: o.source,
        userData: o.userData === true,
      });
  }
  const values: Record<string, (number | null)[]> = {};
  const lookedBack: LookBack[] = [];
  for (const code of indicators) {
    const dated = !isLatestAssessment(rules, code);
    values[code] = units.map((u) => {
      const c = cells.get(`${u}|${code}`);
      if (c && dated && c.year < year) lookedBack.push({ unit: u, indicator: code, year, fromYear: c.year });
      return c?.value ?? null;
    });
  }
  return ok({ year, from, lookBack, units, indicators, values, cells, lookedBack });
}

/** Years with an observation of one of the indicators for one of the units, most recent first. */
export function observedYears(
  observations: readonly SourcedObservation[],
  units: readonly string[],
  indicators: readonly string[],
): number[] {
  const u = new Set(units);
  const i = new Set(indicators);
  const years = new Set<number>();
  for (const o of observations) if (u.has(o.iso3) && i.has(o.indicator)) years.add(o.year);
  return [...years].sort((a, b) => b - a);
}

/** Share of the best year's filled cells a reference year must fill to be chosen. */
export const REFERENCE_YEAR_FILL = 0.95;

/**
 * The reference year of an index: the most recent year whose look-back window fills at least 95 % of the cells
 * that the best year fills, so that one early release (a single country's new figure) does not leave the rest of
 * the table outside the window. Only the dated indicators count (a `latest-assessment` value is there whatever the
 * year). `undefined` when no dated indicator has an observation.
 */
export function referenceYear(
  observations: readonly SourcedObservation[],
  options: {
    readonly units: readonly string[];
    readonly indicators: readonly string[];
    readonly lookBack: number;
    readonly rules?: CrossSectionRules;
  },
): number | undefined {
  const dated = options.indicators.filter((c) => !isLatestAssessment(options.rules, c));
  const u = new Set(options.units);
  const i = new Set(dated);
  const relevant = observations.filter((o) => u.has(o.iso3) && i.has(o.indicator));
  const counts = observedYears(relevant, options.units, dated)
    .slice(0, 25)
    .map((y) => {
      const cs = crossSection(relevant, { units: options.units, indicators: dated, year: y, lookBack: options.lookBack });
      return { y, n: cs.ok ? cs.value.cells.size : 0 };
    });
  const max = Math.max(0, ...counts.map((c) => c.n));
  return counts.find((c) => c.n >= REFERENCE_YEAR_FILL * max)?.y;
}
