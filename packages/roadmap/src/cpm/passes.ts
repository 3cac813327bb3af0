import { fit } from './range.js';
import type { CompiledNetwork, DurationSpan, PassState } from './types.js';
import { NO_LIMIT } from './types.js';

export const newPassState = (n: number): PassState => ({
  es: new Int32Array(n),
  ef: new Int32Array(n),
  ls: new Int32Array(n),
  lf: new Int32Array(n),
  driving: new Int32Array(n),
  T: 0,
  outOfRange: undefined,
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
  es = fit(c, s, v, 'early_start', es);
  const changed = s.es[v] !== es;
  s.es[v] = es;
  s.ef[v] = fit(c, s, v, 'early_finish', sp ? sp.finish(es, d) : es + d);
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
  lf = fit(c, s, v, 'late_finish', lf);
  const ls = fit(c, s, v, 'late_start', lf - d);
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
  ls = fit(c, s, v, 'late_start', ls);
  const lf = fit(c, s, v, 'late_finish', sp.finish(ls, d));
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
