import { z } from 'zod';
import type { core } from 'zod';
import type { Locale } from './types.js';

type Issue = core.$ZodRawIssue;

/** Kazakh names of the value types zod reports. Reviewed: pending a native speaker (see the glossary). */
const kkTypes: Readonly<Record<string, string>> = {
  string: 'жол',
  number: 'сан',
  int: 'бүтін сан',
  boolean: 'логикалық мән',
  bigint: 'үлкен бүтін сан',
  object: 'нысан',
  array: 'массив',
  date: 'күн',
  file: 'файл',
  set: 'жиын',
  map: 'сәйкестік кестесі',
  function: 'функция',
  symbol: 'символ',
  nan: 'NaN',
  null: 'null',
  undefined: 'undefined',
  value: 'мән',
};

const kkUnits: Readonly<Record<string, string>> = { string: 'таңба', file: 'байт', array: 'элемент', set: 'элемент', map: 'жазба' };

const kkFormats: Readonly<Record<string, string>> = {
  regex: 'енгізу',
  email: 'электрондық пошта мекенжайы',
  url: 'URL',
  uuid: 'UUID',
  datetime: 'ISO күн мен уақыт',
  date: 'ISO күн',
  time: 'ISO уақыт',
  duration: 'ISO ұзақтық',
  ipv4: 'IPv4 мекенжайы',
  ipv6: 'IPv6 мекенжайы',
  base64: 'base64 жолы',
  json_string: 'JSON жолы',
  currency_code: 'валюта коды',
};

const typeOf = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
};

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : typeof value === 'bigint' ? `${value}n` : String(value));
const kkType = (name: string | undefined): string => (name === undefined ? 'мән' : (kkTypes[name] ?? name));

/**
 * zod's error map in Kazakh (zod ships en and ru, no kk; `kh` is Khmer). Keyed on the issue `code`, like
 * zod's own locales; the texts are marked for native-speaker review in the glossary.
 */
export const kkZodLocaleError = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `Жарамсыз мән: ${kkType(issue.expected)} күтілді, ${kkType(typeOf(issue.input))} алынды`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Жарамсыз мән: ${show(issue.values[0])} күтілді`
        : `Жарамсыз нұсқа: мыналардың бірі күтілді: ${issue.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const adj = issue.exact ? 'дәл ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const unit = issue.origin ? kkUnits[issue.origin] : undefined;
      const what = kkType(issue.origin);
      return `${big ? 'Тым үлкен' : 'Тым кіші'}: ${what} ${adj}${String(limit)}${unit ? ` ${unit}` : ''} болуы керек`;
    }
    case 'invalid_format': {
      if (issue.format === 'starts_with') return `Жарамсыз жол: "${String(issue['prefix'])}" деп басталуы керек`;
      if (issue.format === 'ends_with') return `Жарамсыз жол: "${String(issue['suffix'])}" деп аяқталуы керек`;
      if (issue.format === 'includes') return `Жарамсыз жол: "${String(issue['includes'])}" қамтуы керек`;
      if (issue.format === 'regex') return `Жарамсыз жол: ${String(issue.pattern)} үлгісіне сәйкес келуі керек`;
      return `Жарамсыз ${kkFormats[issue.format] ?? issue.format}`;
    }
    case 'not_multiple_of':
      return `Жарамсыз сан: ${String(issue.divisor)} санына еселі болуы керек`;
    case 'unrecognized_keys':
      return `Танылмаған ${issue.keys.length > 1 ? 'кілттер' : 'кілт'}: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return `${kkType(issue.origin)} ішіндегі жарамсыз кілт`;
    case 'invalid_union':
      return 'Жарамсыз мән';
    case 'invalid_element':
      return `${kkType(issue.origin)} ішіндегі жарамсыз мән`;
    case 'custom':
      return 'Жарамсыз мән';
    default:
      return 'Жарамсыз мән';
  }
};

/** The zod error map of a locale: zod's own `en` and `ru`, ours for `kk`. */
export const zodLocaleError = (locale: Locale): ((issue: Issue) => string | undefined) => {
  if (locale === 'kk') return kkZodLocaleError;
  const map = locale === 'ru' ? z.locales.ru() : z.locales.en();
  return (issue) => {
    const out = map.localeError(issue);
    return typeof out === 'string' ? out : out?.message;
  };
};

/** Makes zod report in the locale, globally (`z.config`). */
export const configureZodLocale = (locale: Locale): void => {
  z.config({ localeError: zodLocaleError(locale) });
};
