import type { Activity, Calendar, Constraint, Dependency } from '@dsc/domain';

/** What an MSPDI file says on its own, as `fromMspdi` reads it before a payload is applied. */

export type FileLink = Dependency;

export type FileTask =
  | { readonly kind: 'phase' | 'output'; readonly uid: string; readonly id: string; readonly name: string }
  | {
      readonly kind: 'activity';
      readonly uid: string;
      readonly id: string;
      readonly name: string;
      /** The nearest enclosing activity. */
      readonly parent: string | undefined;
      /** The enclosing phase and output grouping tasks, for activities directly under them. */
      readonly phase: string | undefined;
      readonly output: string | undefined;
      readonly summary: boolean;
      readonly wbs: string | undefined;
      readonly durationText: string;
      readonly duration: number;
      readonly milestone: boolean;
      readonly manual: boolean;
      readonly constraintCode: string;
      readonly constraintDate: string | undefined;
      readonly constraint: Constraint | undefined;
      readonly deadline: string | undefined;
      readonly notes: string | undefined;
      readonly calendarUid: string | undefined;
      readonly calendar: string | undefined;
      readonly percentComplete: number | undefined;
      readonly actualStart: string | undefined;
      readonly actualFinish: string | undefined;
      readonly remainingText: string | undefined;
      readonly remainingDuration: number | undefined;
    };

export type FileRead = {
  readonly title: string;
  readonly startDate: string | undefined;
  readonly currency: string | undefined;
  readonly statusDate: string | undefined;
  readonly projectCalendar: boolean;
  /** Calendars read, the project calendar first, with their MSPDI UIDs. */
  readonly calendars: readonly { readonly uid: string; readonly calendar: Calendar }[];
  readonly tasks: readonly FileTask[];
  readonly links: readonly FileLink[];
  /** Notes of the project summary task (UID 0), where the plan payload travels. */
  readonly summaryNotes: string | undefined;
};

/** Progress a task records: only what differs from "not started" (MS Project writes 0 % and the full remaining duration on every task). */
export function progressOf(t: Extract<FileTask, { kind: 'activity' }>): Partial<Activity> {
  const started = t.actualStart !== undefined || t.percentComplete !== undefined;
  return {
    ...(t.actualStart !== undefined ? { actualStart: t.actualStart } : {}),
    ...(t.actualFinish !== undefined ? { actualFinish: t.actualFinish } : {}),
    ...(t.percentComplete !== undefined ? { percentComplete: t.percentComplete } : {}),
    ...(started && t.remainingDuration !== undefined ? { remainingDuration: t.remainingDuration } : {}),
  };
}


/** The plan activity of a file task that the payload does not hold (a file without payload, or a task added in MS Project). */
export function activityOf(t: Extract<FileTask, { kind: 'activity' }>): Activity {
  return {
    id: t.id,
    name: { en: t.name === '' ? t.id : t.name },
    duration: t.duration,
    milestone: t.milestone,
    assignments: [],
    alignment: [],
    ...(t.wbs !== undefined ? { wbs: t.wbs } : {}),
    ...(t.parent !== undefined ? { parent: t.parent } : {}),
    ...(t.phase !== undefined ? { phase: t.phase } : {}),
    ...(t.output !== undefined ? { output: t.output } : {}),
    ...(t.constraint !== undefined ? { constraint: t.constraint } : {}),
    ...(t.deadline !== undefined ? { deadline: t.deadline } : {}),
    ...(t.notes !== undefined ? { notes: t.notes } : {}),
    ...(t.calendar !== undefined ? { calendar: t.calendar } : {}),
    ...progressOf(t),
  };
}
