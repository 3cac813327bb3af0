import { z } from 'zod';
import { I18nText } from './i18n-text.js';
import { Direction, Goalposts } from './indicator.js';

export const METHODOLOGY_SCHEMA_VERSION = 1;
export const INDEX_RESULT_SCHEMA_VERSION = 1;

/** Per-step method choice; `params` holds the method's options (see METHODS.md of the indicators engine). */
export const StepMethod = z
  .object({
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type StepMethod = z.infer<typeof StepMethod>;

/** A node of the index tree (COINr iMeta row): an indicator at level 1, aggregates above. */
export const MethodologyNode = z
  .object({
    id: z.string().min(1),
    parent: z.string().min(1).optional(),
    level: z.number().int().min(1),
    type: z.enum(['indicator', 'aggregate', 'group', 'denominator', 'other']),
    name: I18nText.optional(),
    direction: Direction.optional(),
    weight: z.number().min(0).optional(),
    unit: z.string().optional(),
    goalposts: Goalposts.optional(),
    target: z.number().optional(),
    denominator: z.string().optional(),
    methods: z.record(z.string(), StepMethod).optional().describe('Per-step overrides for this node'),
  })
  .strict();
export type MethodologyNode = z.infer<typeof MethodologyNode>;

/** A composite-index methodology: the tree and the method of each pipeline step. */
export const MethodologySpec = z
  .object({
    kind: z.literal('methodology'),
    schemaVersion: z.literal(METHODOLOGY_SCHEMA_VERSION),
    id: z.string().min(1),
    version: z.string().min(1),
    name: I18nText,
    description: I18nText.optional(),
    nodes: z.array(MethodologyNode).min(1),
    steps: z.record(z.string(), StepMethod).describe('Method of each pipeline step, keyed by step name'),
  })
  .strict();
export type MethodologySpec = z.infer<typeof MethodologySpec>;

/** Scores and ranks produced by running a methodology on a dataset. */
export const IndexResult = z
  .object({
    kind: z.literal('index-result'),
    schemaVersion: z.literal(INDEX_RESULT_SCHEMA_VERSION),
    methodology: z.object({ id: z.string(), version: z.string() }).strict(),
    contentHash: z.string().min(1).describe('Hash of spec + data the result was computed from'),
    computedAt: z.string().optional(),
    units: z.array(
      z
        .object({
          unit: z.string().min(1),
          scores: z.record(z.string(), z.number().nullable()),
          ranks: z.record(z.string(), z.number().int().min(1).nullable()),
        })
        .strict(),
    ),
  })
  .strict();
export type IndexResult = z.infer<typeof IndexResult>;
