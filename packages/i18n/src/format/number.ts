import { hasNativeKazakhIntl } from './kk-support.js';
import { kkCompactLong, kkCurrencyNames, kkUnits } from './kk-data.js';
import type { Locale } from '../types.js';

/** The subset of `Intl.NumberFormat` our formatters return (also accepted by intl-messageformat). */
export type NumberFormatter = {
  format(value: number | bigint): string;
  formatToParts(value: number | bigint): Intl.NumberFormatPart[];
  resolvedOptions(): Intl.ResolvedNumberFormatOptions;
};

/**
 * The Intl locale used for numbers. Money and numbers for a Kazakhstan audience use the `-KZ` region
 * (₸ instead of KZT); English keeps the plain `en` tag.
 */
export const numberLocale = (locale: Locale): string => (locale === 'en' ? 'en' : `${locale}-KZ`);

const isSpace = (s: string): boolean => /^[\s\u00a0\u202f]+$/u.test(s);

/**
 * Kazakh without Kazakh ICU data: Russian (same separators) plus the differences, part by part. Units
 * outside `kkUnits` keep the Russian unit name; add the unit to `kkUnits` (the tests compare it with full
 * ICU) before using it in Kazakh.
 */
const kazakhFromRussian = (options: Intl.NumberFormatOptions): NumberFormatter => {
  const unit = options.style === 'unit' && options.unit !== undefined ? kkUnits[options.unit] : undefined;
  const base = new Intl.NumberFormat('ru-KZ', unit ? { ...options, style: 'decimal', unit: undefined } : options);
  const toParts = (value: number | bigint): Intl.NumberFormatPart[] => {
    const parts = base.formatToParts(value);
    const out: Intl.NumberFormatPart[] = [];
    for (const part of parts) {
      if (part.type === 'percentSign') {
        const last = out.at(-1);
        if (last?.type === 'literal' && isSpace(last.value)) out.pop();
        out.push(part);
      } else if (part.type === 'currency') {
        const code = options.currency?.toUpperCase() ?? '';
        const name = options.currencyDisplay === 'name' ? (kkCurrencyNames[code] ?? code) : undefined;
        const value = name ?? (part.value === 'ТМТ' ? 'TMT' : part.value === 'KZT' && options.currencyDisplay !== 'code' ? '₸' : part.value);
        out.push({ type: 'currency', value });
      } else if (part.type === 'compact') {
        const word = kkCompactLong.find(([re]) => re.test(part.value));
        out.push(word ? { type: 'compact', value: word[1] } : part);
      } else {
        out.push(part);
      }
    }
    if (!unit) return out;
    // Unit patterns are "{0} Mб/с" or "секундына {0} мегабит": text before and after the number.
    const pattern = options.unitDisplay === 'long' ? unit.long : options.unitDisplay === 'narrow' ? (unit.narrow ?? unit.short) : unit.short;
    const [before = '', after = ''] = pattern.split('{0}');
    const unitParts = (text: string, side: 'before' | 'after'): Intl.NumberFormatPart[] => {
      const word = text.trim();
      if (!word) return [];
      const unitPart: Intl.NumberFormatPart = { type: 'unit', value: word };
      const space: Intl.NumberFormatPart = { type: 'literal', value: ' ' };
      if (side === 'before') return text.endsWith(' ') ? [unitPart, space] : [unitPart];
      return text.startsWith(' ') ? [space, unitPart] : [unitPart];
    };
    return [...unitParts(before, 'before'), ...out, ...unitParts(after, 'after')];
  };
  return {
    format: (value) => toParts(value).map((p) => p.value).join(''),
    formatToParts: toParts,
    resolvedOptions: () => ({ ...base.resolvedOptions(), locale: 'kk' }),
  };
};

const cache = new Map<string, NumberFormatter>();

/**
 * A number formatter for a locale, correct for Kazakh in runtimes without Kazakh ICU data. Results are
 * cached per locale and options.
 */
export const getNumberFormatter = (locale: Locale, options?: Intl.NumberFormatOptions): NumberFormatter => {
  const fallback = locale === 'kk' && !hasNativeKazakhIntl();
  const key = `${locale}|${fallback ? 'f' : 'n'}|${options === undefined ? '' : JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = fallback ? kazakhFromRussian(options ?? {}) : new Intl.NumberFormat(numberLocale(locale), options);
    cache.set(key, formatter);
  }
  return formatter;
};
