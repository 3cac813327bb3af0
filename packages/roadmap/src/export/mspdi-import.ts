import type { Calendar, Constraint, DocumentIssue, Plan, PlanInput, Result } from '@dsc/domain';
import { Plan as PlanSchema, err, ok, toDocumentIssues } from '@dsc/domain';
import { CONSTRAINT_FROM_CODE, LINK_FROM_CODE, MINUTES_PER_DAY, TEXT1, TEXT2 } from './mspdi-codes.js';
import { minutesOfDay, readCalendar } from './mspdi-calendars.js';
import type { MergeReport } from './mspdi-merge.js';
import { mergePayload } from './mspdi-merge.js';
import type { MspdiPayload } from './mspdi-payload.js';
import { decodePayload } from './mspdi-payload.js';
import type { FileLink, FileRead, FileTask } from './mspdi-read.js';
import { activityOf } from './mspdi-read.js';
import type { Node } from './mspdi-xml.js';
import { dateOf, durationMinutes, list, parseXml, text } from './mspdi-xml.js';

export { durationMinutes } from './mspdi-xml.js';

/** Most days a duration or lag may span: the days from 0001-01-01 to 9999-12-31. */
const MAX_DAYS = 3_652_059;

export type MspdiImportError =
  | { readonly code: 'mspdi_not_xml'; readonly message: string; readonly line?: number; readonly column?: number }
  | { readonly code: 'mspdi_not_a_project' }
  | { readonly code: 'mspdi_doctype' }
  | { readonly code: 'mspdi_bad_task'; readonly uid: string; readonly field: string; readonly value: string }
  | { readonly code: 'mspdi_unknown_predecessor'; readonly uid: string; readonly predecessor: string }
  | { readonly code: 'mspdi_invalid_plan'; readonly issues: readonly DocumentIssue[] };

const safeId = (s: string): string | undefined => (/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) && s.length <= 128 ? s : undefined);
/** MSPDI duration and lag formats that count elapsed time (em, eh, ed, ew, emo, e% and their estimated forms). */
const ELAPSED = new Set(['4', '6', '8', '10', '12', '20', '36', '38', '40', '42', '44', '52']);
/** The calendar of tasks whose duration is in elapsed days. */
const ELAPSED_CALENDAR: Calendar = { id: 'elapsed-days', name: 'Elapsed days', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] };
const extended = (t: Node, field: string): string | undefined => text(list(t['ExtendedAttribute']).find((e) => text(e, 'FieldID') === field), 'Value');

/**
 * Reads what an MSPDI file itself says, task by task, before any payload is applied: the summary structure
 * (grouping tasks of phases and outputs are told apart by Text2), durations in working days of the project's
 * `MinutesPerDay` (elapsed formats in days of 24 hours), manually scheduled tasks (kept where they are as a
 * must-start-on constraint at their start), constraints, deadlines, notes, task calendars, progress and links.
 */
