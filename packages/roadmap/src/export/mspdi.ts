import type { Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import { CONSTRAINT_CODE, LINK_TYPE, MINUTES_PER_DAY, NS, TEXT1, TEXT2, constraintDateText, hours } from './mspdi-codes.js';
import { encodePayload } from './mspdi-payload.js';
import { mspdiRows } from './mspdi-rows.js';
import { calendarXml, close, leaf, open, raw } from './mspdi-writer.js';
import type { XmlWarning } from './xml.js';
import { xmlWarnings } from './xml.js';

/**
 * Microsoft Project XML (MSPDI) export; the import and the iCalendar writer of milestones live beside it.
 */

export type { MspdiImportError, MspdiImportOptions, MspdiImportReport } from './mspdi-import.js';
export { durationMinutes, fromMspdi, importMspdi } from './mspdi-import.js';
export { milestonesToIcal } from './ical.js';

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
  const { rows, uid, summaries } = mspdiRows(base);
  const cal = base.calendars.find((c) => c.id === base.defaultCalendar);
  const workingDays = cal?.workingDays ?? [1, 2, 3, 4, 5, 6, 7];
  // Predecessor links of each task, indexed once (a lookup per task made the export quadratic).
  const predecessors = new Map<string, (typeof base.dependencies)[number][]>();
  for (const x of base.dependencies) {
    const list = predecessors.get(x.to);
    if (list) list.push(x);
    else predecessors.set(x.to, [x]);
  }
  // Calendars of activities that do not use the default one get UIDs 2, 3, …
  const calendarUid = new Map<string, number>();
  for (const a of base.activities)
    if (a.calendar !== undefined && a.calendar !== base.defaultCalendar && !calendarUid.has(a.calendar) && base.calendars.some((c) => c.id === a.calendar))
      calendarUid.set(a.calendar, calendarUid.size + 2);
  const tally = { count: 0 };
  const startDate = `${s.projectStart}T08:00:00`;
  const finishDate = `${s.projectFinish}T17:00:00`;
  const payload = encodePayload({
    plan: base,
    startDate,
    // UID 1 is the default calendar; '' when the plan has none (every day works).
    calendars: Object.fromEntries([['1', cal?.id ?? ''] as const, ...[...calendarUid].map(([id, u]) => [String(u), id] as const)]),
  });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${NS}">`,
    raw(1, 'SaveVersion', '14'),
    leaf(1, 'Name', `${base.id}.xml`, tally),
    leaf(1, 'Title', base.title.en, tally),
    raw(1, 'ScheduleFromStart', '1'),
    raw(1, 'StartDate', startDate),
    raw(1, 'FinishDate', finishDate),
    leaf(1, 'CurrencyCode', base.currency, tally),
    raw(1, 'CalendarUID', '1'),
    raw(1, 'DefaultStartTime', '08:00:00'),
    raw(1, 'DefaultFinishTime', '17:00:00'),
    raw(1, 'MinutesPerDay', MINUTES_PER_DAY),
    raw(1, 'MinutesPerWeek', MINUTES_PER_DAY * workingDays.length),
    raw(1, 'DaysPerMonth', '20'),
    ...(base.statusDate !== undefined ? [raw(1, 'StatusDate', `${base.statusDate}T17:00:00`)] : []),
    open(1, 'ExtendedAttributes'),
    ...[
      [TEXT1, 'Text1', 'DSC id'],
      [TEXT2, 'Text2', 'DSC kind'],
    ].flatMap(([id, field, alias]) => [open(2, 'ExtendedAttribute'), raw(3, 'FieldID', id as string), raw(3, 'FieldName', field as string), raw(3, 'Alias', alias as string), close(2, 'ExtendedAttribute')]),
    close(1, 'ExtendedAttributes'),
    open(1, 'Calendars'),
    calendarXml(2, '1', cal, tally),
  ];
  for (const [id, u] of calendarUid) out.push(calendarXml(2, String(u), base.calendars.find((c) => c.id === id), tally));
  out.push(close(1, 'Calendars'), open(1, 'Tasks'));
  // The project summary task carries the plan payload in its Notes.
  out.push(
    [
      open(2, 'Task'),
      raw(3, 'UID', 0),
      raw(3, 'ID', 0),
      // The title again: its replaced characters were counted once, in Title.
      leaf(3, 'Name', base.title.en, { count: 0 }),
      raw(3, 'Type', '1'),
      raw(3, 'IsNull', '0'),
      raw(3, 'OutlineNumber', '0'),
      raw(3, 'OutlineLevel', '0'),
      raw(3, 'Start', startDate),
      raw(3, 'Finish', finishDate),
      raw(3, 'Summary', '1'),
      leaf(3, 'Notes', payload, tally),
      close(2, 'Task'),
    ].join('\n'),
  );
  const extended = (t: string[], field: string, value: string): void => {
    t.push(open(3, 'ExtendedAttribute'), raw(4, 'FieldID', field), leaf(4, 'Value', value, tally), close(3, 'ExtendedAttribute'));
  };
  rows.forEach((row, index) => {
    if (row.kind !== 'activity') {
      let first: string | undefined;
      let last: string | undefined;
      for (let k = index + 1; k < row.end; k++) {
        const r = rows[k];
        const d = r?.kind === 'activity' ? dated.get(r.a.id) : undefined;
        if (d === undefined) continue;
        if (first === undefined || d.start < first) first = d.start;
        if (last === undefined || d.finish > last) last = d.finish;
      }
      const t = [
        open(2, 'Task'),
        raw(3, 'UID', row.uid),
        raw(3, 'ID', index + 1),
        leaf(3, 'Name', row.name, tally),
        raw(3, 'Type', '1'),
        raw(3, 'IsNull', '0'),
        leaf(3, 'WBS', row.wbs, tally),
        raw(3, 'OutlineNumber', row.outline),
        raw(3, 'OutlineLevel', row.level),
        raw(3, 'Start', `${first ?? base.start}T08:00:00`),
        raw(3, 'Finish', `${last ?? base.start}T17:00:00`),
        raw(3, 'Summary', '1'),
      ];
      extended(t, TEXT1, row.id);
      extended(t, TEXT2, row.kind);
      t.push(close(2, 'Task'));
      out.push(t.join('\n'));
      return;
    }
    const a = row.a;
    const d = dated.get(a.id);
    const isSummary = summaries.has(a.id);
    // A summary's duration is its span (MS Project computes it); a task's is the plan's own.
    const duration = isSummary ? (d?.duration ?? a.duration) : a.duration;
    const start = d ? d.start : base.start;
    const finish = d ? d.finish : base.start;
    // One template per task for the fields every task has (the bulk of a large file): no array of lines.
    const I = '\n      ';
    let text =
      `    <Task>${I}<UID>${row.uid}</UID>${I}<ID>${index + 1}</ID>${I}${leaf(0, 'Name', a.name.en, tally)}${I}<Type>1</Type>${I}<IsNull>0</IsNull>` +
      `${I}${leaf(0, 'WBS', a.wbs ?? a.id, tally)}${I}<OutlineNumber>${row.outline}</OutlineNumber>${I}<OutlineLevel>${row.level}</OutlineLevel>` +
      `${I}<Start>${start}T08:00:00</Start>${I}<Finish>${duration === 0 ? `${start}T08:00:00` : `${finish}T17:00:00`}</Finish>${I}<Duration>${hours(duration)}</Duration>` +
      `${I}<DurationFormat>7</DurationFormat>${I}<Milestone>${a.milestone || duration === 0 ? '1' : '0'}</Milestone>${I}<Summary>${isSummary ? '1' : '0'}</Summary>` +
      `${I}<Critical>${d?.critical ? '1' : '0'}</Critical>`;
    if (d)
      text +=
        `${I}<EarlyStart>${d.earlyStart}T08:00:00</EarlyStart>${I}<EarlyFinish>${d.earlyFinish}T17:00:00</EarlyFinish>${I}<LateStart>${d.lateStart}T08:00:00</LateStart>` +
        `${I}<LateFinish>${d.lateFinish}T17:00:00</LateFinish>${I}<FreeSlack>${slack(d.freeFloat)}</FreeSlack>${I}<TotalSlack>${slack(d.totalFloat)}</TotalSlack>`;
    const t: string[] = [text];
    if (a.percentComplete !== undefined) t.push(raw(3, 'PercentComplete', Math.round(a.percentComplete)));
    if (a.actualStart !== undefined) t.push(raw(3, 'ActualStart', `${a.actualStart}T08:00:00`));
    if (a.actualFinish !== undefined) t.push(raw(3, 'ActualFinish', `${a.actualFinish}T17:00:00`));
    if (a.remainingDuration !== undefined) t.push(raw(3, 'RemainingDuration', hours(a.remainingDuration)));
    t.push(raw(3, 'ConstraintType', CONSTRAINT_CODE[a.constraint?.type ?? 'ASAP']));
    const calUid = a.calendar === undefined ? undefined : calendarUid.get(a.calendar);
    if (calUid !== undefined) t.push(raw(3, 'CalendarUID', calUid));
    if (a.constraint?.date !== undefined) t.push(raw(3, 'ConstraintDate', constraintDateText(a.constraint)));
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
    extended(t, TEXT1, a.id);
    t.push(close(2, 'Task'));
    out.push(t.join('\n'));
  });
  out.push(close(1, 'Tasks'), '</Project>');
  return ok({ xml: out.join('\n') + '\n', warnings: xmlWarnings(tally) });
}

