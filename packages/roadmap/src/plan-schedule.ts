import type { Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import type { WorkCalendar } from './calendar.js';
import { createCalendar, everyDayCalendar } from './calendar.js';
import type { DurationSpan, Network, NetworkActivity, NetworkConstraint, Schedule, ScheduleError, ScheduledActivity, ScheduleOptions } from './cpm.js';
import { schedule } from './cpm.js';
import type { ActivityProgress, ProgressFinding } from './progress/status.js';
import { checkProgress, effectiveStatusDate, hasProgress } from './progress/status.js';
import { progressNetwork } from './progress/network.js';
import type { ScenarioError } from './scenarios.js';
import { applyScenario } from './scenarios.js';

export type PlanScheduleError =
  | ScheduleError
  | ScenarioError
  | { readonly code: 'unknown_calendar'; readonly calendar: string; readonly activity?: string }
  | { readonly code: 'calendar_without_working_days'; readonly calendar: string; readonly activity?: string };

export type DatedActivity = ScheduledActivity & {
  /** Scheduled start and finish days (early dates; late dates for an ALAP activity). */
  readonly start: string;
  readonly finish: string;
  readonly earlyStart: string;
  readonly earlyFinish: string;
  readonly lateStart: string;
  readonly lateFinish: string;
  /** Progress at the status date; only on schedules of plans that record progress. */
  readonly progress?: ActivityProgress;
};

export type PlanSchedule = Omit<Schedule, 'activities'> & {
  readonly projectStart: string;
  readonly projectFinish: string;
  readonly calendar: string | undefined;
  readonly activities: readonly DatedActivity[];
  /** The status date progress was measured at, when the plan records progress. */
  readonly statusDate?: string;
  /** Problems with the recorded progress, out-of-sequence work among them (empty without progress). */
  readonly progressFindings?: readonly ProgressFinding[];
};

/** The calendar a plan schedules on: its `defaultCalendar`, else every day worked. */
export function planCalendar(plan: Plan): Result<WorkCalendar, PlanScheduleError> {
  if (plan.defaultCalendar === undefined) return ok(everyDayCalendar(plan.start));
  const spec = plan.calendars.find((c) => c.id === plan.defaultCalendar);
  if (!spec) return err({ code: 'unknown_calendar', calendar: plan.defaultCalendar });
  const cal = createCalendar(plan.start, { workingDays: spec.workingDays, holidays: spec.holidays.map((h) => h.date) });
  if (!cal) return err({ code: 'calendar_without_working_days', calendar: spec.id });
  return ok(cal);
}

/** Working calendars of activities that do not use the plan's default calendar, anchored at the plan start. */
export function activityCalendars(plan: Plan): Result<Map<string, WorkCalendar>, PlanScheduleError> {
  const out = new Map<string, WorkCalendar>();
  const built = new Map<string, WorkCalendar>();
  for (const a of plan.activities) {
    if (a.calendar === undefined || a.calendar === plan.defaultCalendar) continue;
    let cal = built.get(a.calendar);
    if (!cal) {
      const spec = plan.calendars.find((c) => c.id === a.calendar);
      if (!spec) return err({ code: 'unknown_calendar', calendar: a.calendar, activity: a.id });
      cal = createCalendar(plan.start, { workingDays: spec.workingDays, holidays: spec.holidays.map((h) => h.date) });
      if (!cal) return err({ code: 'calendar_without_working_days', calendar: spec.id, activity: a.id });
      built.set(a.calendar, cal);
    }
    out.set(a.id, cal);
  }
  return ok(out);
}

/**
 * The duration of an activity on its own calendar `own`, mapped onto the plan calendar `cal`: the work starts on
 * the first working day of `own` on or after the scheduled start and lasts `d` working days of `own`.
 */
export function calendarSpan(cal: WorkCalendar, own: WorkCalendar): DurationSpan {
  const finish = (es: number, d: number): number => {
    if (d === 0) return es;
    const before = own.offsetOf(cal.startDate(es));
    return cal.finishOffsetOf(own.workingDay(before + d));
  };
  const latestStart = (lf: number, d: number): number => {
    if (d === 0) return lf;
    let step = d + 1;
    let lo = lf - step;
    for (let i = 0; i < 40 && finish(lo, d) > lf; i++) {
      step *= 2;
      lo = lf - step;
    }
    let hi = lf;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (finish(mid, d) <= lf) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { finish, latestStart };
}

/** Start and finish days of an activity started at offset `es`, on its own calendar when it has one. */
function datesOf(cal: WorkCalendar, own: WorkCalendar | undefined, es: number, ef: number, d: number): { start: string; finish: string } {
  if (!own) return { start: cal.startDate(es), finish: cal.finishDate(ef, d) };
  const before = own.offsetOf(cal.startDate(es));
  const start = d === 0 ? cal.startDate(es) : own.workingDay(before + 1);
  return { start, finish: d === 0 ? start : own.workingDay(before + d) };
}

/** Turns a plan into a CPM network on its calendar: constraint and deadline dates become offsets. */
export function planToNetwork(plan: Plan, cal: WorkCalendar, own: ReadonlyMap<string, WorkCalendar> = new Map()): Network {
  const activities = plan.activities.map((a): NetworkActivity => {
    let constraint: NetworkConstraint | undefined;
    const c = a.constraint;
    if (c) {
      if (c.date === undefined) constraint = { type: c.type };
      else if (c.type === 'SNET' || c.type === 'SNLT' || c.type === 'MSO') constraint = { type: c.type, offset: cal.offsetOf(c.date) };
      else constraint = { type: c.type, offset: cal.finishOffsetOf(c.date) };
    }
    return {
      id: a.id,
      duration: a.milestone ? 0 : a.duration,
      ...(constraint ? { constraint } : {}),
      ...(a.deadline !== undefined ? { deadline: cal.finishOffsetOf(a.deadline) } : {}),
      ...(a.parent !== undefined ? { parent: a.parent } : {}),
      ...(own.has(a.id) ? { span: calendarSpan(cal, own.get(a.id) as WorkCalendar) } : {}),
    };
  });
  const relations = plan.dependencies.map((d) => ({ from: d.from, to: d.to, type: d.type, lag: d.lag.value, lagUnit: d.lag.unit }));
  return { activities, relations, elapsed: cal, range: cal.range };
}

/**
 * Start offsets of ALAP activities: as late as possible without moving any successor from its scheduled
 * dates (successors are at their early dates unless they are ALAP too) and without passing the late finish.
 * Activities are placed from the latest early start backwards, so chains of ALAP activities move together.
 */
function alapStarts(plan: Plan, s: Schedule, cal: WorkCalendar, own: ReadonlyMap<string, WorkCalendar>): Map<string, number> {
  const out = new Map<string, number>();
  const alap = plan.activities.filter((a) => a.constraint?.type === 'ALAP').map((a) => a.id);
  if (alap.length === 0) return out;
  const byId = new Map(s.activities.map((a) => [a.id, a]));
  const spans = new Map([...own].map(([id, o]) => [id, calendarSpan(cal, o)]));
  const finishOf = (id: string, start: number, d: number): number => spans.get(id)?.finish(start, d) ?? start + d;
  const latestStartOf = (id: string, lf: number, d: number): number => spans.get(id)?.latestStart(lf, d) ?? lf - d;
  const succ = new Map<string, Plan['dependencies'][number][]>();
  for (const d of plan.dependencies) {
    const list = succ.get(d.from);
    if (list) list.push(d);
    else succ.set(d.from, [d]);
  }
  const order = alap.map((id) => byId.get(id)).filter((a): a is ScheduledActivity => a !== undefined && !a.summary).sort((a, b) => b.es - a.es || b.ef - a.ef);
  const startOf = (id: string): number => out.get(id) ?? byId.get(id)?.es ?? 0;
  for (const a of order) {
    let start = a.ls;
    for (const d of succ.get(a.id) ?? []) {
      const k = byId.get(d.to);
      if (!k) continue;
      const ks = startOf(d.to);
      const base = d.type === 'FS' || d.type === 'SS' ? ks : finishOf(k.id, ks, k.duration);
      const bound = d.lag.unit === 'elapsed' ? cal.unshiftElapsed(base, d.lag.value) : base - d.lag.value;
      start = Math.min(start, d.type === 'SS' || d.type === 'SF' ? bound : latestStartOf(a.id, bound, a.duration));
    }
    out.set(a.id, Math.max(a.es, start));
  }
  return out;
}

/** The six dates of a dated activity, in the order its record lists them. */
type Dates = {
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  start: string;
  finish: string;
};

/**
 * A scheduled activity with its dates, written as one literal: every record gets the same shape (and key order) as
 * `{ ...a, ...dates }`. Spreading a record and then adding keys takes a slow path in V8 that cost tens of
 * microseconds per activity and left each record with a large private layout, so a 100,000-task plan spent seconds
 * here and in the garbage collector.
 */
function withDates(a: ScheduledActivity, d: Dates): DatedActivity {
  if (a.drivingPredecessor === undefined)
    return {
      id: a.id,
      duration: a.duration,
      es: a.es,
      ef: a.ef,
      ls: a.ls,
      lf: a.lf,
      totalFloat: a.totalFloat,
      freeFloat: a.freeFloat,
      critical: a.critical,
      summary: a.summary,
      drivenBy: a.drivenBy,
      earlyStart: d.earlyStart,
      earlyFinish: d.earlyFinish,
      lateStart: d.lateStart,
      lateFinish: d.lateFinish,
      start: d.start,
      finish: d.finish,
    };
  return {
    id: a.id,
    duration: a.duration,
    es: a.es,
    ef: a.ef,
    ls: a.ls,
    lf: a.lf,
    totalFloat: a.totalFloat,
    freeFloat: a.freeFloat,
    critical: a.critical,
    summary: a.summary,
    drivingPredecessor: a.drivingPredecessor,
    drivenBy: a.drivenBy,
    earlyStart: d.earlyStart,
    earlyFinish: d.earlyFinish,
    lateStart: d.lateStart,
    lateFinish: d.lateFinish,
    start: d.start,
    finish: d.finish,
  };
}

/**
 * Summaries span their children's dates (a child on its own calendar may work on days the plan calendar does
 * not): the earliest start and latest finish of their leaves. `dates[i]` belongs to `plan.activities[i]`; the
 * summary tree is walked once from the leaves up (each activity waits for its children, then hands its span to its
 * parent), so deep or wide trees cost time linear in the plan.
 */
function rollUpSummaries(plan: Plan, dates: Dates[]): void {
  const acts = plan.activities;
  const n = acts.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set((acts[i] as Plan['activities'][number]).id, i);
  const parent = new Int32Array(n).fill(-1);
  const waiting = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = (acts[i] as Plan['activities'][number]).parent;
    const pi = p === undefined ? undefined : index.get(p);
    if (pi === undefined) continue;
    parent[i] = pi;
    waiting[pi] = (waiting[pi] as number) + 1;
  }
  const summary = waiting.map((k) => (k > 0 ? 1 : 0));
  const start = new Array<string | undefined>(n);
  const finish = new Array<string | undefined>(n);
  const ready: number[] = [];
  for (let i = 0; i < n; i++)
    if (summary[i] === 0) {
      start[i] = (dates[i] as Dates).start;
      finish[i] = (dates[i] as Dates).finish;
      ready.push(i);
    }
  for (let head = 0; head < ready.length; head++) {
    const v = ready[head] as number;
    const s = start[v];
    const f = finish[v];
    if (summary[v] === 1 && s !== undefined && f !== undefined) {
      const d = dates[v] as Dates;
      dates[v] = { earlyStart: s, earlyFinish: f, lateStart: d.lateStart, lateFinish: d.lateFinish, start: s, finish: f };
    }
    const p = parent[v] as number;
    if (p < 0) continue;
    // A summary none of whose children has dates has no span and adds nothing to its parent.
    if (s !== undefined && f !== undefined) {
      const ps = start[p];
      const pf = finish[p];
      if (ps === undefined || s < ps) start[p] = s;
      if (pf === undefined || f > pf) finish[p] = f;
    }
    waiting[p] = (waiting[p] as number) - 1;
    if (waiting[p] === 0) ready.push(p);
  }
}

/**
 * Schedules a plan (optionally under a scenario) and dates every activity on the plan's calendar.
 *
 * @example
 * const r = schedulePlan(plan, { scenario: 'hybrid' });
 * if (r.ok) console.log(r.value.projectFinish, r.value.criticalPath);
 */
export function schedulePlan(
  input: Plan,
  options: ScheduleOptions & { readonly scenario?: string; readonly statusDate?: string } = {},
): Result<PlanSchedule, PlanScheduleError> {
  let plan = input;
  if (options.scenario !== undefined) {
    const applied = applyScenario(input, options.scenario);
    if (!applied.ok) return applied;
    plan = applied.value;
  }
  const cal = planCalendar(plan);
  if (!cal.ok) return cal;
  const c = cal.value;
  const own = activityCalendars(plan);
  if (!own.ok) return own;
  const status = hasProgress(plan, options.statusDate) ? effectiveStatusDate(plan, options.statusDate) : undefined;
  const net = planToNetwork(plan, c, own.value);
  const progressed = status ? progressNetwork(plan, net, c, c.finishOffsetOf(status.date)) : undefined;
  const r = schedule(progressed ? progressed.network : net, options);
  if (!r.ok) return r;
  const scheduledStart = alapStarts(plan, r.value, c, own.value);
  const acts = r.value.activities;
  const n = acts.length;
  const dates = new Array<Dates>(n);
  for (let i = 0; i < n; i++) {
    const a = acts[i] as ScheduledActivity;
    const o = own.value.get(a.id);
    const early = datesOf(c, o, a.es, a.ef, a.duration);
    const late = datesOf(c, o, a.ls, a.lf, a.duration);
    const at = scheduledStart.get(a.id);
    let start = early.start;
    let finish = early.finish;
    if (at !== undefined && !a.summary) {
      const scheduled = datesOf(c, o, at, o ? calendarSpan(c, o).finish(at, a.duration) : at + a.duration, a.duration);
      start = scheduled.start;
      finish = scheduled.finish;
    }
    dates[i] = { earlyStart: early.start, earlyFinish: early.finish, lateStart: late.start, lateFinish: late.finish, start, finish };
  }
  const done = new Set<string>();
  if (progressed)
    for (let i = 0; i < n; i++) {
      const p = progressed.progress.get((acts[i] as ScheduledActivity).id);
      if (p === undefined) continue;
      const d = dates[i] as Dates;
      const start = p.actualStart ?? (p.status === 'complete' ? c.startDate(progressed.actualStart.get((acts[i] as ScheduledActivity).id) ?? 0) : d.start);
      const finish = p.actualFinish ?? d.finish;
      dates[i] = { ...d, earlyStart: start, start, ...(p.status === 'complete' ? { earlyFinish: finish, finish, lateStart: start, lateFinish: finish } : {}) };
      if (p.status === 'complete') done.add((acts[i] as ScheduledActivity).id);
    }
  rollUpSummaries(plan, dates);
  let activities = acts.map((a, i) => withDates(a, dates[i] as Dates));
  let critical = { criticalPath: r.value.criticalPath, criticalPaths: r.value.criticalPaths };
  if (progressed && status) {
    // complete work is history, as in MS Project: its late dates are its actual dates, it has no float and is never critical
    activities = activities.map((a) => {
      const p = progressed.progress.get(a.id) ?? (a.summary ? undefined : { status: 'not_started' as const, percentComplete: 0, remainingDuration: a.duration });
      if (!p) return a;
      return done.has(a.id) ? { ...a, ls: a.es, lf: a.ef, totalFloat: 0, freeFloat: 0, critical: false, progress: p } : { ...a, progress: p };
    });
    critical = {
      criticalPath: r.value.criticalPath.filter((id) => !done.has(id)),
      criticalPaths: r.value.criticalPaths.map((p) => p.filter((id) => !done.has(id))).filter((p) => p.length > 0),
    };
  }
  return ok({
    ...r.value,
    ...critical,
    ...(status ? { statusDate: status.date, progressFindings: checkProgress(plan, c, options.statusDate) } : {}),
    activities,
    projectStart: c.startDate(0),
    projectFinish: activities.reduce((max, a) => (a.finish > max ? a.finish : max), c.startDate(0)),
    calendar: plan.defaultCalendar,
  });
}
