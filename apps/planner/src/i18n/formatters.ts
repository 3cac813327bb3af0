import { getDateTimeFormatter, getNumberFormatter } from '@dsc/i18n';
import type { Locale } from '@dsc/i18n';

export interface Formatters {
  number: (n: number, digits?: number) => string;
  percent: (n: number, digits?: number) => string;
  integer: (n: number) => string;
  /** A calendar date (long style: "23 November 2026", "2026 ж. 23 қараша"). */
  date: (d: Date) => string;
}

/** Number formatting through @dsc/i18n (correct Kazakh output in Chromium, whose kk data is incomplete); `display` applies the Kazakh Latin variant. */
export function makeFormatters(locale: Locale, display: (s: string) => string = (s) => s): Formatters {
  return {
    date: (d) => display(getDateTimeFormatter(locale, { dateStyle: 'long' }).format(d)),
    number: (n, digits = 1) => getNumberFormatter(locale, { maximumFractionDigits: digits }).format(n),
    integer: (n) => getNumberFormatter(locale, { maximumFractionDigits: 0 }).format(n),
    percent: (n, digits = 1) =>
      getNumberFormatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(n / 100),
  };
}
