import type { Country, Indicator } from '@dsc/domain';
import { COUNTRY_DOCS, SCOPE_COUNTRIES } from './catalogue/countries.js';
import { INDICATORS } from './catalogue/indicators.js';

export { POLICY_SCORE_CODE } from './catalogue/indicators.js';

/**
 * `@dsc/datasets/catalogue`: the countries and the indicator catalogue alone, without the observations, the
 * presets or the sample plan, and without loading the @dsc/domain schemas — for tools that only look codes up.
 * The main entry re-exports all of it.
 */

/** ISO alpha-3 codes of the eight countries in scope (7 SPECA members + Mongolia). */
export const scopeCountries: readonly string[] = SCOPE_COUNTRIES;

/**
 * Countries in scope and the aggregates of the raw data (WLD, ECS, EAS, SAS, UN_CSA).
 *
 * @example
 * countries({ aggregate: false }).map((c) => c.name.ru) // ['Афганистан', …, 'Кыргызстан', …]
 */
export function countries(filter: { readonly aggregate?: boolean; readonly speca?: boolean } = {}): readonly Country[] {
  return COUNTRY_DOCS.filter(
    (c) =>
      (filter.aggregate === undefined || c.aggregate === filter.aggregate) && (filter.speca === undefined || c.speca === filter.speca),
  );
}

/** One country or aggregate by code, or undefined. */
export const country = (iso3: string): Country | undefined => COUNTRY_DOCS.find((c) => c.iso3 === iso3);

/** The indicator catalogue: every series of the embedded observations, sorted by code. */
export const indicators = (): readonly Indicator[] => INDICATORS;

/** One catalogue entry by code, or undefined. */
export const indicator = (code: string): Indicator | undefined => INDICATORS.find((i) => i.code === code);

