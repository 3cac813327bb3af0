import type { Plan, Result } from '@dsc/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from './__fixtures__/plan.js';
import type { WorkCalendar } from './calendar.js';
import type { Schedule, ScheduledActivity } from './cpm.js';
import { schedule } from './cpm.js';
import type { DatedActivity, PlanSchedule, PlanScheduleError } from './plan-schedule.js';
import { activityCalendars, calendarSpan, planCalendar, planToNetwork, schedulePlan } from './plan-schedule.js';

/**
 * The straightforward way to date a schedule, kept as the reference `schedulePlan` must agree with: records built
 * by spreading, successor lists copied per link, each summary rolled up from its children's rolled-up spans.
 */
function referenceSchedulePlan(plan: Plan): Result<PlanSchedule, PlanScheduleError> {
  const cal = planCalendar(plan);
  if (!cal.ok) return cal;
  const c = cal.value;
  const own = activityCalendars(plan);
  if (!own.ok) return own;
  const r = schedule(planToNetwork(plan, c, own.value));
  if (!r.ok) return r;
  const datesOf = (o: WorkCalendar | undefined, es: number, ef: number, d: number): { start: string; finish: string } => {
    if (!o) return { start: c.startDate(es), finish: c.finishDate(ef, d) };
    const before = o.offsetOf(c.startDate(es));
    const start = d === 0 ? c.startDate(es) : o.workingDay(before + 1);
    return { start, finish: d === 0 ? start : o.workingDay(before + d) };
  };
  const alap = referenceAlapStarts(plan, r.value, c, own.value);
  const activities = r.value.activities.map((a): DatedActivity => {
    const o = own.value.get(a.id);
    const early = datesOf(o, a.es, a.ef, a.duration);
    const late = datesOf(o, a.ls, a.lf, a.duration);
    const dates = { earlyStart: early.start, earlyFinish: early.finish, lateStart: late.start, lateFinish: late.finish };
    const at = alap.get(a.id);
    if (at === undefined || a.summary) return { ...a, ...dates, start: early.start, finish: early.finish };
    const s = datesOf(o, at, o ? calendarSpan(c, o).finish(at, a.duration) : at + a.duration, a.duration);
    return { ...a, ...dates, start: s.start, finish: s.finish };
  });
  const kids = new Map<string, string[]>();
  for (const a of plan.activities) if (a.parent !== undefined) kids.set(a.parent, [...(kids.get(a.parent) ?? []), a.id]);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const span = (id: string): { start: string; finish: string } | undefined => {
    const children = kids.get(id);
    if (!children) {
      const self = byId.get(id);
      return self ? { start: self.start, finish: self.finish } : undefined;
    }
    let start: string | undefined;
    let finish: string | undefined;
    for (const k of children) {
      const x = span(k);
      if (!x) continue;
      if (start === undefined || x.start < start) start = x.start;
      if (finish === undefined || x.finish > finish) finish = x.finish;
    }
    return start !== undefined && finish !== undefined ? { start, finish } : undefined;
  };
  const rolled = activities.map((a) => {
    const x = a.summary ? span(a.id) : undefined;
    return x ? { ...a, start: x.start, finish: x.finish, earlyStart: x.start, earlyFinish: x.finish } : a;
  });
  return {
    ok: true,
    value: {
      ...r.value,
      activities: rolled,
      projectStart: c.startDate(0),
      projectFinish: rolled.reduce((max, a) => (a.finish > max ? a.finish : max), c.startDate(0)),
      calendar: plan.defaultCalendar,
    },
  };
}

/** ALAP starts as first written: each activity as late as its successors' scheduled starts allow. */
function referenceAlapStarts(plan: Plan, s: Schedule, cal: WorkCalendar, own: ReadonlyMap<string, WorkCalendar>): Map<string, number> {
  const out = new Map<string, number>();
  const byId = new Map(s.activities.map((a) => [a.id, a]));
  const spanOf = (id: string) => {
    const o = own.get(id);
    return o ? calendarSpan(cal, o) : undefined;
  };
  const alap = plan.activities.filter((a) => a.constraint?.type === 'ALAP').map((a) => byId.get(a.id));
  const order = alap.filter((a): a is ScheduledActivity => a !== undefined && !a.summary).sort((a, b) => b.es - a.es || b.ef - a.ef);
  for (const a of order) {
    let start = a.ls;
    for (const d of plan.dependencies.filter((x) => x.from === a.id)) {
      const k = byId.get(d.to);
      if (!k) continue;
      const ks = out.get(d.to) ?? k.es;
      const base = d.type === 'FS' || d.type === 'SS' ? ks : (spanOf(k.id)?.finish(ks, k.duration) ?? ks + k.duration);
      const bound = d.lag.unit === 'elapsed' ? cal.unshiftElapsed(base, d.lag.value) : base - d.lag.value;
      const latest = spanOf(a.id)?.latestStart(bound, a.duration) ?? bound - a.duration;
      start = Math.min(start, d.type === 'SS' || d.type === 'SF' ? bound : latest);
    }
    out.set(a.id, Math.max(a.es, start));
  }
  return out;
}

