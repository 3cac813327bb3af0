import type { ConstraintType, RelationType, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';

/**
 * Critical path method on integer time offsets, exactly as DOMAIN.md §9 states:
 * FS `ES_j ≥ EF_i + L`, SS `ES_j ≥ ES_i + L`, FF `EF_j ≥ EF_i + L`, SF `EF_j ≥ ES_i + L`; `ES ≥ 0`;
 * `T = max EF`; every activity has `LF ≤ T`; `TF = LS − ES`; free float is the smallest slack of an outgoing
 * link at early dates, `T − EF` without successors.
 */

/** Maps a time offset through an elapsed (calendar-day) lag; supplied by a {@link WorkCalendar}. */
export type ElapsedTime = {
  readonly shiftElapsed: (t: number, days: number) => number;
  readonly unshiftElapsed: (s: number, days: number) => number;
};

export type NetworkConstraint = {
  readonly type: ConstraintType;
  /** Offset of the constraint: a start offset for SNET/SNLT/MSO, a finish offset for FNET/FNLT/MFO. */
  readonly offset?: number;
};

export type NetworkActivity = {
  readonly id: string;
  /** Working periods; 0 for a milestone. */
  readonly duration: number;
  readonly constraint?: NetworkConstraint;
  /** Latest finish offset wanted; a deadline before the early finish produces negative float. */
  readonly deadline?: number;
  /** Summary activity this one rolls up to. A summary's own duration is ignored: its dates are rolled up. */
  readonly parent?: string;
  /**
   * How the activity's duration maps onto the time axis when it works on its own calendar: `finish(es, d)` is the
   * finish offset of `d` working periods of that calendar started at `es` (non-decreasing in `es`), and
   * `latestStart(lf, d)` the largest start whose finish is at most `lf`. Without it, `EF = ES + d`.
   */
  readonly span?: DurationSpan;
};

/** A duration measured on an activity's own calendar, mapped onto the schedule's time axis. */
export type DurationSpan = {
  readonly finish: (es: number, d: number) => number;
  readonly latestStart: (lf: number, d: number) => number;
};

export type NetworkRelation = {
  readonly from: string;
  readonly to: string;
  readonly type?: RelationType;
  /** Lag in periods: positive delay or negative lead. */
  readonly lag?: number;
  /** `working` (default): periods of the calendar; `elapsed`: calendar days (needs `Network.elapsed`). */
  readonly lagUnit?: 'working' | 'elapsed';
};

export type Network = {
  readonly activities: readonly NetworkActivity[];
  readonly relations: readonly NetworkRelation[];
  /** Calendar mapping for elapsed lags; without it an elapsed lag counts like a working one. */
  readonly elapsed?: ElapsedTime;
};

export type ScheduleError =
  | { readonly code: 'duplicate_activity'; readonly id: string; readonly index: number }
  | { readonly code: 'unknown_activity'; readonly id: string; readonly relation: number; readonly side: 'from' | 'to' }
  | { readonly code: 'self_dependency'; readonly id: string; readonly relation: number }
  | { readonly code: 'invalid_duration'; readonly id: string; readonly duration: number }
  | { readonly code: 'invalid_lag'; readonly relation: number; readonly lag: number }
  | { readonly code: 'constraint_needs_date'; readonly id: string; readonly constraint: ConstraintType }
  | { readonly code: 'unknown_parent'; readonly id: string; readonly parent: string }
  | { readonly code: 'parent_cycle'; readonly path: readonly string[] }
  | { readonly code: 'dependency_cycle'; readonly path: readonly string[] };

export type ScheduleErrorCode = ScheduleError['code'];

/** Why an activity starts when it does. */
export type Driver = 'relation' | 'constraint' | 'project_start';

export type ScheduledActivity = {
  readonly id: string;
  readonly duration: number;
  readonly es: number;
  readonly ef: number;
  readonly ls: number;
  readonly lf: number;
  readonly totalFloat: number;
  readonly freeFloat: number;
  readonly critical: boolean;
  readonly summary: boolean;
  /** Predecessor whose link sets the early start (first in input order among ties); undefined otherwise. */
  readonly drivingPredecessor?: string;
  readonly drivenBy: Driver;
};

export type Schedule = {
  /** `T = max EF`. */
  readonly projectDuration: number;
  /** Critical activities (total float ≤ the threshold) in schedule order. */
  readonly criticalPath: readonly string[];
  /** Each chain of critical activities joined by driving links, from a chain start to a chain end. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** One entry per input activity, in input order. */
  readonly activities: readonly ScheduledActivity[];
};

export type ScheduleOptions = {
  /** Total float at or below which an activity is critical. Default 0 (so negative float is critical). */
  readonly criticalThreshold?: number;
  /** Most critical chains listed in `criticalPaths`. Default 20. */
  readonly maxCriticalPaths?: number;
};

const TYPE_CODE: Record<RelationType, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };
const CONSTRAINT_CODE: Record<ConstraintType, number> = { ASAP: 0, ALAP: 1, SNET: 2, SNLT: 3, FNET: 4, FNLT: 5, MSO: 6, MFO: 7 };
const NO_LIMIT = 2 ** 31 - 1;

