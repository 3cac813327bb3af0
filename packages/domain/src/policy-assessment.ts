import { z } from 'zod';
import { IsoAlpha3, IsoDate, IsoPartialDate } from './codes.js';
import { I18nText } from './i18n-text.js';
import { RubricLevel } from './policy-rubric.js';

export const POLICY_ASSESSMENT_SCHEMA_VERSION = 2;

/** The review of a score: draft → submitted → verified | disputed. */
export const ReviewStatus = z.enum(['draft', 'submitted', 'verified', 'disputed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Review = z.discriminatedUnion('status', [
  z.object({ status: z.literal('draft') }).strict(),
  z.object({ status: z.literal('submitted'), date: IsoDate }).strict(),
  z
    .object({
      status: z.enum(['verified', 'disputed']),
      reviewer: z.string().min(1),
      date: IsoDate,
      note: z.string().min(1).optional(),
    })
    .strict(),
]);
export type Review = z.infer<typeof Review>;

/** One piece of evidence: the instruments it rests on, where in them, the text read and a short quoted excerpt. */
export const Evidence = z
  .object({
    instruments: z.array(z.string().min(1)).describe('Ids of PolicyInstrument documents'),
    locator: z.string().min(1).optional().describe('Article, section or paragraph'),
    url: z.url().optional().describe('The text that was read'),
    excerpt: z.string().min(1).max(400).optional().describe('A short quotation, in the language of the text'),
    read: IsoDate.optional().describe('When the URL was read'),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/** An assessor's judgement on one criterion, recorded as data. */
export const CriterionScore = z
  .object({
    criterion: z.string().min(1),
    level: RubricLevel,
    evidence: z.array(Evidence).min(1),
    rationale: I18nText,
    assessor: z.string().min(1),
    date: IsoPartialDate,
    review: Review,
    migrated: z
      .object({ from: z.number().int().min(1), unverified: z.boolean() })
      .strict()
      .optional()
      .describe('Set on scores carried over from an older schema (not judged by an assessor)'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.review.status !== 'verified') return;
    s.evidence.forEach((e, i) => {
      if (e.url === undefined)
        ctx.addIssue({ code: 'custom', path: ['evidence', i, 'url'], message: 'A verified score cites the URL of what was read', params: { code: 'verified_url' } });
    });
  });
export type CriterionScore = z.infer<typeof CriterionScore>;

/** A criterion left unscored: what was looked for, and where. */
export const AssessmentGap = z
  .object({
    criterion: z.string().min(1),
    searched: z.string().min(1).describe('What was looked for'),
    where: z.array(z.string().min(1)).optional().describe('Portals, sites or documents searched'),
    date: IsoPartialDate,
  })
  .strict();
export type AssessmentGap = z.infer<typeof AssessmentGap>;

/** The scores of one country against a rubric version, and the criteria left unscored. */
export const PolicyAssessment = z
  .object({
    kind: z.literal('policy-assessment'),
    schemaVersion: z.literal(POLICY_ASSESSMENT_SCHEMA_VERSION),
    iso3: IsoAlpha3,
    rubric: z.object({ id: z.string().min(1), version: z.string().min(1) }).strict(),
    sources: z.array(z.string().min(1)).optional().describe('Ids of the sources the evidence was compiled from'),
    scores: z.array(CriterionScore),
    gaps: z.array(AssessmentGap).optional(),
  })
  .strict();
export type PolicyAssessment = z.infer<typeof PolicyAssessment>;
