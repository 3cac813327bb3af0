import type { I18nText } from '@dsc/domain';
import { getDateTimeFormatter } from './date.js';
import { hasNativeKazakhIntl } from './kk-support.js';
import { getNumberFormatter } from './number.js';
import type { Locale } from '../types.js';

/** Numbers: `1 234 567,891` (ru/kk, NBSP grouping), `1,234,567.891` (en). */
export const formatNumber = (locale: Locale, value: number, options?: Intl.NumberFormatOptions): string =>
  getNumberFormatter(locale, options).format(value);

/** A ratio as a percentage: `0.876` → en `87.6%`, ru `87,6 %`, kk `87,6%`. One decimal by default. */
export const formatPercent = (locale: Locale, ratio: number, options?: Intl.NumberFormatOptions): string =>
  getNumberFormatter(locale, { style: 'percent', maximumFractionDigits: 1, ...options }).format(ratio);

/**
 * Money. ru and kk use the Kazakhstan region, so tenge shows `₸` (en keeps the ISO code: `KZT 1,500.00`).
 * `currencyDisplay` `'code'` forces the ISO code (e.g. for Turkmen manat, which ru prints as Cyrillic ТМТ).
 */
export const formatCurrency = (
  locale: Locale,
  amount: number,
  currency: string,
  options?: Omit<Intl.NumberFormatOptions, 'style' | 'currency'>,
): string => getNumberFormatter(locale, { ...options, style: 'currency', currency }).format(amount);

/** Compact numbers: `1.2M` / `1,2 млн` / `1,2 млн` (`display: 'long'`: `1,2 миллиона`, `1,2 миллион`). */
export const formatCompact = (locale: Locale, value: number, display: 'short' | 'long' = 'short'): string =>
  getNumberFormatter(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 }).format(value);

/** A measurement with a CLDR unit (`percent`, `megabit-per-second`, `day`, `year`, …). */
export const formatUnit = (
  locale: Locale,
  value: number,
  unit: string,
  display: 'short' | 'long' | 'narrow' = 'short',
  options?: Intl.NumberFormatOptions,
): string => getNumberFormatter(locale, { ...options, style: 'unit', unit, unitDisplay: display }).format(value);

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

const toDate = (date: Date | number | string): Date => (date instanceof Date ? date : new Date(date));

/** A calendar date: kk long `2024 ж. 15 наурыз`, ru long `15 марта 2024 г.`. Default time zone UTC. */
export const formatDate = (
  locale: Locale,
  date: Date | number | string,
  style: DateStyle = 'medium',
  timeZone = 'UTC',
): string => getDateTimeFormatter(locale, { dateStyle: style, timeZone }).format(toDate(date));

/** Month and year: kk `2024 ж. қыркүйек`, ru `сентябрь 2024 г.`, en `September 2024`. */
export const formatYearMonth = (locale: Locale, date: Date | number | string, month: 'long' | 'short' = 'long', timeZone = 'UTC'): string =>
  getDateTimeFormatter(locale, { year: 'numeric', month, timeZone }).format(toDate(date));

/** A month name on its own: kk `Наурыз` (capitalised standalone form), ru `март`, en `March`. */
export const formatMonthName = (locale: Locale, month: number, width: 'long' | 'short' = 'long'): string =>
  getDateTimeFormatter(locale, { month: width, timeZone: 'UTC' }).format(Date.UTC(2024, month - 1, 1));

/** A weekday name, `day` 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export const formatWeekdayName = (locale: Locale, day: number, width: 'long' | 'short' = 'long'): string =>
  getDateTimeFormatter(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

export type PeriodGranularity = 'year' | 'month' | 'day';

/**
 * A period between two dates (inclusive): `2024–2027` (years, en dash), `March 2024 – June 2025`
 * (months), or two dates. Equal ends print once.
 */
