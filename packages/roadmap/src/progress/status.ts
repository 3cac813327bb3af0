import type { Activity, Plan } from '@dsc/domain';
import type { WorkCalendar } from '../calendar.js';

/** Where an activity stands at the status date. */
export type ProgressStatus = 'not_started' | 'in_progress' | 'complete';

/** The progress of one leaf activity, read from its actuals (see docs/scheduling.md#progress). */
export type ActivityProgress = {
  readonly status: ProgressStatus;
  readonly actualStart?: string;
  readonly actualFinish?: string;
  /** 100 when complete; the recorded value (0 when none) otherwise. */
  readonly percentComplete: number;
  /** Working periods left after the status date (0 when complete). */
  readonly remainingDuration: number;
};

/** A problem with the recorded progress. Findings are data; text comes from `plan.progress.*` in @dsc/i18n. */
export type ProgressFinding =
  | { readonly code: 'actual_finish_before_start'; readonly activity: string; readonly actualStart: string; readonly actualFinish: string }
  | {
      readonly code: 'actual_after_status_date';
      readonly activity: string;
      readonly field: 'actual_start' | 'actual_finish';
      readonly date: string;
      readonly statusDate: string;
    }
  | { readonly code: 'complete_without_actual_finish'; readonly activity: string }
  | { readonly code: 'finished_not_complete'; readonly activity: string; readonly percentComplete: number }
  | { readonly code: 'finish_without_actual_start'; readonly activity: string }
  | { readonly code: 'progress_without_actual_start'; readonly activity: string }
  | { readonly code: 'remaining_exceeds_duration'; readonly activity: string; readonly remainingDuration: number; readonly duration: number }
  | { readonly code: 'progress_without_status_date'; readonly statusDate: string }
  | {
      readonly code: 'out_of_sequence';
      readonly activity: string;
      readonly predecessor: string;
      readonly relation: 'FS' | 'SS' | 'FF' | 'SF';
    };

export type ProgressFindingCode = ProgressFinding['code'];

/** Whether a plan records any progress (a status date, an actual date, a % complete or a remaining duration). */
export function hasProgress(plan: Plan, statusDate?: string): boolean {
  if (statusDate !== undefined || plan.statusDate !== undefined) return true;
  return plan.activities.some(
    (a) => a.actualStart !== undefined || a.actualFinish !== undefined || a.percentComplete !== undefined || a.remainingDuration !== undefined,
  );
}

/**
 * The status date progress is measured at: the one given, else the plan's, else the latest actual date recorded
 * (reported as `progress_without_status_date`). Undefined when the plan records no progress at all.
 */
export function effectiveStatusDate(plan: Plan, statusDate?: string): { date: string; assumed: boolean } | undefined {
  const given = statusDate ?? plan.statusDate;
  if (given !== undefined) return { date: given, assumed: false };
  let latest: string | undefined;
  for (const a of plan.activities)
    for (const d of [a.actualStart, a.actualFinish]) if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  return latest === undefined ? undefined : { date: latest, assumed: true };
}

/** Progress of an activity: complete with an actual finish (a milestone with either actual date), started with an actual start or recorded work. */
export function progressOf(a: Activity): ActivityProgress {
  const d = a.milestone ? 0 : a.duration;
  const actualStart = a.actualStart ?? (a.milestone ? a.actualFinish : undefined);
  const actualFinish = a.actualFinish ?? (a.milestone ? a.actualStart : undefined);
  if (actualFinish !== undefined)
    return { status: 'complete', ...(actualStart !== undefined ? { actualStart } : {}), actualFinish, percentComplete: 100, remainingDuration: 0 };
  const pct = a.percentComplete ?? 0;
  if (actualStart === undefined && pct === 0 && a.remainingDuration === undefined) return { status: 'not_started', percentComplete: 0, remainingDuration: d };
  const remaining = a.remainingDuration ?? Math.ceil((d * (100 - pct)) / 100);
  return { status: 'in_progress', ...(actualStart !== undefined ? { actualStart } : {}), percentComplete: pct, remainingDuration: remaining };
}

