import currencyCodes from 'currency-codes';
import countries from 'i18n-iso-countries/index.js';

/**
 * Code lists and their checks, without zod: `@dsc/domain/code-lists`, for tools that check codes without loading
 * the document schemas. Countries follow ISO 3166-1 (via the `i18n-iso-countries` tables), currencies ISO 4217
 * (via `currency-codes`), statistical regions UN M49 (UNSD, https://unstats.un.org/unsd/methodology/m49/).
 */

/**
 * Aggregate (non-ISO) area codes used by the World Bank WDI and the UN SDG database for regions and
 * income groups. They are areas, not countries: `Country.aggregate` is true for them.
 */
export const AGGREGATE_AREA_CODES = {
  WLD: 'World (World Bank)',
  ECS: 'Europe & Central Asia (World Bank region)',
  EAS: 'East Asia & Pacific (World Bank region)',
  SAS: 'South Asia (World Bank region)',
  LCN: 'Latin America & Caribbean (World Bank region)',
  MEA: 'Middle East & North Africa (World Bank region)',
  NAC: 'North America (World Bank region)',
  SSF: 'Sub-Saharan Africa (World Bank region)',
  LDC: 'Least developed countries: UN classification (World Bank aggregate)',
  LMY: 'Low & middle income (World Bank)',
  HIC: 'High income (World Bank)',
  LIC: 'Low income (World Bank)',
  LMC: 'Lower middle income (World Bank)',
  UMC: 'Upper middle income (World Bank)',
  UN_CSA: 'Central and Southern Asia (UN SDG regional grouping, M49 062)',
} as const;
export type AggregateAreaCode = keyof typeof AGGREGATE_AREA_CODES;

/** UN M49 codes of regions and sub-regions (UNSD M49 standard). Country codes are the ISO 3166-1 numeric codes. */
export const M49_REGIONS = {
  '001': 'World',
  '002': 'Africa',
  '009': 'Oceania',
  '019': 'Americas',
  '142': 'Asia',
  '150': 'Europe',
  '143': 'Central Asia',
  '030': 'Eastern Asia',
  '034': 'Southern Asia',
  '035': 'South-eastern Asia',
  '145': 'Western Asia',
  '062': 'Central and Southern Asia',
  '151': 'Eastern Europe',
  '005': 'South America',
  '011': 'Western Africa',
  '013': 'Central America',
  '014': 'Eastern Africa',
  '015': 'Northern Africa',
  '017': 'Middle Africa',
  '018': 'Southern Africa',
  '021': 'Northern America',
  '029': 'Caribbean',
  '039': 'Southern Europe',
  '053': 'Australia and New Zealand',
  '054': 'Melanesia',
  '057': 'Micronesia',
  '061': 'Polynesia',
  '154': 'Northern Europe',
  '155': 'Western Europe',
  '202': 'Sub-Saharan Africa',
  '419': 'Latin America and the Caribbean',
} as const;

export const isIsoAlpha2 = (code: string): boolean =>
  /^[A-Z]{2}$/.test(code) && countries.alpha2ToAlpha3(code) !== undefined;
export const isIsoAlpha3 = (code: string): boolean =>
  /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
export const isM49 = (code: string): boolean =>
  /^\d{3}$/.test(code) && (code in M49_REGIONS || countries.numericToAlpha2(code) !== undefined);
export const isCurrencyCode = (code: string): boolean => /^[A-Z]{3}$/.test(code) && currencyCodes.code(code) !== undefined;
export const isAggregateAreaCode = (code: string): code is AggregateAreaCode => code in AGGREGATE_AREA_CODES;

/** Alpha-2 for an alpha-3 code, or undefined when the code is not an ISO 3166-1 country. */
export const alpha3ToAlpha2 = (code: string): string | undefined => countries.alpha3ToAlpha2(code);
/** ISO 3166-1 numeric (the M49 country code) for an alpha-3 code. */
export const alpha3ToNumeric = (code: string): string | undefined => countries.alpha3ToNumeric(code);
/** Alpha-3 for an ISO 3166-1 alpha-2 code, or undefined. */
export const alpha2ToAlpha3 = (code: string): string | undefined => countries.alpha2ToAlpha3(code);
/** Alpha-3 for an ISO 3166-1 numeric (M49 country) code such as `398`, or undefined (regions have none). */
export const numericToAlpha3 = (code: string): string | undefined => countries.numericToAlpha3(code);

/** Closest valid alpha-3 codes to a mistyped one (edit distance ≤ 1, or case/whitespace only). */
export function suggestAlpha3(input: string): string[] {
  const wanted = input.trim().toUpperCase();
  if (isIsoAlpha3(wanted)) return [wanted];
  const out: string[] = [];
  for (const code of Object.keys(countries.getAlpha3Codes())) {
    let diff = 0;
    if (code.length !== wanted.length) continue;
    for (let i = 0; i < code.length; i++) if (code[i] !== wanted[i]) diff++;
    if (diff <= 1) out.push(code);
  }
  return out.sort();
}

