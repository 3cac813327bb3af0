import { z } from 'zod';
import { I18nText } from './i18n-text.js';
import { Direction, Goalposts } from './indicator.js';

export const METHODOLOGY_SCHEMA_VERSION = 1;
export const INDEX_RESULT_SCHEMA_VERSION = 1;

/**
 * Free-form step method (kept for documents written before the typed steps): `method` names the method and
 * `params` holds its options. New documents use the typed step schemas below.
 */
export const StepMethod = z
  .object({
    method: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type StepMethod = z.infer<typeof StepMethod>;

/** A closed output range `[lower, upper]` with lower < upper. */
export const OutputRange = z
  .tuple([z.number(), z.number()])
  .refine((r) => r[1] > r[0], { message: 'Output range upper bound must be greater than the lower bound', params: { code: 'range_order' } });
export type OutputRange = z.infer<typeof OutputRange>;

const Fraction = z.number().min(0).max(1);

/** The pipeline steps, in the order they may be listed in `steps.order`. */
export const PipelineStepName = z.enum(['denominate', 'impute', 'screen', 'treat', 'normalise', 'aggregate']);
export type PipelineStepName = z.infer<typeof PipelineStepName>;

/** Denomination: `x' = x · scale / d` with `d` the unit's denominator named on the indicator node. */
export const DenominateStep = z
  .object({
    method: z.enum(['byNode', 'none']),
    scale: z.number().positive().optional().describe('Scale factor s (default 1)'),
  })
  .strict();
export type DenominateStep = z.infer<typeof DenominateStep>;

/** Cross-sectional and panel imputation methods (docs/methods.md#imputation). */
export const ImputeMethod = z.enum([
  'none',
  'mean',
  'median',
  'groupMean',
  'groupMedian',
  'byRow',
  'em',
  'knn',
  'latest',
  'nocb',
  'constant',
  'linear',
  'linearConstant',
]);
export type ImputeMethod = z.infer<typeof ImputeMethod>;

export const ImputeStep = z
  .object({
    method: ImputeMethod,
    group: z.string().min(1).optional().describe('Group column for groupMean / groupMedian'),
    k: z.number().int().min(1).optional().describe('Neighbours for knn (default 5)'),
    tol: z
      .number()
      .positive()
      .optional()
      .describe('EM: stop when the log-likelihood changes by less (default 1e-6)'),
    maxIter: z.number().int().min(1).optional().describe('EM: iteration cap (default 200)'),
    maxLag: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('latest: largest look-back in years (default unlimited)'),
    withinParent: z
      .boolean()
      .optional()
      .describe('byRow: average only over the indicators of the same parent'),
  })
  .strict();
export type ImputeStep = z.infer<typeof ImputeStep>;

export const ScreenStep = z
  .object({
    method: z.enum(['byNA', 'byZeros', 'byNAandZeros', 'none']),
    datThresh: Fraction.optional().describe('Minimum share of indicators observed (default 2/3)'),
    nonzeroThresh: Fraction.optional().describe('Minimum share of non-zero observed values (default 0.05)'),
    force: z.array(z.object({ unit: z.string().min(1), include: z.boolean() }).strict()).optional(),
  })
  .strict();
export type ScreenStep = z.infer<typeof ScreenStep>;

export const TreatFallback = z.enum(['logCT', 'logCTorig', 'logCTplus', 'boxCox', 'none']);
export type TreatFallback = z.infer<typeof TreatFallback>;

/** Outlier treatment. `jrc` is the skew/kurtosis rule with winsorisation and a transform fallback. */
export const TreatStep = z
  .object({
    method: z.enum(['jrc', 'iqr', 'mad', 'percentile', 'none']),
    winmax: z.number().int().min(0).optional().describe('jrc: maximum points to winsorise (default 5)'),
    forceWin: z
      .boolean()
      .optional()
      .describe('jrc: winsorise up to winmax even when the data pass (default false)'),
    skewThresh: z.number().positive().optional().describe('jrc: absolute skewness threshold (default 2)'),
    kurtThresh: z.number().optional().describe('jrc: excess kurtosis threshold (default 3.5)'),
    fallback: TreatFallback.optional().describe('jrc: transform when winsorisation fails (default logCT)'),
    lambda: z
      .number()
      .min(-2)
      .max(2)
      .optional()
      .describe('boxCox: fixed λ; estimated by maximum likelihood if omitted'),
    combineTreat: z
      .boolean()
      .optional()
      .describe('jrc: apply the fallback to the winsorised data (default false)'),
    k: z.number().positive().optional().describe('iqr: fence multiplier (1.5); mad: multiplier (3)'),
    percentiles: z
      .tuple([Fraction, Fraction])
      .optional()
      .describe('percentile: lower and upper caps (0.05, 0.95)'),
  })
  .strict();
export type TreatStep = z.infer<typeof TreatStep>;

export const NormaliseMethod = z.enum([
  'minmax',
  'zscore',
  'scaled',
  'goalposts',
  'distToTarget',
  'distToRef',
  'distToMax',
  'fracMax',
  'rank',
  'borda',
  'percentRank',
  'categorical',
  'aboveBelowMean',
  'cyclical',
  'quintileBand',
  'mpiStd',
  'ampiRescale',
  'none',
]);
export type NormaliseMethod = z.infer<typeof NormaliseMethod>;

export const NormaliseStep = z
  .object({
    method: NormaliseMethod,
    scope: z
      .enum(['year', 'panel'])
      .optional()
      .describe('panel: bounds and moments over all years of a panel run (default year)'),
    outputRange: OutputRange.optional().describe(
      'Scores on [0, 1] are mapped to [l, u]; default depends on method',
    ),
    mean: z.number().optional().describe('zscore: target mean μ* (default 0)'),
    sd: z.number().positive().optional().describe('zscore: target standard deviation σ* (default 1)'),
    sdType: z.enum(['sample', 'population']).optional().describe('zscore: sd divisor (default sample)'),
    p: z.tuple([z.number(), z.number()]).optional().describe('scaled: percentiles (default [0, 100])'),
    scale: z.number().optional().describe('scaled: factor k (default 100)'),
    truncate: z.boolean().optional().describe('goalposts: clamp to [0, 1] (default true)'),
    cap: z.boolean().optional().describe('distToTarget: cap scores at 1 (default true)'),
    reference: z
      .string()
      .min(1)
      .optional()
      .describe('distToRef: reference unit; ampiRescale: reference value'),
    referenceValue: z.number().optional().describe('ampiRescale: reference value (e.g. 100)'),
    bands: z.array(Fraction).optional().describe('categorical: percentile band edges'),
    threshold: z.number().min(0).optional().describe('aboveBelowMean: threshold p'),
    bandRange: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe('quintileBand: score range (default [1, 5.99])'),
  })
  .strict();
export type NormaliseStep = z.infer<typeof NormaliseStep>;

export const WeightsStep = z
  .object({
    method: z.enum(['nominal', 'equal', 'set', 'pca', 'pcaOecd', 'ahp', 'budget', 'optimised']),
    set: z.string().min(1).optional().describe('set: name of a weight set in `weightSets`'),
    levels: z
      .array(z.number().int().min(2))
      .optional()
      .describe('Aggregation levels the method applies to (default all)'),
    naPolicy: z.enum(['listwise', 'pairwise']).optional().describe('pca / pcaOecd: missing-value policy'),
    ahp: z
      .record(z.string(), z.array(z.array(z.array(z.number().positive()))))
      .optional()
      .describe('ahp: per parent, one reciprocal matrix per expert'),
    budget: z
      .record(z.string(), z.array(z.record(z.string(), z.number().min(0))))
      .optional()
      .describe('budget: per parent, one allocation per expert'),
    optimise: z.enum(['balance', 'infomax']).optional(),
  })
  .strict();
export type WeightsStep = z.infer<typeof WeightsStep>;

export const AggregateMethod = z.enum([
  'arithmetic',
  'geometric',
  'harmonic',
  'generalised',
  'owa',
  'bod',
  'copeland',
  'borda',
  'mpi',
  'ampi',
  'meanMin',
]);
export type AggregateMethod = z.infer<typeof AggregateMethod>;

export const AggregateSpec = z
  .object({
    method: AggregateMethod,
    p: z.number().optional().describe('generalised: power p (0 = geometric)'),
    zeroPolicy: z
      .enum(['error', 'epsilon', 'shift', 'asMissing'])
      .optional()
      .describe('geometric / harmonic / p ≤ 0 (default error)'),
    epsilon: z.number().positive().optional().describe('zeroPolicy epsilon / shift: ε (default 1e-6)'),
    datThresh: Fraction.optional().describe('Minimum share of children observed (default 0: any one)'),
    positionWeights: z.array(z.number().min(0)).optional().describe('owa: weights by sorted position'),
    penalty: z
      .enum(['negative', 'positive'])
      .optional()
      .describe('mpi / ampi: penalty sign (default negative)'),
    alpha: Fraction.optional().describe('meanMin: α'),
    bodShares: z
      .object({ lower: Fraction.optional(), upper: Fraction.optional() })
      .strict()
      .optional()
      .describe('bod: bounds on each child’s share w_i·y_ci / Σ_k w_k·y_ck of the unit’s score'),
    beta: z.number().min(0).optional().describe('meanMin: β'),
  })
  .strict();
export type AggregateSpec = z.infer<typeof AggregateSpec>;

export const AggregateStep = AggregateSpec.extend({
  levels: z
    .record(z.string().regex(/^\d+$/), AggregateSpec)
    .optional()
    .describe('Per-level overrides keyed by level number'),
}).strict();
export type AggregateStep = z.infer<typeof AggregateStep>;

/** The method of each pipeline step. Omitted steps do not run (aggregate defaults to the weighted arithmetic mean). */
export const MethodologySteps = z
  .object({
    order: z
      .array(PipelineStepName)
      .optional()
      .describe('Step order (default denominate, impute, screen, treat, normalise, aggregate)'),
    denominate: DenominateStep.optional(),
    impute: ImputeStep.optional(),
    screen: ScreenStep.optional(),
    treat: TreatStep.optional(),
    normalise: NormaliseStep.optional(),
    weights: WeightsStep.optional(),
    aggregate: AggregateStep.optional(),
  })
  .strict();
export type MethodologySteps = z.infer<typeof MethodologySteps>;

/** Per-node overrides; treatment overrides merge field by field with `steps.treat`. */
export const NodeMethods = z
  .object({
    impute: ImputeStep.optional(),
    treat: TreatStep.partial().optional(),
    normalise: NormaliseStep.optional(),
    aggregate: AggregateSpec.optional(),
  })
  .strict();
export type NodeMethods = z.infer<typeof NodeMethods>;

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
    outputRange: OutputRange.optional(),
    note: z.string().optional().describe('Why this node is defined the way it is'),
    methods: NodeMethods.optional().describe('Per-step overrides for this node'),
  })
  .strict();
export type MethodologyNode = z.infer<typeof MethodologyNode>;

/** A maturity band `[lower, upper)` of a result (the top band is closed). */
export const MaturityBand = z
  .object({ id: z.string().min(1), name: I18nText, lower: z.number(), upper: z.number() })
  .strict();
export type MaturityBand = z.infer<typeof MaturityBand>;

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
    steps: MethodologySteps.describe('Method of each pipeline step, keyed by step name'),
    weightSets: z
      .record(z.string(), z.record(z.string(), z.number().min(0)))
      .optional()
      .describe('Named alternative weights'),
    bands: z.array(MaturityBand).optional().describe('Maturity stages of the top aggregate'),
    notes: z.array(z.string()).optional().describe('Documentation of the choices made'),
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
    seed: z.number().int().optional().describe('Seed of any random step'),
    computedAt: z.string().optional(),
    units: z.array(
      z
        .object({
          unit: z.string().min(1),
          scores: z.record(z.string(), z.number().nullable()),
          ranks: z.record(z.string(), z.number().int().min(1).nullable()),
          stage: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type IndexResult = z.infer<typeof IndexResult>;
