import type { MethodologySpec } from '@dsc/domain';

/**
 * Look-back (years) when a methodology does not set one: a value up to 3 years old is used, as the DSC Digital
 * Maturity Index documents; anything older is missing.
 */
export const DEFAULT_LOOK_BACK = 3;

const PANEL = new Set(['latest', 'nocb', 'constant', 'linear', 'linearConstant']);

type ImputeStep = { readonly method?: string; readonly maxLag?: number };
const imputeOf = (spec: MethodologySpec): ImputeStep | undefined =>
  (spec.steps as Readonly<Record<string, unknown>>)['impute'] as ImputeStep | undefined;

/** The look-back of a methodology: `maxLag` of its panel step `latest`, else {@link DEFAULT_LOOK_BACK}. */
export function lookBackOf(spec: MethodologySpec): number {
  const impute = imputeOf(spec);
  return impute?.method === 'latest' && typeof impute.maxLag === 'number' ? impute.maxLag : DEFAULT_LOOK_BACK;
}

/**
 * The methodology without its panel imputation step: that step (the latest value within the look-back) is applied
 * when the cross-section is built from observations, and the engine runs on that one time point.
 */
export function crossSectionSpec(spec: MethodologySpec): MethodologySpec {
  const impute = imputeOf(spec);
  if (!impute?.method || !PANEL.has(impute.method)) return spec;
  const { impute: _impute, ...rest } = spec.steps as Readonly<Record<string, unknown>>;
  const order = (rest['order'] as readonly string[] | undefined)?.filter((s) => s !== 'impute');
  return { ...spec, steps: { ...rest, ...(order ? { order } : {}) } as MethodologySpec['steps'] };
}

/** Indicator codes of a methodology, in tree order. */
export const indicatorCodes = (spec: MethodologySpec): string[] =>
  spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
