import type { MethodologySpec, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { PipelineOptions } from '../pipeline.js';
import type { IndexData, IndicatorError } from '../types.js';
import type { ComparableRun } from './comparable.js';
import { runComparable } from './comparable.js';
import { crossSection, observedYears, referenceYear } from './cross-section.js';
import { crossSectionSpec, indicatorCodes, lookBackOf } from './look-back.js';
import type { CrossSection, CrossSectionRules, PrepareError, SourcedObservation } from './types.js';

export type PrepareOptions = {
  readonly units: readonly string[];
  /** Reference year; default {@link referenceYear}. */
  readonly year?: number;
  /** Look-back in years; default {@link lookBackOf} the methodology. */
  readonly lookBack?: number;
  /** Cross-section rule per indicator code (from the catalogue, {@link crossSectionRules}). */
  readonly rules?: CrossSectionRules;
};

/** The data of one index run, prepared from observations. */
export type PreparedIndex = {
  readonly year: number;
  readonly lookBack: number;
  readonly cross: CrossSection;
  readonly data: IndexData;
  /** The methodology to run on `data` (its panel step is applied by the cross-section). */
  readonly spec: MethodologySpec;
};

/**
 * Prepares a methodology's data from observations: the look-back and the reference year (given or chosen), then the
 * cross-section of the methodology's indicators with each indicator's rule and the user's figures.
 */
export function prepareIndex(
  spec: MethodologySpec,
  observations: readonly SourcedObservation[],
  options: PrepareOptions,
): Result<PreparedIndex, PrepareError> {
  const { units, rules } = options;
  const indicators = indicatorCodes(spec);
  const lookBack = options.lookBack ?? lookBackOf(spec);
  if (!Number.isInteger(lookBack) || lookBack < 0) return err({ code: 'invalid_look_back', value: lookBack });
  const dated = indicators.filter((c) => rules?.get(c) !== 'latest-assessment');
  const years = (): number[] => observedYears(observations, units, dated).reverse();
  const year = options.year ?? referenceYear(observations, { units, indicators, lookBack, ...(rules ? { rules } : {}) });
  if (year === undefined) return err({ code: 'no_observations', year: null, lookBack, years: [] });
  const cs = crossSection(observations, { units, indicators, year, lookBack, ...(rules ? { rules } : {}) });
  if (!cs.ok) return cs;
  const cross = cs.value;
  if (!dated.some((c) => cross.values[c]!.some((v) => v !== null)))
    return err({ code: 'no_observations', year, lookBack, years: years() });
  return ok({ year, lookBack, cross, data: { units, values: cross.values, time: year }, spec: crossSectionSpec(spec) });
}

/** A prepared index and its run. */
export type IndexRun = PreparedIndex & ComparableRun;

/**
 * The index of a methodology on observations — the one way the CLI (`dsc index --dataset`) and the planner compute
 * it: {@link prepareIndex}, then {@link runComparable} (every unit's index on the same pillars).
 */
export function indexFromObservations(
  spec: MethodologySpec,
  observations: readonly SourcedObservation[],
  options: PrepareOptions & Pick<PipelineOptions, 'seed' | 'provenance'>,
): Result<IndexRun, PrepareError | IndicatorError> {
  const prepared = prepareIndex(spec, observations, options);
  if (!prepared.ok) return prepared;
  const { seed, provenance } = options;
  const run = runComparable(prepared.value.spec, prepared.value.data, {
    ...(seed !== undefined ? { seed } : {}),
    ...(provenance !== undefined ? { provenance } : {}),
  });
  return run.ok ? ok({ ...prepared.value, ...run.value }) : run;
}
