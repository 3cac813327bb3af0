import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { Network, NetworkRelation, OffsetRange, RangeField, ScheduleError } from './types.js';
import { NO_LIMIT } from './types.js';

export type ValueOutOfRange = Extract<ScheduleError, { code: 'value_out_of_range' }>;

/**
 * The range of the time axis: the network's own (a calendar's dates), narrowed to what an `Int32Array` holds.
 * Every date the passes store lies in it, so no sum can wrap around.
 */
export function axisRange(net: Network): OffsetRange {
  const r = net.range;
  const min = r && Number.isFinite(r.min) ? Math.max(Math.ceil(r.min), -NO_LIMIT) : -NO_LIMIT;
  const max = r && Number.isFinite(r.max) ? Math.min(Math.floor(r.max), NO_LIMIT) : NO_LIMIT;
  return { min, max };
}

const outOfRange = (
  activity: string,
  field: RangeField,
  value: number,
  range: OffsetRange,
  relation?: number,
): ValueOutOfRange => ({
  code: 'value_out_of_range',
  activity,
  field,
  value,
  min: range.min,
  max: range.max,
  ...(relation !== undefined ? { relation } : {}),
});

/**
 * Checks that durations and lags are no longer than the time axis and that constraint and deadline offsets lie on
 * it. Values that are not whole numbers are left to the `invalid_duration` / `invalid_lag` checks.
 */
export function checkInputs(net: Network): Result<OffsetRange, ValueOutOfRange> {
  const range = axisRange(net);
  const span = Math.min(range.max - range.min, NO_LIMIT);
  const inside = (v: number): boolean => v >= range.min && v <= range.max;
  for (const a of net.activities) {
    if (Number.isInteger(a.duration) && a.duration > span)
      return err(outOfRange(a.id, 'duration', a.duration, { min: 0, max: span }));
    const offset = a.constraint?.offset;
    if (
      offset !== undefined &&
      a.constraint?.type !== 'ASAP' &&
      a.constraint?.type !== 'ALAP' &&
      !inside(offset)
    )
      return err(outOfRange(a.id, 'constraint', offset, range));
    if (a.deadline !== undefined && !inside(a.deadline))
      return err(outOfRange(a.id, 'deadline', a.deadline, range));
  }
  for (let r = 0; r < net.relations.length; r++) {
    const rel = net.relations[r] as NetworkRelation;
    const lag = rel.lag ?? 0;
    if (Number.isInteger(lag) && Math.abs(lag) > span)
      return err(outOfRange(rel.to, 'lag', lag, { min: -span, max: span }, r));
  }
  return ok(range);
}

/** Clamps a computed date to the axis, remembering the first one that did not fit. */
export function fit(
  c: { readonly min: number; readonly max: number },
  s: {
    outOfRange: { readonly node: number; readonly field: RangeField; readonly value: number } | undefined;
  },
  node: number,
  field: RangeField,
  value: number,
): number {
  if (value >= c.min && value <= c.max) return value;
  s.outOfRange ??= { node, field, value };
  return value < c.min ? c.min : c.max;
}
