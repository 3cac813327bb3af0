import { afterEach, describe, expect, it } from 'vitest';
import { countryName } from './countries.js';
import { getDateTimeFormatter } from './date.js';
import {
  formatCompact,
  formatCurrency,
  formatDate,
  formatList,
  formatMonthName,
  formatPercent,
  formatPeriod,
  formatRelativeTime,
  formatUnit,
  formatWeekdayName,
  formatYearMonth,
  pickText,
  sortByLocale,
} from './formatters.js';
import { hasNativeKazakhIntl, setKazakhIntlMode } from './kk-support.js';
import { getNumberFormatter } from './number.js';

const NBSP = '\u00a0';
type Part = { type: string; value: string };
/** Parts without the literal separators, so the structure is compared, not the spaces. */
const significant = (parts: Part[]): Part[] => parts.filter((p) => p.type !== 'literal');

afterEach(() => setKazakhIntlMode('auto'));

describe('currency per locale', () => {
  const amount = 1234567.891;
  it('en keeps the ISO code for tenge', () => {
    expect(significant(getNumberFormatter('en', { style: 'currency', currency: 'KZT' }).formatToParts(amount))).toEqual([
      { type: 'currency', value: 'KZT' },
      { type: 'integer', value: '1' },
      { type: 'group', value: ',' },
      { type: 'integer', value: '234' },
      { type: 'group', value: ',' },
      { type: 'integer', value: '567' },
      { type: 'decimal', value: '.' },
      { type: 'fraction', value: '89' },
    ]);
  });
  it.each(['ru', 'kk'] as const)('%s shows ₸ after the amount, grouping with NBSP', (locale) => {
    const parts = getNumberFormatter(locale, { style: 'currency', currency: 'KZT' }).formatToParts(amount);
    expect(significant(parts)).toEqual([
      { type: 'integer', value: '1' },
      { type: 'group', value: NBSP },
      { type: 'integer', value: '234' },
      { type: 'group', value: NBSP },
      { type: 'integer', value: '567' },
      { type: 'decimal', value: ',' },
      { type: 'fraction', value: '89' },
      { type: 'currency', value: '₸' },
    ]);
    expect(parts.find((p) => p.type === 'literal')?.value).toBe(NBSP);
    expect(formatCurrency(locale, amount, 'KZT')).toBe(`1${NBSP}234${NBSP}567,89${NBSP}₸`);
  });
  it('Afghani has no decimals; Turkmen manat is Cyrillic in ru unless the code is forced', () => {
    expect(formatCurrency('en', 1234567.891, 'AFN')).toBe(`AFN${NBSP}1,234,568`);
    expect(formatCurrency('ru', 10, 'TMT')).toBe(`10,00${NBSP}ТМТ`);
    expect(formatCurrency('ru', 10, 'TMT', { currencyDisplay: 'code' })).toBe(`10,00${NBSP}TMT`);
    expect(formatCurrency('kk', 10, 'TMT')).toBe(`10,00${NBSP}TMT`);
  });
});

