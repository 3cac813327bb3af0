import type { MethodologySpec } from '@dsc/domain';
import type { AppObservation } from './types.js';

/** The observation a cell of the index table was taken from (its year can be before the reference year). */
export interface CellSource {
  value: number;
  year: number;
  status: string;
  source: string;
  userData: boolean;
}

export interface CrossSection {
  year: number;
  /** Oldest year a value may come from (panel look-back). */
  from: number;
  units: readonly string[];
  indicators: readonly string[];
  values: Record<string, (number | null)[]>;
  cells: Map<string, CellSource>;
}

const PANEL = new Set(['latest', 'nocb', 'constant', 'linear', 'linearConstant']);
/**
 * Default look-back for the latest value when a spec does not set one (years): a value up to 3 years old
 * is used, as the DSC Digital Maturity Index documents; anything older is missing.
 */
export const DEFAULT_MAX_LAG = 3;

export const indicatorIds = (spec: MethodologySpec): string[] =>
  spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);

/** Look-back of the spec's panel step (`latest` with `maxLag`), or the default. */
export function lookBack(spec: MethodologySpec): number {
  const impute = (spec.steps as Record<string, unknown>).impute as { method?: string; maxLag?: number } | undefined;
  return impute?.method === 'latest' && typeof impute.maxLag === 'number' ? impute.maxLag : DEFAULT_MAX_LAG;
}

/**
 * The spec with a panel imputation step removed: the panel step (latest value within the look-back) is
 * applied here, when the cross-section is built, and the engine runs on that cross-section.
 */
export function crossSectionSpec(spec: MethodologySpec): MethodologySpec {
  const steps = spec.steps as Record<string, unknown>;
  const impute = steps.impute as { method?: string } | undefined;
  if (!impute?.method || !PANEL.has(impute.method)) return spec;
  const { impute: _i, ...rest } = steps;
  const order = (rest.order as string[] | undefined)?.filter((s) => s !== 'impute');
  return { ...spec, steps: { ...rest, ...(order ? { order } : {}) } as MethodologySpec['steps'] };
}

/**
 * The reference year: the most recent year whose look-back window fills at least 95 % of the cells the best
 * year fills, so that one early release does not leave the rest of the table outside its window.
 */
export function bestYear(
  obs: readonly AppObservation[],
  units: readonly string[],
  indicators: readonly string[],
  maxLag: number,
): number | undefined {
  const u = new Set(units);
  const i = new Set(indicators);
  const years = [...new Set(obs.filter((o) => u.has(o.iso3) && i.has(o.indicator)).map((o) => o.year))].sort((a, b) => b - a);
  // Candidate years are years with an observation, most recent first.
  const counts = years.slice(0, 25).map((y) => ({ y, n: buildCrossSection(obs, units, indicators, y, maxLag).cells.size }));
  const max = Math.max(0, ...counts.map((c) => c.n));
  return counts.find((c) => c.n >= 0.95 * max)?.y;
}

/** Latest year in which any unit has a value of any of the indicators. */
export function latestYear(obs: readonly AppObservation[], units: readonly string[], indicators: readonly string[]): number | undefined {
  const u = new Set(units);
  const i = new Set(indicators);
  let max: number | undefined;
  for (const o of obs) if (u.has(o.iso3) && i.has(o.indicator) && (max === undefined || o.year > max)) max = o.year;
  return max;
}

/**
 * One time point of data for the engine: for each unit and indicator, the latest observation in
 * [year − maxLag, year]. Cells without one stay null (missing, never 0).
 */
export function buildCrossSection(
  obs: readonly AppObservation[],
  units: readonly string[],
  indicators: readonly string[],
  year: number,
  maxLag: number,
  currentStatus: ReadonlySet<string> = new Set(),
): CrossSection {
  const from = year - maxLag;
  const cells = new Map<string, CellSource>();
  const unitSet = new Set(units);
  const indSet = new Set(indicators);
  for (const o of obs) {
    if (!unitSet.has(o.iso3) || !indSet.has(o.indicator)) continue;
    // Current-status indicators (an assessment as of a date) take their latest assessment whatever its year.
    if (!currentStatus.has(o.indicator) && (o.year > year || o.year < from)) continue;
    const key = `${o.iso3}|${o.indicator}`;
    const prev = cells.get(key);
    // Later year wins; at the same year a user figure replaces the embedded one.
    if (!prev || o.year > prev.year || (o.year === prev.year && o.userData === true))
      cells.set(key, { value: o.value, year: o.year, status: o.status, source: o.source, userData: o.userData === true });
  }
  const values: Record<string, (number | null)[]> = {};
  for (const code of indicators) values[code] = units.map((u) => cells.get(`${u}|${code}`)?.value ?? null);
  return { year, from, units, indicators, values, cells };
}
