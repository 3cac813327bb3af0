import type { Recorder } from '../recorder.js';

/**
 * Denominates one column: `x' = x · s / d` with `d` the unit's denominator (docs/methods.md#denomination). A missing or zero
 * denominator gives `NA` and a finding. Computed as `x / (d / s)`, the COINr order of operations.
 */
export function denominateColumn(
  x: Float64Array,
  d: readonly (number | null)[],
  scale: number,
  units: readonly string[],
  indicator: string,
  denominator: string,
  rec: Recorder,
): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const di = d[i];
    const xi = x[i]!;
    if (di === null || di === undefined || Number.isNaN(di)) {
      out[i] = NaN;
      if (!Number.isNaN(xi))
        rec.find({ code: 'denominator_missing', unit: units[i]!, indicator, denominator });
    } else if (di === 0) {
      out[i] = NaN;
      if (!Number.isNaN(xi)) rec.find({ code: 'denominator_zero', unit: units[i]!, indicator, denominator });
    } else {
      out[i] = xi / (di / scale);
      if (!Number.isNaN(xi)) rec.mark(units[i]!, indicator, 'denominate', 'denominated');
    }
  }
  return out;
}
