import type { MethodologySpec } from '@dsc/domain';
import { METHODOLOGY_SCHEMA_VERSION } from '@dsc/domain';

const idx = { min: 0, max: 100, rationale: 'Declared bounds of a percentage' };

/**
 * UNDP Digital Development Compass scoring replicator: indicator scores on [1, 5.99] (index indicators min-max
 * with their declared bounds, raw indicators by quintile bands), sub-pillar → pillar → overall as plain means of
 * what is available. The Compass's own indicator list is not embedded: the tree holds the catalogue series that
 * fit three of its seven pillars, so the overall score here is a partial replication.
 */
export const ddc = {
  kind: 'methodology',
  schemaVersion: METHODOLOGY_SCHEMA_VERSION,
  id: 'ddc',
  version: '2023',
  name: {
    en: 'UNDP Digital Development Compass scoring (replicator)',
    ru: 'Оценка по методике Digital Development Compass ПРООН',
    kk: 'БҰҰДБ Digital Development Compass әдістемесі бойынша бағалау',
  },
  nodes: [
    {
      id: 'IT_MOB_3GNTWK',
      parent: 'INFRA-MOBILE',
      level: 1,
      type: 'indicator',
      direction: 1,
      goalposts: idx,
      unit: '% of population',
    },
    {
      id: 'IT_MOB_4GNTWK',
      parent: 'INFRA-MOBILE',
      level: 1,
      type: 'indicator',
      direction: 1,
      goalposts: idx,
      unit: '% of population',
    },
    {
      id: 'IT.NET.BBND.P2',
      parent: 'INFRA-FIXED',
      level: 1,
      type: 'indicator',
      direction: 1,
      unit: 'per 100 people',
      note: 'Raw indicator: quintile bands',
    },
    {
      id: 'IT.NET.USER.ZS',
      parent: 'PEOPLE-USAGE',
      level: 1,
      type: 'indicator',
      direction: 1,
      goalposts: idx,
      unit: '% of population',
    },
    {
      id: 'IT.CEL.SETS.P2',
      parent: 'PEOPLE-USAGE',
      level: 1,
      type: 'indicator',
      direction: 1,
      unit: 'per 100 people',
      note: 'Raw indicator: quintile bands',
    },
    {
      id: 'OSI',
      parent: 'GOV-SERVICES',
      level: 1,
      type: 'indicator',
      direction: 1,
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1' },
    },
    {
      id: 'EPART',
      parent: 'GOV-SERVICES',
      level: 1,
      type: 'indicator',
      direction: 1,
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1' },
    },
    {
      id: 'INFRA-MOBILE',
      parent: 'Infrastructure',
      level: 2,
      type: 'aggregate',
      name: { en: 'Mobile networks', ru: 'Мобильные сети', kk: 'Мобильді желілер' },
    },
    {
      id: 'INFRA-FIXED',
      parent: 'Infrastructure',
      level: 2,
      type: 'aggregate',
      name: { en: 'Fixed networks', ru: 'Фиксированные сети', kk: 'Тіркелген желілер' },
    },
    { id: 'PEOPLE-USAGE', parent: 'People', level: 2, type: 'aggregate', name: { en: 'Usage', ru: 'Использование', kk: 'Пайдалану' } },
    {
      id: 'GOV-SERVICES',
      parent: 'Government',
      level: 2,
      type: 'aggregate',
      name: { en: 'Digital public services', ru: 'Цифровые государственные услуги', kk: 'Цифрлық мемлекеттік қызметтер' },
    },
    { id: 'Infrastructure', parent: 'DDC', level: 3, type: 'aggregate', name: { en: 'Infrastructure', ru: 'Инфраструктура', kk: 'Инфрақұрылым' } },
    { id: 'People', parent: 'DDC', level: 3, type: 'aggregate', name: { en: 'People', ru: 'Люди', kk: 'Адамдар' } },
    { id: 'Government', parent: 'DDC', level: 3, type: 'aggregate', name: { en: 'Government', ru: 'Государство', kk: 'Мемлекет' } },
    { id: 'DDC', level: 4, type: 'aggregate', name: { en: 'Digital Development Compass overall score', ru: 'Общая оценка Digital Development Compass', kk: 'Digital Development Compass жалпы бағасы' } },
  ],
  steps: {
    order: ['normalise', 'aggregate'],
    normalise: { method: 'quintileBand', bandRange: [1, 5.99] },
    weights: { method: 'equal' },
    aggregate: { method: 'arithmetic' },
  },
  bands: [
    { id: 'basic', name: { en: 'Basic', ru: 'Базовый', kk: 'Базалық' }, lower: 1, upper: 2 },
    { id: 'opportunistic', name: { en: 'Opportunistic', ru: 'Ситуативный', kk: 'Жағдаяттық' }, lower: 2, upper: 3 },
    { id: 'systematic', name: { en: 'Systematic', ru: 'Системный', kk: 'Жүйелі' }, lower: 3, upper: 4 },
    { id: 'differentiating', name: { en: 'Differentiating', ru: 'Дифференцирующий', kk: 'Ерекшелендіруші' }, lower: 4, upper: 5 },
    { id: 'transformational', name: { en: 'Transformational', ru: 'Трансформационный', kk: 'Трансформациялық' }, lower: 5, upper: 6 },
  ],
  notes: [
    'Scoring per docs/methods.md#undp-digital-development-compass: index indicators (with declared bounds) min-max onto [1, 5.99] using the data together with the bounds; raw indicators by quintile bands of the 0.2/0.4/0.6/0.8 quantiles, min-max within the band onto [k, k + 0.99]; lower-is-better scores are 6.99 − score.',
    'Sub-pillar, pillar and overall scores are unweighted means of the available children; compute from unrounded pillars (published values are rounded to 2 dp).',
    'Partial replication: the Compass indicator set is not embedded. Only Infrastructure, People and Government have catalogue series; Business, Foundations, Regulation and Strategy are absent, so availability is 3/7 and the overall score is not the published one.',
    'Quintile bands are computed over the units in the data; the Compass computes them over all countries it covers, so raw-indicator scores differ with a subset.',
    'Stage bands (Basic … Transformational) use the floor of the score; the published mapping is unverified.',
  ],
} as const satisfies MethodologySpec;
