import type { MethodologySpec } from '@dsc/domain';
import { METHODOLOGY_SCHEMA_VERSION } from '@dsc/domain';

/**
 * UN E-Government Development Index replicator (UN DESA E-Government Survey, biennial): EGDI = (OSI + TII + HCI) / 3.
 * The three components are taken as published: recomputing them needs all 193 UN Member States (each is a
 * z-score mean min-max normalised over the full set), so with a subset of countries the published component
 * scores are the inputs.
 */
export const egdi = {
  kind: 'methodology',
  schemaVersion: METHODOLOGY_SCHEMA_VERSION,
  id: 'egdi',
  version: '2024',
  name: {
    en: 'UN E-Government Development Index (replicator)',
    ru: 'Индекс развития электронного правительства ООН (воспроизведение)',
    kk: 'БҰҰ-ның электрондық үкіметті дамыту индексі (қайта есептеу)',
  },
  description: {
    en: 'Equal-weight arithmetic mean of the Online Services Index, the Telecommunication Infrastructure Index and the Human Capital Index, as published by UN DESA.',
    ru: 'Среднее арифметическое с равными весами индекса онлайн-услуг, индекса телекоммуникационной инфраструктуры и индекса человеческого капитала, как их публикует ДЭСВ ООН.',
    kk: 'БҰҰ ЭӘД жариялайтын онлайн қызметтер индексінің, телекоммуникациялық инфрақұрылым индексінің және адами капитал индексінің тең салмақты арифметикалық ортасы.',
  },
  nodes: [
    {
      id: 'OSI',
      parent: 'EGDI',
      level: 1,
      type: 'indicator',
      direction: 1,
      weight: 1,
      unit: 'index 0-1',
      name: { en: 'Online Services Index', ru: 'Индекс онлайн-услуг', kk: 'Онлайн қызметтер индексі' },
    },
    {
      id: 'TII',
      parent: 'EGDI',
      level: 1,
      type: 'indicator',
      direction: 1,
      weight: 1,
      unit: 'index 0-1',
      name: {
        en: 'Telecommunication Infrastructure Index',
        ru: 'Индекс телекоммуникационной инфраструктуры',
        kk: 'Телекоммуникациялық инфрақұрылым индексі',
      },
    },
    {
      id: 'HCI',
      parent: 'EGDI',
      level: 1,
      type: 'indicator',
      direction: 1,
      weight: 1,
      unit: 'index 0-1',
      name: { en: 'Human Capital Index', ru: 'Индекс человеческого капитала', kk: 'Адами капитал индексі' },
    },
    {
      id: 'EGDI',
      level: 2,
      type: 'aggregate',
      name: {
        en: 'E-Government Development Index',
        ru: 'Индекс развития электронного правительства',
        kk: 'Электрондық үкіметті дамыту индексі',
      },
    },
  ],
  steps: {
    order: ['normalise', 'aggregate'],
    normalise: { method: 'none' },
    weights: { method: 'equal' },
    aggregate: { method: 'arithmetic', datThresh: 1 },
  },
  bands: [
    { id: 'low', name: { en: 'Low', ru: 'Низкий', kk: 'Төмен' }, lower: 0, upper: 0.25 },
    { id: 'middle', name: { en: 'Middle', ru: 'Средний', kk: 'Орташа' }, lower: 0.25, upper: 0.5 },
    { id: 'high', name: { en: 'High', ru: 'Высокий', kk: 'Жоғары' }, lower: 0.5, upper: 0.75 },
    {
      id: 'very-high',
      name: { en: 'Very High', ru: 'Очень высокий', kk: 'Өте жоғары' },
      lower: 0.75,
      upper: 1,
    },
  ],
  notes: [
    'EGDI = (OSI + TII + HCI) / 3 (UN DESA, E-Government Survey methodology annex). The E-Participation Index is separate and not part of EGDI.',
    'Components are used as published (normalise: none): each is min-max normalised by UN DESA across the 193 Member States, which a subset cannot reproduce.',
    'All three components are required (datThresh 1): the survey publishes no EGDI for a country without them.',
    'Checked against the embedded UN DESA data: every edition from 2012 to 2024 reproduces the published EGDI within 1e-4 (the published figures are rounded). The 2010 components in the UNU archive do not average to the published 2010 EGDI (differences up to 0.003), so the 2010 edition is not reproduced.',
    'Level groups: Very High ≥ 0.75, High 0.50–0.75, Middle 0.25–0.50, Low < 0.25. The rating-class sub-quartiles are not modelled (unverified).',
  ],
} as const satisfies MethodologySpec;