export const formatPeriod = (
  locale: Locale,
  start: Date | number | string,
  end: Date | number | string,
  granularity: PeriodGranularity = 'year',
  timeZone = 'UTC',
): string => {
  const a = toDate(start);
  const b = toDate(end);
  const one = (d: Date): string =>
    granularity === 'year'
      ? getDateTimeFormatter(locale, { year: 'numeric', timeZone }).format(d)
      : granularity === 'month'
        ? formatYearMonth(locale, d, 'long', timeZone)
        : formatDate(locale, d, 'long', timeZone);
  const from = one(a);
  const to = one(b);
  if (from === to) return from;
  return granularity === 'year' ? `${from}–${to}` : `${from} – ${to}`;
};

export type RelativeUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Kazakh relative time: nominative after "бұрын" (ago), ablative before "кейін" (in). */
const kkRelative: Readonly<Record<RelativeUnit, readonly [string, string]>> = {
  year: ['жыл', 'жылдан'],
  quarter: ['тоқсан', 'тоқсаннан'],
  month: ['ай', 'айдан'],
  week: ['апта', 'аптадан'],
  day: ['күн', 'күннен'],
  hour: ['сағат', 'сағаттан'],
  minute: ['минут', 'минуттан'],
  second: ['секунд', 'секундтан'],
};

/**
 * Relative time: ru `через 2 года`, kk `2 жылдан кейін`, `3 ай бұрын`. Kazakh always uses numbers
 * (`numeric: 'auto'` would print the odd "былтырғы жыл" for last year); ru and en use `auto`
 * ("вчера", "last year") unless `numeric` is given.
 */
export const formatRelativeTime = (
  locale: Locale,
  value: number,
  unit: RelativeUnit,
  numeric: 'auto' | 'always' = locale === 'kk' ? 'always' : 'auto',
): string => {
  if (locale === 'kk' && (numeric === 'always' || !hasNativeKazakhIntl())) {
    if (hasNativeKazakhIntl()) return new Intl.RelativeTimeFormat('kk', { numeric: 'always' }).format(value, unit);
    const [nominative, ablative] = kkRelative[unit];
    const n = formatNumber('kk', Math.abs(value));
    return value < 0 || Object.is(value, -0) ? `${n} ${nominative} бұрын` : `${n} ${ablative} кейін`;
  }
  return new Intl.RelativeTimeFormat(locale, { numeric }).format(value, unit);
};

/**
 * A list: en `A, B, and C`, ru `A, B и C`, kk `A, B және C`. CLDR gives Kazakh a conjunction only for two
 * items, so kk lists use our own joiner; disjunction kk `A, B не C`… as CLDR (`не болмаса` before the last
 * of three or more).
 */
export const formatList = (locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string => {
  if (locale !== 'kk') return new Intl.ListFormat(locale, { type }).format(items);
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  const last = items.at(-1) ?? '';
  if (type === 'conjunction') return `${head} және ${last}`;
  return items.length === 2 ? `${head} не ${last}` : `${head}, не болмаса ${last}`;
};

/** Sorts texts in the alphabetical order of the locale (Kazakh: … У Ұ Ү … Һ … І … Я). */
export const sortByLocale = (locale: Locale, items: readonly string[]): string[] => {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => collator.compare(a, b));
};

/**
 * Picks a text in the locale from a domain `I18nText`. When the Kazakh text is missing, Russian is shown
 * before English (the second working language in Kazakhstan); a missing Russian text falls back to
 * English. Returns which language was used.
 */
export const pickText = (locale: Locale, text: I18nText): { readonly text: string; readonly locale: Locale } => {
  const order: readonly Locale[] = locale === 'kk' ? ['kk', 'ru', 'en'] : locale === 'ru' ? ['ru', 'en'] : ['en'];
  for (const l of order) {
    const value = text[l];
    if (value !== undefined) return { text: value, locale: l };
  }
  return { text: text.en, locale: 'en' };
};

/** The name of an indicator, framework or any document with an `I18nText` name, in the locale. */
export const localizedName = (locale: Locale, named: { readonly name: I18nText }): string => pickText(locale, named.name).text;
