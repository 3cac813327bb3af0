import type { Entry } from './indicator-entry.js';

/*
 * Series read by hand from publications (ITU ICT Development Index, GCI, ICT price baskets; World Bank GTMI):
 * each stored in a curated file of data/observations/ whose rows name the document, edition and table, and the
 * quoting page of a figure that could only be read there.
 */

const SCORE100 = 'Composite score, bounded 0–100 by construction';
const GTMI = 'World Bank GTMI index, bounded 0–1 by construction';
const BASKET = 'Price as a share of monthly GNI per capita: 0 % is free; 10 % is where ITU charts stop, five times the 2 % target';
const CURATED = 'Figures read by hand in the publication or, where marked secondary, in a page quoting it (observation.provenance).';
/** Broadband Commission for Sustainable Development, advocacy target 2: entry-level broadband below 2 % of monthly GNI per capita by 2025. */
const BROADBAND_TARGET = {
  value: 2,
  year: 2025,
  by: 'Broadband Commission for Sustainable Development (advocacy target 2)',
  url: 'https://www.broadbandcommission.org/advocacy-targets/',
} as const;
const gtmi = (code: string, en: string, ru: string, kk: string): Entry => ({
  code,
  file: 'data/observations/wb-gtmi.csv',
  name: { en, ru, kk },
  unit: 'index 0-1',
  direction: 1,
  pillar: 'digital-transformation',
  goalposts: { min: 0, max: 1, rationale: GTMI },
  source: 'wb-gtmi',
  tags: ['gtmi', 'edition'],
  caveats: `${CURATED} Editions 2020, 2022 and 2025; the year is the edition.`,
});