/** A network compiled to typed arrays (leaf activities only; links to summaries expanded to their leaves). */
export type CompiledNetwork = {
  readonly n: number;
  readonly ids: readonly string[];
  /** Input index of each leaf. */
  readonly inputIndex: Int32Array;
  readonly dur: Int32Array;
  readonly cType: Uint8Array;
  readonly cVal: Int32Array;
  readonly deadline: Int32Array;
  readonly m: number;
  readonly rFrom: Int32Array;
  readonly rTo: Int32Array;
  readonly rType: Uint8Array;
  readonly rLag: Int32Array;
  readonly rElapsed: Uint8Array;
  readonly predStart: Int32Array;
  readonly predRel: Int32Array;
  readonly succStart: Int32Array;
  readonly succRel: Int32Array;
  readonly order: Int32Array;
  readonly pos: Int32Array;
  readonly elapsed: ElapsedTime | undefined;
  /** Duration mapping of each leaf on its own calendar (undefined entries use `EF = ES + d`). */
  readonly spans: readonly (DurationSpan | undefined)[] | undefined;
  /** Summary input indexes and the leaf indexes under each. */
  readonly summaries: readonly { readonly input: number; readonly leaves: readonly number[] }[];
  readonly leafOfInput: Int32Array;
  readonly inputIds: readonly string[];
  readonly inputDurations: readonly number[];
};

const findCycle = (n: number, succ: (v: number) => Iterable<number>, remaining: (v: number) => boolean): number[] => {
  // Iterative DFS on the nodes Kahn's algorithm could not order; returns one cycle as node indexes.
  const state = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (!remaining(s) || state[s] !== 0) continue;
    const stack: { v: number; it: Iterator<number> }[] = [{ v: s, it: succ(s)[Symbol.iterator]() }];
    state[s] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const next = top.it.next();
      if (next.done) {
        state[top.v] = 2;
        stack.pop();
        continue;
      }
      const w = next.value;
      if (!remaining(w)) continue;
      if (state[w] === 1) {
        const cycle = [w];
        for (let x = top.v; x !== w && x !== -1; x = parent[x] ?? -1) cycle.push(x);
        cycle.push(w);
        return cycle.reverse();
      }
      if (state[w] === 0) {
        state[w] = 1;
        parent[w] = top.v;
        stack.push({ v: w, it: succ(w)[Symbol.iterator]() });
      }
    }
  }
  return [];
};

