import { z } from 'zod';
import { IndicatorCode } from './codes.js';
import { I18nText } from './i18n-text.js';
import { SourceRef } from './source.js';

export const INDICATOR_SCHEMA_VERSION = 1;

export const Direction = z.union([z.literal(1), z.literal(-1)]).describe('1: higher is better; -1: lower is better');
export type Direction = z.infer<typeof Direction>;

/** Fixed bounds used to normalise an indicator, in raw units, with the reason for the choice. */
export const Goalposts = z
  .object({
    min: z.number(),
    max: z.number(),
    rationale: z.string().min(1),
  })
  .strict()
  .refine((g) => g.max > g.min, { message: 'Goalpost max must be greater than min', path: ['max'], params: { code: 'goalpost_order' } });
export type Goalposts = z.infer<typeof Goalposts>;

/**
 * How one reference year's cross-section takes an indicator's value. `reference-year` (the default): the latest
 * observation in the look-back window [year − look-back, year]. `latest-assessment`: the latest observation whatever
 * its year — for an assessment that describes the current state (e.g. the policy score) rather than a dated series.
 */
export const CrossSectionRule = z.enum(['reference-year', 'latest-assessment']);
export type CrossSectionRule = z.infer<typeof CrossSectionRule>;

/** A policy target for an indicator, in raw units, e.g. the Broadband Commission's 2 % of GNI per capita by 2025. */
export const IndicatorTarget = z
  .object({
    value: z.number(),
    year: z.number().int().optional().describe('Year by which the target is to be met'),
    by: z.string().min(1).describe('Body that set the target'),
    url: z.url().optional(),
  })
  .strict();
export type IndicatorTarget = z.infer<typeof IndicatorTarget>;

/** An entry of the indicator catalogue. */
export const Indicator = z
  .object({
    kind: z.literal('indicator'),
    schemaVersion: z.literal(INDICATOR_SCHEMA_VERSION),
    code: IndicatorCode,
    name: I18nText,
    description: I18nText.optional(),
    unit: z.string().min(1).describe('Unit as published, e.g. "% of population", "per 100 people", "index 0-1"'),
    direction: Direction,
    pillar: z.string().min(1).optional().describe('Pillar of the DSC Digital Maturity Index the indicator feeds'),
    goalposts: Goalposts.optional(),
    source: SourceRef,
    sdgCode: z.string().optional().describe('SDG indicator number, e.g. "17.6.1"'),
    ituCode: z.string().optional().describe('ITU or SDG series code, e.g. "IT_MOB_4GNTWK"'),
    tags: z.array(z.string()).optional(),
    caveats: z.string().optional().describe('Known limits of the series (proxies, breaks, third-party copies)'),
    target: IndicatorTarget.optional().describe('Policy target the series is measured against (direction tells the side)'),
    crossSection: CrossSectionRule.optional().describe(
      'How a cross-section for a reference year takes the value (default "reference-year")',
    ),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;
