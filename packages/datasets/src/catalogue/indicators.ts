import type { Indicator } from '@dsc/domain';
import type { Entry } from './indicator-entry.js';
import { PUBLICATION_ENTRIES } from './indicators-publications.js';
import { SOURCES } from './sources.js';


const IDI = 'ITU ICT Development Index (2017 methodology) reference value';
const SHARE = 'A share of the population: natural bounds 0–100 %';
const EGOV = 'UN E-Government Survey index, bounded 0–1 by construction';

/** Code of the policy, regulatory and institutional score: derived from `policyAssessments()`, no stored observations. */
export const POLICY_SCORE_CODE = 'PRI';

/** The indicator catalogue: one entry per series in the raw data. */
const ENTRIES: readonly Entry[] = [
  {
    code: 'IT.NET.USER.ZS',
    file: 'owid_itu_internet_users.csv',
    name: {
      en: 'Individuals using the Internet (% of population)',
      ru: 'Доля лиц, пользующихся интернетом (% населения)',
      kk: 'Интернетті пайдаланатын адамдардың үлесі (халықтың %)',
    },
    unit: '% of population',
    direction: 1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 100, rationale: `${SHARE}; also the ${IDI} (100)` },
    source: 'owid-itu-internet',
    sdgCode: '17.8.1',
    tags: ['itu', 'sdg-ict'],
    caveats: 'Latest year differs by country (TKM 2017, AFG 2020); TJK has no 2018–2019 values.',
  },
  {
    code: 'IT.CEL.SETS.P2',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Mobile cellular subscriptions (per 100 people)',
      ru: 'Абоненты подвижной сотовой связи (на 100 человек)',
      kk: 'Ұялы байланыс абоненттері (100 адамға шаққанда)',
    },
    unit: 'per 100 people',
    direction: 1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 120, rationale: `${IDI} (120 per 100): more than one SIM per person adds no access` },
    source: 'wb-wdi',
    tags: ['itu'],
  },
  {
    code: 'IT.NET.BBND.P2',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Fixed broadband subscriptions (per 100 people)',
      ru: 'Абоненты фиксированного широкополосного доступа (на 100 человек)',
      kk: 'Тіркелген кең жолақты қолжетімділік абоненттері (100 адамға шаққанда)',
    },
    unit: 'per 100 people',
    direction: 1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 60, rationale: `${IDI} (60 per 100)` },
    source: 'wb-wdi',
    sdgCode: '17.6.1',
    tags: ['itu', 'sdg-ict'],
    caveats:
      'Total subscriptions, not disaggregated by speed as SDG 17.6.1 asks. UZB rises sharply after 2019 (10.6 → 34.7 by 2024), as published.',
  },
  {
    code: 'IT.MLT.MAIN.P2',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Fixed telephone subscriptions (per 100 people)',
      ru: 'Абоненты фиксированной телефонной связи (на 100 человек)',
      kk: 'Тіркелген телефон байланысының абоненттері (100 адамға шаққанда)',
    },
    unit: 'per 100 people',
    direction: 1,
    pillar: 'digital-connectivity',
    goalposts: { min: 0, max: 60, rationale: `${IDI} (60 per 100)` },
    source: 'wb-wdi',
    tags: ['itu'],
  },
  {
    code: 'IT_MOB_2GNTWK',
    file: 'owid_itu_mobile_network_coverage.csv',
    name: {
      en: 'Population covered by at least a 2G mobile network (%)',
      ru: 'Доля населения, охваченного мобильной сетью не ниже 2G (%)',
      kk: 'Кемінде 2G мобильді желісімен қамтылған халықтың үлесі (%)',
    },
    unit: '% of population',
    direction: 1,
    pillar: 'digital-infrastructure',
    goalposts: { min: 0, max: 100, rationale: SHARE },
    source: 'owid-un-sdg-9c1',
    sdgCode: '9.c.1',
    ituCode: 'IT_MOB_2GNTWK',
    tags: ['itu', 'sdg-ict'],
    caveats: 'Several series are flat for years, which suggests values carried forward at the source.',
  },
  {
    code: 'IT_MOB_3GNTWK',
    file: 'owid_itu_mobile_network_coverage.csv',
    name: {
      en: 'Population covered by at least a 3G mobile network (%)',
      ru: 'Доля населения, охваченного мобильной сетью не ниже 3G (%)',
      kk: 'Кемінде 3G мобильді желісімен қамтылған халықтың үлесі (%)',
    },
    unit: '% of population',
    direction: 1,
    pillar: 'digital-infrastructure',
    goalposts: { min: 0, max: 100, rationale: SHARE },
    source: 'owid-un-sdg-9c1',
    sdgCode: '9.c.1',
    ituCode: 'IT_MOB_3GNTWK',
    tags: ['itu', 'sdg-ict'],
    caveats: 'Several series are flat for years, which suggests values carried forward at the source.',
  },
  {
    code: 'IT_MOB_4GNTWK',
    file: 'owid_itu_mobile_network_coverage.csv',
    name: {
      en: 'Population covered by at least a 4G mobile network (%)',
      ru: 'Доля населения, охваченного мобильной сетью не ниже 4G (%)',
      kk: 'Кемінде 4G мобильді желісімен қамтылған халықтың үлесі (%)',
    },
    unit: '% of population',
    direction: 1,
    pillar: 'digital-infrastructure',
    goalposts: { min: 0, max: 100, rationale: SHARE },
    source: 'owid-un-sdg-9c1',
    sdgCode: '9.c.1',
    ituCode: 'IT_MOB_4GNTWK',
    tags: ['itu', 'sdg-ict'],
    caveats: 'Several series are flat for years (e.g. TKM 67 % for 2017–2021): values probably carried forward.',
  },
  {
    code: 'IT.NET.SECR.P6',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Secure Internet servers (per 1 million people)',
      ru: 'Защищённые интернет-серверы (на 1 млн человек)',
      kk: 'Қауіпсіз интернет-серверлер (1 млн адамға шаққанда)',
    },
    unit: 'per 1 million people',
    direction: 1,
    pillar: 'digital-infrastructure',
    source: 'wb-wdi',
    tags: ['netcraft'],
    caveats:
      'No established goalposts: the series is heavily skewed (orders of magnitude between countries); normalise on a log scale or on the data.',
  },
  {
    code: 'TII',
    file: 'un_egov_survey.csv',
    name: {
      en: 'Telecommunication Infrastructure Index',
      ru: 'Индекс телекоммуникационной инфраструктуры',
      kk: 'Телекоммуникациялық инфрақұрылым индексі',
    },
    unit: 'index 0-1',
    direction: 1,
    pillar: 'digital-infrastructure',
    goalposts: { min: 0, max: 1, rationale: EGOV },
    source: 'un-desa-egov',
    tags: ['egdi-component'],
    caveats: 'Survey years only; no 2020 edition in the raw data. 2022 and 2024 from third-party copies of the UN export.',
  },
  {
    code: 'EGDI',
    file: 'un_egov_survey.csv',
    name: {
      en: 'E-Government Development Index',
      ru: 'Индекс развития электронного правительства',
      kk: 'Электрондық үкіметті дамыту индексі',
    },
    unit: 'index 0-1',
    direction: 1,
    pillar: 'digital-transformation',
    goalposts: { min: 0, max: 1, rationale: EGOV },
    source: 'un-desa-egov',
    tags: ['egdi'],
    caveats: 'Survey years only; no 2020 edition in the raw data. 2022 and 2024 from third-party copies of the UN export.',
  },
  {
    code: 'EGOV_RANK',
    file: 'un_egov_survey.csv',
    name: {
      en: 'E-Government Development Index rank',
      ru: 'Место в рейтинге по индексу развития электронного правительства',
      kk: 'Электрондық үкіметті дамыту индексі бойынша орын',
    },
    unit: 'rank (of 193)',
    direction: -1,
    goalposts: { min: 1, max: 193, rationale: 'Rank among the 193 UN Member States: 1 is best' },
    source: 'un-desa-egov',
    tags: ['egdi'],
    caveats: 'A rank, not a measure: use EGDI for scoring; shown for reference.',
  },
  {
    code: 'OSI',
    file: 'un_egov_survey.csv',
    name: {
      en: 'Online Service Index',
      ru: 'Индекс онлайн-услуг',
      kk: 'Онлайн қызметтер индексі',
    },
    unit: 'index 0-1',
    direction: 1,
    pillar: 'digital-transformation',
    goalposts: { min: 0, max: 1, rationale: EGOV },
    source: 'un-desa-egov',
    tags: ['egdi-component'],
  },
  {
    code: 'HCI',
    file: 'un_egov_survey.csv',
    name: {
      en: 'Human Capital Index (UN E-Government Survey)',
      ru: 'Индекс человеческого капитала (Обзор ООН по электронному правительству)',
      kk: 'Адами капитал индексі (БҰҰ-ның электрондық үкімет жөніндегі шолуы)',
    },
    unit: 'index 0-1',
    direction: 1,
    pillar: 'digital-transformation',
    goalposts: { min: 0, max: 1, rationale: EGOV },
    source: 'un-desa-egov',
    tags: ['egdi-component'],
    caveats:
      'The UN e-government HCI, not the World Bank HCI. Falls for all eight countries 2022 → 2024, which points to a change of method: check the 2024 methodology annex before comparing.',
  },
  {
    code: 'EPART',
    file: 'un_egov_survey.csv',
    name: {
      en: 'E-Participation Index',
      ru: 'Индекс электронного участия',
      kk: 'Электрондық қатысу индексі',
    },
    unit: 'index 0-1',
    direction: 1,
    pillar: 'digital-transformation',
    goalposts: { min: 0, max: 1, rationale: EGOV },
    source: 'un-desa-egov',
    tags: ['egdi-supplementary'],
  },
  {
    code: 'TX.VAL.TECH.MF.ZS',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'High-technology exports (% of manufactured exports)',
      ru: 'Экспорт высокотехнологичной продукции (% экспорта промышленных товаров)',
      kk: 'Жоғары технологиялық өнім экспорты (өнеркәсіп тауарлары экспортының %)',
    },
    unit: '% of manufactured exports',
    direction: 1,
    pillar: 'digital-transformation',
    goalposts: { min: 0, max: 100, rationale: 'A share of manufactured exports: natural bounds 0–100 %' },
    source: 'wb-wdi',
    tags: ['proxy'],
    caveats: 'Proxy only: the ICT goods and ICT service export series are not in the raw data.',
  },
  {
    code: 'GB.XPD.RSDV.GD.ZS',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Research and development expenditure (% of GDP)',
      ru: 'Расходы на исследования и разработки (% ВВП)',
      kk: 'Ғылыми-зерттеу және тәжірибелік-конструкторлық жұмыстарға шығыстар (ЖІӨ-нің %)',
    },
    unit: '% of GDP',
    direction: 1,
    pillar: 'digital-transformation',
    source: 'wb-wdi',
    tags: ['unesco-uis'],
    caveats: 'No established goalposts; coverage is sparse for several countries.',
  },
  {
    code: 'NY.GDP.PCAP.CD',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'GDP per capita (current US$)',
      ru: 'ВВП на душу населения (в текущих долларах США)',
      kk: 'Жан басына шаққандағы ЖІӨ (ағымдағы АҚШ долларымен)',
    },
    unit: 'current US$',
    direction: 1,
    source: 'wb-wdi',
    tags: ['context'],
    caveats: 'Context series, not scored. 2025 values of this vintage are provisional.',
  },
  {
    code: 'NY.GDP.PCAP.PP.CD',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'GDP per capita, PPP (current international $)',
      ru: 'ВВП на душу населения по ППС (в текущих международных долларах)',
      kk: 'Жан басына шаққандағы ЖІӨ, СҚП бойынша (ағымдағы халықаралық доллармен)',
    },
    unit: 'current international $ (PPP)',
    direction: 1,
    source: 'wb-wdi',
    tags: ['context'],
    caveats: 'Context series, not scored.',
  },
  {
    code: 'SP.POP.TOTL',
    file: 'wb_wdi_ict_macro.csv',
    name: {
      en: 'Population, total',
      ru: 'Численность населения, всего',
      kk: 'Халық саны, барлығы',
    },
    unit: 'persons',
    direction: 1,
    source: 'wb-wdi',
    tags: ['context'],
    caveats: 'Context series (weights, per-capita conversions), not scored. 2025 values of this vintage are provisional.',
  },
  ...PUBLICATION_ENTRIES,
  {
    code: POLICY_SCORE_CODE,
    name: {
      en: 'Policy, regulatory and institutional score (DSC rubric)',
      ru: 'Оценка политической, нормативно-правовой и институциональной базы (критерии ЦЦР)',
      kk: 'Саяси, нормативтік-құқықтық және институционалдық база бағасы (ЦШО критерийлері)',
    },
    description: {
      en: 'Derived from policyAssessments(): the share of rubric points, computed by the index methodology (see the dsc-dmi preset). No stored observations. It describes the current framework, so a cross-section takes the latest assessment whatever the reference year.',
    },
    unit: 'share of rubric points 0-1',
    direction: 1,
    pillar: 'policy-regulatory-institutional',
    goalposts: { min: 0, max: 1, rationale: 'Share of the maximum rubric score: natural bounds 0–1' },
    source: 'policy-instruments',
    crossSection: 'latest-assessment',
    tags: ['derived'],
    caveats:
      'Most criteria rest on partly verified facts (provisional); how provisional and unscored criteria count is a methodology choice.',
  },
];

const toIndicator = ({ file: _file, source, ...e }: Entry): Indicator => ({
  kind: 'indicator',
  schemaVersion: 1,
  ...e,
  source: SOURCES[source],
});

/** Catalogue entries as domain documents, sorted by code. */
export const INDICATORS: readonly Indicator[] = ENTRIES.map(toIndicator).sort((a, b) => (a.code < b.code ? -1 : 1));

/** Raw file of each catalogued series (the import script checks every raw series against this). */
export const INDICATOR_FILES: ReadonlyMap<string, string> = new Map(
  ENTRIES.flatMap((e) => (e.file === undefined ? [] : [[e.code, e.file] as const])),
);
