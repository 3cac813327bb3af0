import type { Indicator } from '@dsc/domain';
import type { IndicatorCatalogue } from './options.js';

/** Builds the catalogue the rule pack checks against from indicator documents (e.g. `@dsc/datasets` `indicators()`). */
export function catalogueFrom(indicators: readonly Pick<Indicator, 'code' | 'unit'>[]): IndicatorCatalogue {
  return { codes: new Set(indicators.map((i) => i.code)), units: new Map(indicators.map((i) => [i.code, i.unit])) };
}
