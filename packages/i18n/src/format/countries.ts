import type { Locale } from '../types.js';

type CountryNames = { readonly iso2: string; readonly en: string; readonly ru: string; readonly kk: string };

/**
 * Country names we print, in our own table so that Node and every browser agree (Chromium has no Kazakh
 * region names) and official UN usage beats CLDR: ru "Кыргызстан", not CLDR's "Киргизия".
 */
export const countryNames: Readonly<Record<string, CountryNames>> = {
  AFG: { iso2: 'AF', en: 'Afghanistan', ru: 'Афганистан', kk: 'Ауғанстан' },
  AZE: { iso2: 'AZ', en: 'Azerbaijan', ru: 'Азербайджан', kk: 'Әзірбайжан' },
  KAZ: { iso2: 'KZ', en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
  KGZ: { iso2: 'KG', en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' },
  TJK: { iso2: 'TJ', en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан' },
  TKM: { iso2: 'TM', en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' },
  UZB: { iso2: 'UZ', en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан' },
  MNG: { iso2: 'MN', en: 'Mongolia', ru: 'Монголия', kk: 'Моңғолия' },
  RUS: { iso2: 'RU', en: 'Russia', ru: 'Россия', kk: 'Ресей' },
  CHN: { iso2: 'CN', en: 'China', ru: 'Китай', kk: 'Қытай' },
};

const byIso2 = new Map(Object.entries(countryNames).map(([iso3, names]) => [names.iso2, { iso3, names }]));

/**
 * The name of a country by ISO 3166 alpha-3 or alpha-2 code: our table first, then `Intl.DisplayNames`
 * (alpha-2 only). Returns `undefined` for an unknown code rather than guessing.
 */
export const countryName = (locale: Locale, code: string): string | undefined => {
  const upper = code.toUpperCase();
  const known = countryNames[upper] ?? byIso2.get(upper)?.names;
  if (known) return known[locale];
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(upper);
    return name === upper ? undefined : name;
  } catch {
    return undefined;
  }
};
