import type { Country } from '@dsc/domain';

type CountryEntry = {
  readonly iso3: string;
  /** ISO 3166-1 alpha-2 and numeric (= M49) codes; a test checks them against @dsc/domain's ISO tables. */
  readonly iso2: string;
  readonly m49: string;
  readonly name: Country['name'];
  readonly formalName?: Country['formalName'];
  readonly speca: boolean;
  readonly ldc: boolean;
  readonly currency: string;
};

/**
 * The eight countries in scope. SPECA membership: Tashkent Declaration 1998 (docs/domain.md#speca; Mongolia is in
 * scope, not a member). LLDC: all eight are on the UN-OHRLLS list of landlocked developing countries.
 * LDC: of the eight, only Afghanistan is on the UN CDP list. Currencies: ISO 4217.
 * Names: UN / official usage beats CLDR (ru "Кыргызстан", not "Киргизия").
 */
const COUNTRIES: readonly CountryEntry[] = [
  {
    iso3: 'AFG',
    iso2: 'AF',
    m49: '004',
    name: { en: 'Afghanistan', ru: 'Афганистан', kk: 'Ауғанстан' },
    speca: true,
    ldc: true,
    currency: 'AFN',
  },
  {
    iso3: 'AZE',
    iso2: 'AZ',
    m49: '031',
    name: { en: 'Azerbaijan', ru: 'Азербайджан', kk: 'Әзірбайжан' },
    formalName: { en: 'Republic of Azerbaijan', ru: 'Азербайджанская Республика', kk: 'Әзірбайжан Республикасы' },
    speca: true,
    ldc: false,
    currency: 'AZN',
  },
  {
    iso3: 'KAZ',
    iso2: 'KZ',
    m49: '398',
    name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
    formalName: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан', kk: 'Қазақстан Республикасы' },
    speca: true,
    ldc: false,
    currency: 'KZT',
  },
  {
    iso3: 'KGZ',
    iso2: 'KG',
    m49: '417',
    name: { en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' },
    formalName: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика', kk: 'Қырғыз Республикасы' },
    speca: true,
    ldc: false,
    currency: 'KGS',
  },
  {
    iso3: 'MNG',
    iso2: 'MN',
    m49: '496',
    name: { en: 'Mongolia', ru: 'Монголия', kk: 'Моңғолия' },
    formalName: { en: 'Mongolia', ru: 'Монголия', kk: 'Моңғолия' },
    speca: false,
    ldc: false,
    currency: 'MNT',
  },
  {
    iso3: 'TJK',
    iso2: 'TJ',
    m49: '762',
    name: { en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан' },
    formalName: { en: 'Republic of Tajikistan', ru: 'Республика Таджикистан', kk: 'Тәжікстан Республикасы' },
    speca: true,
    ldc: false,
    currency: 'TJS',
  },
  {
    iso3: 'TKM',
    iso2: 'TM',
    m49: '795',
    name: { en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' },
    formalName: { en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' },
    speca: true,
    ldc: false,
    currency: 'TMT',
  },
  {
    iso3: 'UZB',
    iso2: 'UZ',
    m49: '860',
    name: { en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан' },
    formalName: { en: 'Republic of Uzbekistan', ru: 'Республика Узбекистан', kk: 'Өзбекстан Республикасы' },
    speca: true,
    ldc: false,
    currency: 'UZS',
  },
];

/** ISO alpha-3 codes of the eight countries in scope. */
export const SCOPE_COUNTRIES: readonly string[] = COUNTRIES.map((c) => c.iso3);

const ALL = SCOPE_COUNTRIES;

/** Aggregates present in the raw data. `members` lists the in-scope countries each contains (World Bank / UN M49 groupings). */
const AGGREGATES: readonly Country[] = [
  {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'WLD',
    m49: '001',
    name: { en: 'World', ru: 'Мир', kk: 'Әлем' },
    aggregate: true,
    speca: false,
    members: [...ALL],
    sources: ['wb-wdi', 'un-m49'],
  },
  {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'ECS',
    name: { en: 'Europe & Central Asia (World Bank region)', ru: 'Европа и Центральная Азия (регион Всемирного банка)', kk: 'Еуропа және Орталық Азия (Дүниежүзілік банк өңірі)' },
    aggregate: true,
    speca: false,
    members: ['AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
    sources: ['wb-wdi'],
  },
  {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'EAS',
    name: { en: 'East Asia & Pacific (World Bank region)', ru: 'Восточная Азия и Тихоокеанский регион (регион Всемирного банка)', kk: 'Шығыс Азия және Тынық мұхиты (Дүниежүзілік банк өңірі)' },
    aggregate: true,
    speca: false,
    members: ['MNG'],
    sources: ['wb-wdi'],
  },
  {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'SAS',
    name: { en: 'South Asia (World Bank region)', ru: 'Южная Азия (регион Всемирного банка)', kk: 'Оңтүстік Азия (Дүниежүзілік банк өңірі)' },
    aggregate: true,
    speca: false,
    members: ['AFG'],
    sources: ['wb-wdi'],
  },
  {
    kind: 'country',
    schemaVersion: 1,
    iso3: 'UN_CSA',
    m49: '062',
    name: { en: 'Central and Southern Asia (UN SDG region)', ru: 'Центральная и Южная Азия (регион ЦУР ООН)', kk: 'Орталық және Оңтүстік Азия (БҰҰ ОДМ өңірі)' },
    aggregate: true,
    speca: false,
    members: ['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
    sources: ['owid-un-sdg-9c1', 'un-m49'],
    notes: 'Not an ISO code: coined by the raw data for the UN SDG region (M49 062).',
  },
];

const toCountry = (c: CountryEntry): Country => {
  return {
    kind: 'country',
    schemaVersion: 1,
    iso3: c.iso3,
    iso2: c.iso2,
    m49: c.m49,
    name: c.name,
    ...(c.formalName ? { formalName: c.formalName } : {}),
    aggregate: false,
    speca: c.speca,
    lldc: true,
    ldc: c.ldc,
    currency: c.currency,
    sources: ['un-ohrlls', 'un-cdp-ldc', 'un-m49', 'iso-4217'],
  };
};

/** Countries in scope, then the aggregates. */
export const COUNTRY_DOCS: readonly Country[] = [...COUNTRIES.map(toCountry), ...AGGREGATES];
