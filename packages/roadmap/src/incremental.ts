import type { Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { CompiledNetwork, Network, PassState, Schedule, ScheduleError, ScheduleOptions } from './cpm.js';
import { backwardNode, compileNetwork, forwardNode, materialize, maxFinish, newPassState, runPasses } from './cpm.js';

/** Binary heap of topological positions (min-heap, or max-heap with `sign = -1`). */
class PositionHeap {
  private readonly items: number[] = [];
  private readonly queued: Uint8Array;
  constructor(
    n: number,
    private readonly sign: 1 | -1,
  ) {
    this.queued = new Uint8Array(n);
  }
  get size(): number {
    return this.items.length;
  }
  push(pos: number): void {
    if (this.queued[pos] === 1) return;
    this.queued[pos] = 1;
    const a = this.items;
    a.push(pos);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.sign * ((a[p] as number) - (a[i] as number)) <= 0) break;
      [a[p], a[i]] = [a[i] as number, a[p] as number];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0] as number;
    const last = a.pop() as number;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.sign * ((a[l] as number) - (a[m] as number)) < 0) m = l;
        if (r < a.length && this.sign * ((a[r] as number) - (a[m] as number)) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i] as number, a[m] as number];
        i = m;
      }
    }
    this.queued[top] = 0;
    return top;
  }
}

export type IncrementalError =
  | { readonly code: 'unknown_activity'; readonly id: string }
  | { readonly code: 'summary_duration'; readonly id: string }
  | { readonly code: 'invalid_duration'; readonly id: string; readonly duration: number }
  | Extract<ScheduleError, { code: 'value_out_of_range' }>;

/** A schedule kept up to date under edits of durations and lags, recomputing only what an edit reaches. */
export type IncrementalSchedule = {
  /** Changes one activity's duration and updates the passes; returns how many nodes were recomputed. */
  readonly setDuration: (id: string, duration: number) => Result<number, IncrementalError>;
  /** Changes the lag of every compiled link created from input relation `from → to`. */
  readonly setLag: (from: string, to: string, lag: number) => Result<number, IncrementalError>;
  readonly projectDuration: () => number;
  /** Early/late dates of one activity without materialising the whole schedule. */
  readonly dates: (id: string) => { es: number; ef: number; ls: number; lf: number } | undefined;
  readonly schedule: (options?: ScheduleOptions) => Schedule;
};

/**
 * Compiles a network once and schedules it; later edits of durations and lags re-run the forward pass only
 * from the edited activity onwards (in topological order, stopping where early dates stop changing) and the
 * backward pass only towards its predecessors (all nodes when the project duration changes).
 */
export function createIncrementalSchedule(net: Network): Result<IncrementalSchedule, ScheduleError> {
  const compiled = compileNetwork(net);
  if (!compiled.ok) return compiled;
  const c: CompiledNetwork = compiled.value;
  const s: PassState = newPassState(c.n);
  runPasses(c, s);
  const first = s.outOfRange;
  if (first) return err({ code: 'value_out_of_range', activity: c.ids[first.node] as string, field: first.field, value: first.value, min: c.min, max: c.max });
  const leafIndex = new Map(c.ids.map((id, v) => [id, v]));
  const dur = c.dur;
  // Edits stay on the time axis: an input beyond it, or an edit whose dates would leave it, is refused.
  const span = Math.min(c.max - c.min, 2 ** 31 - 1);
  const refused = (id: string): Extract<IncrementalError, { code: 'value_out_of_range' }> | undefined => {
    const out = s.outOfRange;
    if (!out) return undefined;
    s.outOfRange = undefined;
    return { code: 'value_out_of_range', activity: c.ids[out.node] ?? id, field: out.field, value: out.value, min: c.min, max: c.max };
  };
  const fwd = new PositionHeap(c.n, 1);
  const bwd = new PositionHeap(c.n, -1);

  const propagate = (seedsForward: readonly number[], seedsBackward: readonly number[]): number => {
    let touched = 0;
    for (const v of seedsForward) fwd.push(c.pos[v] as number);
    const oldT = s.T;
    let efChanged = false;
    while (fwd.size > 0) {
      const v = c.order[fwd.pop()] as number;
      touched++;
      const oldEs = s.es[v] as number;
      const oldEf = s.ef[v] as number;
      forwardNode(c, s, v);
      const moved = (s.es[v] as number) !== oldEs || (s.ef[v] as number) !== oldEf;
      if ((s.ef[v] as number) !== oldEf) efChanged = true;
      if (moved)
        for (let k = c.succStart[v] as number; k < (c.succStart[v + 1] as number); k++)
          fwd.push(c.pos[c.rTo[c.succRel[k] as number] as number] as number);
    }
    if (efChanged) s.T = maxFinish(c, s);
    if (s.T !== oldT) {
      for (let k = c.n - 1; k >= 0; k--) backwardNode(c, s, c.order[k] as number);
      return touched + c.n;
    }
    for (const v of seedsBackward) bwd.push(c.pos[v] as number);
    while (bwd.size > 0) {
      const v = c.order[bwd.pop()] as number;
      touched++;
      const changed = backwardNode(c, s, v);
      if (changed || seedsBackward.includes(v))
        for (let k = c.predStart[v] as number; k < (c.predStart[v + 1] as number); k++)
          bwd.push(c.pos[c.rFrom[c.predRel[k] as number] as number] as number);
    }
    return touched;
  };

  return ok({
    setDuration: (id, duration) => {
      const v = leafIndex.get(id);
      if (v === undefined) return c.inputIds.includes(id) ? err({ code: 'summary_duration', id }) : err({ code: 'unknown_activity', id });
      if (!Number.isInteger(duration) || duration < 0) return err({ code: 'invalid_duration', id, duration });
      const before = dur[v] as number;
      if (duration > span) return err({ code: 'value_out_of_range', activity: id, field: 'duration', value: duration, min: 0, max: span });
      dur[v] = duration;
      const touched = propagate([v], [v]);
      const out = refused(id);
      if (!out) return ok(touched);
      dur[v] = before; // the edit would push dates off the axis: undo it
      propagate([v], [v]);
      return err(out);
    },
    setLag: (from, to, lag) => {
      const i = leafIndex.get(from);
      const j = leafIndex.get(to);
      if (i === undefined) return err({ code: 'unknown_activity', id: from });
      if (j === undefined) return err({ code: 'unknown_activity', id: to });
      if (Number.isInteger(lag) && Math.abs(lag) > span) return err({ code: 'value_out_of_range', activity: to, field: 'lag', value: lag, min: -span, max: span });
      let found = false;
      const previous: [number, number][] = [];
      for (let k = c.predStart[j] as number; k < (c.predStart[j + 1] as number); k++) {
        const r = c.predRel[k] as number;
        if (c.rFrom[r] === i) {
          previous.push([r, c.rLag[r] as number]);
          (c.rLag)[r] = lag;
          found = true;
        }
      }
      if (!found) return err({ code: 'unknown_activity', id: `${from}->${to}` });
      const touched = propagate([j], [i]);
      const out = refused(to);
      if (!out) return ok(touched);
      for (const [r, old] of previous) c.rLag[r] = old; // the edit would push dates off the axis: undo it
      propagate([j], [i]);
      return err(out);
    },
    projectDuration: () => s.T,
    dates: (id) => {
      const v = leafIndex.get(id);
      if (v === undefined) return undefined;
      return { es: s.es[v] as number, ef: s.ef[v] as number, ls: s.ls[v] as number, lf: s.lf[v] as number };
    },
    schedule: (options) => materialize(c, s, options),
  });
}
