import type { z } from 'zod';
import { Country } from './country.js';
import { Framework } from './framework.js';
import { Indicator } from './indicator.js';
import { InitiativeRegister } from './initiative.js';
import { IndexResult, MethodologySpec } from './methodology.js';
import { Dataset, Observation } from './observation.js';
import { Plan } from './plan.js';
import { PolicyInstrument } from './policy.js';
import { PolicyAssessment } from './policy-assessment.js';
import { RecommendationSet } from './recommendation.js';
import { AssessmentRubric } from './policy-rubric.js';
import { ValidationReport } from './validation-report.js';

/** Every document kind, its current schema, and a one-line description. */
export const documentSchemas = {
  country: Country,
  indicator: Indicator,
  observation: Observation,
  dataset: Dataset,
  framework: Framework,
  'policy-instrument': PolicyInstrument,
  'assessment-rubric': AssessmentRubric,
  'policy-assessment': PolicyAssessment,
  'initiative-register': InitiativeRegister,
  methodology: MethodologySpec,
  'index-result': IndexResult,
  plan: Plan,
  'recommendation-set': RecommendationSet,
  'validation-report': ValidationReport,
} as const;

export type DocumentKind = keyof typeof documentSchemas;
export const documentKinds = Object.keys(documentSchemas) as DocumentKind[];

/** The parsed (output) type of each document kind. */
export type DocumentOf<K extends DocumentKind> = z.output<(typeof documentSchemas)[K]>;
/** Any document. */
export type AnyDocument = { [K in DocumentKind]: DocumentOf<K> }[DocumentKind];

/** The current schemaVersion of each kind, read from the schema's `schemaVersion` literal. */
export const currentVersion = (kind: DocumentKind): number => {
  const shape = (documentSchemas[kind] as unknown as { shape: { schemaVersion: z.ZodLiteral<number> } }).shape;
  return shape.schemaVersion.value;
};

export const isDocumentKind = (kind: unknown): kind is DocumentKind =>
  typeof kind === 'string' && Object.prototype.hasOwnProperty.call(documentSchemas, kind);
