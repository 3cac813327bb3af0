import { z } from 'zod';
import { IsoAlpha3, IsoPartialDate } from './codes.js';
import { I18nText } from './i18n-text.js';
import { ObservationOrigin } from './observation.js';

export const POLICY_INSTRUMENT_SCHEMA_VERSION = 1;
export const RUBRIC_SCHEMA_VERSION = 1;
export const POLICY_ASSESSMENT_SCHEMA_VERSION = 1;

export const PolicyArea = z.enum(['policy', 'regulatory', 'institutional']);
export type PolicyArea = z.infer<typeof PolicyArea>;

/** How well a fact is established: `yes` confirmed by the cited source; `partial` some details unverified; `no` unverified. */
export const Verification = z.enum(['yes', 'partial', 'no']);
export type Verification = z.infer<typeof Verification>;

/** A law, strategy, programme, regulator or agency, with the source that establishes it. */
export const PolicyInstrument = z
  .object({
    kind: z.literal('policy-instrument'),
    schemaVersion: z.literal(POLICY_INSTRUMENT_SCHEMA_VERSION),
    id: z.string().min(1),
    iso3: IsoAlpha3,
    area: PolicyArea,
    type: z.string().min(1).describe('strategy, programme, law, regulator, agency, cert, …'),
    name: z.object({ en: z.string().min(1), original: z.string().min(1).optional() }).strict(),
    adopted: IsoPartialDate.optional(),
    documentNo: z.string().optional(),
    status: z.string().optional(),
    supersededBy: z.string().optional(),
    issuer: z.string().optional(),
    description: z.string().optional(),
    source: z.object({ url: z.url(), title: z.string().min(1) }).strict(),
    verified: Verification,
    unverifiedFields: z.array(z.string()).optional().describe('Fields the source marks UNVERIFIED'),
    origin: ObservationOrigin.optional().describe('Raw file and line the instrument was imported from'),
  })
  .strict();
export type PolicyInstrument = z.infer<typeof PolicyInstrument>;

/** One criterion of the assessment rubric, with what each score means. */
export const RubricCriterion = z
  .object({
    id: z.string().min(1),
    area: PolicyArea,
    name: I18nText,
    description: I18nText.optional().describe('What the criterion asks and why it matters'),
    guidance: z
      .array(z.object({ score: z.number().int().min(0), meaning: I18nText }).strict())
      .min(2)
      .describe('Scoring guidance: one entry per admissible score'),
    matches: z
      .array(z.string())
      .optional()
      .describe('Instrument types that count as evidence for this criterion'),
    evidenceRule: z
      .string()
      .min(1)
      .optional()
      .describe('How instruments are matched to the criterion and scored, in plain words'),
  })
  .strict();
export type RubricCriterion = z.infer<typeof RubricCriterion>;

export const AssessmentRubric = z
  .object({
    kind: z.literal('assessment-rubric'),
    schemaVersion: z.literal(RUBRIC_SCHEMA_VERSION),
    id: z.string().min(1),
    version: z.string().min(1),
    name: I18nText,
    criteria: z.array(RubricCriterion).min(1),
  })
  .strict();
export type AssessmentRubric = z.infer<typeof AssessmentRubric>;

/** The scores of one country against a rubric; every score cites the instruments it rests on. */
export const PolicyAssessment = z
  .object({
    kind: z.literal('policy-assessment'),
    schemaVersion: z.literal(POLICY_ASSESSMENT_SCHEMA_VERSION),
    iso3: IsoAlpha3,
    rubric: z.string().min(1),
    asOf: IsoPartialDate,
    sources: z.array(z.string().min(1)).optional().describe('Ids of the sources the evidence was compiled from'),
    scores: z.array(
      z
        .object({
          criterion: z.string().min(1),
          score: z.number().int().min(0).nullable().describe('null when the evidence is insufficient to score'),
          evidence: z.array(z.string().min(1)).describe('Ids of PolicyInstrument documents'),
          unverified: z.boolean().describe('True when some evidence is not confirmed: the score is provisional'),
          note: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type PolicyAssessment = z.infer<typeof PolicyAssessment>;
