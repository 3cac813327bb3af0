import type { PipelineStepName } from '@dsc/domain';

/**
 * The input of a pipeline run: one time point of a units × indicators table. Missing values are `null`
 * (never 0). Columns are keyed by indicator code and are as long as `units`.
 */
export type IndexData = {
  readonly units: readonly string[];
  readonly unitNames?: readonly string[];
  readonly values: Readonly<Record<string, readonly (number | null)[]>>;
  /** Group columns (e.g. income group), used by group imputation and group ranks. */
  readonly groups?: Readonly<Record<string, readonly (string | null)[]>>;
  /** Denominator columns (e.g. GDP, population), named by the indicator nodes' `denominator`. */
  readonly denominators?: Readonly<Record<string, readonly (number | null)[]>>;
  readonly time?: number;
};

/** A units × codes table. Columns are `Float64Array`s with `NaN` for a missing value. */
export type Table = {
  readonly units: readonly string[];
  readonly codes: readonly string[];
  readonly columns: readonly Float64Array[];
};

/** What shaped a cell, in the order the steps ran (docs/methods.md#conventions). */
export type ProvenanceLabel =
  | 'denominated'
  | `imputed:${string}`
  | 'winsorised:hi'
  | 'winsorised:lo'
  | `transformed:${string}`
  | 'capped'
  | 'screened-out'
  | 'missing-in-aggregation';

export type ProvenanceRecord = {
  readonly unit: string;
  readonly code: string;
  readonly step: PipelineStepName;
  readonly label: ProvenanceLabel;
};

/**
 * A non-fatal event found while computing: the value concerned is `NA` or kept as is, and the finding says why.
 * Codes are stable snake_case literals; messages come from the caller's message catalogue.
 */
export type Finding =
  | {
      readonly code: 'denominator_missing';
      readonly unit: string;
      readonly indicator: string;
      readonly denominator: string;
    }
  | {
      readonly code: 'denominator_zero';
      readonly unit: string;
      readonly indicator: string;
      readonly denominator: string;
    }
  | {
      readonly code: 'group_missing';
      readonly unit: string;
      readonly indicator: string;
      readonly group: string;
    }
  | {
      readonly code: 'imputation_not_possible';
      readonly indicator: string;
      readonly units: readonly string[];
      readonly method: string;
    }
  | { readonly code: 'treat_not_assessable'; readonly indicator: string; readonly observed: number }
  | {
      readonly code: 'treat_still_failing';
      readonly indicator: string;
      readonly skew: number;
      readonly kurt: number;
    }
  | { readonly code: 'constant_indicator'; readonly indicator: string }
  | { readonly code: 'normalise_not_possible'; readonly indicator: string; readonly reason: string }
  | {
      readonly code: 'unit_screened_out';
      readonly unit: string;
      readonly availability: number;
      readonly nonzero: number;
    }
  | { readonly code: 'values_capped'; readonly aggregate: string; readonly units: readonly string[] }
  | {
      readonly code: 'aggregate_undefined';
      readonly aggregate: string;
      readonly unit: string;
      readonly method: string;
    }
  | { readonly code: 'negative_pca_weight'; readonly parent: string; readonly indicator: string }
  | { readonly code: 'ahp_inconsistent'; readonly parent: string; readonly cr: number }
  | { readonly code: 'weights_not_converged'; readonly parent: string; readonly iterations: number }
  | { readonly code: 'pca_rows_dropped'; readonly parent: string; readonly dropped: number };

export type FindingCode = Finding['code'];

/** One problem in a methodology spec, located by a JSON pointer into the spec document. */
export type SpecIssue = {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
};

/** Why a pipeline could not run. Nothing is computed when the spec or the data fail validation. */
export type IndicatorError =
  | { readonly code: 'invalid_spec'; readonly issues: readonly SpecIssue[] }
  | { readonly code: 'invalid_data'; readonly issues: readonly SpecIssue[] }
  | {
      readonly code: 'nonpositive_in_mean';
      readonly aggregate: string;
      readonly method: string;
      readonly units: readonly string[];
      readonly children: readonly string[];
    }
  | { readonly code: 'too_few_units'; readonly step: string; readonly units: number; readonly needed: number }
  | { readonly code: 'not_positive_definite'; readonly step: string }
  | { readonly code: 'invalid_input'; readonly message: string; readonly pointer: string };

export type IndicatorErrorCode = IndicatorError['code'];
