import { freeFloatOf, linkSlack } from './passes.js';
import type {
  CompiledNetwork,
  Driver,
  PassState,
  Schedule,
  ScheduledActivity,
  ScheduleOptions,
} from './types.js';
import { NO_LIMIT } from './types.js';

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
  ordered.sort(
    (a, b) => (s.es[a] as number) - (s.es[b] as number) || (c.pos[a] as number) - (c.pos[b] as number),
  );
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
