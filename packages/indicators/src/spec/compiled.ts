import type {
  AggregateSpec,
  ImputeStep,
  MethodologyNode,
  MethodologySpec,
  NormaliseStep,
  PipelineStepName,
  TreatStep,
} from '@dsc/domain';
import { toPointer } from '@dsc/domain';
import type { SpecIssue } from '../types.js';

export const DEFAULT_ORDER: readonly PipelineStepName[] = [
  'denominate',
  'impute',
  'screen',
  'treat',
  'normalise',
  'aggregate',
];

/** Defaults of the JRC outlier rule (docs/methods.md#outlier-treatment). */
export const TREAT_DEFAULTS = {
  method: 'jrc',
  winmax: 5,
  forceWin: false,
  skewThresh: 2,
  kurtThresh: 3.5,
  fallback: 'logCT',
  combineTreat: false,
} as const satisfies TreatStep;

/** An indicator of the compiled tree, with its per-step methods resolved. */
export type CompiledIndicator = {
  readonly index: number;
  readonly node: MethodologyNode;
  readonly code: string;
  readonly direction: 1 | -1;
  readonly impute: ImputeStep | undefined;
  readonly treat: TreatStep | undefined;
  readonly normalise: NormaliseStep | undefined;
};

export type CompiledAggregate = {
  readonly node: MethodologyNode;
  readonly code: string;
  readonly level: number;
  readonly children: readonly string[];
  readonly method: AggregateSpec;
};

/** A validated spec, resolved into the arrays the steps run on. */
export type CompiledSpec = {
  readonly spec: MethodologySpec;
  readonly order: readonly PipelineStepName[];
  readonly indicators: readonly CompiledIndicator[];
  /** Aggregates, lower levels first (a child is always computed before its parent). */
  readonly aggregates: readonly CompiledAggregate[];
  readonly nodeById: ReadonlyMap<string, MethodologyNode>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  readonly root: string | undefined;
};

export const issue = (path: readonly (string | number)[], code: string, message: string): SpecIssue => ({
  pointer: toPointer(path),
  code,
  message,
});
