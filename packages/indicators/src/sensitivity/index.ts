// Uncertainty and sensitivity analysis of a composite index: the uncertain inputs and their sampling
// (inputs.ts), the shared runner (runner.ts), rank intervals (uncertainty.ts), Sobol' estimators (sobol.ts), and
// variance-based sensitivity with its one-at-a-time companions (sensitivity.ts).
export type { UncertainInput } from './inputs.js';
export { defaultInputs } from './inputs.js';
export type { RunFailure } from './runner.js';
export type { UncertaintyOptions, UncertaintyResult, UnitUncertainty } from './uncertainty.js';
export { uncertaintyAnalysis } from './uncertainty.js';
export type { SobolIndex } from './sobol.js';
export { sobolIndicesOf } from './sobol.js';
export type { SensitivityOptions, SensitivityResult } from './sensitivity.js';
export { compareVariants, removeElements, sensitivityAnalysis } from './sensitivity.js';