/** Catalogue entries of the curated publication series. */
export const PUBLICATION_ENTRIES: readonly Entry[] = [
  {
    code: 'ITU_IDI',
    file: 'data/observations/itu-idi.csv',
    name: {
      en: 'ICT Development Index (ITU, 2023 methodology)',
      ru: 'Индекс развития ИКТ (МСЭ, методология 2023 г.)',
      kk: 'АКТ даму индексі (ХЭО, 2023 жылғы әдістеме)',
    },
    unit: 'score 0-100',
    direction: 1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 100, rationale: SCORE100 },
    source: 'itu-idi',
    tags: ['itu', 'idi', 'edition'],
    caveats: `${CURATED} The year is the edition (2023, 2024, 2025). Not comparable with the 2017 IDI (0–10). ITU did not score TJK and TKM in the 2025 edition.`,
  },


  {
    code: 'ITU_MBB_DATA_GNI',
    file: 'data/observations/itu-prices.csv',
    name: {
      en: 'Data-only mobile-broadband basket (2 GB) price (% of GNI per capita)',
      ru: 'Стоимость корзины мобильного широкополосного доступа только для данных (2 ГБ), % ВНД на душу населения',
      kk: 'Тек деректерге арналған мобильді кең жолақты қолжетімділік себетінің (2 ГБ) бағасы, жан басына шаққандағы ЖҰТ-тың %',
    },
    unit: '% of GNI per capita',
    direction: -1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 10, rationale: BASKET },
    target: BROADBAND_TARGET,
    source: 'itu-ict-prices',
    tags: ['itu', 'affordability'],
    caveats: `${CURATED} Lower is better; the Broadband Commission target is below 2 %.`,
  },
  {
    code: 'ITU_FBB_GNI',
    file: 'data/observations/itu-prices.csv',
    name: {
      en: 'Fixed-broadband basket (5 GB) price (% of GNI per capita)',
      ru: 'Стоимость корзины фиксированного широкополосного доступа (5 ГБ), % ВНД на душу населения',
      kk: 'Тіркелген кең жолақты қолжетімділік себетінің (5 ГБ) бағасы, жан басына шаққандағы ЖҰТ-тың %',
    },
    unit: '% of GNI per capita',
    direction: -1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 10, rationale: BASKET },
    target: BROADBAND_TARGET,
    source: 'itu-ict-prices',
    tags: ['itu', 'affordability'],
    caveats: `${CURATED} Lower is better; the Broadband Commission target is below 2 %.`,
  },
  {
    code: 'ITU_GCI',
    file: 'data/observations/itu-gci.csv',
    name: {
      en: 'Global Cybersecurity Index score (ITU)',
      ru: 'Глобальный индекс кибербезопасности, балл (МСЭ)',
      kk: 'Жаһандық киберқауіпсіздік индексі, балл (ХЭО)',
    },
    unit: 'score 0-100',
    direction: 1,
    pillar: 'policy-regulatory-institutional',
    goalposts: { min: 0, max: 100, rationale: SCORE100 },
    source: 'itu-gci',
    tags: ['itu', 'gci', 'edition'],
    caveats: `${CURATED} The year is the edition (GCI 2020, published 2021; GCI 2024). GCI 2024 publishes tiers first; country scores appear in its country profiles.`,
  },
  {
    code: 'ITU_GCI_TIER',
    file: 'data/observations/itu-gci.csv',
    name: {
      en: 'Global Cybersecurity Index tier (1 role-modelling … 5 building)',
      ru: 'Уровень в Глобальном индексе кибербезопасности (1 — образцовый … 5 — начальный)',
      kk: 'Жаһандық киберқауіпсіздік индексіндегі деңгей (1 — үлгілі … 5 — бастапқы)',
    },
    unit: 'tier 1-5',
    direction: -1,
    pillar: 'policy-regulatory-institutional',
    goalposts: { min: 1, max: 5, rationale: 'The five GCI 2024 tiers: 1 role-modelling (best) to 5 building' },
    source: 'itu-gci',
    tags: ['itu', 'gci', 'edition'],
    caveats: `${CURATED} Tiers exist from the 2024 edition on (T2 ≥ 85, T3 55–85, T4 20–55, T5 0–20 points).`,
  },
  {
    code: 'ITU_G5',
    file: 'data/observations/itu-g5.csv',
    name: {
      en: 'G5 Benchmark of collaborative regulation, score (ITU)',
      ru: 'Индекс G5 совместного регулирования, балл (МСЭ)',
      kk: 'G5 бірлескен реттеу индексі, балл (ХЭО)',
    },
    unit: 'score 0-100',
    direction: 1,
    pillar: 'policy-regulatory-institutional',
    goalposts: { min: 0, max: 100, rationale: SCORE100 },
    source: 'itu-g5',
    tags: ['itu', 'g5', 'edition'],
    caveats: `${CURATED} The year is the edition (2021, 2023). Read only in a news page quoting the benchmark.`,
  },
  gtmi('WB_GTMI', 'GovTech Maturity Index (GTMI)', 'Индекс зрелости GovTech (GTMI)', 'GovTech жетілу индексі (GTMI)'),
  gtmi(
    'WB_GTMI_CGSI',
    'GTMI: Core Government Systems Index (CGSI)',
    'GTMI: индекс базовых государственных систем (CGSI)',
    'GTMI: негізгі мемлекеттік жүйелер индексі (CGSI)',
  ),
  gtmi(
    'WB_GTMI_PSDI',
    'GTMI: Public Service Delivery Index (PSDI)',
    'GTMI: индекс предоставления государственных услуг (PSDI)',
    'GTMI: мемлекеттік қызметтерді ұсыну индексі (PSDI)',
  ),
  gtmi(
    'WB_GTMI_DCEI',
    'GTMI: Digital Citizen Engagement Index (DCEI)',
    'GTMI: индекс цифрового участия граждан (DCEI)',
    'GTMI: азаматтардың цифрлық қатысу индексі (DCEI)',
  ),
  gtmi(
    'WB_GTMI_GTEI',
    'GTMI: GovTech Enablers Index (GTEI)',
    'GTMI: индекс факторов развития GovTech (GTEI)',
    'GTMI: GovTech дамуына ықпал ететін факторлар индексі (GTEI)',
  ),
];
