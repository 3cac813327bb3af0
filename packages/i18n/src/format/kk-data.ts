/**
 * Kazakh formatting data for runtimes whose ICU lacks Kazakh (Chromium formats `kk` with root data).
 * Every entry equals what full ICU (CLDR 48) produces for `kk`; the tests compare the two.
 */

/** Month names: standalone (capitalised), inside a date (lower case), abbreviated. */
export const kkMonths = {
  standalone: ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан'],
  format: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  short: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
} as const;

/** Weekday names from Sunday (index 0, as `Date#getDay`). */
export const kkWeekdays = {
  long: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  short: ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'],
} as const;

/** Currency names (`currencyDisplay: 'name'`) for the currencies of the region and the common reserves. */
export const kkCurrencyNames: Readonly<Record<string, string>> = {
  KZT: 'Қазақстан теңгесі',
  USD: 'АҚШ доллары',
  UZS: 'Өзбекстан сомы',
  KGS: 'Қырғызстан сомы',
  TJS: 'Тәжікстан сомониі',
  TMT: 'Түрікменстан манаты',
  MNT: 'Моңғолия тугригі',
  AZN: 'Әзірбайжан манаты',
  AFN: 'Ауғанстан афганиі',
  EUR: 'еуро',
  RUB: 'Ресей рублі',
  CNY: 'Қытай юані',
};

/** Compact words that differ from Russian (short `тыс.` and the long forms; Kazakh nouns do not inflect). */
export const kkCompactLong: readonly (readonly [RegExp, string])[] = [
  [/^тыс\.$/u, 'мың'],
  [/^тысяч[аи]?$/u, 'мың'],
  [/^миллион(а|ов)?$/u, 'миллион'],
  [/^миллиард(а|ов)?$/u, 'миллиард'],
  [/^триллион(а|ов)?$/u, 'триллион'],
];

/** Units used by indicators: short form and long form (`{0}` = the number). */
export const kkUnits: Readonly<Record<string, { readonly short: string; readonly long: string; readonly narrow?: string }>> = {
  percent: { short: '{0}%', long: '{0} пайыз' },
  'megabit-per-second': { short: '{0} Mб/с', long: 'секундына {0} мегабит' },
  'kilobit-per-second': { short: '{0} кб/с', long: 'секундына {0} килобит' },
  'gigabit-per-second': { short: '{0} Гб/с', long: 'секундына {0} гигабит' },
  day: { short: '{0} күн', long: '{0} күн', narrow: '{0} к.' },
  week: { short: '{0} ап.', long: '{0} апта' },
  month: { short: '{0} ай', long: '{0} ай' },
  year: { short: '{0} ж.', long: '{0} жыл' },
  hour: { short: '{0} сағ', long: '{0} сағат' },
  kilometer: { short: '{0} км', long: '{0} километр' },
  kilogram: { short: '{0} кг', long: '{0} килограмм' },
  megabyte: { short: '{0} MБ', long: '{0} мегабайт' },
  gigabyte: { short: '{0} ГБ', long: '{0} гигабайт' },
  terabyte: { short: '{0} TБ', long: '{0} терабайт' },
};
