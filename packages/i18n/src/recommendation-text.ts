import type { I18nText, RecommendationTemplate } from '@dsc/domain';
import { match } from 'ts-pattern';
import { getMessages } from './catalogs.js';
import type { Translator } from './translator.js';
import { createTranslator } from './translator.js';

/** The title and text of a candidate recommendation in the translator's language, matched exhaustively on its code. */
export const formatRecommendationTemplate = (template: RecommendationTemplate, { t }: Translator): { title: string; text: string } =>
  match(template)
    .with({ code: 'indicator_gap' }, ({ params: p }) => ({
      title: t('indicators.recommendation.indicator_gap.title', { indicator: p.indicator, country: p.country }),
      text: t('indicators.recommendation.indicator_gap.text', { ...p }),
    }))
    .with({ code: 'policy_gap' }, ({ params: p }) => ({
      title: t('indicators.recommendation.policy_gap.title', { criterion: p.criterion, required: p.required, country: p.country }),
      text: t('indicators.recommendation.policy_gap.text', { ...p }),
    }))
    .with({ code: 'regional_policy_gap' }, ({ params: p }) => ({
      title: t('indicators.recommendation.regional_policy_gap.title', { criterion: p.criterion }),
      text: t('indicators.recommendation.regional_policy_gap.text', { ...p }),
    }))
    .exhaustive();

/** The title and text of a candidate recommendation in en, ru and kk (the `I18nText` a recommendation-set stores). */
export function recommendationText(template: RecommendationTemplate): { title: I18nText; text: I18nText } {
  const [en, ru, kk] = (['en', 'ru', 'kk'] as const).map((l) => formatRecommendationTemplate(template, createTranslator(l, getMessages(l))));
  return { title: { en: en!.title, ru: ru!.title, kk: kk!.title }, text: { en: en!.text, ru: ru!.text, kk: kk!.text } };
}
