import type { Framework, FrameworkItem, I18nText } from '@dsc/domain';
import { DAC_PURPOSE_CODES, IATI_CODE_LISTS, SDG_GOALS, SDG_TARGETS } from '../data/iati-codelists.js';
import type { SourceId } from './sources.js';
import { SOURCES } from './sources.js';

const fw = (
  id: string,
  version: string,
  name: I18nText,
  source: SourceId,
  items: FrameworkItem[],
  description?: I18nText,
): Framework => ({
  kind: 'framework',
  schemaVersion: 1,
  id,
  version,
  name,
  source: SOURCES[source],
  ...(description ? { description } : {}),
  items,
});

/** UN Secretary-General's Roadmap for Digital Cooperation (A/74/821, 2020): eight areas (docs/domain.md#un-secretary-generals-roadmap-for-digital-cooperation). */
const SG_ROADMAP = fw(
  'sg-roadmap',
  '2020',
  {
    en: "UN Secretary-General's Roadmap for Digital Cooperation",
    ru: 'Дорожная карта Генерального секретаря ООН по цифровому сотрудничеству',
    kk: 'БҰҰ Бас хатшысының цифрлық ынтымақтастық жөніндегі жол картасы',
  },
  'un-sg-roadmap',
  [
    { code: '1', level: 'area', name: { en: 'Achieving universal connectivity by 2030' } },
    { code: '2', level: 'area', name: { en: 'Promoting digital public goods' } },
    {
      code: '3',
      level: 'area',
      name: { en: 'Ensuring digital inclusion for all, including the most vulnerable' },
    },
    { code: '4', level: 'area', name: { en: 'Strengthening digital capacity-building' } },
    { code: '5', level: 'area', name: { en: 'Ensuring the protection of human rights in the digital era' } },
    { code: '6', level: 'area', name: { en: 'Supporting global cooperation on artificial intelligence' } },
    { code: '7', level: 'area', name: { en: 'Promoting trust and security in the digital environment' } },
    {
      code: '8',
      level: 'area',
      name: { en: 'Building a more effective architecture for digital cooperation' },
    },
  ],
  { en: "Builds on the High-level Panel report 'The Age of Digital Interdependence' (2019)." },
);

/** Global Digital Compact (annex to the Pact for the Future, 22 Sep 2024), as summarised in docs/domain.md#global-digital-compact. */
const GDC = fw(
  'global-digital-compact',
  '2024',
  { en: 'Global Digital Compact', ru: 'Глобальный цифровой договор', kk: 'Жаһандық цифрлық шарт' },
  'un-gdc',
  [
    { code: 'connect', level: 'theme', name: { en: 'Connect all people, schools and hospitals to the Internet' } },
    { code: 'open', level: 'theme', name: { en: 'Open data, open models and open standards' } },
    { code: 'rights', level: 'theme', name: { en: 'Human rights online' } },
    { code: 'safety', level: 'theme', name: { en: 'Online safety' } },
    {
      code: 'ai',
      level: 'theme',
      name: { en: 'AI governance' },
      description: { en: 'Independent international scientific panel on AI and a global dialogue on AI governance' },
    },
    { code: 'data', level: 'theme', name: { en: 'Data governance' } },
  ],
);

/** AP-IS Master Plan 2019–2022: four pillars (docs/domain.md#ap-is). */
const APIS_MASTER = fw(
  'apis-master-plan',
  '2019-2022',
  {
    en: 'Asia-Pacific Information Superhighway Master Plan 2019–2022',
    ru: 'Генеральный план Азиатско-Тихоокеанской информационной супермагистрали на 2019–2022 годы',
    kk: 'Азия-Тынық мұхиты ақпараттық супермагистралінің 2019–2022 жылдарға арналған бас жоспары',
  },
  'escap-apis',
  [
    { code: 'P1', level: 'pillar', name: { en: 'Regional broadband infrastructure' } },
    { code: 'P2', level: 'pillar', name: { en: 'Internet traffic and network management' } },
    { code: 'P3', level: 'pillar', name: { en: 'ICT infrastructure resilience' } },
    { code: 'P4', level: 'pillar', name: { en: 'Inclusive broadband access' } },
  ],
  { en: 'Origin: ESCAP resolution 71/10 (2015).' },
);

/** AP-IS Action Plan 2022–2026: three pillars / working groups; the text of the 25 actions is not available, so actions are not listed. */
const APIS_ACTION = fw(
  'apis-action-plan',
  '2022-2026',
  {
    en: 'Asia-Pacific Information Superhighway Action Plan 2022–2026',
    ru: 'План действий Азиатско-Тихоокеанской информационной супермагистрали на 2022–2026 годы',
    kk: 'Азия-Тынық мұхиты ақпараттық супермагистралінің 2022–2026 жылдарға арналған іс-қимыл жоспары',
  },
  'escap-apis',
  [
    { code: 'P1', level: 'pillar', name: { en: 'Connectivity for All' } },
    { code: 'P2', level: 'pillar', name: { en: 'Digital Technologies and Applications' } },
    { code: 'P3', level: 'pillar', name: { en: 'Digital Data' } },
  ],
  {
    en: 'Adopted by the AP-IS Steering Committee (5th session, 25 Nov 2021); 25 actions whose text is not available here. Tags: APIS-2022-2026/P{n}.',
  },
);

