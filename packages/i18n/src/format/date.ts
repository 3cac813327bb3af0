import { hasNativeKazakhIntl } from './kk-support.js';
import { kkMonths, kkWeekdays } from './kk-data.js';
import type { Locale } from '../types.js';

/** The subset of `Intl.DateTimeFormat` our formatters return (also accepted by intl-messageformat). */
export type DateTimeFormatter = {
  format(date: Date | number): string;
  formatToParts(date: Date | number): Intl.DateTimeFormatPart[];
  resolvedOptions(): Intl.ResolvedDateTimeFormatOptions;
};

type Fields = { y: number; M: number; d: number; wd: number; H: number; m: number; s: number };

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Kazakh date patterns (CLDR 48, as full ICU prints them). Tokens: y year, yy 2-digit year, M/MM month
 * number, MMMM month inside a date, LLLL standalone month, MMM short month, d/dd day, EEEE/EEE weekday,
 * HH mm ss time.
 */
const kkDatePatterns: Readonly<Record<string, string>> = {
  full: 'y ж. d MMMM, EEEE',
  long: 'y ж. d MMMM',
  medium: 'y ж. dd MMM',
  short: 'dd.MM.yy',
  'y': 'y',
  'y,M:long': 'y ж. MMMM',
  'y,M:short': 'y ж. MMM',
  'y,M:numeric': 'MM.y',
  'y,M:2-digit': 'MM.y',
  'y,M:long,d': 'y ж. d MMMM',
  'y,M:short,d': 'y ж. d MMM',
  'y,M:numeric,d': 'dd.MM.y',
  'y,M:2-digit,d': 'dd.MM.y',
  'M:long,d': 'd MMMM',
  'M:short,d': 'd MMM',
  'M:long': 'LLLL',
  'M:short': 'MMM',
  'E:long': 'EEEE',
  'E:short': 'EEE',
  'y,M:long,d,E:long': 'y ж. d MMMM, EEEE',
  '': 'dd.MM.y',
};
const kkTimePatterns: Readonly<Record<string, string>> = { short: 'HH:mm', medium: 'HH:mm:ss', long: 'HH:mm:ss', full: 'HH:mm:ss' };

const signature = (o: Intl.DateTimeFormatOptions): string =>
  [o.year && 'y', o.month && `M:${o.month}`, o.day && 'd', o.weekday && `E:${o.weekday}`].filter(Boolean).join(',');

const weekdayIndex: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const tokenRe = /y+|M+|L+|d+|E+|H+|m+|s+|[^yMLdEHms]+/gu;

const render = (pattern: string, f: Fields): Intl.DateTimeFormatPart[] =>
  (pattern.match(tokenRe) ?? []).map((token): Intl.DateTimeFormatPart => {
    switch (token) {
      case 'y':
        return { type: 'year', value: String(f.y) };
      case 'yy':
        return { type: 'year', value: pad(f.y % 100) };
      case 'M':
        return { type: 'month', value: String(f.M) };
      case 'MM':
        return { type: 'month', value: pad(f.M) };
      case 'MMM':
        return { type: 'month', value: kkMonths.short[f.M - 1] ?? '' };
      case 'MMMM':
        return { type: 'month', value: kkMonths.format[f.M - 1] ?? '' };
      case 'LLLL':
        return { type: 'month', value: kkMonths.standalone[f.M - 1] ?? '' };
      case 'd':
        return { type: 'day', value: String(f.d) };
      case 'dd':
        return { type: 'day', value: pad(f.d) };
      case 'EEE':
        return { type: 'weekday', value: kkWeekdays.short[f.wd] ?? '' };
      case 'EEEE':
        return { type: 'weekday', value: kkWeekdays.long[f.wd] ?? '' };
      case 'HH':
        return { type: 'hour', value: pad(f.H) };
      case 'mm':
        return { type: 'minute', value: pad(f.m) };
      case 'ss':
        return { type: 'second', value: pad(f.s) };
      default:
        return { type: 'literal', value: token };
    }
  });

/** Kazakh dates without Kazakh ICU data: calendar fields from Intl, names and patterns from our tables. */
const kazakhDates = (options: Intl.DateTimeFormatOptions): DateTimeFormatter => {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const hasTime = options.timeStyle !== undefined || options.hour !== undefined || options.minute !== undefined;
  const datePattern = options.dateStyle ? kkDatePatterns[options.dateStyle] : hasTime && !options.year && !options.month && !options.day && !options.weekday ? undefined : kkDatePatterns[signature(options)];
  const timePattern = options.timeStyle
    ? kkTimePatterns[options.timeStyle]
    : options.hour !== undefined
      ? options.second !== undefined
        ? 'HH:mm:ss'
        : 'HH:mm'
      : undefined;
  const pattern = [datePattern, timePattern].filter(Boolean).join(', ') || 'dd.MM.y';
  const toParts = (date: Date | number): Intl.DateTimeFormatPart[] => {
    const got: Record<string, string> = {};
    for (const p of fields.formatToParts(date)) got[p.type] = p.value;
    const f: Fields = {
      y: Number(got.year),
      M: Number(got.month),
      d: Number(got.day),
      wd: weekdayIndex[got.weekday ?? ''] ?? 0,
      H: Number(got.hour),
      m: Number(got.minute),
      s: Number(got.second),
    };
    return render(pattern, f);
  };
  return {
    format: (date) => toParts(date).map((p) => p.value).join(''),
    formatToParts: toParts,
    resolvedOptions: () => ({ ...fields.resolvedOptions(), locale: 'kk' }),
  };
};

const cache = new Map<string, DateTimeFormatter>();

/** A date formatter for a locale, correct for Kazakh in runtimes without Kazakh ICU data (cached). */
export const getDateTimeFormatter = (locale: Locale, options: Intl.DateTimeFormatOptions = {}): DateTimeFormatter => {
  const fallback = locale === 'kk' && !hasNativeKazakhIntl();
  const key = `${locale}|${fallback ? 'f' : 'n'}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = fallback ? kazakhDates(options) : new Intl.DateTimeFormat(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
};
