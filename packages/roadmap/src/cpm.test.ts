import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import type { Network, NetworkRelation, Schedule, ScheduledActivity } from './cpm.js';
import { schedule } from './cpm.js';
import { createIncrementalSchedule } from './incremental.js';

const run = (net: Network): Schedule => {
  const r = schedule(net);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const byId = (s: Schedule, id: string): ScheduledActivity => {
  const a = s.activities.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return a;
};
const dates = (a: ScheduledActivity) => [a.es, a.ef, a.ls, a.lf, a.totalFloat, a.freeFloat];

describe('CPM — hand-computed networks', () => {
  it('FS network: dates, floats, critical path and driving predecessor', () => {
    const s = run({
      activities: [
        { id: 'A', duration: 3 },
        { id: 'B', duration: 2 },
        { id: 'C', duration: 4 },
        { id: 'D', duration: 1 },
      ],
      relations: [
        { from: 'A', to: 'B' },
        { from: 'A', to: 'C' },
        { from: 'B', to: 'D' },
        { from: 'C', to: 'D' },
      ],
    });
    expect(s.projectDuration).toBe(8);
    expect(dates(byId(s, 'A'))).toEqual([0, 3, 0, 3, 0, 0]);
    expect(dates(byId(s, 'B'))).toEqual([3, 5, 5, 7, 2, 2]);
    expect(dates(byId(s, 'C'))).toEqual([3, 7, 3, 7, 0, 0]);
    expect(dates(byId(s, 'D'))).toEqual([7, 8, 7, 8, 0, 0]);
    expect(s.criticalPath).toEqual(['A', 'C', 'D']);
    expect(s.criticalPaths).toEqual([['A', 'C', 'D']]);
    expect(byId(s, 'D').drivingPredecessor).toBe('C');
    expect(byId(s, 'A').drivenBy).toBe('project_start');
  });

  it('SS with a positive lag', () => {
    const s = run({ activities: [{ id: 'A', duration: 5 }, { id: 'B', duration: 3 }], relations: [{ from: 'A', to: 'B', type: 'SS', lag: 2 }] });
    expect(dates(byId(s, 'B'))).toEqual([2, 5, 2, 5, 0, 0]);
    expect(dates(byId(s, 'A'))).toEqual([0, 5, 0, 5, 0, 0]);
  });

  it('FF with a lag', () => {
    const s = run({ activities: [{ id: 'A', duration: 5 }, { id: 'B', duration: 2 }], relations: [{ from: 'A', to: 'B', type: 'FF', lag: 1 }] });
    expect(s.projectDuration).toBe(6);
    expect(dates(byId(s, 'B'))).toEqual([4, 6, 4, 6, 0, 0]);
    expect(dates(byId(s, 'A'))).toEqual([0, 5, 0, 5, 0, 0]);
  });

  it('SF with a lag', () => {
    const s = run({ activities: [{ id: 'A', duration: 4 }, { id: 'B', duration: 3 }], relations: [{ from: 'A', to: 'B', type: 'SF', lag: 5 }] });
    expect(s.projectDuration).toBe(5);
    expect(dates(byId(s, 'B'))).toEqual([2, 5, 2, 5, 0, 0]);
    expect(dates(byId(s, 'A'))).toEqual([0, 4, 0, 4, 0, 0]);
  });

  it('a negative lag never starts work before the project (ES ≥ 0)', () => {
    const s = run({ activities: [{ id: 'A', duration: 2 }, { id: 'B', duration: 3 }], relations: [{ from: 'A', to: 'B', lag: -5 }] });
    expect(s.projectDuration).toBe(3);
    expect(dates(byId(s, 'B'))).toEqual([0, 3, 0, 3, 0, 0]);
    expect(byId(s, 'B').drivenBy).toBe('project_start');
    // LF_A ≤ LS_B − L = 5, and LF ≤ T = 3; free float is the link slack ES_B − (EF_A + L) = 3.
    expect(dates(byId(s, 'A'))).toEqual([0, 2, 1, 3, 1, 3]);
  });

  it('open ends: an activity without successors still finishes by T', () => {
    const s = run({ activities: [{ id: 'A', duration: 2 }, { id: 'B', duration: 5 }], relations: [] });
    expect(dates(byId(s, 'A'))).toEqual([0, 2, 3, 5, 3, 3]);
    expect(s.criticalPath).toEqual(['B']);
  });

  it('milestones have duration 0', () => {
    const s = run({ activities: [{ id: 'A', duration: 3 }, { id: 'M', duration: 0 }], relations: [{ from: 'A', to: 'M' }] });
    expect(dates(byId(s, 'M'))).toEqual([3, 3, 3, 3, 0, 0]);
  });

  const chain = (constraint: NonNullable<Network['activities'][number]['constraint']>): Schedule =>
    run({
      activities: [{ id: 'A', duration: 2 }, { id: 'B', duration: 2, constraint }, { id: 'C', duration: 10 }],
      relations: [{ from: 'A', to: 'B' }],
    });

  it('SNET pushes the early start', () => {
    const b = byId(chain({ type: 'SNET', offset: 5 }), 'B');
    expect([b.es, b.ef, b.drivenBy]).toEqual([5, 7, 'constraint']);
  });
  it('FNET pushes the early finish', () => {
    expect(byId(chain({ type: 'FNET', offset: 8 }), 'B').es).toBe(6);
  });
  it('MSO fixes the start; violated logic shows as negative float on the predecessor', () => {
    const s = run({ activities: [{ id: 'A', duration: 2 }, { id: 'B', duration: 2, constraint: { type: 'MSO', offset: 1 } }], relations: [{ from: 'A', to: 'B' }] });
    expect(dates(byId(s, 'B')).slice(0, 4)).toEqual([1, 3, 1, 3]);
    expect(byId(s, 'A').totalFloat).toBe(-1);
    expect(byId(s, 'A').critical).toBe(true);
  });
  it('MFO fixes the finish', () => {
    const b = byId(chain({ type: 'MFO', offset: 6 }), 'B');
    expect([b.es, b.ef, b.ls, b.lf]).toEqual([4, 6, 4, 6]);
  });
  it('SNLT and FNLT limit the late dates', () => {
    const b1 = byId(chain({ type: 'SNLT', offset: 4 }), 'B');
    expect([b1.ls, b1.lf, b1.totalFloat]).toEqual([4, 6, 2]);
    const s2 = chain({ type: 'FNLT', offset: 5 });
    expect(byId(s2, 'B').totalFloat).toBe(1);
    expect(byId(s2, 'A').lf).toBe(3);
  });
  it('ASAP and ALAP leave the passes unchanged', () => {
    expect(dates(byId(chain({ type: 'ALAP' }), 'B'))).toEqual(dates(byId(chain({ type: 'ASAP' }), 'B')));
  });
  it('a deadline before the early finish yields negative float along the chain', () => {
    const s = run({ activities: [{ id: 'A', duration: 3 }, { id: 'B', duration: 4, deadline: 5 }], relations: [{ from: 'A', to: 'B' }] });
    expect(s.projectDuration).toBe(7);
    expect(byId(s, 'B').totalFloat).toBe(-2);
    expect(byId(s, 'A').totalFloat).toBe(-2);
    expect(s.criticalPath).toEqual(['A', 'B']);
  });

  it('summary activities roll up and links to a summary apply to its children', () => {
    const s = run({
      activities: [
        { id: 'P', duration: 0 },
        { id: 'A', duration: 2, parent: 'P' },
        { id: 'B', duration: 3, parent: 'P' },
        { id: 'X', duration: 1 },
      ],
      relations: [{ from: 'A', to: 'B' }, { from: 'P', to: 'X' }],
    });
    const p = byId(s, 'P');
    expect([p.es, p.ef, p.summary]).toEqual([0, 5, true]);
    expect(byId(s, 'X').es).toBe(5);
  });

  it('elapsed lags count calendar days and land on the next working day', () => {
    const cal = createCalendar('2027-01-04', { workingDays: [1, 2, 3, 4, 5] });
    if (!cal) throw new Error('calendar');
    const net = (lagUnit: 'working' | 'elapsed'): Network => ({
      activities: [{ id: 'A', duration: 5 }, { id: 'B', duration: 1 }],
      relations: [{ from: 'A', to: 'B', lag: 2, lagUnit }],
      elapsed: cal,
    });
    // A ends Friday 8 Jan; 2 elapsed days → Sunday → B starts Monday 11 (offset 5); 2 working days → Wed 13.
    expect(byId(run(net('elapsed')), 'B').es).toBe(5);
    expect(byId(run(net('working')), 'B').es).toBe(7);
    const s = run(net('elapsed'));
    expect(byId(s, 'A').lf).toBe(5);
  });
});

describe('CPM — errors', () => {
  it('names the cycle', () => {
    const r = schedule({
      activities: ['A', 'B', 'C', 'D'].map((id) => ({ id, duration: 1 })),
      relations: [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C', to: 'D' }, { from: 'D', to: 'B' }],
    });
    expect(r).toEqual({ ok: false, error: { code: 'dependency_cycle', path: ['B', 'C', 'D', 'B'] } });
  });
  it('reports unknown ids, self links, duplicates and constraints without a date', () => {
    expect(schedule({ activities: [{ id: 'A', duration: 1 }], relations: [{ from: 'A', to: 'Z' }] })).toMatchObject({ error: { code: 'unknown_activity', id: 'Z', side: 'to' } });
    expect(schedule({ activities: [{ id: 'A', duration: 1 }], relations: [{ from: 'A', to: 'A' }] })).toMatchObject({ error: { code: 'self_dependency' } });
    expect(schedule({ activities: [{ id: 'A', duration: 1 }, { id: 'A', duration: 2 }], relations: [] })).toMatchObject({ error: { code: 'duplicate_activity', index: 1 } });
    expect(schedule({ activities: [{ id: 'A', duration: 1, constraint: { type: 'MSO' } }], relations: [] })).toMatchObject({ error: { code: 'constraint_needs_date' } });
    expect(schedule({ activities: [{ id: 'A', duration: -1 }], relations: [] })).toMatchObject({ error: { code: 'invalid_duration' } });
    expect(schedule({ activities: [{ id: 'A', duration: 1, parent: 'Q' }], relations: [] })).toMatchObject({ error: { code: 'unknown_parent' } });
  });
});

/** Brute force: relax every inequality until nothing changes (Bellman-Ford style; no topological order). */
function bruteForce(net: Network): { es: number[]; ls: number[]; T: number } {
  const n = net.activities.length;
  const idx = new Map(net.activities.map((a, i) => [a.id, i]));
  const d = net.activities.map((a) => a.duration);
  const es = new Array<number>(n).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of net.relations) {
      const i = idx.get(r.from) as number;
      const j = idx.get(r.to) as number;
      const L = r.lag ?? 0;
      const t = r.type ?? 'FS';
      const need = t === 'FS' ? es[i]! + d[i]! + L : t === 'SS' ? es[i]! + L : t === 'FF' ? es[i]! + d[i]! + L - d[j]! : es[i]! + L - d[j]!;
      if (need > es[j]!) {
        es[j] = need;
        changed = true;
      }
    }
  }
  const T = Math.max(0, ...es.map((e, i) => e + d[i]!));
  const lf = new Array<number>(n).fill(T);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of net.relations) {
      const i = idx.get(r.from) as number;
      const j = idx.get(r.to) as number;
      const L = r.lag ?? 0;
      const t = r.type ?? 'FS';
      const lsj = lf[j]! - d[j]!;
      const lim = t === 'FS' ? lsj - L : t === 'SS' ? lsj - L + d[i]! : t === 'FF' ? lf[j]! - L : lf[j]! - L + d[i]!;
      if (lim < lf[i]!) {
        lf[i] = lim;
        changed = true;
      }
    }
  }
  return { es, ls: lf.map((x, i) => x - d[i]!), T };
}

