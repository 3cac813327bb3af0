import type { ConstraintType, DocumentIssue, Plan, PlanInput, RelationType, Result } from '@dsc/domain';
import { Plan as PlanSchema, err, ok, toDocumentIssues } from '@dsc/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { addDays, fromEpochDay, toEpochDay } from '../calendar.js';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';
import type { XmlNode } from './xml.js';
import { el, toXml } from './xml.js';

/**
 * Microsoft Project XML (MSPDI) export and import. Durations are working days of 8 hours (480 minutes); link lags
 * are written in tenths of minutes with format 7 (days) or 8 (elapsed days). The plan's activity ids travel in
 * the Text1 custom field ("DSC id") so that a round trip keeps them.
 */

const NS = 'http://schemas.microsoft.com/project';
const MINUTES_PER_DAY = 480;
const TEXT1 = '188743731';
/** MSPDI link types: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_TYPE: Record<RelationType, string> = { FF: '0', FS: '1', SF: '2', SS: '3' };
const LINK_FROM_CODE: Record<string, RelationType> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };
/** MSPDI constraint types: 0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT. */
const CONSTRAINT_CODE: Record<ConstraintType, string> = { ASAP: '0', ALAP: '1', MSO: '2', MFO: '3', SNET: '4', SNLT: '5', FNET: '6', FNLT: '7' };
const CONSTRAINT_FROM_CODE: Record<string, ConstraintType> = Object.fromEntries(Object.entries(CONSTRAINT_CODE).map(([k, v]) => [v, k as ConstraintType]));

const hours = (days: number): string => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
const slack = (days: number): string => String(days * MINUTES_PER_DAY * 10);

/**
 * Writes a plan (or one scenario of it) as MSPDI with its calendar, summary structure, links, constraints,
 * deadlines and the computed dates.
 */
