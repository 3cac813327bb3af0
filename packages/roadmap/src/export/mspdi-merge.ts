import type { Activity, Calendar, Dependency, PlanInput } from '@dsc/domain';
import { CONSTRAINT_CODE, hours } from './mspdi-codes.js';
import type { MspdiPayload } from './mspdi-payload.js';
import type { FileRead, FileTask } from './mspdi-read.js';
import { activityOf, progressOf } from './mspdi-read.js';
import { dateOf } from './mspdi-xml.js';

/**
 * Merging a file MS Project may have edited with the plan payload it carries. The rule, field by field: when the
 * file still holds what the export wrote for the payload's value, the payload's value stands (so nothing is lost to
 * rounding, defaults or formatting); when it holds something else, MS Project changed it and the file wins. What
 * MSPDI has no field for comes from the payload. The task tree, the links and the set of tasks are MS Project's:
 * a task added there becomes an activity, a task deleted there drops its activity (reported, with the budget lines'
 * links to it), and an activity moved under another phase or output takes that phase or output.
 */

export type MergeReport = {
  /** Activities of the payload whose task was deleted in MS Project. */
  readonly deletedActivities: readonly string[];
  /** Budget lines whose activity was deleted, kept without it. */
  readonly budgetLinks: number;
};

type TaskOf<K extends FileTask['kind']> = Extract<FileTask, { kind: K }>;

const same = (fileText: string | undefined, written: string | undefined): boolean => (fileText ?? '') === (written ?? '').trim();

function mergeActivity(p: Activity, t: TaskOf<'activity'>, calendarUidOf: ReadonlyMap<string, string>, defaultCalendar: string | undefined): Activity {
  const m: Record<string, unknown> = { ...p };
  const set = (key: keyof Activity, value: unknown): void => {
    if (value === undefined) delete m[key];
    else m[key] = value;
  };
  if (t.name !== '' && !same(t.name, p.name.en)) m['name'] = { ...p.name, en: t.name };
  if (!same(t.wbs, p.wbs ?? p.id)) set('wbs', t.wbs);
  set('parent', t.parent);
  if (t.parent === undefined) {
    set('phase', t.phase);
    set('output', t.output);
  }
  // MS Project computes a summary's duration; the plan's own stands.
  if (!t.summary && t.durationText !== hours(p.duration)) m['duration'] = t.duration;
  const writtenMilestone = p.milestone || p.duration === 0;
  if (!t.summary && t.milestone !== writtenMilestone) m['milestone'] = t.milestone;
  const writtenDate = p.constraint?.date;
  if (t.manual || t.constraintCode !== CONSTRAINT_CODE[p.constraint?.type ?? 'ASAP'] || (writtenDate !== undefined && t.constraintDate !== writtenDate))
    set('constraint', t.constraint);
  if (t.deadline !== p.deadline) set('deadline', t.deadline);
  if (!same(t.notes, p.notes)) set('notes', t.notes);
  const writtenUid = p.calendar === undefined || p.calendar === defaultCalendar ? undefined : calendarUidOf.get(p.calendar);
  const fileUid = t.calendarUid === '-1' ? undefined : t.calendarUid;
  if (fileUid !== writtenUid) set('calendar', fileUid === undefined ? undefined : (calendarUidOf.get(`#${fileUid}`) || t.calendar));
  // Progress: MS Project writes 0 % and a full remaining duration on every task, which say nothing.
  const progress = progressOf(t);
  const pcRounded = p.percentComplete === undefined ? 0 : Math.round(p.percentComplete);
  const pcWritten = pcRounded === 0 ? undefined : String(pcRounded);
  const pcFile = t.percentComplete === undefined ? undefined : String(t.percentComplete);
  if (pcFile !== pcWritten) set('percentComplete', progress.percentComplete);
  if (t.actualStart !== p.actualStart) set('actualStart', t.actualStart);
  if (t.actualFinish !== p.actualFinish) set('actualFinish', t.actualFinish);
  if (p.remainingDuration !== undefined ? t.remainingText !== hours(p.remainingDuration) : progress.remainingDuration !== undefined)
    set('remainingDuration', progress.remainingDuration);
  return m as Activity;
}

function mergeCalendar(p: Calendar, f: Calendar): Calendar {
  const days = (c: Calendar): string => c.workingDays.join(',');
  const dates = (c: Calendar): string => [...new Set(c.holidays.map((h) => h.date))].sort().join(',');
  if (days(p) === days(f) && dates(p) === dates(f)) return p;
  const names = new Map(p.holidays.map((h) => [h.date, h.name]));
  return { ...p, workingDays: f.workingDays, holidays: f.holidays.map((h) => ({ date: h.date, name: names.get(h.date) ?? h.name })) };
}