const day = fc.integer({ min: 1, max: 80 }).map((k) => `2027-${k <= 31 ? '01' : k <= 59 ? '02' : '03'}-${String(k <= 31 ? k : k <= 59 ? k - 31 : k - 59).padStart(2, '0')}`);
const constraint = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 5 },
  { arbitrary: fc.constant({ type: 'ALAP' as const }), weight: 4 },
  { arbitrary: fc.constant({ type: 'ASAP' as const }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constantFrom('SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO' as const), date: day }), weight: 2 },
);
const activity = fc.record({
  duration: fc.integer({ min: 0, max: 8 }),
  milestone: fc.boolean(),
  parentPick: fc.option(fc.nat(), { freq: 2 }),
  constraint,
  deadline: fc.option(day, { freq: 4, nil: undefined }),
  calendar: fc.constantFrom(undefined, undefined, 'all', 'mwf', 'wk'),
});
const link = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  type: fc.constantFrom('FS', 'FS', 'SS', 'FF', 'SF' as const),
  lag: fc.integer({ min: -2, max: 3 }),
  unit: fc.constantFrom('working', 'working', 'elapsed' as const),
});

/** Small random plans: summary trees (a parent always comes first), own calendars, ALAP and dated constraints. */
const randomPlan = fc
  .record({
    activities: fc.array(activity, { minLength: 1, maxLength: 14 }),
    links: fc.array(link, { maxLength: 20 }),
    defaultCalendar: fc.constantFrom(undefined, 'wk', 'mwf'),
  })
  .map(({ activities, links, defaultCalendar }): Plan => {
    const n = activities.length;
    return {
      ...fixturePlan,
      budget: [],
      scenarios: [],
      defaultCalendar,
      calendars: [
        ...fixturePlan.calendars,
        { id: 'all', name: 'Every day', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [{ date: '2027-01-12', name: 'Off' }] },
        { id: 'mwf', name: 'Mon, Wed, Fri', workingDays: [1, 3, 5], holidays: [{ date: '2027-01-08', name: 'Off' }] },
      ],
      activities: activities.map((a, i) => ({
        id: `a${i}`,
        name: { en: `A ${i}` },
        duration: a.duration,
        milestone: a.milestone && a.duration === 0,
        assignments: [],
        alignment: [],
        ...(a.parentPick !== null && i > 0 ? { parent: `a${a.parentPick % i}` } : {}),
        ...(a.constraint ? { constraint: a.constraint } : {}),
        ...(a.deadline !== undefined ? { deadline: a.deadline } : {}),
        ...(a.calendar !== undefined ? { calendar: a.calendar } : {}),
      })),
      dependencies: links
        .map((l) => [l.a % n, l.b % n, l] as const)
        .filter(([x, y]) => x < y)
        .map(([x, y, l]) => ({ from: `a${x}`, to: `a${y}`, type: l.type, lag: { value: l.lag, unit: l.unit } })),
    };
  });

describe('schedulePlan', () => {
  it('gives the same result as the straightforward reference on random small plans', () => {
    let scheduled = 0;
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const got = schedulePlan(plan);
        const want = referenceSchedulePlan(plan);
        expect(got).toStrictEqual(want);
        expect(JSON.stringify(got)).toBe(JSON.stringify(want)); // the same keys in the same order
        if (got.ok) scheduled++;
      }),
      { numRuns: 400, seed: 20_261_207 },
    );
    // Most random plans schedule (the rest end in the same error both ways), so the dates are what is compared.
    expect(scheduled).toBeGreaterThan(200);
  });

  it('rolls up a summary with many children and a deep summary chain in one walk', () => {
    const leaf = (id: string, parent?: string, duration = 1) => ({ id, name: { en: id }, duration, milestone: false, assignments: [], alignment: [], ...(parent ? { parent } : {}) });
    const wide: Plan = { ...fixturePlan, budget: [], scenarios: [], defaultCalendar: undefined, calendars: [], dependencies: [], activities: [leaf('S'), ...Array.from({ length: 20_000 }, (_, i) => leaf(`c${i}`, 'S', 1 + (i % 7)))] };
    const w = schedulePlan(wide);
    expect(w.ok && w.value.activities[0]).toMatchObject({ id: 'S', summary: true, start: '2027-01-04', finish: '2027-01-10', earlyFinish: '2027-01-10' });
    const depth = 2_000;
    const chain: Plan = { ...wide, activities: Array.from({ length: depth }, (_, i) => leaf(`s${i}`, i > 0 ? `s${i - 1}` : undefined, 3)) };
    const d = schedulePlan(chain);
    expect(d.ok && d.value.activities.map((a) => [a.start, a.finish])).toEqual(Array.from({ length: depth }, () => ['2027-01-04', '2027-01-06']));
  });
});
