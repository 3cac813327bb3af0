import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { compileNetwork } from './compile.js';
import { materialize } from './materialize.js';
import { newPassState, runPasses } from './passes.js';
import type { Network, Schedule, ScheduleError, ScheduleOptions } from './types.js';

/**
 * Critical path method on integer time offsets, exactly as docs/scheduling.md#the-cpm-contract states:
 * FS `ES_j ≥ EF_i + L`, SS `ES_j ≥ ES_i + L`, FF `EF_j ≥ EF_i + L`, SF `EF_j ≥ ES_i + L`; `ES ≥ 0`;
 * `T = max EF`; every activity has `LF ≤ T`; `TF = LS − ES`; free float is the smallest slack of an outgoing
 * link at early dates, `T − EF` without successors.
 */

export type {
  CompiledNetwork,
  Driver,
  DurationSpan,
  ElapsedTime,
  Network,
  NetworkActivity,
  NetworkConstraint,
  NetworkRelation,
  OffsetRange,
  PassState,
  RangeField,
  Schedule,
  ScheduleError,
  ScheduleErrorCode,
  ScheduleOptions,
  ScheduledActivity,
} from './types.js';
export { compileNetwork } from './compile.js';
export { materialize } from './materialize.js';
export {
  backwardNode,
  forwardNode,
  freeFloatOf,
  linkSlack,
  maxFinish,
  newPassState,
  runPasses,
} from './passes.js';

/**
 * Schedules a network with the forward and backward passes.
 *
 * @example
 * const r = schedule({
 *   activities: [{ id: 'A', duration: 3 }, { id: 'B', duration: 2 }],
 *   relations: [{ from: 'A', to: 'B', type: 'FS', lag: 1 }],
 * });
 * if (r.ok) r.value.projectDuration; // 6
 */
export function schedule(net: Network, options: ScheduleOptions = {}): Result<Schedule, ScheduleError> {
  const compiled = compileNetwork(net);
  if (!compiled.ok) return compiled;
  const state = newPassState(compiled.value.n);
  runPasses(compiled.value, state);
  const out = state.outOfRange;
  if (out) {
    const c = compiled.value;
    return err({
      code: 'value_out_of_range',
      activity: c.ids[out.node] as string,
      field: out.field,
      value: out.value,
      min: c.min,
      max: c.max,
    });
  }
  return ok(materialize(compiled.value, state, options));
}

/** A plain topological sort (Kahn) of the same network, used as the benchmark baseline. */
export function topologicalOrder(net: Network): string[] | undefined {
  const r = compileNetwork(net);
  return r.ok ? Array.from(r.value.order, (v) => r.value.ids[v] as string) : undefined;
}