/** Validates a network and compiles it to arrays in topological order. */
export function compileNetwork(net: Network): Result<CompiledNetwork, ScheduleError> {
  const acts = net.activities;
  const index = new Map<string, number>();
  for (let i = 0; i < acts.length; i++) {
    const a = acts[i] as NetworkActivity;
    if (index.has(a.id)) return err({ code: 'duplicate_activity', id: a.id, index: i });
    index.set(a.id, i);
    if (!Number.isInteger(a.duration) || a.duration < 0) return err({ code: 'invalid_duration', id: a.id, duration: a.duration });
    const c = a.constraint;
    if (c && c.type !== 'ASAP' && c.type !== 'ALAP' && c.offset === undefined)
      return err({ code: 'constraint_needs_date', id: a.id, constraint: c.type });
  }
  // Summary hierarchy.
  const children = new Map<number, number[]>();
  for (let i = 0; i < acts.length; i++) {
    const p = (acts[i] as NetworkActivity).parent;
    if (p === undefined) continue;
    const pi = index.get(p);
    if (pi === undefined) return err({ code: 'unknown_parent', id: (acts[i] as NetworkActivity).id, parent: p });
    const list = children.get(pi) ?? [];
    list.push(i);
    children.set(pi, list);
  }
  for (let i = 0; i < acts.length; i++) {
    if ((acts[i] as NetworkActivity).parent === undefined) continue;
    const seen: number[] = [];
    for (let x: number | undefined = i; x !== undefined; ) {
      if (seen.includes(x)) {
        const from = seen.indexOf(x);
        return err({ code: 'parent_cycle', path: [...seen.slice(from), x].map((k) => (acts[k] as NetworkActivity).id) });
      }
      seen.push(x);
      const p: string | undefined = (acts[x] as NetworkActivity).parent;
      x = p === undefined ? undefined : index.get(p);
      if (seen.length > acts.length) break;
    }
  }
  const leafOfInput = new Int32Array(acts.length).fill(-1);
  const leafInputs: number[] = [];
  for (let i = 0; i < acts.length; i++)
    if (!children.has(i)) {
      leafOfInput[i] = leafInputs.length;
      leafInputs.push(i);
    }
  const leavesUnder = (i: number): number[] => {
    const kids = children.get(i);
    if (!kids) return [leafOfInput[i] as number];
    return kids.flatMap(leavesUnder);
  };
  const summaries = [...children.keys()].sort((a, b) => a - b).map((i) => ({ input: i, leaves: leavesUnder(i) }));
  const summaryLeaves = new Map(summaries.map((s) => [s.input, s.leaves]));

  const n = leafInputs.length;
  const dur = new Int32Array(n);
  const spanList: (DurationSpan | undefined)[] = new Array<DurationSpan | undefined>(n);
  let anySpan = false;
  const cType = new Uint8Array(n);
  const cVal = new Int32Array(n);
  const deadline = new Int32Array(n).fill(NO_LIMIT);
  for (let k = 0; k < n; k++) {
    const a = acts[leafInputs[k] as number] as NetworkActivity;
    dur[k] = a.duration;
    if (a.constraint) {
      cType[k] = CONSTRAINT_CODE[a.constraint.type];
      cVal[k] = a.constraint.offset ?? 0;
    }
    if (a.deadline !== undefined) deadline[k] = a.deadline;
    if (a.span) {
      spanList[k] = a.span;
      anySpan = true;
    }
  }

  // Relations, expanded for summaries (a link to or from a summary applies to each of its leaves).
  let cap = net.relations.length;
  let rFrom = new Int32Array(cap);
  let rTo = new Int32Array(cap);
  let rType = new Uint8Array(cap);
  let rLag = new Int32Array(cap);
  let rElapsed = new Uint8Array(cap);
  let m = 0;
  const add = (f: number, t: number, type: number, lag: number, elapsed: number): void => {
    if (m === cap) {
      cap *= 2;
      const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      rFrom = grow(rFrom, (k) => new Int32Array(k));
      rTo = grow(rTo, (k) => new Int32Array(k));
      rType = grow(rType, (k) => new Uint8Array(k));
      rLag = grow(rLag, (k) => new Int32Array(k));
      rElapsed = grow(rElapsed, (k) => new Uint8Array(k));
    }
    rFrom[m] = f;
    rTo[m] = t;
    rType[m] = type;
    rLag[m] = lag;
    rElapsed[m] = elapsed;
    m++;
  };
  const hasSummaries = summaryLeaves.size > 0;
  for (let r = 0; r < net.relations.length; r++) {
    const rel = net.relations[r] as NetworkRelation;
    const fi = index.get(rel.from);
    if (fi === undefined) return err({ code: 'unknown_activity', id: rel.from, relation: r, side: 'from' });
    const ti = index.get(rel.to);
    if (ti === undefined) return err({ code: 'unknown_activity', id: rel.to, relation: r, side: 'to' });
    if (fi === ti) return err({ code: 'self_dependency', id: rel.from, relation: r });
    const L = rel.lag ?? 0;
    if (!Number.isInteger(L)) return err({ code: 'invalid_lag', relation: r, lag: L });
    const type = TYPE_CODE[rel.type ?? 'FS'];
    const elapsed = rel.lagUnit === 'elapsed' && net.elapsed ? 1 : 0;
    if (!hasSummaries || (!summaryLeaves.has(fi) && !summaryLeaves.has(ti))) {
      add(leafOfInput[fi] as number, leafOfInput[ti] as number, type, L, elapsed);
      continue;
    }
    const fs = summaryLeaves.get(fi) ?? [leafOfInput[fi] as number];
    const ts = summaryLeaves.get(ti) ?? [leafOfInput[ti] as number];
    for (const f of fs) for (const t of ts) if (f !== t) add(f, t, type, L, elapsed);
  }
  if (m < cap) {
    rFrom = rFrom.slice(0, m);
    rTo = rTo.slice(0, m);
    rType = rType.slice(0, m);
    rLag = rLag.slice(0, m);
    rElapsed = rElapsed.slice(0, m);
  }
  const predStart = new Int32Array(n + 1);
  const succStart = new Int32Array(n + 1);
  for (let r = 0; r < m; r++) {
    const pt = (rTo[r] as number) + 1;
    const st = (rFrom[r] as number) + 1;
    predStart[pt] = (predStart[pt] as number) + 1;
    succStart[st] = (succStart[st] as number) + 1;
  }
  for (let v = 0; v < n; v++) {
    predStart[v + 1] = (predStart[v + 1] as number) + (predStart[v] as number);
    succStart[v + 1] = (succStart[v + 1] as number) + (succStart[v] as number);
  }
  const predRel = new Int32Array(m);
  const succRel = new Int32Array(m);
  const pFill = predStart.slice(0, n);
  const sFill = succStart.slice(0, n);
  for (let r = 0; r < m; r++) {
    const to = rTo[r] as number;
    const fr = rFrom[r] as number;
    predRel[pFill[to] as number] = r;
    pFill[to] = (pFill[to] as number) + 1;
    succRel[sFill[fr] as number] = r;
    sFill[fr] = (sFill[fr] as number) + 1;
  }
  // Kahn's algorithm.
  const indeg = new Int32Array(n);
  for (let v = 0; v < n; v++) indeg[v] = (predStart[v + 1] as number) - (predStart[v] as number);
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) order[tail++] = v;
  while (head < tail) {
    const v = order[head++] as number;
    for (let k = succStart[v] as number; k < (succStart[v + 1] as number); k++) {
      const w = rTo[succRel[k] as number] as number;
      indeg[w] = (indeg[w] as number) - 1;
      if (indeg[w] === 0) order[tail++] = w;
    }
  }
  if (tail < n) {
    const cycle = findCycle(
      n,
      function* (v) {
        for (let k = succStart[v] as number; k < (succStart[v + 1] as number); k++) yield rTo[succRel[k] as number] as number;
      },
      (v) => (indeg[v] as number) > 0,
    );
    return err({ code: 'dependency_cycle', path: cycle.map((v) => (acts[leafInputs[v] as number] as NetworkActivity).id) });
  }
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) pos[order[k] as number] = k;
  return ok({
    n,
    ids: leafInputs.map((i) => (acts[i] as NetworkActivity).id),
    inputIndex: Int32Array.from(leafInputs),
    dur,
    cType,
    cVal,
    deadline,
    m,
    rFrom,
    rTo,
    rType,
    rLag,
    rElapsed,
    predStart,
    predRel,
    succStart,
    succRel,
    order,
    pos,
    elapsed: net.elapsed,
    spans: anySpan ? spanList : undefined,
    summaries,
    leafOfInput,
    inputIds: acts.map((a) => a.id),
    inputDurations: acts.map((a) => a.duration),
  });
}

