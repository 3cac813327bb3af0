import { z } from 'zod';
import { I18nText } from './i18n-text.js';
import { PolicyArea } from './policy.js';

export const RUBRIC_SCHEMA_VERSION = 2;

/** The observable levels of a criterion: 0 absent · 1 drafted or announced · 2 adopted · 3 in force with a responsible body and resources · 4 implemented, monitored and updated. */
export const RUBRIC_LEVELS = [0, 1, 2, 3, 4] as const;
export const RubricLevel = z.number().int().min(0).max(4);
export type RubricLevel = z.infer<typeof RubricLevel>;

/** What one level means and what an assessor must cite to award it. */
export const LevelDescriptor = z
  .object({
    level: RubricLevel,
    descriptor: I18nText,
    evidence: I18nText.optional().describe('The evidence the level requires'),
  })
  .strict();
export type LevelDescriptor = z.infer<typeof LevelDescriptor>;

/** A level scale: descriptors in ascending level order, each level at most once. */
export const LevelScale = z
  .array(LevelDescriptor)
  .min(2)
  .refine((ls) => ls.every((l, i) => i === 0 || l.level > ls[i - 1]!.level), {
    message: 'Levels must be listed once each, in ascending order',
    params: { code: 'level_order' },
  });
export type LevelScale = z.infer<typeof LevelScale>;

/** A benchmark the rubric draws on (ITU G5 Benchmark, World Bank GTMI, …) and what was taken from it. */
export const RubricReference = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    taken: I18nText.describe('What the rubric takes from it'),
  })
  .strict();
export type RubricReference = z.infer<typeof RubricReference>;

/** One criterion of the rubric: what it asks, on which level scale it is scored. */
export const RubricCriterion = z
  .object({
    id: z.string().min(1),
    area: PolicyArea,
    group: z.string().min(1).optional().describe('A sub-group within the area, e.g. sector plans'),
    name: I18nText,
    description: I18nText.optional().describe('What the criterion asks and why it matters'),
    scale: z.string().min(1).describe('Key of the level scale in `scales`'),
    references: z.array(z.string().min(1)).optional().describe('Ids of the references the criterion follows'),
    note: I18nText.optional(),
  })
  .strict();
export type RubricCriterion = z.infer<typeof RubricCriterion>;

/**
 * The assessment rubric of the policy, regulatory and institutional pillar, version 2: criteria scored by an
 * assessor on observable levels, each level with a descriptor and the evidence it requires.
 */
export const AssessmentRubric = z
  .object({
    kind: z.literal('assessment-rubric'),
    schemaVersion: z.literal(RUBRIC_SCHEMA_VERSION),
    id: z.string().min(1),
    version: z.string().min(1),
    name: I18nText,
    description: I18nText.optional(),
    scales: z.record(z.string().min(1), LevelScale),
    references: z.array(RubricReference).optional(),
    criteria: z.array(RubricCriterion).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `Duplicate criterion id ${c.id}`, params: { code: 'duplicate_id', collection: 'criteria', id: c.id } });
      seen.add(c.id);
      if (!Object.hasOwn(r.scales, c.scale))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'scale'], message: `Unknown scale ${c.scale}`, params: { code: 'unknown_scale', id: c.scale } });
      for (const ref of c.references ?? [])
        if (!(r.references ?? []).some((x) => x.id === ref))
          ctx.addIssue({ code: 'custom', path: ['criteria', i, 'references'], message: `Unknown reference ${ref}`, params: { code: 'unknown_reference', id: ref } });
    });
  });
export type AssessmentRubric = z.infer<typeof AssessmentRubric>;
