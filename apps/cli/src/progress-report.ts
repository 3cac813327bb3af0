import type { Plan } from '@dsc/domain';
import type { Translator } from '@dsc/i18n';
import type { EarnedValueReport, PlanSchedule, ProgressFinding } from '@dsc/roadmap';
import { earnedValue, toEpochDay } from '@dsc/roadmap';
import { CliError } from './cli-error.js';
import { roadmapFailure } from './plan-file.js';

// Progress, variance against a baseline and earned value for `dsc schedule` on a plan with a status date.

/** The progress columns of one activity (JSON keys; CSV headers are their snake_case names). */
export type ProgressRow = {
  readonly status?: string;
  readonly percentComplete?: number;
  readonly remainingDuration?: number;
  readonly actualStart?: string;
  readonly actualFinish?: string;
  readonly baselineStart?: string;
  readonly baselineFinish?: string;
  readonly startVariance?: number;
  readonly finishVariance?: number;
  readonly bac?: number;
  readonly pv?: number;
  readonly ev?: number;
  readonly ac?: number;
  readonly spi?: number;
  readonly cpi?: number;
  readonly eac?: number;
};

export const PROGRESS_COLUMNS = [
  'status',
  'percentComplete',
  'remainingDuration',
  'actualStart',
  'actualFinish',
  'baselineStart',
  'baselineFinish',
  'startVariance',
  'finishVariance',
  'bac',
  'pv',
  'ev',
  'ac',
  'spi',
  'cpi',
  'eac',
] as const satisfies readonly (keyof ProgressRow)[];

export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export type ProgressView = {
  readonly statusDate: string;
  readonly baseline?: string;
  readonly rows: ReadonlyMap<string, ProgressRow>;
  readonly earnedValue: EarnedValueReport;
  readonly findings: readonly ProgressFinding[];
};

/** Money and indices rounded for output: amounts to cents, indices to 3 decimals. */
const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
export const roundedEv = (e: Readonly<Record<string, number | undefined>>): Record<string, number> =>
  Object.fromEntries(Object.entries(e).flatMap(([k, v]) => (v === undefined ? [] : [[k, round(v, k === 'spi' || k === 'cpi' ? 3 : 2)]])));

/**
 * Progress, baseline variance and earned value of a scheduled plan (scenario already applied). The baseline is
 * the one named, else the latest captured; without one, there is no variance and PV follows the plan's schedule
 * without progress.
 */
export function progressView(file: string, plan: Plan, s: PlanSchedule, i18n: Translator, baselineId: string | undefined): ProgressView | undefined {
  const { t } = i18n;
  if (s.statusDate === undefined) return undefined;
  const baseline =
    baselineId !== undefined
      ? plan.baselines.find((b) => b.id === baselineId)
      : [...plan.baselines].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0))[0];
  if (baselineId !== undefined && !baseline)
    throw new CliError('usage', t('cli.schedule.error.baseline', { baseline: baselineId }), t('cli.schedule.error.baselineHint', { known: plan.baselines.map((b) => b.id).join(', ') || '—' }));
  const ev = earnedValue(plan, { statusDate: s.statusDate, ...(baseline ? { baseline: baseline.id } : {}) });
  if (!ev.ok) {
    const e = ev.error;
    // the status date and the baseline were settled above
    if (e.code === 'no_status_date' || e.code === 'unknown_baseline') throw new Error(`earned value: ${e.code}`);
    throw roadmapFailure(i18n, file, '', e);
  }
  const evById = new Map(ev.value.activities.map((a) => [a.id, a]));
  const base = new Map(baseline?.activities.map((a) => [a.id, a]) ?? []);
  const days = (a: string, b: string): number => toEpochDay(b) - toEpochDay(a);
  const rows = new Map<string, ProgressRow>();
  for (const a of s.activities) {
    const b = base.get(a.id);
    const e = evById.get(a.id);
    const p = a.progress;
    rows.set(a.id, {
      ...(p ? { status: p.status, percentComplete: p.percentComplete, remainingDuration: p.remainingDuration } : {}),
      ...(p?.actualStart !== undefined ? { actualStart: p.actualStart } : {}),
      ...(p?.actualFinish !== undefined ? { actualFinish: p.actualFinish } : {}),
      ...(b ? { baselineStart: b.start, baselineFinish: b.finish, startVariance: days(b.start, a.start), finishVariance: days(b.finish, a.finish) } : {}),
      ...(e ? roundedEv({ bac: e.bac, pv: e.pv, ev: e.ev, ac: e.ac, spi: e.spi, cpi: e.cpi, eac: e.eac }) : {}),
    });
  }
  return { statusDate: s.statusDate, ...(baseline ? { baseline: baseline.id } : {}), rows, earnedValue: ev.value, findings: s.progressFindings ?? [] };
}