/** Mutable pass state over a compiled network. */
export type PassState = {
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly ls: Int32Array;
  readonly lf: Int32Array;
  /** Driving relation index, −1 when a constraint (−2) or the project start (−1) drives. */
  readonly driving: Int32Array;
  T: number;
};

export const newPassState = (n: number): PassState => ({
  es: new Int32Array(n),
  ef: new Int32Array(n),
  ls: new Int32Array(n),
  lf: new Int32Array(n),
  driving: new Int32Array(n),
  T: 0,
});

/** Early start of node v from its predecessors and constraint; writes es/ef/driving, returns whether es changed. */
export function forwardNode(c: CompiledNetwork, s: PassState, v: number): boolean {
  const d = c.dur[v] as number;
  const sp = c.spans?.[v];
  let es = 0;
  let driving = -1;
  const el = c.elapsed;
  for (let k = c.predStart[v] as number, end = c.predStart[v + 1] as number; k < end; k++) {
    const r = c.predRel[k] as number;
    const i = c.rFrom[r] as number;
    const t = c.rType[r] as number;
    const base = t === 0 || t === 2 ? (s.ef[i] as number) : (s.es[i] as number);
    const L = c.rLag[r] as number;
    let bound = c.rElapsed[r] === 1 && el ? el.shiftElapsed(base, L) : base + L;
    if (t >= 2) bound = sp ? sp.latestStart(bound - 1, d) + 1 : bound - d;
    if (bound > es) {
      es = bound;
      driving = r;
    }
  }
  const ct = c.cType[v] as number;
  if (ct >= 2) {
    const cv = c.cVal[v] as number;
    let forced = es;
    if (ct === 2) forced = Math.max(es, cv);
    else if (ct === 4) forced = Math.max(es, sp ? sp.latestStart(cv - 1, d) + 1 : cv - d);
    else if (ct === 6) forced = Math.max(cv, 0);
    else if (ct === 7) forced = Math.max(sp ? sp.latestStart(cv, d) : cv - d, 0);
    if (forced !== es) {
      es = forced;
      driving = -2;
    }
  }
  const changed = s.es[v] !== es;
  s.es[v] = es;
  s.ef[v] = sp ? sp.finish(es, d) : es + d;
  s.driving[v] = driving;
  return changed;
}

