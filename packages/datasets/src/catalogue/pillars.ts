import type { I18nText } from '@dsc/domain';

/**
 * Pillars of the DSC Digital Maturity Index that catalogue indicators feed (issue 3). Indicators without a
 * pillar are context series (GDP, population) used for normalisation or comparison, not scored.
 */
export const PILLARS = {
  'digital-connectivity': {
    en: 'Digital connectivity',
    ru: 'Цифровая связанность',
    kk: 'Цифрлық байланыс',
  },
  'digital-infrastructure': {
    en: 'Digital infrastructure',
    ru: 'Цифровая инфраструктура',
    kk: 'Цифрлық инфрақұрылым',
  },
  'digital-transformation': {
    en: 'Digital transformation (incl. e-government)',
    ru: 'Цифровая трансформация (включая цифровое правительство)',
    kk: 'Цифрлық трансформация (цифрлық үкіметті қоса алғанда)',
  },
  'policy-regulatory-institutional': {
    en: 'Policy, regulatory and institutional framework',
    ru: 'Политическая, нормативно-правовая и институциональная база',
    kk: 'Саяси, нормативтік-құқықтық және институционалдық негіз',
  },
} as const satisfies Record<string, I18nText>;

export type PillarId = keyof typeof PILLARS;