function readFile(project: Node): Result<FileRead, MspdiImportError> {
  const perDayText = text(project, 'MinutesPerDay');
  const calUid = text(project, 'CalendarUID');
  const calendarNodes = list((project['Calendars'] as Node | undefined)?.['Calendar']);
  const projectCal = calendarNodes.find((c) => text(c, 'UID') === calUid) ?? calendarNodes[0];
  const minutesPerDay = perDayText === undefined || perDayText === '' ? (minutesOfDay(projectCal) ?? MINUTES_PER_DAY) : Number(perDayText);
  if (!(minutesPerDay > 0 && minutesPerDay <= 1440)) return err({ code: 'mspdi_bad_task', uid: '0', field: 'MinutesPerDay', value: perDayText ?? '' });
  const calendars: { uid: string; calendar: Calendar }[] = [];
  const projectCalendar = projectCal ? readCalendar(projectCal, 'project') : undefined;
  if (projectCal && projectCalendar) calendars.push({ uid: text(projectCal, 'UID') ?? '', calendar: projectCalendar });
  const calendarIdOf = new Map<string, string>();
  for (const c of calendarNodes) {
    const u = text(c, 'UID');
    if (u === undefined || c === projectCal) continue;
    const parsed = readCalendar(c, `calendar-${u}`);
    if (parsed) {
      calendars.push({ uid: u, calendar: parsed });
      calendarIdOf.set(u, parsed.id);
    }
  }
  const honor = text(project, 'HonorConstraints') !== '0';
  const all = list((project['Tasks'] as Node | undefined)?.['Task']);
  const summaryTask = all.find((t) => text(t, 'UID') === '0' || text(t, 'OutlineLevel') === '0');
  const taskNodes = all.filter((t) => text(t, 'IsNull') !== '1' && text(t, 'UID') !== '0' && text(t, 'OutlineLevel') !== '0');
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const t of taskNodes) {
    const uidText = text(t, 'UID') ?? '';
    let id = safeId(extended(t, TEXT1) ?? '') ?? `T${uidText}`;
    const kind = extended(t, TEXT2);
    if (kind === 'phase' || kind === 'output') continue;
    if (used.has(id)) id = `T${uidText}`;
    used.add(id);
    idOf.set(uidText, id);
  }
  const days = (minutes: number, elapsed: boolean): number => Math.round(minutes / (elapsed ? 1440 : minutesPerDay));
  const tasks: FileTask[] = [];
  const links: FileLink[] = [];
  const stack: { level: number; kind: string; id: string }[] = [];
  for (const t of taskNodes) {
    const uid = text(t, 'UID') ?? '';
    const level = Number(text(t, 'OutlineLevel') ?? '1') || 1;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const kindText = extended(t, TEXT2);
    const kind = kindText === 'phase' || kindText === 'output' ? kindText : 'activity';
    const id = kind === 'activity' ? (idOf.get(uid) as string) : (safeId(extended(t, TEXT1) ?? '') ?? `G${uid}`);
    const enclosing = (k: string): string | undefined => [...stack].reverse().find((s) => s.kind === k)?.id;
    const parent = enclosing('activity');
    const name = text(t, 'Name') ?? '';
    stack.push({ level, kind, id });
    if (kind !== 'activity') {
      tasks.push({ kind, uid, id, name });
      continue;
    }
    const durText = text(t, 'Duration') ?? 'PT0H0M0S';
    const elapsedDuration = ELAPSED.has(text(t, 'DurationFormat') ?? '7');
    const minutes = durationMinutes(durText);
    if (minutes === undefined) return err({ code: 'mspdi_bad_task', uid, field: 'Duration', value: durText });
    const duration = days(minutes, elapsedDuration);
    if (!(duration <= MAX_DAYS)) return err({ code: 'mspdi_bad_task', uid, field: 'Duration', value: durText });
    const remainingText = text(t, 'RemainingDuration');
    const remainingMinutes = remainingText === undefined ? undefined : durationMinutes(remainingText);
    const manual = text(t, 'Manual') === '1';
    const startDay = dateOf(text(t, 'Start'));
    const ct = CONSTRAINT_FROM_CODE[text(t, 'ConstraintType') ?? '0'] ?? 'ASAP';
    const cDate = dateOf(text(t, 'ConstraintDate'));
    // With "tasks always honor their constraint dates" off, links may push a must-start/finish-on task later:
    // that is a start/finish-no-earlier-than constraint. A manually scheduled task stays where it was put.
    const soft = !honor && (ct === 'MSO' || ct === 'MFO') ? (ct === 'MSO' ? 'SNET' : 'FNET') : ct;
    const constraint: Constraint | undefined =
      manual && startDay !== undefined
        ? { type: 'MSO', date: startDay }
        : soft !== 'ASAP' && (cDate !== undefined || soft === 'ALAP')
          ? { type: soft, ...(soft === 'ALAP' ? {} : { date: cDate }) }
          : undefined;
    // A duration in elapsed days runs on every day: the task gets a seven-day calendar unless it has its own.
    const taskCalendar = calendarIdOf.get(text(t, 'CalendarUID') ?? '') ?? (elapsedDuration && duration > 0 ? ELAPSED_CALENDAR.id : undefined);
    if (taskCalendar === ELAPSED_CALENDAR.id && !calendars.some((c) => c.calendar.id === ELAPSED_CALENDAR.id)) calendars.push({ uid: '', calendar: ELAPSED_CALENDAR });
    const pc = Number(text(t, 'PercentComplete') ?? '');
    tasks.push({
      kind,
      uid,
      id,
      name,
      parent,
      phase: parent === undefined ? enclosing('phase') : undefined,
      output: parent === undefined ? enclosing('output') : undefined,
      summary: text(t, 'Summary') === '1',
      wbs: text(t, 'WBS'),
      durationText: durText,
      duration,
      milestone: text(t, 'Milestone') === '1' || duration === 0,
      manual,
      constraintCode: text(t, 'ConstraintType') ?? '0',
      constraintDate: cDate,
      constraint,
      deadline: dateOf(text(t, 'Deadline')),
      notes: text(t, 'Notes'),
      calendarUid: text(t, 'CalendarUID'),
      calendar: taskCalendar,
      percentComplete: Number.isFinite(pc) && pc > 0 && pc <= 100 ? pc : undefined,
      actualStart: dateOf(text(t, 'ActualStart')),
      actualFinish: dateOf(text(t, 'ActualFinish')),
      remainingText,
      remainingDuration: remainingMinutes === undefined ? undefined : Math.min(days(remainingMinutes, false), MAX_DAYS),
    });
    for (const link of list(t['PredecessorLink'])) {
      const p = text(link, 'PredecessorUID') ?? '';
      const from = idOf.get(p);
      if (from === undefined) return err({ code: 'mspdi_unknown_predecessor', uid, predecessor: p });
      const elapsed = ELAPSED.has(text(link, 'LagFormat') ?? '7');
      const lagText = text(link, 'LinkLag') ?? '0';
      const lagDays = days((Number(lagText) || 0) / 10, elapsed);
      if (!(Math.abs(lagDays) <= MAX_DAYS)) return err({ code: 'mspdi_bad_task', uid, field: 'LinkLag', value: lagText });
      links.push({ from, to: id, type: LINK_FROM_CODE[text(link, 'Type') ?? '1'] ?? 'FS', lag: { value: lagDays, unit: elapsed ? 'elapsed' : 'working' } });
    }
  }
  return ok({
    title: text(project, 'Title') ?? text(project, 'Name') ?? '',
    startDate: text(project, 'StartDate'),
    currency: text(project, 'CurrencyCode'),
    statusDate: dateOf(text(project, 'StatusDate')),
    projectCalendar: projectCalendar !== undefined,
    calendars,
    tasks,
    links,
    summaryNotes: summaryTask ? text(summaryTask, 'Notes') : undefined,
  });
}