const randomDag = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
          lag: fc.integer({ min: -6, max: 6 }),
        }),
        { maxLength: 3 * n },
      ),
    }),
  )
  .map(({ durations, links }): Network => {
    const relations: NetworkRelation[] = [];
    const seen = new Set<string>();
    for (const l of links) {
      if (l.a === l.b) continue;
      const [from, to] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
      const key = `${from}-${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ from: `a${from}`, to: `a${to}`, type: l.type, lag: l.lag });
    }
    return { activities: durations.map((duration, i) => ({ id: `a${i}`, duration })), relations };
  });

describe('CPM — property: passes equal the extreme solutions of the inequalities', () => {
  it('forward = least ES ≥ 0, backward = greatest LF ≤ T, on random DAGs with all relation types', () => {
    fc.assert(
      fc.property(randomDag, (net) => {
        const s = run(net);
        const bf = bruteForce(net);
        expect(s.projectDuration).toBe(bf.T);
        expect(s.activities.map((a) => a.es)).toEqual(bf.es);
        expect(s.activities.map((a) => a.ls)).toEqual(bf.ls);
      }),
      { numRuns: 300 },
    );
  });

  it('incremental recompute after a duration edit equals a full run', () => {
    fc.assert(
      fc.property(randomDag, fc.nat(), fc.integer({ min: 0, max: 12 }), (net, pick, duration) => {
        const inc = createIncrementalSchedule(net);
        if (!inc.ok) throw new Error('compile');
        const target = net.activities[pick % net.activities.length]!;
        inc.value.setDuration(target.id, duration);
        const edited: Network = { ...net, activities: net.activities.map((a) => (a.id === target.id ? { ...a, duration } : a)) };
        expect(inc.value.schedule()).toEqual(run(edited));
      }),
      { numRuns: 200 },
    );
  });

  it('incremental recompute after a lag edit equals a full run', () => {
    fc.assert(
      fc.property(randomDag, fc.nat(), fc.integer({ min: -5, max: 8 }), (net, pick, lag) => {
        if (net.relations.length === 0) return;
        const inc = createIncrementalSchedule(net);
        if (!inc.ok) throw new Error('compile');
        const rel = net.relations[pick % net.relations.length]!;
        inc.value.setLag(rel.from, rel.to, lag);
        const edited: Network = { ...net, relations: net.relations.map((r) => (r === rel ? { ...r, lag } : r)) };
        expect(inc.value.schedule()).toEqual(run(edited));
      }),
      { numRuns: 200 },
    );
  });
});

/** A periodic working pattern as a duration span: work happens on periods whose index mod 7 is in `mask`. */
const patternSpan = (mask: readonly boolean[]) => {
  const works = (p: number): boolean => mask[((p % 7) + 7) % 7] === true;
  const finish = (es: number, d: number): number => {
    if (d === 0) return es;
    let p = es;
    let done = 0;
    for (;;) {
      if (works(p)) done++;
      p++;
      if (done === d) return p;
    }
  };
  const latestStart = (lf: number, d: number): number => {
    let t = lf;
    while (finish(t, d) > lf) t--;
    return t;
  };
  return { finish, latestStart };
};

describe('CPM — activities on their own calendars (duration spans)', () => {
  it('maps a duration through the activity calendar, forward and backward', () => {
    // B works only on periods with index mod 7 in {0, 1, 2, 5, 6}: starting at 3 it waits for 5.
    const span = patternSpan([true, true, true, false, false, true, true]);
    const s = run({
      activities: [{ id: 'A', duration: 3 }, { id: 'B', duration: 2, span }, { id: 'C', duration: 12 }],
      relations: [{ from: 'A', to: 'B' }],
    });
    expect([byId(s, 'B').es, byId(s, 'B').ef]).toEqual([3, 7]);
    expect(s.projectDuration).toBe(12);
    // Latest start with finish ≤ 12: start 9 → works 9, 12 → 13 > 12; start 8 → works 8, 9 → finish 10.
    expect([byId(s, 'B').ls, byId(s, 'B').lf, byId(s, 'B').totalFloat]).toEqual([8, 10, 5]);
  });

  it('property: passes equal the brute-force extreme solutions with random calendars per activity', () => {
    fc.assert(
      fc.property(
        randomDag,
        fc.array(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }).filter((m) => m.some(Boolean)), { minLength: 12, maxLength: 12 }),
        (net, masks) => {
          const spans = masks.map(patternSpan);
          const withSpans: Network = { ...net, activities: net.activities.map((a, i) => (i % 2 === 0 ? { ...a, span: spans[i]! } : a)) };
          const s = run(withSpans);
          const n = withSpans.activities.length;
          const fin = (i: number, es: number): number => {
            const a = withSpans.activities[i]!;
            return a.span ? a.span.finish(es, a.duration) : es + a.duration;
          };
          const idx = new Map(withSpans.activities.map((a, i) => [a.id, i]));
          const es = new Array<number>(n).fill(0);
          for (let changed = true; changed; ) {
            changed = false;
            for (const r of withSpans.relations) {
              const i = idx.get(r.from)!;
              const j = idx.get(r.to)!;
              const L = r.lag ?? 0;
              const t = r.type ?? 'FS';
              const holds = (): boolean =>
                t === 'FS' ? es[j]! >= fin(i, es[i]!) + L : t === 'SS' ? es[j]! >= es[i]! + L : t === 'FF' ? fin(j, es[j]!) >= fin(i, es[i]!) + L : fin(j, es[j]!) >= es[i]! + L;
              while (!holds()) {
                es[j]!++;
                changed = true;
              }
            }
          }
          expect(s.activities.map((a) => a.es)).toEqual(es);
          const T = Math.max(0, ...es.map((e, i) => fin(i, e)));
          expect(s.projectDuration).toBe(T);
          // Backward: latest starts such that every finish ≤ T and every link holds against the successors' latest dates.
          const ls = es.map((_, i) => {
            let t = T;
            while (fin(i, t) > T) t--;
            return t;
          });
          for (let changed = true; changed; ) {
            changed = false;
            for (const r of withSpans.relations) {
              const i = idx.get(r.from)!;
              const j = idx.get(r.to)!;
              const L = r.lag ?? 0;
              const t = r.type ?? 'FS';
              const holds = (): boolean =>
                t === 'FS' ? ls[j]! >= fin(i, ls[i]!) + L : t === 'SS' ? ls[j]! >= ls[i]! + L : t === 'FF' ? fin(j, ls[j]!) >= fin(i, ls[i]!) + L : fin(j, ls[j]!) >= ls[i]! + L;
              while (!holds()) {
                ls[i]!--;
                changed = true;
              }
            }
          }
          expect(s.activities.map((a) => a.ls)).toEqual(ls);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('incremental recompute equals a full run with activity calendars too', () => {
    fc.assert(
      fc.property(randomDag, fc.nat(), fc.integer({ min: 0, max: 12 }), (net, pick, duration) => {
        const span = patternSpan([true, false, true, true, false, true, true]);
        const withSpans: Network = { ...net, activities: net.activities.map((a, i) => (i % 3 === 0 ? { ...a, span } : a)) };
        const inc = createIncrementalSchedule(withSpans);
        if (!inc.ok) throw new Error('compile');
        const target = withSpans.activities[pick % withSpans.activities.length]!;
        inc.value.setDuration(target.id, duration);
        const edited: Network = { ...withSpans, activities: withSpans.activities.map((a) => (a.id === target.id ? { ...a, duration } : a)) };
        expect(inc.value.schedule()).toEqual(run(edited));
      }),
      { numRuns: 150 },
    );
  });
});
