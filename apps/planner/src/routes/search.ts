import * as z from 'zod/mini';
import { uiLocales } from '../i18n/locale.js';

/**
 * View state lives in the URL (OWID Grapher style): defaults are dropped, country lists are ISO3 codes
 * joined with `~`, year ranges are `a..b`. Invalid values fall back to the default instead of failing.
 */
const opt = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const code = z.string().check(z.regex(/^[A-Za-z0-9._:-]{1,64}$/));
const isoList = z.string().check(z.regex(/^(~?[A-Z]{3})+$/));
const yearRange = z.string().check(z.regex(/^\d{4}\.\.\d{4}$/));

export const overlay = z.enum(['download']);

export const rootSearch = z.object({ lang: opt(z.enum(uiLocales)) });
export const overviewSearch = z.object({
  preset: opt(code),
  measure: opt(code),
  tab: opt(z.enum(['map', 'chart', 'table'])),
  overlay: opt(overlay),
});
export const countrySearch = z.object({ preset: opt(code), peers: opt(isoList), overlay: opt(overlay) });
export const indicatorSearch = z.object({
  ind: opt(code),
  countries: opt(isoList),
  time: opt(yearRange),
  tab: opt(z.enum(['chart', 'table'])),
  overlay: opt(overlay),
});
export const compareSearch = z.object({
  countries: opt(isoList),
  preset: opt(code),
  tab: opt(z.enum(['table', 'bars', 'radar'])),
  overlay: opt(overlay),
});
export const methodologySearch = z.object({ preset: opt(code), compareTo: opt(code) });


/** `~KAZ~UZB` → ['KAZ', 'UZB']. */
export const parseIsoList = (v: string | undefined): string[] => (v ? v.split('~').filter((s) => s.length > 0) : []);
/** ['KAZ', 'UZB'] → `~KAZ~UZB` (undefined when empty, so the parameter is dropped). */
export const formatIsoList = (codes: readonly string[]): string | undefined =>
  codes.length ? codes.map((c) => `~${c}`).join('') : undefined;
export const parseYearRange = (v: string | undefined): [number, number] | undefined => {
  if (!v) return undefined;
  const [a, b] = v.split('..').map(Number);
  return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
};
