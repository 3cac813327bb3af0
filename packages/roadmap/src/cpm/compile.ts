import type { ConstraintType, RelationType, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { findCycle } from './find-cycle.js';
import { checkInputs } from './range.js';
import type {
  CompiledNetwork,
  DurationSpan,
  Network,
  NetworkActivity,
  NetworkRelation,
  ScheduleError,
} from './types.js';
import { NO_LIMIT } from './types.js';

const TYPE_CODE: Record<RelationType, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };
const CONSTRAINT_CODE: Record<ConstraintType, number> = {
  ASAP: 0,
  ALAP: 1,
  SNET: 2,
  SNLT: 3,
  FNET: 4,
  FNLT: 5,
  MSO: 6,
  MFO: 7,
};

/**
 * Leaf indexes under each summary, in depth-first order of the input. The walk keeps its own stack, so summary
 * trees thousands of levels deep do not overflow the call stack; each summary's list is built once.
 */
function summaryLeaves(
  children: ReadonlyMap<number, readonly number[]>,
  leafOfInput: Int32Array,
): Map<number, number[]> {
  const leaves = new Map<number, number[]>();
  for (const top of children.keys()) {
    if (leaves.has(top)) continue;
    const stack: { v: number; k: number }[] = [{ v: top, k: 0 }];
    while (stack.length > 0) {
      const f = stack[stack.length - 1] as { v: number; k: number };
      const kids = children.get(f.v) ?? [];
      let pushed = false;
      while (f.k < kids.length) {
        const kid = kids[f.k++] as number;
        if (children.has(kid) && !leaves.has(kid)) {
          stack.push({ v: kid, k: 0 });
          f.k--;
          pushed = true;
          break;
        }
      }
      if (pushed) continue;
      const out: number[] = [];
      for (const kid of kids) {
        const sub = leaves.get(kid);
        if (sub) for (const x of sub) out.push(x);
        else out.push(leafOfInput[kid] as number);
      }
      leaves.set(f.v, out);
      stack.pop();
    }
  }
  return leaves;
}

/** The first loop of the summary hierarchy, in one linear walk (each activity is followed up once). */
function parentLoop(
  acts: readonly NetworkActivity[],
  index: ReadonlyMap<string, number>,
): string[] | undefined {
  const walk = new Int32Array(acts.length).fill(-1);
  for (let i = 0; i < acts.length; i++) {
    if ((acts[i] as NetworkActivity).parent === undefined || walk[i] !== -1) continue;
    const seen: number[] = [];
    for (let x: number | undefined = i; x !== undefined;) {
      if (walk[x] === i) {
        const from = seen.indexOf(x);
        return [...seen.slice(from), x].map((k) => (acts[k] as NetworkActivity).id);
      }
      if (walk[x] !== -1) break;
      walk[x] = i;
      seen.push(x);
      const p: string | undefined = (acts[x] as NetworkActivity).parent;
      x = p === undefined ? undefined : index.get(p);
    }
  }
  return undefined;
}

/** Validates a network and compiles it to arrays in topological order. */
export function compileNetwork(net: Network): Result<CompiledNetwork, ScheduleError> {
  const acts = net.activities;
  const index = new Map<string, number>();
  for (let i = 0; i < acts.length; i++) {
    const a = acts[i] as NetworkActivity;
    if (index.has(a.id)) return err({ code: 'duplicate_activity', id: a.id, index: i });
    index.set(a.id, i);
    if (!Number.isInteger(a.duration) || a.duration < 0)
      return err({ code: 'invalid_duration', id: a.id, duration: a.duration });
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
    if (pi === undefined)
      return err({ code: 'unknown_parent', id: (acts[i] as NetworkActivity).id, parent: p });
    const list = children.get(pi) ?? [];
    list.push(i);
    children.set(pi, list);
  }
  const loop = parentLoop(acts, index);
  if (loop) return err({ code: 'parent_cycle', path: loop });
  const range = checkInputs(net);
  if (!range.ok) return range;
  const leafOfInput = new Int32Array(acts.length).fill(-1);
  const leafInputs: number[] = [];
  for (let i = 0; i < acts.length; i++)
    if (!children.has(i)) {
      leafOfInput[i] = leafInputs.length;
      leafInputs.push(i);
    }
  const leavesUnder = summaryLeaves(children, leafOfInput);
  const summaries = [...children.keys()]
    .sort((a, b) => a - b)
    .map((i) => ({ input: i, leaves: leavesUnder.get(i) ?? [] }));

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
  const hasSummaries = leavesUnder.size > 0;
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
    if (!hasSummaries || (!leavesUnder.has(fi) && !leavesUnder.has(ti))) {
      add(leafOfInput[fi] as number, leafOfInput[ti] as number, type, L, elapsed);
      continue;
    }
    const fs = leavesUnder.get(fi) ?? [leafOfInput[fi] as number];
    const ts = leavesUnder.get(ti) ?? [leafOfInput[ti] as number];
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
        for (let k = succStart[v] as number; k < (succStart[v + 1] as number); k++)
          yield rTo[succRel[k] as number] as number;
      },
      (v) => (indeg[v] as number) > 0,
    );
    return err({
      code: 'dependency_cycle',
      path: cycle.map((v) => (acts[leafInputs[v] as number] as NetworkActivity).id),
    });
  }
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) pos[order[k] as number] = k;
  return ok({
    n,
    min: range.value.min,
    max: range.value.max,
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
