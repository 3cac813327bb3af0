/**
 * `@dsc/i18n/format`: the locale-aware formatters (numbers, dates, periods, lists, country names) without the
 * message catalogues, for code that formats values but shows no catalogued text.
 */
export type { Locale } from '../types.js';
export { hasNativeKazakhIntl, setKazakhIntlMode } from './kk-support.js';
export type { KazakhIntlMode } from './kk-support.js';
export { getNumberFormatter, numberLocale } from './number.js';
export type { NumberFormatter } from './number.js';
export { getDateTimeFormatter } from './date.js';
export type { DateTimeFormatter } from './date.js';
export {
  formatNumber,
  formatPercent,
  formatCurrency,
  formatCompact,
  formatUnit,
  formatDate,
  formatYearMonth,
  formatMonthName,
  formatWeekdayName,
  formatPeriod,
  formatRelativeTime,
  formatList,
  sortByLocale,
  pickText,
  localizedName,
} from './formatters.js';
export type { DateStyle, PeriodGranularity, RelativeUnit } from './formatters.js';
export { countryName, countryNames } from './countries.js';
