import type { Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import { CONSTRAINT_CODE, LINK_TYPE, MINUTES_PER_DAY, NS, TEXT1 } from './mspdi-codes.js';
import type { XmlNode, XmlWarning } from './xml.js';
import { el, toXml, xmlFragment } from './xml.js';

/**
 * Microsoft Project XML (MSPDI) export; the import and the iCalendar writer of milestones live beside it.
 */

export type { MspdiImportError } from './mspdi-import.js';
export { durationMinutes, fromMspdi } from './mspdi-import.js';
export { milestonesToIcal } from './ical.js';

const hours = (days: number): string => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
const slack = (days: number): string => String(days * MINUTES_PER_DAY * 10);

export type MspdiExport = {
  readonly xml: string;
  /** Characters XML 1.0 forbids (control characters in names or notes) that were replaced. */
  readonly warnings: readonly XmlWarning[];
};

/**
 * Writes a plan (or one scenario of it) as MSPDI with its calendar, summary structure, links, constraints,
 * deadlines and the computed dates.
 */
export function toMspdi(plan: Plan, options: { readonly scenario?: string } = {}): Result<MspdiExport, PlanScheduleError> {
  const resolved = resolveScenario(plan, options.scenario);
  if (!resolved.ok) return resolved;
  const base = resolved.value;
  const sched = schedulePlan(base);
  if (!sched.ok) return sched;
  const s: PlanSchedule = sched.value;
  const dated = new Map(s.activities.map((a) => [a.id, a]));
  // Order activities depth-first so a summary precedes its children.
  // Lists are built once (appending in place) and the walk keeps its own stack: linear, and deep trees are safe.
  type Activity = (typeof base.activities)[number];
  const children = new Map<string | undefined, Activity[]>();
  for (const a of base.activities) {
    const list = children.get(a.parent);
    if (list) list.push(a);
    else children.set(a.parent, [a]);
  }
  const ordered: { a: Activity; level: number }[] = [];
  const stack: { a: Activity; level: number }[] = [...(children.get(undefined) ?? [])].reverse().map((a) => ({ a, level: 1 }));
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    ordered.push(top);
    const kids = children.get(top.a.id) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ a: kids[k] as Activity, level: top.level + 1 });
  }
  // Predecessor links of each task, indexed once (a lookup per task made the export quadratic).
  const predecessors = new Map<string, (typeof base.dependencies)[number][]>();
  for (const x of base.dependencies) {
    const list = predecessors.get(x.to);
    if (list) list.push(x);
    else predecessors.set(x.to, [x]);
  }
  const uid = new Map(ordered.map((o, i) => [o.a.id, i + 1]));
  const cal = base.calendars.find((c) => c.id === base.defaultCalendar);
  const workingDays = cal?.workingDays ?? [1, 2, 3, 4, 5, 6, 7];
  const workingTimes = el('WorkingTimes', {}, [
    el('WorkingTime', {}, [el('FromTime', {}, ['08:00:00']), el('ToTime', {}, ['12:00:00'])]),
    el('WorkingTime', {}, [el('FromTime', {}, ['13:00:00']), el('ToTime', {}, ['17:00:00'])]),
  ]);
  const calendarNode = (uidText: string, spec: Plan['calendars'][number] | undefined): XmlNode => {
    const days = spec?.workingDays ?? [1, 2, 3, 4, 5, 6, 7];
    const weekDays: XmlNode[] = [];
    for (let dayType = 1; dayType <= 7; dayType++) {
      const iso = dayType === 1 ? 7 : dayType - 1;
      const works = days.includes(iso);
      weekDays.push(el('WeekDay', {}, [el('DayType', {}, [String(dayType)]), el('DayWorking', {}, [works ? '1' : '0']), ...(works ? [workingTimes] : [])]));
    }
    for (const h of spec?.holidays ?? [])
      weekDays.push(
        el('WeekDay', {}, [
          el('DayType', {}, ['0']),
          el('DayWorking', {}, ['0']),
          el('TimePeriod', {}, [el('FromDate', {}, [`${h.date}T00:00:00`]), el('ToDate', {}, [`${h.date}T23:59:00`])]),
        ]),
      );
    return el('Calendar', {}, [el('UID', {}, [uidText]), el('Name', {}, [spec?.name ?? 'Standard']), el('IsBaseCalendar', {}, ['1']), el('WeekDays', {}, weekDays)]);
  };
  // Calendars of activities that do not use the default one get UIDs 2, 3, …
  const calendarUid = new Map<string, number>();
  for (const a of base.activities)
    if (a.calendar !== undefined && a.calendar !== base.defaultCalendar && !calendarUid.has(a.calendar) && base.calendars.some((c) => c.id === a.calendar))
      calendarUid.set(a.calendar, calendarUid.size + 2);
  const tally = { count: 0 };
  const tasks = ordered.map(({ a, level }) => {
    const d = dated.get(a.id);
    const isSummary = children.has(a.id);
    const duration = d?.duration ?? a.duration;
    const links = (predecessors.get(a.id) ?? []).map((x) =>
        el('PredecessorLink', {}, [
          el('PredecessorUID', {}, [String(uid.get(x.from) ?? 0)]),
          el('Type', {}, [LINK_TYPE[x.type]]),
          el('CrossProject', {}, ['0']),
          el('LinkLag', {}, [String(x.lag.value * (x.lag.unit === 'elapsed' ? 1440 : MINUTES_PER_DAY) * 10)]),
          el('LagFormat', {}, [x.lag.unit === 'elapsed' ? '8' : '7']),
        ]),
      );
    const finish = d ? d.finish : base.start;
    const start = d ? d.start : base.start;
    const task = el('Task', {}, [
      el('UID', {}, [String(uid.get(a.id))]),
      el('ID', {}, [String(uid.get(a.id))]),
      el('Name', {}, [a.name.en]),
      el('Type', {}, ['1']),
      el('IsNull', {}, ['0']),
      el('WBS', {}, [a.wbs ?? a.id]),
      el('OutlineLevel', {}, [String(level)]),
      el('Start', {}, [`${start}T08:00:00`]),
      el('Finish', {}, [duration === 0 ? `${start}T08:00:00` : `${finish}T17:00:00`]),
      el('Duration', {}, [hours(duration)]),
      el('DurationFormat', {}, ['7']),
      el('Milestone', {}, [a.milestone || duration === 0 ? '1' : '0']),
      el('Summary', {}, [isSummary ? '1' : '0']),
      el('Critical', {}, [d?.critical ? '1' : '0']),
      ...(d ? [el('EarlyStart', {}, [`${d.earlyStart}T08:00:00`]), el('EarlyFinish', {}, [`${d.earlyFinish}T17:00:00`]), el('LateStart', {}, [`${d.lateStart}T08:00:00`]), el('LateFinish', {}, [`${d.lateFinish}T17:00:00`])] : []),
      ...(d ? [el('FreeSlack', {}, [slack(d.freeFloat)]), el('TotalSlack', {}, [slack(d.totalFloat)])] : []),
      el('ConstraintType', {}, [CONSTRAINT_CODE[a.constraint?.type ?? 'ASAP']]),
      ...(a.calendar !== undefined && calendarUid.has(a.calendar) ? [el('CalendarUID', {}, [String(calendarUid.get(a.calendar))])] : []),
      ...(a.constraint?.date !== undefined ? [el('ConstraintDate', {}, [`${a.constraint.date}T${a.constraint.type.startsWith('F') || a.constraint.type === 'MFO' ? '17:00:00' : '08:00:00'}`])] : []),
      ...(a.deadline !== undefined ? [el('Deadline', {}, [`${a.deadline}T17:00:00`])] : []),
      ...(a.notes !== undefined ? [el('Notes', {}, [a.notes])] : []),
      ...links,
      el('ExtendedAttribute', {}, [el('FieldID', {}, [TEXT1]), el('Value', {}, [a.id])]),
    ]);
    return xmlFragment(task, 2, tally);
  });
  const root = el('Project', { xmlns: NS }, [
    el('SaveVersion', {}, ['14']),
    el('Name', {}, [`${base.id}.xml`]),
    el('Title', {}, [base.title.en]),
    el('ScheduleFromStart', {}, ['1']),
    el('StartDate', {}, [`${s.projectStart}T08:00:00`]),
    el('FinishDate', {}, [`${s.projectFinish}T17:00:00`]),
    el('CurrencyCode', {}, [base.currency]),
    el('CalendarUID', {}, ['1']),
    el('DefaultStartTime', {}, ['08:00:00']),
    el('DefaultFinishTime', {}, ['17:00:00']),
    el('MinutesPerDay', {}, [String(MINUTES_PER_DAY)]),
    el('MinutesPerWeek', {}, [String(MINUTES_PER_DAY * workingDays.length)]),
    el('DaysPerMonth', {}, ['20']),
    el('ExtendedAttributes', {}, [el('ExtendedAttribute', {}, [el('FieldID', {}, [TEXT1]), el('FieldName', {}, ['Text1']), el('Alias', {}, ['DSC id'])])]),
    el('Calendars', {}, [
      calendarNode('1', cal),
      ...[...calendarUid].map(([id, u]) => calendarNode(String(u), base.calendars.find((c) => c.id === id))),
    ]),
    el('Tasks', {}, tasks),
  ]);
  return ok(toXml(root, { tally }));
}