/** A progress finding in the user's language (`roadmap.progress.*`). */
export function progressFindingText({ t }: Translator, f: ProgressFinding): string {
  switch (f.code) {
    case 'actual_finish_before_start':
      return t('roadmap.progress.actual_finish_before_start', { activity: f.activity, actualStart: f.actualStart, actualFinish: f.actualFinish });
    case 'actual_after_status_date':
      return t('roadmap.progress.actual_after_status_date', { activity: f.activity, field: f.field, date: f.date, statusDate: f.statusDate });
    case 'complete_without_actual_finish':
      return t('roadmap.progress.complete_without_actual_finish', { activity: f.activity });
    case 'finished_not_complete':
      return t('roadmap.progress.finished_not_complete', { activity: f.activity, percentComplete: f.percentComplete });
    case 'finish_without_actual_start':
      return t('roadmap.progress.finish_without_actual_start', { activity: f.activity });
    case 'progress_without_actual_start':
      return t('roadmap.progress.progress_without_actual_start', { activity: f.activity });
    case 'remaining_exceeds_duration':
      return t('roadmap.progress.remaining_exceeds_duration', { activity: f.activity, remainingDuration: f.remainingDuration, duration: f.duration });
    case 'progress_without_status_date':
      return t('roadmap.progress.progress_without_status_date', { statusDate: f.statusDate });
    case 'out_of_sequence':
      return t('roadmap.progress.out_of_sequence', { activity: f.activity, predecessor: f.predecessor, relation: f.relation });
  }
}

/** The progress, earned-value and findings blocks printed under the schedule table. */
export function progressText(v: ProgressView, i18n: Translator): string {
  const { t } = i18n;
  const count = { not_started: 0, in_progress: 0, complete: 0 };
  for (const r of v.rows.values()) if (r.status === 'not_started' || r.status === 'in_progress' || r.status === 'complete') count[r.status]++;
  const lines = [t('cli.schedule.progress.title', { date: v.statusDate, complete: count.complete, inProgress: count.in_progress, notStarted: count.not_started })];
  if (v.baseline !== undefined) lines.push(t('cli.schedule.progress.variance', { baseline: v.baseline }));
  const ev = v.earnedValue;
  lines.push('', t('cli.schedule.ev.title', { date: ev.statusDate, currency: ev.currency }));
  if (ev.activities.length === 0) lines.push(`  ${t('cli.schedule.ev.none')}`);
  else {
    const keys = ['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac'] as const;
    const table = [
      ['', ...keys.map((k) => k.toUpperCase())],
      ...[...ev.activities.map((a) => [a.id, a] as const), ...ev.phases.map((p) => [p.id, p] as const), [t('cli.schedule.ev.plan'), ev.plan] as const].map(([label, e]) => {
        const r = roundedEv(e);
        return [label, ...keys.map((k) => (r[k] === undefined ? '–' : String(r[k])))];
      }),
    ];
    const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
    for (const r of table) lines.push(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd());
  }
  const u = ev.unallocated;
  if (u.bac > 0) lines.push(`  ${t('cli.schedule.ev.unallocated', { bac: round(u.bac, 2), pv: round(u.pv, 2), ac: round(u.ac, 2) })}`);
  if (v.findings.length > 0) {
    lines.push('', t('cli.schedule.progress.findings'));
    for (const f of v.findings) lines.push(`  ${progressFindingText(i18n, f)} [${f.code}]`);
  }
  return lines.join('\n') + '\n';
}