/** SPECA Innovation Strategy for Sustainable Development (2019): objectives and cooperation mechanisms (docs/domain.md#speca-innovation-strategy). */
const SPECA = fw(
  'speca-innovation',
  '2019',
  {
    en: 'SPECA Innovation Strategy for Sustainable Development',
    ru: 'Инновационная стратегия СПЕКА в интересах устойчивого развития',
    kk: 'СПЕКА-ның тұрақты даму мүддесіндегі инновациялық стратегиясы',
  },
  'unece-speca-innovation',
  [
    {
      code: '1',
      level: 'objective',
      name: { en: 'Upgrade the knowledge and skills base of stakeholders to address the SDGs with innovative solutions' },
    },
    {
      code: '2',
      level: 'objective',
      name: { en: 'Facilitate diffusion of innovations and technology transfer for subregional sustainable development challenges' },
    },
    {
      code: '3',
      level: 'objective',
      name: { en: 'Enhance the institutional framework for subregional cooperation on innovation' },
    },
    { code: '4', level: 'objective', name: { en: 'Contribute to better SDG performance of SPECA countries' } },
    {
      code: 'M1',
      level: 'mechanism',
      name: { en: 'Subregional policy dialogue and sharing of good practice, including international expertise' },
    },
    { code: 'M2', level: 'mechanism', name: { en: 'Joint identification of transboundary challenges' } },
    { code: 'M3', level: 'mechanism', name: { en: 'Awareness raising' } },
    { code: 'M4', level: 'mechanism', name: { en: 'Cooperation with existing UN platforms' } },
  ],
  { en: 'Adopted 2019. Objectives are coded 1–4, cooperation mechanisms M1–M4. Its Action Plan is a logical framework whose body is not available here.' },
);

/** SDG ICT indicators (docs/domain.md#sdg-ict-indicators), under their goals and targets. 17.6.1 was numbered 17.6.2 before 2020. */
const goal = (n: string, ru: string): FrameworkItem => ({ code: n, level: 'goal', name: { en: SDG_GOALS[n] ?? `Goal ${n}`, ru } });
const target = (t: string, g: string): FrameworkItem => ({ code: t, parent: g, level: 'target', name: { en: SDG_TARGETS[t] ?? `Target ${t}` } });
const SDG_ICT = fw(
  'sdg',
  '2020',
  { en: 'SDG ICT indicators', ru: 'Показатели ИКТ в рамках ЦУР', kk: 'ОДМ бойынша АКТ көрсеткіштері' },
  'un-sdg-ict',
  [
    goal('4', 'Цель 4. Обеспечение всеохватного и справедливого качественного образования и поощрение возможности обучения на протяжении всей жизни для всех'),
    goal('5', 'Цель 5. Обеспечение гендерного равенства и расширение прав и возможностей всех женщин и девочек'),
    goal('9', 'Цель 9. Создание стойкой инфраструктуры, содействие всеохватной и устойчивой индустриализации и инновациям'),
    goal('17', 'Цель 17. Укрепление средств осуществления и активизация работы в рамках Глобального партнерства в интересах устойчивого развития'),
    target('4.4', '4'),
    target('5.b', '5'),
    target('9.c', '9'),
    target('17.6', '17'),
    target('17.8', '17'),
    { code: '4.4.1', parent: '4.4', level: 'indicator', name: { en: 'Proportion of youth and adults with ICT skills, by type of skill' } },
    { code: '5.b.1', parent: '5.b', level: 'indicator', name: { en: 'Proportion of individuals who own a mobile telephone, by sex' } },
    { code: '9.c.1', parent: '9.c', level: 'indicator', name: { en: 'Proportion of population covered by a mobile network, by technology' } },
    {
      code: '17.6.1',
      parent: '17.6',
      level: 'indicator',
      name: { en: 'Fixed Internet broadband subscriptions per 100 inhabitants, by speed' },
      description: { en: 'Numbered 17.6.2 before 2020.' },
    },
    { code: '17.8.1', parent: '17.8', level: 'indicator', name: { en: 'Proportion of individuals using the Internet' } },
  ],
  { en: 'ITU: 7 ICT indicators for 6 targets under Goals 4, 5, 9 and 17; the five listed here are those with a documented source (docs/domain.md#sdg-ict-indicators). Verify wordings against current UNSD metadata.' },
);