/** The plan a file gives on its own (no payload, or one that could not be read). */
function planOfFile(file: FileRead, id: string): PlanInput {
  const acts = file.tasks.filter((t): t is Extract<FileTask, { kind: 'activity' }> => t.kind === 'activity');
  // A DSC export groups activities under phases and outputs but numbers them (UIDs) in the plan's order.
  if (file.tasks.some((t) => t.kind !== 'activity')) acts.sort((a, b) => Number(a.uid) - Number(b.uid));
  const groups = (kind: 'phase' | 'output') => [...new Map(file.tasks.filter((t) => t.kind === kind).map((t) => [t.id, t.name || t.id])).entries()];
  return {
    kind: 'plan',
    schemaVersion: 2,
    id,
    title: { en: file.title === '' ? 'Imported project' : file.title },
    start: dateOf(file.startDate) ?? '2000-01-01',
    ...(file.currency !== undefined ? { currency: file.currency } : {}),
    ...(file.statusDate !== undefined ? { statusDate: file.statusDate } : {}),
    ...(file.calendars.length > 0 ? { ...(file.projectCalendar ? { defaultCalendar: 'project' } : {}), calendars: file.calendars.map((c) => c.calendar) } : {}),
    phases: groups('phase').map(([pid, en]) => ({ id: pid, name: { en } })),
    results: groups('output').map(([rid, en]) => ({ id: rid, level: 'output' as const, title: { en } })),
    activities: acts.map(activityOf),
    dependencies: file.links.map((l) => ({ ...l })),
  };
}

/** `id` names the plan whatever the file says; `fallbackId` only when the file carries no plan payload. */
export type MspdiImportOptions = { readonly id?: string; readonly fallbackId?: string };

/** What an import did beside the plan: the payload it found and what it had to give up to MS Project's edits. */
export type MspdiImportReport = { readonly payload: 'none' | 'read' | 'unreadable' } & MergeReport;

/**
 * Reads MS Project XML (MSPDI) into a plan with a report. When the file carries a plan payload (see
 * `mspdi-payload.ts`), the payload's plan is the base and the file's task fields overrule it wherever MS Project
 * changed them; otherwise the plan is what the file holds.
 */
export function importMspdi(xml: string, options: MspdiImportOptions = {}): Result<{ plan: Plan; report: MspdiImportReport }, MspdiImportError> {
  // MS Project never writes a DOCTYPE; refusing one means no external file is read and no entity is expanded.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return err({ code: 'mspdi_doctype' });
  const read = parseXml(xml);
  if (!read.ok) return read;
  const project = read.value['Project'] as Node | undefined;
  if (!project || typeof project !== 'object') return err({ code: 'mspdi_not_a_project' });
  const file = readFile(project);
  if (!file.ok) return file;
  const decoded: MspdiPayload | 'unreadable' | undefined = decodePayload(file.value.summaryNotes);
  const empty: MergeReport = { deletedActivities: [], budgetLinks: 0 };
  const merged =
    typeof decoded === 'object'
      ? mergePayload(file.value, decoded, options.id)
      : { input: planOfFile(file.value, options.id ?? options.fallbackId ?? 'imported'), report: empty };
  const parsed = PlanSchema.safeParse(merged.input);
  if (!parsed.success) return err({ code: 'mspdi_invalid_plan', issues: toDocumentIssues(parsed.error.issues) });
  return ok({ plan: parsed.data, report: { payload: decoded === undefined ? 'none' : decoded === 'unreadable' ? 'unreadable' : 'read', ...merged.report } });
}

/** Reads MS Project XML (MSPDI) into a plan; `importMspdi` also says what the import gave up. */
export function fromMspdi(xml: string, options: MspdiImportOptions = {}): Result<Plan, MspdiImportError> {
  const r = importMspdi(xml, options);
  return r.ok ? ok(r.value.plan) : r;
}