/** Late finish of node v from its successors, T and its constraint/deadline; returns whether lf or ls changed. */
export function backwardNode(c: CompiledNetwork, s: PassState, v: number): boolean {
  const d = c.dur[v] as number;
  const sp = c.spans?.[v];
  if (sp) return backwardSpanNode(c, s, v, d, sp);
  let lf = s.T;
  const el = c.elapsed;
  for (let k = c.succStart[v] as number, end = c.succStart[v + 1] as number; k < end; k++) {
    const r = c.succRel[k] as number;
    const j = c.rTo[r] as number;
    const t = c.rType[r] as number;
    const base = t === 0 || t === 1 ? (s.ls[j] as number) : (s.lf[j] as number);
    const L = c.rLag[r] as number;
    let bound = c.rElapsed[r] === 1 && el ? el.unshiftElapsed(base, L) : base - L;
    if (t === 1 || t === 3) bound += d;
    if (bound < lf) lf = bound;
  }
  const ct = c.cType[v] as number;
  if (ct >= 3) {
    const cv = c.cVal[v] as number;
    if (ct === 3 || ct === 6) lf = Math.min(lf, cv + d);
    else if (ct === 5 || ct === 7) lf = Math.min(lf, cv);
  }
  const dl = c.deadline[v] as number;
  if (dl < lf) lf = dl;
  const ls = lf - d;
  const changed = s.lf[v] !== lf || s.ls[v] !== ls;
  s.lf[v] = lf;
  s.ls[v] = ls;
  return changed;
}

/**
 * Backward pass of an activity on its own calendar: the late start is the largest start meeting every
 * inequality (links bounding its finish go through `latestStart`), and the late finish is the finish of that start.
 */
