import { z } from 'zod';
import { I18nText } from './i18n-text.js';
import { SourceRef } from './source.js';

export const FRAMEWORK_SCHEMA_VERSION = 1;

/** One node of a framework taxonomy (an area, pillar, objective, goal, target, purpose code…). */
export const FrameworkItem = z
  .object({
    code: z.string().min(1),
    parent: z.string().min(1).optional(),
    level: z.string().min(1).optional().describe('Kind of node, e.g. "area", "pillar", "objective", "goal"'),
    name: I18nText,
    description: I18nText.optional(),
  })
  .strict();
export type FrameworkItem = z.infer<typeof FrameworkItem>;

/** A versioned taxonomy used to tag actions: UN SG Roadmap areas, AP-IS pillars, SPECA objectives, SDGs, DAC codes. */
export const Framework = z
  .object({
    kind: z.literal('framework'),
    schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
    id: z.string().min(1).describe('e.g. "sg-roadmap", "apis-action-plan", "speca-innovation", "sdg", "dac-crs"'),
    version: z.string().min(1).describe('Edition of the framework, e.g. "2020" or "2022-2026"'),
    name: I18nText,
    source: SourceRef,
    description: I18nText.optional(),
    items: z.array(FrameworkItem).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const codes = new Set<string>();
    f.items.forEach((item, i) => {
      if (codes.has(item.code))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `Duplicate code "${item.code}"`, params: { code: 'duplicate_id', collection: 'items', id: item.code } });
      codes.add(item.code);
    });
    f.items.forEach((item, i) => {
      if (item.parent !== undefined && !codes.has(item.parent))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'parent'], message: `Unknown parent "${item.parent}"`, params: { code: 'unknown_parent', id: item.parent } });
    });
  });
export type Framework = z.infer<typeof Framework>;