export function toMspdi(plan: Plan, options: { readonly scenario?: string } = {}): Result<string, PlanScheduleError> {
  const resolved = resolveScenario(plan, options.scenario);
  if (!resolved.ok) return resolved;
  const base = resolved.value;
  const sched = schedulePlan(base);
  if (!sched.ok) return sched;
  const s: PlanSchedule = sched.value;
  const dated = new Map(s.activities.map((a) => [a.id, a]));
  // Order activities depth-first so a summary precedes its children.
  const children = new Map<string | undefined, typeof base.activities>();
  for (const a of base.activities) children.set(a.parent, [...(children.get(a.parent) ?? []), a]);
  const ordered: { a: (typeof base.activities)[number]; level: number }[] = [];
  const visit = (parent: string | undefined, level: number): void => {
    for (const a of children.get(parent) ?? []) {
      ordered.push({ a, level });
      visit(a.id, level + 1);
    }
  };
  visit(undefined, 1);
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
  const tasks = ordered.map(({ a, level }) => {
    const d = dated.get(a.id);
    const isSummary = children.has(a.id);
    const duration = d?.duration ?? a.duration;
    const links = base.dependencies
      .filter((x) => x.to === a.id)
      .map((x) =>
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
    return el('Task', {}, [
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
  return ok(toXml(root));
}

export type MspdiImportError =
  | { readonly code: 'mspdi_not_xml'; readonly message: string; readonly line?: number; readonly column?: number }
  | { readonly code: 'mspdi_not_a_project' }
  | { readonly code: 'mspdi_bad_task'; readonly uid: string; readonly field: string; readonly value: string }
  | { readonly code: 'mspdi_unknown_predecessor'; readonly uid: string; readonly predecessor: string }
  | { readonly code: 'mspdi_invalid_plan'; readonly issues: readonly DocumentIssue[] };

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined || v === null || v === '' ? [] : [v as Node]);
const text = (n: Node | undefined, k: string): string | undefined => {
  const v = n?.[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
const dateOf = (v: string | undefined): string | undefined => (v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

/** Parses an ISO 8601 duration such as `PT320H0M0S` or `P3DT4H` into minutes. */
export function durationMinutes(iso: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 24 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
}

const safeId = (s: string): string | undefined => (/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) && s.length <= 128 ? s : undefined);

/**
 * Reads MS Project XML (MSPDI) into a plan: tasks (with summary structure from outline levels), durations in
 * working days, links with lags, constraints, deadlines, and the project calendar's working week and exceptions.
 */
export function fromMspdi(xml: string, options: { readonly id?: string } = {}): Result<Plan, MspdiImportError> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return err({ code: 'mspdi_not_xml', message: valid.err.msg, line: valid.err.line, column: valid.err.col });
  const doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true }).parse(xml) as Node;
  const project = doc['Project'] as Node | undefined;
  if (!project || typeof project !== 'object') return err({ code: 'mspdi_not_a_project' });
  const minutesPerDay = Number(text(project, 'MinutesPerDay') ?? MINUTES_PER_DAY) || MINUTES_PER_DAY;
  const start = dateOf(text(project, 'StartDate')) ?? '2000-01-01';
  const calUid = text(project, 'CalendarUID');
  const calendarNodes = list((project['Calendars'] as Node | undefined)?.['Calendar']);
  const projectCal = calendarNodes.find((c) => text(c, 'UID') === calUid) ?? calendarNodes[0];
  const readCalendar = (cal: Node, id: string): NonNullable<PlanInput['calendars']>[number] | undefined => {
    const workingDays: number[] = [];
    const holidays: { date: string; name: string }[] = [];
    const addRange = (from: string | undefined, to: string | undefined, name: string): void => {
      const a = dateOf(from);
      const b = dateOf(to) ?? a;
      if (a === undefined || b === undefined) return;
      for (let d = toEpochDay(a); d <= toEpochDay(b) && holidays.length < 5000; d++) holidays.push({ date: fromEpochDay(d), name });
    };
    for (const w of list((cal['WeekDays'] as Node | undefined)?.['WeekDay'])) {
      const type = text(w, 'DayType');
      const working = text(w, 'DayWorking') === '1';
      if (type === '0') {
        const tp = w['TimePeriod'] as Node | undefined;
        if (!working) addRange(text(tp, 'FromDate'), text(tp, 'ToDate'), 'Non-working day');
      } else if (type !== undefined && working) workingDays.push(type === '1' ? 7 : Number(type) - 1);
    }
    for (const x of list((cal['Exceptions'] as Node | undefined)?.['Exception'])) {
      if (text(x, 'DayWorking') === '1') continue;
      const tp = x['TimePeriod'] as Node | undefined;
      addRange(text(tp, 'FromDate'), text(tp, 'ToDate'), text(x, 'Name') ?? 'Non-working day');
    }
    if (workingDays.length === 0) return undefined;
    return { id, name: text(cal, 'Name') ?? id, workingDays: workingDays.sort((a, b) => a - b), holidays };
  };
  const calendar: NonNullable<PlanInput['calendars']> = [];
  const projectCalendar = projectCal ? readCalendar(projectCal, 'project') : undefined;
  if (projectCalendar) calendar.push(projectCalendar);
  const calendarIdOf = new Map<string, string>();
  for (const c of calendarNodes) {
    const u = text(c, 'UID');
    if (u === undefined || c === projectCal) continue;
    const parsed = readCalendar(c, `calendar-${u}`);
    if (parsed) {
      calendar.push(parsed);
      calendarIdOf.set(u, parsed.id);
    }
  }

  const tasks = list((project['Tasks'] as Node | undefined)?.['Task']).filter((t) => text(t, 'IsNull') !== '1' && text(t, 'UID') !== '0' && text(t, 'OutlineLevel') !== '0');
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const t of tasks) {
    const uidText = text(t, 'UID') ?? '';
    const ext = list(t['ExtendedAttribute']).find((e) => text(e, 'FieldID') === TEXT1);
    let id = safeId(text(ext, 'Value') ?? '') ?? `T${uidText}`;
    if (used.has(id)) id = `T${uidText}`;
    used.add(id);
    idOf.set(uidText, id);
  }
  const activities: PlanInput['activities'] = [];
  const dependencies: PlanInput['dependencies'] = [];
  const stack: { level: number; id: string }[] = [];
  for (const t of tasks) {
    const uid = text(t, 'UID') ?? '';
    const id = idOf.get(uid) as string;
    const level = Number(text(t, 'OutlineLevel') ?? '1') || 1;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const parent = stack[stack.length - 1]?.id;
    stack.push({ level, id });
    const durText = text(t, 'Duration') ?? 'PT0H0M0S';
    const minutes = durationMinutes(durText);
    if (minutes === undefined) return err({ code: 'mspdi_bad_task', uid, field: 'Duration', value: durText });
    const duration = Math.round(minutes / minutesPerDay);
    const ct = CONSTRAINT_FROM_CODE[text(t, 'ConstraintType') ?? '0'] ?? 'ASAP';
    const cDate = dateOf(text(t, 'ConstraintDate'));
    const deadline = dateOf(text(t, 'Deadline'));
    const name = text(t, 'Name') ?? id;
    const notes = text(t, 'Notes');
    const taskCalendar = calendarIdOf.get(text(t, 'CalendarUID') ?? '');
    activities.push({
      id,
      name: { en: name === '' ? id : name },
      duration,
      milestone: text(t, 'Milestone') === '1' || duration === 0,
      ...(text(t, 'WBS') !== undefined ? { wbs: text(t, 'WBS') } : {}),
      ...(parent !== undefined ? { parent } : {}),
      ...(ct !== 'ASAP' && (cDate !== undefined || ct === 'ALAP') ? { constraint: { type: ct, ...(ct === 'ALAP' ? {} : { date: cDate }) } } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
      ...(notes !== undefined ? { notes } : {}),
      ...(taskCalendar !== undefined ? { calendar: taskCalendar } : {}),
    });
    for (const link of list(t['PredecessorLink'])) {
      const p = text(link, 'PredecessorUID') ?? '';
      const from = idOf.get(p);
      if (from === undefined) return err({ code: 'mspdi_unknown_predecessor', uid, predecessor: p });
      const fmt = text(link, 'LagFormat') ?? '7';
      const elapsed = ['4', '6', '8', '10', '12', '20'].includes(fmt);
      const lagTenths = Number(text(link, 'LinkLag') ?? '0') || 0;
      const lagDays = Math.round(lagTenths / 10 / (elapsed ? 1440 : minutesPerDay));
      dependencies.push({ from, to: id, type: LINK_FROM_CODE[text(link, 'Type') ?? '1'] ?? 'FS', lag: { value: lagDays, unit: elapsed ? 'elapsed' : 'working' } });
    }
  }
  const title = text(project, 'Title') ?? text(project, 'Name') ?? 'Imported project';
  const input: PlanInput = {
    kind: 'plan',
    schemaVersion: 2,
    id: options.id ?? 'imported',
    title: { en: title === '' ? 'Imported project' : title },
    start,
    ...(text(project, 'CurrencyCode') !== undefined ? { currency: text(project, 'CurrencyCode') } : {}),
    ...(calendar.length > 0 ? { ...(projectCalendar ? { defaultCalendar: 'project' } : {}), calendars: calendar } : {}),
    activities,
    dependencies,
  };
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return err({ code: 'mspdi_invalid_plan', issues: toDocumentIssues(parsed.error.issues) });
  return ok(parsed.data);
}

/** iCalendar (RFC 5545) of the plan's milestones and governance gates, as all-day events. */
export function milestonesToIcal(plan: Plan, sched: PlanSchedule, options: { readonly stamp: string }): string {
  const esc = (s: string): string => s.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');
  const fold = (line: string): string => {
    const out: string[] = [];
    let rest = line;
    while (new TextEncoder().encode(rest).length > 75) {
      let cut = 75;
      while (new TextEncoder().encode(rest.slice(0, cut)).length > 75) cut--;
      out.push(rest.slice(0, cut));
      rest = ' ' + rest.slice(cut);
    }
    out.push(rest);
    return out.join('\r\n');
  };
  const stamp = options.stamp.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DSC Toolkit//roadmap//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${esc(plan.title.en)}`];
  const dated = new Map(sched.activities.map((a) => [a.id, a]));
  for (const a of plan.activities) {
    if (!a.milestone && a.gate === undefined) continue;
    const d = dated.get(a.id);
    if (!d) continue;
    const day = d.start.replaceAll('-', '');
    const next = addDays(d.start, 1).replaceAll('-', '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${esc(`${plan.id}-${a.id}`)}@dsc-toolkit`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${esc(a.gate !== undefined ? `${a.gate}: ${a.name.en}` : a.name.en)}`,
      ...(a.notes !== undefined ? [`DESCRIPTION:${esc(a.notes)}`] : []),
      `CATEGORIES:${a.gate !== undefined ? 'GATE' : 'MILESTONE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