function backwardSpanNode(c: CompiledNetwork, s: PassState, v: number, d: number, sp: DurationSpan): boolean {
  let ls = sp.latestStart(s.T, d);
  const el = c.elapsed;
  for (let k = c.succStart[v] as number, end = c.succStart[v + 1] as number; k < end; k++) {
    const r = c.succRel[k] as number;
    const j = c.rTo[r] as number;
    const t = c.rType[r] as number;
    const base = t === 0 || t === 1 ? (s.ls[j] as number) : (s.lf[j] as number);
    const L = c.rLag[r] as number;
    let bound = c.rElapsed[r] === 1 && el ? el.unshiftElapsed(base, L) : base - L;
    if (t === 0 || t === 2) bound = sp.latestStart(bound, d);
    if (bound < ls) ls = bound;
  }
  const ct = c.cType[v] as number;
  const cv = c.cVal[v] as number;
  if (ct === 3 || ct === 6) ls = Math.min(ls, cv);
  else if (ct === 5 || ct === 7) ls = Math.min(ls, sp.latestStart(cv, d));
  const dl = c.deadline[v] as number;
  if (dl < NO_LIMIT) ls = Math.min(ls, sp.latestStart(dl, d));
  const lf = sp.finish(ls, d);
  const changed = s.lf[v] !== lf || s.ls[v] !== ls;
  s.lf[v] = lf;
  s.ls[v] = ls;
  return changed;
}

export function maxFinish(c: CompiledNetwork, s: PassState): number {
  let T = 0;
  for (let v = 0; v < c.n; v++) if ((s.ef[v] as number) > T) T = s.ef[v] as number;
  return T;
}

/** Full forward and backward passes. */
export function runPasses(c: CompiledNetwork, s: PassState): void {
  for (let k = 0; k < c.n; k++) forwardNode(c, s, c.order[k] as number);
  s.T = maxFinish(c, s);
  for (let k = c.n - 1; k >= 0; k--) backwardNode(c, s, c.order[k] as number);
}

/** Slack of relation r at early dates. */
export function linkSlack(c: CompiledNetwork, s: PassState, r: number): number {
  const i = c.rFrom[r] as number;
  const j = c.rTo[r] as number;
  const t = c.rType[r] as number;
  const base = t === 0 || t === 2 ? (s.ef[i] as number) : (s.es[i] as number);
  const L = c.rLag[r] as number;
  const bound = c.rElapsed[r] === 1 && c.elapsed ? c.elapsed.shiftElapsed(base, L) : base + L;
  const target = t === 0 || t === 1 ? (s.es[j] as number) : (s.ef[j] as number);
  return target - bound;
}

export function freeFloatOf(c: CompiledNetwork, s: PassState, v: number): number {
  const start = c.succStart[v] as number;
  const end = c.succStart[v + 1] as number;
  if (start === end) return s.T - (s.ef[v] as number);
  let ff = NO_LIMIT;
  for (let k = start; k < end; k++) {
    const sl = linkSlack(c, s, c.succRel[k] as number);
    if (sl < ff) ff = sl;
  }
  return ff;
}

