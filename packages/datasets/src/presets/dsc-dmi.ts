import type { MethodologySpec } from '@dsc/domain';
import { METHODOLOGY_SCHEMA_VERSION } from '@dsc/domain';

const share = { min: 0, max: 100, rationale: 'Share of population: natural bounds 0–100 %' };

/**
 * DSC Digital Maturity Index, version 1: four pillars (digital connectivity, digital infrastructure, digital
 * transformation incl. e-government, policy-regulatory-institutional framework), goalpost normalisation to
 * 0–100 on raw units, arithmetic means. Every choice is written in `notes` and on the nodes.
 */
export const dscDmi = {
  kind: 'methodology',
  schemaVersion: METHODOLOGY_SCHEMA_VERSION,
  id: 'dsc-dmi',
  version: '1.0.0',
  name: { en: 'DSC Digital Maturity Index', ru: 'Индекс цифровой зрелости ЦЦР' },
  description: {
    en: 'Digital maturity of the SPECA countries and Mongolia in four pillars, on a 0–100 scale with fixed goalposts so that scores are comparable over time and do not depend on which countries are included.',
  },
  nodes: [
    {
      id: 'IT.NET.USER.ZS', parent: 'CONN', level: 1, type: 'indicator', direction: 1, weight: 1, unit: '% of population', goalposts: share,
      name: { en: 'Individuals using the Internet' }, note: 'Core access indicator (ITU IDI 2023: universal connectivity).',
    },
    {
      id: 'IT.CEL.SETS.P2', parent: 'CONN', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'per 100 people',
      goalposts: { min: 0, max: 120, rationale: 'ITU IDI reference value (120 per 100): more than one SIM per person adds no access' },
      name: { en: 'Mobile-cellular subscriptions' }, note: 'Capped at 120 per 100 by the goalposts.',
    },
    {
      id: 'IT.NET.BBND.P2', parent: 'CONN', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'per 100 people',
      goalposts: { min: 0, max: 60, rationale: 'ITU IDI reference value (60 per 100)' },
      name: { en: 'Fixed-broadband subscriptions' },
    },
    {
      id: 'IT_MOB_3GNTWK', parent: 'INFRA', level: 1, type: 'indicator', direction: 1, weight: 1, unit: '% of population', goalposts: share,
      name: { en: 'Population covered by at least a 3G network' },
    },
    {
      id: 'IT_MOB_4GNTWK', parent: 'INFRA', level: 1, type: 'indicator', direction: 1, weight: 1, unit: '% of population', goalposts: share,
      name: { en: 'Population covered by at least a 4G/LTE network' },
    },
    {
      id: 'TII', parent: 'INFRA', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'index 0-1',
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1 by UN DESA' },
      name: { en: 'Telecommunication Infrastructure Index (UN DESA)' },
    },
    {
      id: 'OSI', parent: 'TRANS', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'index 0-1',
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1 by UN DESA' },
      name: { en: 'Online Services Index (UN DESA)' }, note: 'E-government service delivery.',
    },
    {
      id: 'EPART', parent: 'TRANS', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'index 0-1',
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1 by UN DESA' },
      name: { en: 'E-Participation Index (UN DESA)' },
    },
    {
      id: 'HCI', parent: 'TRANS', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'index 0-1',
      goalposts: { min: 0, max: 1, rationale: 'Published on 0–1 by UN DESA' },
      name: { en: 'Human Capital Index (UN DESA)' }, note: 'Skills needed to use digital services.',
    },
    {
      id: 'PRI', parent: 'POLICY', level: 1, type: 'indicator', direction: 1, weight: 1, unit: 'share of rubric points 0-1',
      goalposts: { min: 0, max: 1, rationale: 'Share of the maximum rubric score' },
      name: { en: 'Policy, regulatory and institutional score (DSC rubric)' },
      note: 'Mean of score / 2 over the rubric criteria with a verified score; provisional scores are left out, and the score is missing when verified scores cover less than half of the criteria.',
    },
    { id: 'CONN', parent: 'DMI', level: 2, type: 'aggregate', weight: 1, name: { en: 'Digital connectivity', ru: 'Цифровая связанность' } },
    { id: 'INFRA', parent: 'DMI', level: 2, type: 'aggregate', weight: 1, name: { en: 'Digital infrastructure', ru: 'Цифровая инфраструктура' } },
    {
      id: 'TRANS', parent: 'DMI', level: 2, type: 'aggregate', weight: 1,
      name: { en: 'Digital transformation (incl. e-government)', ru: 'Цифровая трансформация (включая цифровое правительство)' },
    },
    {
      id: 'POLICY', parent: 'DMI', level: 2, type: 'aggregate', weight: 1,
      name: { en: 'Policy, regulatory and institutional framework', ru: 'Политическая, нормативно-правовая и институциональная база' },
    },
    { id: 'DMI', level: 3, type: 'aggregate', name: { en: 'DSC Digital Maturity Index', ru: 'Индекс цифровой зрелости ЦЦР' } },
  ],
  steps: {
    order: ['normalise', 'aggregate'],
    normalise: { method: 'goalposts', outputRange: [0, 100], truncate: true },
    weights: { method: 'nominal' },
    aggregate: { method: 'arithmetic', levels: { '2': { method: 'arithmetic', datThresh: 0.5 }, '3': { method: 'arithmetic', datThresh: 0.75 } } },
  },
  bands: [
    { id: 'emerging', name: { en: 'Emerging', ru: 'Начальный' }, lower: 0, upper: 25 },
    { id: 'developing', name: { en: 'Developing', ru: 'Развивающийся' }, lower: 25, upper: 50 },
    { id: 'advanced', name: { en: 'Advanced', ru: 'Продвинутый' }, lower: 50, upper: 75 },
    { id: 'leading', name: { en: 'Leading', ru: 'Ведущий' }, lower: 75, upper: 100 },
  ],
  notes: [
    'Normalisation: fixed goalposts in raw units (from the indicator catalogue), truncated to [0, 1] and mapped to 0–100. Goalposts make scores comparable over time and independent of the country set, which data-driven min-max would not be with eight countries.',
    'No outlier treatment: with eight countries skewness and kurtosis are not informative, and the goalposts already bound every score.',
    'No cross-section imputation: gaps stay gaps. When data are assembled from observations, a value up to 3 years old is used (look-back, reported per cell); anything older is missing.',
    'Aggregation: arithmetic means (full compensability, the usual choice for a maturity profile); equal weights within and across pillars because no evidence supports a different importance.',
    'A pillar needs at least half of its indicators (datThresh 0.5); the index needs three of the four pillars (datThresh 0.75), otherwise it is not published for that country.',
    'Fixed telephone subscriptions are left out (dropped by the ITU IDI 2023 methodology). Secure Internet servers are left out: no defensible goalposts for a heavily skewed series. EGDI itself is not an input because its components (OSI, TII, HCI) are.',
    'The policy pillar uses verified rubric scores only and needs them for at least half of the criteria; until more evidence is verified, several countries have no policy score and their index rests on the other three pillars.',
    'Maturity bands (Emerging < 25 ≤ Developing < 50 ≤ Advanced < 75 ≤ Leading) are a DSC convention with equal widths, not an external classification.',
  ],
} as const satisfies MethodologySpec;