describe('dates per locale', () => {
  const date = new Date(Date.UTC(2024, 2, 15));
  it('kk long date is year-first with the month inside the date in lower case', () => {
    expect(significant(getDateTimeFormatter('kk', { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(date))).toEqual([
      { type: 'year', value: '2024' },
      { type: 'day', value: '15' },
      { type: 'month', value: 'наурыз' },
    ]);
    expect(formatDate('kk', date, 'full')).toBe('2024 ж. 15 наурыз, жұма');
    expect(formatDate('kk', date, 'short')).toBe('15.03.24');
  });
  it('ru long date is day-first with the genitive month', () => {
    expect(significant(getDateTimeFormatter('ru', { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(date))).toEqual([
      { type: 'day', value: '15' },
      { type: 'month', value: 'марта' },
      { type: 'year', value: '2024' },
    ]);
    expect(formatDate('ru', date, 'short')).toBe('15.03.2024');
  });
  it('en long date', () => {
    expect(formatDate('en', date, 'long')).toBe('March 15, 2024');
  });
  it('year-month and standalone names', () => {
    expect(formatYearMonth('kk', '2024-09-01')).toBe('2024 ж. қыркүйек');
    expect(formatYearMonth('ru', '2024-09-01')).toBe('сентябрь 2024 г.');
    expect(formatMonthName('kk', 1)).toBe('Қаңтар');
    expect(formatWeekdayName('kk', 1)).toBe('дүйсенбі');
  });
  it('periods', () => {
    expect(formatPeriod('en', '2024-01-01', '2027-12-31')).toBe('2024–2027');
    expect(formatPeriod('ru', '2024-01-01', '2024-12-31')).toBe('2024');
    expect(formatPeriod('kk', '2024-03-01', '2025-06-01', 'month')).toBe('2024 ж. наурыз – 2025 ж. маусым');
  });
});

describe('percent, compact, units, lists, relative time', () => {
  it('percent spacing differs per locale', () => {
    expect(formatPercent('en', 0.876)).toBe('87.6%');
    expect(formatPercent('ru', 0.876)).toBe(`87,6${NBSP}%`);
    expect(formatPercent('kk', 0.876)).toBe('87,6%');
  });
  it('compact and units', () => {
    expect(formatCompact('ru', 1234567, 'long')).toBe('1,2 миллиона');
    expect(formatCompact('kk', 1234567, 'long')).toBe('1,2 миллион');
    expect(formatUnit('ru', 25, 'megabit-per-second')).toBe('25 Мбит/c');
  });
  it('lists: Kazakh gets its conjunction for three items too', () => {
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(formatList('ru', ['A', 'B', 'C'])).toBe('A, B и C');
    expect(formatList('kk', ['A', 'B', 'C'])).toBe('A, B және C');
    expect(formatList('kk', ['A', 'B'])).toBe('A және B');
    expect(formatList('kk', ['A', 'B', 'C'], 'disjunction')).toBe('A, B, не болмаса C');
  });
  it('relative time: Kazakh always numeric', () => {
    expect(formatRelativeTime('kk', -1, 'year')).toBe('1 жыл бұрын');
    expect(formatRelativeTime('kk', 2, 'year')).toBe('2 жылдан кейін');
    expect(formatRelativeTime('ru', -1, 'day')).toBe('вчера');
    expect(formatRelativeTime('ru', 2, 'year')).toBe('через 2 года');
  });
  it('sorts Kazakh in Kazakh alphabetical order', () => {
    expect(sortByLocale('kk', ['Іле', 'Ұлытау', 'Үржар', 'Уральск'])).toEqual(['Уральск', 'Ұлытау', 'Үржар', 'Іле']);
  });
});

describe('names', () => {
  it('official forms override CLDR', () => {
    expect(countryName('ru', 'KGZ')).toBe('Кыргызстан');
    expect(countryName('ru', 'KG')).toBe('Кыргызстан');
    expect(countryName('kk', 'KAZ')).toBe('Қазақстан');
    expect(countryName('en', 'FR')).toBe('France');
    expect(countryName('en', 'XXX')).toBeUndefined();
  });
  it('picks Kazakh, then Russian, then English from a domain text', () => {
    expect(pickText('kk', { en: 'Broadband', ru: 'Широкополосный доступ' })).toEqual({ text: 'Широкополосный доступ', locale: 'ru' });
    expect(pickText('ru', { en: 'Broadband', kk: 'Кең жолақты' })).toEqual({ text: 'Broadband', locale: 'en' });
  });
});

/** Chromium formats `kk` with root data; our fallback must print exactly what full ICU prints. */
describe('Kazakh without Kazakh ICU data (as in Chromium) equals full ICU', () => {
  const values = [0, 1, 2.5, 1234.5, 1234567.891, -42.125, 0.876];
  const numberOptions: Intl.NumberFormatOptions[] = [
    {},
    { maximumFractionDigits: 0 },
    { style: 'percent', maximumFractionDigits: 1 },
    { style: 'currency', currency: 'KZT' },
    { style: 'currency', currency: 'USD' },
    { style: 'currency', currency: 'TMT' },
    { style: 'currency', currency: 'AFN' },
    { style: 'currency', currency: 'KGS', currencyDisplay: 'narrowSymbol' },
    { style: 'currency', currency: 'KZT', currencyDisplay: 'name' },
    { style: 'currency', currency: 'UZS', currencyDisplay: 'name' },
    { notation: 'compact' },
    { notation: 'compact', compactDisplay: 'long' },
    ...['percent', 'megabit-per-second', 'day', 'month', 'year', 'hour', 'kilometer', 'gigabyte'].flatMap(
      (unit): Intl.NumberFormatOptions[] => [
        { style: 'unit', unit },
        { style: 'unit', unit, unitDisplay: 'long' },
      ],
    ),
  ];
  it('this runtime has native Kazakh data (the reference)', () => {
    expect(hasNativeKazakhIntl()).toBe(true);
  });
  it.each(numberOptions.map((o) => [JSON.stringify(o), o] as const))('numbers %s', (_name, options) => {
    const native = values.map((v) => new Intl.NumberFormat('kk', options).format(v));
    setKazakhIntlMode('fallback');
    const fallback = values.map((v) => getNumberFormatter('kk', options).format(v));
    expect(fallback).toEqual(native);
  });
  const dateOptions: Intl.DateTimeFormatOptions[] = [
    { dateStyle: 'full' },
    { dateStyle: 'long' },
    { dateStyle: 'medium' },
    { dateStyle: 'short' },
    { timeStyle: 'short' },
    { dateStyle: 'long', timeStyle: 'short' },
    { year: 'numeric' },
    { year: 'numeric', month: 'long' },
    { year: 'numeric', month: 'short' },
    { year: 'numeric', month: 'long', day: 'numeric' },
    { month: 'long', day: 'numeric' },
    { month: 'long' },
    { month: 'short' },
    { weekday: 'long' },
    { weekday: 'short' },
    { year: 'numeric', month: '2-digit', day: '2-digit' },
    { year: 'numeric', month: 'numeric' },
    {},
  ];
  const dates = Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 1 + m * 2, 9, 7, 3));
  it.each(dateOptions.map((o) => [JSON.stringify(o), o] as const))('dates %s', (_name, options) => {
    const native = dates.map((d) => new Intl.DateTimeFormat('kk', { ...options, timeZone: 'UTC' }).format(d));
    setKazakhIntlMode('fallback');
    const fallback = dates.map((d) => getDateTimeFormatter('kk', { ...options, timeZone: 'UTC' }).format(d));
    expect(fallback).toEqual(native);
  });
  it('relative time', () => {
    const cases = [-2, -1, 1, 3, 1234.5].flatMap((v) =>
      (['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const).map((u) => [v, u] as const),
    );
    const native = cases.map(([v, u]) => formatRelativeTime('kk', v, u));
    setKazakhIntlMode('fallback');
    expect(cases.map(([v, u]) => formatRelativeTime('kk', v, u))).toEqual(native);
  });
});
