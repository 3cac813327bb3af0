import type { DocumentIssue, Plan, PlanInput, Result } from '@dsc/domain';
import { Plan as PlanSchema, err, ok, toDocumentIssues } from '@dsc/domain';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromEpochDay, toEpochDay } from '../calendar.js';
import { CONSTRAINT_FROM_CODE, LINK_FROM_CODE, MINUTES_PER_DAY, TEXT1 } from './mspdi-codes.js';

/** Most days a duration or lag may span: the days from 0001-01-01 to 9999-12-31. */
const MAX_DAYS = 3_652_059;

export type MspdiImportError =
  | {
      readonly code: 'mspdi_not_xml';
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
    }
  | { readonly code: 'mspdi_not_a_project' }
  | { readonly code: 'mspdi_doctype' }
  | { readonly code: 'mspdi_bad_task'; readonly uid: string; readonly field: string; readonly value: string }
  | { readonly code: 'mspdi_unknown_predecessor'; readonly uid: string; readonly predecessor: string }
  | { readonly code: 'mspdi_invalid_plan'; readonly issues: readonly DocumentIssue[] };

export type Node = Record<string, unknown>;
export const list = (v: unknown): Node[] =>
  Array.isArray(v) ? (v as Node[]) : v === undefined || v === null || v === '' ? [] : [v as Node];
export const text = (n: Node | undefined, k: string): string | undefined => {
  const v = n?.[k];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
const dateOf = (v: string | undefined): string | undefined =>
  v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;

/** Parses an ISO 8601 duration such as `PT320H0M0S` or `P3DT4H` into minutes. */
export function durationMinutes(iso: string): number | undefined {
  const m =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      iso.trim(),
    );
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 24 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
}

const safeId = (s: string): string | undefined =>
  /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) && s.length <= 128 ? s : undefined;

/**
 * Checks and parses the XML. The parser is third-party code: should it throw on input its validator let through,
 * that is reported as unreadable XML rather than thrown at the caller.
 */
export function parseXml(xml: string): Result<Node, MspdiImportError> {
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true)
      return err({
        code: 'mspdi_not_xml',
        message: valid.err.msg,
        line: valid.err.line,
        column: valid.err.col,
      });
    const doc: unknown = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      trimValues: true,
    }).parse(xml);
    return doc !== null && typeof doc === 'object' ? ok(doc as Node) : err({ code: 'mspdi_not_a_project' });
  } catch (e) {
    return err({ code: 'mspdi_not_xml', message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Reads MS Project XML (MSPDI) into a plan: tasks (with summary structure from outline levels), durations in
 * working days, links with lags, constraints, deadlines, and the project calendar's working week and exceptions.
 */
export function fromMspdi(
  xml: string,
  options: { readonly id?: string } = {},
): Result<Plan, MspdiImportError> {
  // MS Project never writes a DOCTYPE; refusing one means no external file is read and no entity is expanded.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return err({ code: 'mspdi_doctype' });
  const read = parseXml(xml);
  if (!read.ok) return read;
  const doc = read.value;
  const project = doc['Project'] as Node | undefined;
  if (!project || typeof project !== 'object') return err({ code: 'mspdi_not_a_project' });
  const perDayText = text(project, 'MinutesPerDay');
  const minutesPerDay = perDayText === undefined || perDayText === '' ? MINUTES_PER_DAY : Number(perDayText);
  if (!(minutesPerDay > 0 && minutesPerDay <= 1440))
    return err({ code: 'mspdi_bad_task', uid: '0', field: 'MinutesPerDay', value: perDayText ?? '' });
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
      for (let d = toEpochDay(a); d <= toEpochDay(b) && holidays.length < 5000; d++)
        holidays.push({ date: fromEpochDay(d), name });
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

  const tasks = list((project['Tasks'] as Node | undefined)?.['Task']).filter(
    (t) => text(t, 'IsNull') !== '1' && text(t, 'UID') !== '0' && text(t, 'OutlineLevel') !== '0',
  );
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
    if (!(duration <= MAX_DAYS))
      return err({ code: 'mspdi_bad_task', uid, field: 'Duration', value: durText });
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
      ...(ct !== 'ASAP' && (cDate !== undefined || ct === 'ALAP')
        ? { constraint: { type: ct, ...(ct === 'ALAP' ? {} : { date: cDate }) } }
        : {}),
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
      const lagText = text(link, 'LinkLag') ?? '0';
      const lagTenths = Number(lagText) || 0;
      const lagDays = Math.round(lagTenths / 10 / (elapsed ? 1440 : minutesPerDay));
      if (!(Math.abs(lagDays) <= MAX_DAYS))
        return err({ code: 'mspdi_bad_task', uid, field: 'LinkLag', value: lagText });
      dependencies.push({
        from,
        to: id,
        type: LINK_FROM_CODE[text(link, 'Type') ?? '1'] ?? 'FS',
        lag: { value: lagDays, unit: elapsed ? 'elapsed' : 'working' },
      });
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
    ...(calendar.length > 0
      ? { ...(projectCalendar ? { defaultCalendar: 'project' } : {}), calendars: calendar }
      : {}),
    activities,
    dependencies,
  };
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success)
    return err({ code: 'mspdi_invalid_plan', issues: toDocumentIssues(parsed.error.issues) });
  return ok(parsed.data);
}
