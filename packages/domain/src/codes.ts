import { z } from 'zod';
import { isAggregateAreaCode, isCurrencyCode, isIsoAlpha2, isIsoAlpha3, isM49 } from './code-lists.js';

/** The zod schemas of codes and dates. The code lists and their checks are in code-lists.ts. */
export * from './code-lists.js';

export const IsoAlpha2 = z
  .string()
  .refine(isIsoAlpha2, { message: 'Expected an ISO 3166-1 alpha-2 country code, e.g. "KZ"', params: { code: 'iso_alpha2' } })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['KZ'] });
export const IsoAlpha3 = z
  .string()
  .refine(isIsoAlpha3, { message: 'Expected an ISO 3166-1 alpha-3 country code, e.g. "KAZ"', params: { code: 'iso_alpha3' } })
  .meta({ description: 'ISO 3166-1 alpha-3 country code', examples: ['KAZ'] });
/** A country (ISO alpha-3) or a statistical aggregate such as WLD or ECS. */
export const AreaCode = z
  .string()
  .refine((c) => isIsoAlpha3(c) || isAggregateAreaCode(c), {
    message: 'Expected an ISO 3166-1 alpha-3 code or a known aggregate code (WLD, ECS, …)',
    params: { code: 'area_code' },
  })
  .meta({ description: 'ISO 3166-1 alpha-3 country code or World Bank / UN aggregate code', examples: ['KAZ', 'WLD'] });
export const M49Code = z
  .string()
  .refine(isM49, { message: 'Expected a UN M49 code: three digits, e.g. "398" or "143"', params: { code: 'm49_code' } })
  .meta({ description: 'UN M49 area code', examples: ['398'] });
export const CurrencyCode = z
  .string()
  .refine(isCurrencyCode, { message: 'Expected an ISO 4217 currency code, e.g. "USD" or "KZT"', params: { code: 'currency_code' } })
  .meta({ description: 'ISO 4217 currency code', examples: ['USD'] });

const isValidDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
};
/** ISO 8601 calendar date `YYYY-MM-DD` that exists (no 2027-02-30). */
export const IsoDate = z
  .string()
  .refine(isValidDate, { message: 'Expected an ISO 8601 date YYYY-MM-DD that exists', params: { code: 'iso_date' } })
  .meta({ description: 'ISO 8601 calendar date', examples: ['2027-01-15'], format: 'date' });
/** ISO 8601 date with optional precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const IsoPartialDate = z
  .string()
  .refine((s) => /^\d{4}$/.test(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || isValidDate(s), {
    message: 'Expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    params: { code: 'partial_date' },
  })
  .meta({ description: 'ISO 8601 date of year, month or day precision', examples: ['2019', '2023-03-28'] });
/** Indicator code: WDI-style dotted (`IT.NET.USER.ZS`), SDG-style (`IT_MOB_4GNTWK`) or upper-case (`EGDI`). */
export const IndicatorCode = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*$/, {
    message: 'Expected an indicator code: letters and digits separated by ".", "_" or "-", e.g. "IT.NET.USER.ZS"',
  })
  .max(64)
  .meta({ description: 'Indicator code', examples: ['IT.NET.USER.ZS', 'EGDI'] });
/** Identifier inside a document: letters, digits, `-`, `_`, `.`, `:`. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    message: 'Expected an identifier of letters, digits, ".", "_", ":" or "-"',
  })
  .max(128);
export const Year = z.number().int().min(1900).max(2100);