const linkKey = (d: Pick<Dependency, 'from' | 'to'>): string => `${d.from}\u0000${d.to}`;

export function mergePayload(file: FileRead, payload: MspdiPayload, id: string | undefined): { input: PlanInput; report: MergeReport } {
  const base = payload.plan;
  // Calendar UIDs as written (id → uid) and as read back (#uid → plan id).
  const calendarUidOf = new Map<string, string>();
  for (const [uid, cid] of Object.entries(payload.calendars)) {
    calendarUidOf.set(cid, uid);
    calendarUidOf.set(`#${uid}`, cid);
  }
  const fileCalendars = new Map(file.calendars.map((c) => [c.uid, c.calendar]));
  const calendars = base.calendars.map((c) => {
    const uid = calendarUidOf.get(c.id);
    const f = uid === undefined ? undefined : fileCalendars.get(uid);
    return f ? mergeCalendar(c, f) : c;
  });
  for (const c of file.calendars) if (payload.calendars[c.uid] === undefined) calendars.push(c.calendar);

  const acts = file.tasks.filter((t): t is TaskOf<'activity'> => t.kind === 'activity');
  const inFile = new Map(acts.map((t) => [t.id, t]));
  const known = new Set(base.activities.map((a) => a.id));
  const activities: Activity[] = [];
  const deleted: string[] = [];
  for (const a of base.activities) {
    const t = inFile.get(a.id);
    if (t) activities.push(mergeActivity(a, t, calendarUidOf, base.defaultCalendar));
    else deleted.push(a.id);
  }
  for (const t of acts)
    if (!known.has(t.id))
      activities.push(activityOf(t));

  // Links: the payload's order and values where MS Project kept them, then the links added there.
  const fileLinks = new Map(file.links.map((l) => [linkKey(l), l]));
  const dependencies: Dependency[] = [];
  for (const d of base.dependencies) {
    const f = fileLinks.get(linkKey(d));
    if (!f) continue;
    fileLinks.delete(linkKey(d));
    const written = f.type === d.type && f.lag.unit === d.lag.unit && f.lag.value === d.lag.value;
    dependencies.push(written ? d : f);
  }
  dependencies.push(...fileLinks.values());

  // Phases and outputs: names from their grouping tasks; new grouping tasks add phases and outputs.
  const groupName = new Map(file.tasks.filter((t) => t.kind !== 'activity').map((t) => [`${t.kind}:${t.id}`, t.name]));
  const renamed = <T extends { en: string }>(text: T, key: string): T => {
    const n = groupName.get(key);
    return n === undefined || n === '' || same(n, text.en) ? text : { ...text, en: n };
  };
  const phases = base.phases.map((p) => ({ ...p, name: renamed(p.name, `phase:${p.id}`) }));
  const results = base.results.map((r) => (r.level === 'output' ? { ...r, title: renamed(r.title, `output:${r.id}`) } : r));
  for (const t of file.tasks) {
    if (t.kind === 'phase' && !phases.some((p) => p.id === t.id)) phases.push({ id: t.id, name: { en: t.name || t.id } });
    if (t.kind === 'output' && !results.some((r) => r.id === t.id)) results.push({ id: t.id, level: 'output', title: { en: t.name || t.id }, assumptions: [] });
  }

  const gone = new Set(deleted);
  let budgetLinks = 0;
  const budget = base.budget.map((b) => {
    if (b.activity === undefined || !gone.has(b.activity)) return b;
    budgetLinks++;
    const { activity: _dropped, ...rest } = b;
    return rest;
  });
  const startDate = file.startDate === undefined || file.startDate === payload.startDate ? base.start : (dateOf(file.startDate) ?? base.start);
  const input: PlanInput = {
    ...base,
    id: id ?? base.id,
    title: file.title === '' || same(file.title, base.title.en) ? base.title : { ...base.title, en: file.title },
    start: startDate,
    ...(file.currency !== undefined && file.currency !== base.currency ? { currency: file.currency } : {}),
    ...(file.statusDate !== base.statusDate ? { statusDate: file.statusDate } : {}),
    phases,
    results,
    activities,
    dependencies,
    calendars,
    budget,
  };
  if (input.statusDate === undefined) delete input.statusDate;
  return { input, report: { deletedActivities: deleted, budgetLinks } };
}
