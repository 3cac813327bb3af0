import { z } from 'zod';
import { Id, IndicatorCode, IsoAlpha3, IsoDate } from './codes.js';
import { I18nText } from './i18n-text.js';
import { RubricLevel } from './policy-rubric.js';

export const RECOMMENDATION_SET_SCHEMA_VERSION = 1;

/** What an indicator value is compared with: a policy target, the median of the other countries in scope, or the best in scope. */
export const GapReference = z.enum(['target', 'peers', 'frontier']);
export type GapReference = z.infer<typeof GapReference>;

/** A country's indicator value short of a reference value (in the indicator's direction). */
export const IndicatorGap = z
  .object({
    kind: z.literal('indicator'),
    indicator: IndicatorCode,
    country: IsoAlpha3,
    value: z.number().finite(),
    year: z.number().int(),
    reference: GapReference,
    referenceValue: z.number().finite(),
    referenceSource: z.string().min(1).describe('The body that set the target, or the source id of the compared series'),
  })
  .strict();
export type IndicatorGap = z.infer<typeof IndicatorGap>;

/** A policy criterion scored (and verified) below the level the analysis asks for. */
export const PolicyGap = z
  .object({
    kind: z.literal('policy'),
    country: IsoAlpha3,
    criterion: z.string().min(1).describe('Id of a criterion of the assessment rubric'),
    level: RubricLevel,
    required: RubricLevel,
  })
  .strict()
  .refine((g) => g.level < g.required, { message: 'A policy gap has a level below the required one', path: ['level'] });
export type PolicyGap = z.infer<typeof PolicyGap>;

export const RecommendationGap = z.union([IndicatorGap, PolicyGap]);
export type RecommendationGap = z.infer<typeof RecommendationGap>;

export const RecommendationPriority = z.enum(['high', 'medium', 'low']);
export type RecommendationPriority = z.infer<typeof RecommendationPriority>;

/** Short (up to 2 years), medium (3–5) or long (more than 5), with the calendar years it spans. */
export const TimeHorizon = z
  .object({ term: z.enum(['short', 'medium', 'long']), from: z.number().int(), to: z.number().int() })
  .strict()
  .refine((h) => h.to >= h.from, { message: 'The horizon ends before it starts', path: ['to'] });
export type TimeHorizon = z.infer<typeof TimeHorizon>;

/** National (one country) or regional (the SPECA countries and Mongolia together). */
export const RecommendationLevel = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('national'), country: IsoAlpha3 }).strict(),
  z.object({ scope: z.literal('regional') }).strict(),
]);
export type RecommendationLevel = z.infer<typeof RecommendationLevel>;

/** The review of a recommendation: a candidate is proposed by the analysis; only accepted or edited ones are published. */
export const RecommendationReview = z.discriminatedUnion('status', [
  z.object({ status: z.literal('candidate') }).strict(),
  z
    .object({
      status: z.enum(['accepted', 'edited', 'rejected']),
      reviewer: z.string().min(1),
      date: IsoDate,
      note: z.string().min(1).optional(),
    })
    .strict(),
]);
export type RecommendationReview = z.infer<typeof RecommendationReview>;

/** True for a recommendation that may reach an output (accepted or edited by a reviewer). */
export const isPublishable = (r: { readonly review: RecommendationReview }): boolean =>
  r.review.status === 'accepted' || r.review.status === 'edited';

export const Recommendation = z
  .object({
    id: Id,
    level: RecommendationLevel,
    gaps: z.array(RecommendationGap).min(1).describe('The gaps the recommendation answers'),
    priority: RecommendationPriority,
    horizon: TimeHorizon,
    actors: z.array(z.string().min(1)).default([]).describe('Responsible organisations (names or organisation ids)'),
    initiatives: z.array(Id).default([]).describe('Ids of related initiatives (entries of an initiative register)'),
    title: I18nText,
    text: I18nText,
    review: RecommendationReview,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (isPublishable(r))
      for (const field of ['title', 'text'] as const)
        for (const locale of ['ru', 'kk'] as const)
          if (r[field][locale] === undefined)
            ctx.addIssue({ code: 'custom', path: [field, locale], message: 'An accepted or edited recommendation has its text in en, ru and kk' });
    if (r.level.scope === 'national') {
      const country = r.level.country;
      r.gaps.forEach((g, i) => {
        if (g.country !== country)
          ctx.addIssue({ code: 'custom', path: ['gaps', i, 'country'], message: `A national recommendation answers gaps of ${country} only` });
      });
    }
  });
export type Recommendation = z.infer<typeof Recommendation>;

/** A set of recommendations (`recommendation-set`): candidates from the gap analysis and the reviewed ones. */
export const RecommendationSet = z
  .object({
    kind: z.literal('recommendation-set'),
    schemaVersion: z.literal(RECOMMENDATION_SET_SCHEMA_VERSION),
    id: Id,
    title: I18nText,
    note: z.string().min(1).optional().describe('How the set was produced and reviewed'),
    recommendations: z.array(Recommendation),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.recommendations.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'id'], message: `Duplicate recommendation id "${r.id}"` });
      ids.add(r.id);
    });
  });
export type RecommendationSet = z.infer<typeof RecommendationSet>;

/**
 * The text template of a candidate recommendation: a code with named parameters, rendered in en, ru and kk by
 * `@dsc/i18n` (`indicators.recommendation.<code>.title|text`).
 */
export type RecommendationTemplate =
  | {
      readonly code: 'indicator_gap';
      readonly params: { readonly country: string; readonly indicator: string; readonly value: number; readonly year: number; readonly reference: GapReference; readonly referenceValue: number };
    }
  | { readonly code: 'policy_gap'; readonly params: { readonly country: string; readonly criterion: string; readonly level: number; readonly required: number } }
  | { readonly code: 'regional_policy_gap'; readonly params: { readonly criterion: string; readonly countries: number; readonly required: number } };
