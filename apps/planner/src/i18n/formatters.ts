import { getNumberFormatter } from '@dsc/i18n';
import type { Locale } from '@dsc/i18n';

export interface Formatters {
  number: (n: number, digits?: number) => string;
  percent: (n: number, digits?: number) => string;
  integer: (n: number) => string;
}

/** Number formatting through @dsc/i18n (correct Kazakh output in Chromium, whose kk data is incomplete). */
export function makeFormatters(locale: Locale): Formatters {
  return {
    number: (n, digits = 1) => getNumberFormatter(locale, { maximumFractionDigits: digits }).format(n),
    integer: (n) => getNumberFormatter(locale, { maximumFractionDigits: 0 }).format(n),
    percent: (n, digits = 1) =>
      getNumberFormatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(n / 100),
  };
}