/** OECD DAC CRS purpose codes: 220 Communications and related codes (docs/domain.md#iati). */
const DAC_PARENT: Readonly<Record<string, string>> = { '22011': '22010', '22012': '22010', '22013': '22010' };
const DAC = fw(
  'dac-crs',
  'IATI-2.03',
  {
    en: 'OECD DAC CRS purpose codes: communications (ICT) and related',
    ru: 'Коды назначения ОЭСР/КСР: связь (ИКТ) и смежные',
    kk: 'ЭЫДҰ ДАК CRS мақсаттық кодтары: байланыс (АКТ) және сабақтас салалар',
  },
  'iati-codelists',
  [
    { code: '220', level: 'category', name: { en: 'Communications', ru: 'Связь' } },
    ...DAC_PURPOSE_CODES.map(
      (c): FrameworkItem => ({
        code: c.code,
        ...(c.category === '220' ? { parent: DAC_PARENT[c.code] ?? '220' } : {}),
        level: c.category === '220' ? 'purpose' : 'related-purpose',
        name: c.name,
        ...(c.description ? { description: c.description } : {}),
      }),
    ),
  ],
);

/**
 * UN Development Account budget classes named in docs/domain.md#development-account-project-document: current classes and older object classes.
 * Other current codes are not known here and are left for users to add (budget classes are reference data).
 */
const DA_BUDGET = fw(
  'da-budget-class',
  'DA-12',
  {
    en: 'UN Development Account budget classes',
    ru: 'Классы бюджета Счёта развития ООН',
    kk: 'БҰҰ Даму шотының бюджеттік сыныптары',
  },
  'un-da-guidelines',
  [
    { code: '015', level: 'class', name: { en: 'Other staff costs (general temporary assistance)' } },
    {
      code: '105',
      level: 'class',
      name: { en: 'Consultants and experts' },
      description: { en: 'International and national consultants, their travel, expert group meetings' },
    },
    { code: '604', level: 'object-class-older', name: { en: 'Consultants and expert groups' } },
    { code: '608', level: 'object-class-older', name: { en: 'Staff travel' } },
    { code: '612', level: 'object-class-older', name: { en: 'Contractual services' } },
    { code: '616', level: 'object-class-older', name: { en: 'General operating expenses' } },
    { code: '618', level: 'object-class-older', name: { en: 'Supplies and furniture' } },
    { code: '621', level: 'object-class-older', name: { en: 'Workshops and participant travel' } },
  ],
  { en: 'Codes as listed in the DA guidelines summary of docs/domain.md#development-account-project-document; "DA-12" marks the 12th-tranche template.' },
);

/** DAC channel codes of the organisations the exports name (docs/domain.md#iati). ESCAP's IATI publisher id is unconfirmed. */
const DAC_CHANNEL = fw(
  'dac-channel',
  'CRS',
  {
    en: 'OECD DAC channel codes of relevant organisations',
    ru: 'Коды каналов ОЭСР/КСР для соответствующих организаций',
    kk: 'Тиісті ұйымдардың ЭЫДҰ ДАК арна кодтары',
  },
  'oecd-dac-channel',
  [
    { code: '41106', level: 'organisation', name: { en: 'United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)' } },
    { code: '41314', level: 'organisation', name: { en: 'United Nations Economic Commission for Europe (UNECE)' } },
    {
      code: '41114',
      level: 'organisation',
      name: { en: 'United Nations Development Programme (UNDP)' },
      description: { en: 'Publishes to IATI as XM-DAC-41114' },
    },
    { code: '41303', level: 'organisation', name: { en: 'International Telecommunication Union (ITU)' } },
    { code: '46004', level: 'organisation', name: { en: 'Asian Development Bank (ADB)' } },
    { code: '46026', level: 'organisation', name: { en: 'Asian Infrastructure Investment Bank (AIIB)' } },
    { code: '46025', level: 'organisation', name: { en: 'Islamic Development Bank (IsDB)' } },
    { code: '44000', level: 'organisation', name: { en: 'World Bank' } },
  ],
);

const IATI = IATI_CODE_LISTS.map((l) =>
  fw(l.id, '2.03', { en: `IATI code list: ${l.name}`, ru: `Кодовый список IATI: ${l.name}`, kk: `IATI кодтар тізімі: ${l.name}` }, 'iati-codelists', l.items.map((i) => ({ ...i }))),
);

/** Every framework taxonomy and code list, sorted by id. */
export const FRAMEWORKS: readonly Framework[] = [SG_ROADMAP, GDC, APIS_MASTER, APIS_ACTION, SPECA, SDG_ICT, DAC, DA_BUDGET, DAC_CHANNEL, ...IATI].sort((a, b) =>
  a.id < b.id ? -1 : 1,
);
