import type { Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import { CONSTRAINT_CODE, LINK_TYPE, MINUTES_PER_DAY, NS, TEXT1 } from './mspdi-codes.js';
import { calendarXml, close, leaf, open, raw } from './mspdi-writer.js';
import type { XmlWarning } from './xml.js';
import { xmlWarnings } from './xml.js';

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
  // Calendars of activities that do not use the default one get UIDs 2, 3, …
  const calendarUid = new Map<string, number>();
  for (const a of base.activities)
    if (a.calendar !== undefined && a.calendar !== base.defaultCalendar && !calendarUid.has(a.calendar) && base.calendars.some((c) => c.id === a.calendar))
      calendarUid.set(a.calendar, calendarUid.size + 2);
  const tally = { count: 0 };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${NS}">`,
    raw(1, 'SaveVersion', '14'),
    leaf(1, 'Name', `${base.id}.xml`, tally),
    leaf(1, 'Title', base.title.en, tally),
    raw(1, 'ScheduleFromStart', '1'),
    raw(1, 'StartDate', `${s.projectStart}T08:00:00`),
    raw(1, 'FinishDate', `${s.projectFinish}T17:00:00`),
    leaf(1, 'CurrencyCode', base.currency, tally),
    raw(1, 'CalendarUID', '1'),
    raw(1, 'DefaultStartTime', '08:00:00'),
    raw(1, 'DefaultFinishTime', '17:00:00'),
    raw(1, 'MinutesPerDay', MINUTES_PER_DAY),
    raw(1, 'MinutesPerWeek', MINUTES_PER_DAY * workingDays.length),
    raw(1, 'DaysPerMonth', '20'),
    open(1, 'ExtendedAttributes'),
    open(2, 'ExtendedAttribute'),
    raw(3, 'FieldID', TEXT1),
    raw(3, 'FieldName', 'Text1'),
    raw(3, 'Alias', 'DSC id'),
    close(2, 'ExtendedAttribute'),
    close(1, 'ExtendedAttributes'),
    open(1, 'Calendars'),
    calendarXml(2, '1', cal, tally),
  ];
  for (const [id, u] of calendarUid) out.push(calendarXml(2, String(u), base.calendars.find((c) => c.id === id), tally));
  out.push(close(1, 'Calendars'), open(1, 'Tasks'));
  for (const { a, level } of ordered) {
    const d = dated.get(a.id);
    const isSummary = children.has(a.id);
    const duration = d?.duration ?? a.duration;
    const start = d ? d.start : base.start;
    const finish = d ? d.finish : base.start;
    const u = uid.get(a.id) as number;
    const t: string[] = [
      open(2, 'Task'),
      raw(3, 'UID', u),
      raw(3, 'ID', u),
      leaf(3, 'Name', a.name.en, tally),
      raw(3, 'Type', '1'),
      raw(3, 'IsNull', '0'),
      leaf(3, 'WBS', a.wbs ?? a.id, tally),
      raw(3, 'OutlineLevel', level),
      raw(3, 'Start', `${start}T08:00:00`),
      raw(3, 'Finish', duration === 0 ? `${start}T08:00:00` : `${finish}T17:00:00`),
      raw(3, 'Duration', hours(duration)),
      raw(3, 'DurationFormat', '7'),
      raw(3, 'Milestone', a.milestone || duration === 0 ? '1' : '0'),
      raw(3, 'Summary', isSummary ? '1' : '0'),
      raw(3, 'Critical', d?.critical ? '1' : '0'),
    ];
    if (d)
      t.push(
        raw(3, 'EarlyStart', `${d.earlyStart}T08:00:00`),
        raw(3, 'EarlyFinish', `${d.earlyFinish}T17:00:00`),
        raw(3, 'LateStart', `${d.lateStart}T08:00:00`),
        raw(3, 'LateFinish', `${d.lateFinish}T17:00:00`),
        raw(3, 'FreeSlack', slack(d.freeFloat)),
        raw(3, 'TotalSlack', slack(d.totalFloat)),
      );
    t.push(raw(3, 'ConstraintType', CONSTRAINT_CODE[a.constraint?.type ?? 'ASAP']));
    const calUid = a.calendar === undefined ? undefined : calendarUid.get(a.calendar);
    if (calUid !== undefined) t.push(raw(3, 'CalendarUID', calUid));
    if (a.constraint?.date !== undefined)
      t.push(raw(3, 'ConstraintDate', `${a.constraint.date}T${a.constraint.type.startsWith('F') || a.constraint.type === 'MFO' ? '17:00:00' : '08:00:00'}`));
    if (a.deadline !== undefined) t.push(raw(3, 'Deadline', `${a.deadline}T17:00:00`));
    if (a.notes !== undefined) t.push(leaf(3, 'Notes', a.notes, tally));
    for (const x of predecessors.get(a.id) ?? [])
      t.push(
        open(3, 'PredecessorLink'),
        raw(4, 'PredecessorUID', uid.get(x.from) ?? 0),
        raw(4, 'Type', LINK_TYPE[x.type]),
        raw(4, 'CrossProject', '0'),
        raw(4, 'LinkLag', x.lag.value * (x.lag.unit === 'elapsed' ? 1440 : MINUTES_PER_DAY) * 10),
        raw(4, 'LagFormat', x.lag.unit === 'elapsed' ? '8' : '7'),
        close(3, 'PredecessorLink'),
      );
    t.push(open(3, 'ExtendedAttribute'), raw(4, 'FieldID', TEXT1), leaf(4, 'Value', a.id, tally), close(3, 'ExtendedAttribute'), close(2, 'Task'));
    out.push(t.join('\n'));
  }
  out.push(close(1, 'Tasks'), '</Project>');
  return ok({ xml: out.join('\n') + '\n', warnings: xmlWarnings(tally) });
}