/** Builds the public schedule from pass state. */
export function materialize(c: CompiledNetwork, s: PassState, options: ScheduleOptions = {}): Schedule {
  const threshold = options.criticalThreshold ?? 0;
  const maxPaths = options.maxCriticalPaths ?? 20;
  const out: ScheduledActivity[] = new Array<ScheduledActivity>(c.inputIds.length);
  const critical = new Uint8Array(c.n);
  for (let v = 0; v < c.n; v++) {
    const es = s.es[v] as number;
    const ls = s.ls[v] as number;
    const tf = ls - es;
    const isCritical = tf <= threshold;
    critical[v] = isCritical ? 1 : 0;
    const dr = s.driving[v] as number;
    const drivenBy: Driver = dr >= 0 ? 'relation' : dr === -2 ? 'constraint' : 'project_start';
    const entry: ScheduledActivity =
      dr >= 0
        ? {
            id: c.ids[v] as string,
            duration: c.dur[v] as number,
            es,
            ef: s.ef[v] as number,
            ls,
            lf: s.lf[v] as number,
            totalFloat: tf,
            freeFloat: freeFloatOf(c, s, v),
            critical: isCritical,
            summary: false,
            drivingPredecessor: c.ids[c.rFrom[dr] as number] as string,
            drivenBy,
          }
        : {
            id: c.ids[v] as string,
            duration: c.dur[v] as number,
            es,
            ef: s.ef[v] as number,
            ls,
            lf: s.lf[v] as number,
            totalFloat: tf,
            freeFloat: freeFloatOf(c, s, v),
            critical: isCritical,
            summary: false,
            drivenBy,
          };
    out[c.inputIndex[v] as number] = entry;
  }
  for (const sum of c.summaries) {
    let es = NO_LIMIT;
    let ef = -NO_LIMIT;
    let ls = NO_LIMIT;
    let lf = -NO_LIMIT;
    let tf = NO_LIMIT;
    let ff = NO_LIMIT;
    for (const v of sum.leaves) {
      es = Math.min(es, s.es[v] as number);
      ef = Math.max(ef, s.ef[v] as number);
      ls = Math.min(ls, s.ls[v] as number);
      lf = Math.max(lf, s.lf[v] as number);
      tf = Math.min(tf, (s.ls[v] as number) - (s.es[v] as number));
      ff = Math.min(ff, out[c.inputIndex[v] as number]?.freeFloat ?? NO_LIMIT);
    }
    out[sum.input] = {
      id: c.inputIds[sum.input] as string,
      duration: ef - es,
      es,
      ef,
      ls,
      lf,
      totalFloat: tf,
      freeFloat: ff,
      critical: tf <= threshold,
      summary: true,
      drivenBy: 'relation',
    };
  }
  const criticalPath: string[] = [];
  const ordered = Array.from(c.order).filter((v) => critical[v] === 1);
  ordered.sort((a, b) => (s.es[a] as number) - (s.es[b] as number) || (c.pos[a] as number) - (c.pos[b] as number));
  for (const v of ordered) criticalPath.push(c.ids[v] as string);

  // Chains: critical nodes joined by links with zero slack at early dates (driving links), found depth-first
  // with an explicit stack; at most `maxPaths` chains are listed.
  const nextStart = new Int32Array(c.n + 1);
  const nextList: number[] = [];
  const hasCriticalIn = new Uint8Array(c.n);
  for (let v = 0; v < c.n; v++) {
    nextStart[v] = nextList.length;
    if (critical[v] !== 1) continue;
    for (let k = c.succStart[v] as number; k < (c.succStart[v + 1] as number); k++) {
      const r = c.succRel[k] as number;
      const j = c.rTo[r] as number;
      if (critical[j] === 1 && linkSlack(c, s, r) === 0) {
        nextList.push(j);
        hasCriticalIn[j] = 1;
      }
    }
  }
  nextStart[c.n] = nextList.length;
  const criticalPaths: string[][] = [];
  const path: number[] = [];
  const cursor: number[] = [];
  for (const root of ordered) {
    if (hasCriticalIn[root] === 1) continue;
    if (criticalPaths.length >= maxPaths) break;
    path.push(root);
    cursor.push(nextStart[root] as number);
    while (path.length > 0 && criticalPaths.length < maxPaths) {
      const depth = path.length - 1;
      const v = path[depth] as number;
      const k = cursor[depth] as number;
      const end = nextStart[v + 1] as number;
      if (k === nextStart[v] && k === end) {
        criticalPaths.push(path.map((x) => c.ids[x] as string));
      }
      if (k >= end) {
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[depth] = k + 1;
      const j = nextList[k] as number;
      path.push(j);
      cursor.push(nextStart[j] as number);
    }
    path.length = 0;
    cursor.length = 0;
  }
  return { projectDuration: s.T, criticalPath, criticalPaths, activities: out };
}

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
  return ok(materialize(compiled.value, state, options));
}

/** A plain topological sort (Kahn) of the same network, used as the benchmark baseline. */
export function topologicalOrder(net: Network): string[] | undefined {
  const r = compileNetwork(net);
  return r.ok ? Array.from(r.value.order, (v) => r.value.ids[v] as string) : undefined;
}