/** Offset bound of a link from a base offset, with its lag in working or elapsed days. */
const shifted = (cal: WorkCalendar, base: number, lag: Plan['dependencies'][number]['lag']): number =>
  lag.unit === 'elapsed' ? cal.shiftElapsed(base, lag.value) : base + lag.value;

/**
 * Checks the recorded progress against the status date and the logic: actual dates in the wrong order or after the
 * status date, % complete that disagrees with the actual finish, and out-of-sequence progress (a successor started
 * or finished before its link allowed; lags count).
 */
export function checkProgress(plan: Plan, cal: WorkCalendar, statusDate?: string): ProgressFinding[] {
  const out: ProgressFinding[] = [];
  const status = effectiveStatusDate(plan, statusDate);
  if (status === undefined) return out;
  if (status.assumed) out.push({ code: 'progress_without_status_date', statusDate: status.date });
  const progress = new Map<string, ActivityProgress>();
  for (const a of plan.activities) {
    const p = progressOf(a);
    progress.set(a.id, p);
    if (a.actualStart !== undefined && a.actualFinish !== undefined && a.actualFinish < a.actualStart)
      out.push({ code: 'actual_finish_before_start', activity: a.id, actualStart: a.actualStart, actualFinish: a.actualFinish });
    if (a.actualStart !== undefined && a.actualStart > status.date)
      out.push({ code: 'actual_after_status_date', activity: a.id, field: 'actual_start', date: a.actualStart, statusDate: status.date });
    if (a.actualFinish !== undefined && a.actualFinish > status.date)
      out.push({ code: 'actual_after_status_date', activity: a.id, field: 'actual_finish', date: a.actualFinish, statusDate: status.date });
    if (a.percentComplete === 100 && a.actualFinish === undefined && !(a.milestone && a.actualStart !== undefined))
      out.push({ code: 'complete_without_actual_finish', activity: a.id });
    if (a.actualFinish !== undefined && a.percentComplete !== undefined && a.percentComplete < 100)
      out.push({ code: 'finished_not_complete', activity: a.id, percentComplete: a.percentComplete });
    if (a.actualFinish !== undefined && a.actualStart === undefined && !a.milestone) out.push({ code: 'finish_without_actual_start', activity: a.id });
    if (a.actualStart === undefined && a.actualFinish === undefined && ((a.percentComplete ?? 0) > 0 || a.remainingDuration !== undefined))
      out.push({ code: 'progress_without_actual_start', activity: a.id });
    if (a.remainingDuration !== undefined && a.remainingDuration > a.duration)
      out.push({ code: 'remaining_exceeds_duration', activity: a.id, remainingDuration: a.remainingDuration, duration: a.duration });
  }
  for (const dep of plan.dependencies) {
    const succ = progress.get(dep.to);
    const pred = progress.get(dep.from);
    if (!succ || !pred || succ.actualStart === undefined) continue;
    const predStart = pred.actualStart !== undefined ? cal.offsetOf(pred.actualStart) : undefined;
    const predFinish = pred.actualFinish !== undefined ? cal.finishOffsetOf(pred.actualFinish) : undefined;
    const succStart = cal.offsetOf(succ.actualStart);
    const succFinish = succ.actualFinish !== undefined ? cal.finishOffsetOf(succ.actualFinish) : undefined;
    let broken = false;
    if (dep.type === 'FS') broken = predFinish === undefined || succStart < shifted(cal, predFinish, dep.lag);
    else if (dep.type === 'SS') broken = predStart === undefined || succStart < shifted(cal, predStart, dep.lag);
    else if (succFinish !== undefined) {
      const base = dep.type === 'FF' ? predFinish : predStart;
      broken = base === undefined || succFinish < shifted(cal, base, dep.lag);
    }
    if (broken) out.push({ code: 'out_of_sequence', activity: dep.to, predecessor: dep.from, relation: dep.type });
  }
  return out;
}
