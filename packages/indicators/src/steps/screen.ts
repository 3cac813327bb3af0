import type { ScreenStep } from '@dsc/domain';

/** Per-unit screening record (docs/methods.md#screening). */
export type ScreenRecord = {
  readonly unit: string;
  readonly missing: number;
  readonly zeros: number;
  readonly availability: number;
  readonly nonzero: number;
  readonly included: boolean;
  readonly reason:
    'ok' | 'low_availability' | 'too_many_zeros' | 'low_availability_and_zeros' | 'forced_in' | 'forced_out';
};

export const SCREEN_DEFAULTS = { datThresh: 2 / 3, nonzeroThresh: 0.05 } as const;

/**
 * Decides which units stay: availability `a = #nonNA / #indicators`, non-zero share `z = #nonzero / #nonNA`,
 * strict `<` against the thresholds; `force` overrides the rule either way.
 */
export function screenUnits(
  units: readonly string[],
  columns: readonly Float64Array[],
  step: ScreenStep,
): ScreenRecord[] {
  const datThresh = step.datThresh ?? SCREEN_DEFAULTS.datThresh;
  const nzThresh = step.nonzeroThresh ?? SCREEN_DEFAULTS.nonzeroThresh;
  const k = columns.length;
  const force = new Map((step.force ?? []).map((f) => [f.unit, f.include]));
  return units.map((unit, i) => {
    let missing = 0;
    let zeros = 0;
    for (const col of columns) {
      const v = col[i]!;
      if (Number.isNaN(v)) missing++;
      else if (v === 0) zeros++;
    }
    const obs = k - missing;
    const availability = k === 0 ? 0 : obs / k;
    const nonzero = obs === 0 ? 0 : (obs - zeros) / obs;
    const lowNA = availability < datThresh;
    const lowZ = nonzero < nzThresh;
    let fails: boolean;
    switch (step.method) {
      case 'byNA':
        fails = lowNA;
        break;
      case 'byZeros':
        fails = lowZ;
        break;
      case 'byNAandZeros':
        fails = lowNA || lowZ;
        break;
      case 'none':
        fails = false;
        break;
    }
    const f = force.get(unit);
    const checkNA = step.method === 'byNA' || step.method === 'byNAandZeros';
    const checkZ = step.method === 'byZeros' || step.method === 'byNAandZeros';
    const why: ScreenRecord['reason'] =
      checkNA && lowNA && checkZ && lowZ
        ? 'low_availability_and_zeros'
        : checkNA && lowNA
          ? 'low_availability'
          : checkZ && lowZ
            ? 'too_many_zeros'
            : 'ok';
    if (f === true)
      return {
        unit,
        missing,
        zeros,
        availability,
        nonzero,
        included: true,
        reason: fails ? 'forced_in' : 'ok',
      };
    if (f === false)
      return { unit, missing, zeros, availability, nonzero, included: false, reason: 'forced_out' };
    return { unit, missing, zeros, availability, nonzero, included: !fails, reason: why };
  });
}
