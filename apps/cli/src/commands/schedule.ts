import { resolve } from 'node:path';
import type { Translator } from '@dsc/i18n';
import type { QualityFinding, QualityReport, Schedule } from '@dsc/roadmap';
import { checkLogframe, checkSchedule, createCalendar, parseActivitiesCsv, resolveScenario, schedule, schedulePlan } from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import { dateFlag, datesFlag, isOneOf, weekdaysFlag } from '../flags.js';
import type { CommandContext } from '../io.js';
import { readInput } from '../io.js';
import { loadPlan, planPointer, roadmapFailure } from '../plan-file.js';
import { traceabilityReport } from '../recommendation-file.js';
import type { ProgressView } from '../progress-report.js';
import { PROGRESS_COLUMNS, progressFindingText, progressText, progressView, roundedEv, snake } from '../progress-report.js';
import { translateId } from '../translate-id.js';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** The options of `dsc schedule` (declared in cli.ts). */
export type ScheduleOptions = {
  scenario?: string;
  format?: string;
  quality?: boolean;
  recommendations?: string;
  start?: string;
  workingDays?: string | number;
  holidays?: string;
  statusDate?: string;
  baseline?: string;
};

type Row = Schedule['activities'][number] & { name: string; start?: string; finish?: string };

/** One CSV field; text that would run as a spreadsheet formula gets a leading quote (OWASP CSV injection). */
const csvCell = (v: string | number | boolean | undefined): string => {
  const s = v === undefined ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

type Scheduled = { projectDuration: number; criticalPath: readonly string[]; criticalPaths: readonly (readonly string[])[]; projectStart?: string; projectFinish?: string };

function render(format: Format, s: Scheduled, rows: Row[], t: Translator['t'], progress?: ProgressView): string {
  const extra = (id: string): Record<string, string | number> => progress?.rows.get(id) ?? {};
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          {
            projectDuration: s.projectDuration,
            ...(s.projectStart ? { projectStart: s.projectStart, projectFinish: s.projectFinish } : {}),
            ...(progress ? { statusDate: progress.statusDate, ...(progress.baseline !== undefined ? { baseline: progress.baseline } : {}) } : {}),
            criticalPath: s.criticalPath,
            criticalPaths: s.criticalPaths,
            activities: rows.map((a) => ({
              id: a.id,
              es: a.es,
              ef: a.ef,
              ls: a.ls,
              lf: a.lf,
              totalFloat: a.totalFloat,
              freeFloat: a.freeFloat,
              critical: a.critical,
              ...(a.drivingPredecessor !== undefined ? { drivingPredecessor: a.drivingPredecessor } : {}),
              ...(a.start ? { start: a.start, finish: a.finish } : {}),
              ...extra(a.id),
            })),
            ...(progress ? { earnedValue: evJson(progress) } : {}),
          },
          null,
          2,
        ) + '\n'
      );
    case 'csv': {
      const dated = rows.some((r) => r.start);
      const more = progress ? PROGRESS_COLUMNS : [];
      const head = ['id', 'name', 'duration', 'es', 'ef', 'ls', 'lf', 'total_float', 'free_float', 'critical', 'driving_predecessor', ...(dated ? ['start', 'finish'] : []), ...more.map(snake)];
      const lines = rows.map((a) =>
        [a.id, a.name, a.duration, a.es, a.ef, a.ls, a.lf, a.totalFloat, a.freeFloat, a.critical, a.drivingPredecessor, ...(dated ? [a.start, a.finish] : []), ...more.map((k) => extra(a.id)[k])]
          .map(csvCell)
          .join(','),
      );
      return [head.join(','), ...lines].join('\n') + '\n';
    }
    case 'table': {
      const dated = rows.some((r) => r.start);
      const head = ['id', 'name', 'dur', 'ES', 'EF', 'LS', 'LF', 'TF', 'FF', 'crit', 'driver', ...(dated ? ['start', 'finish'] : []), ...(progress ? ['status', '%', 'rem', 'Δstart', 'Δfinish'] : [])];
      const body = rows.map((a) => [
        a.id,
        a.name.length > 40 ? a.name.slice(0, 39) + '…' : a.name,
        String(a.duration),
        String(a.es),
        String(a.ef),
        String(a.ls),
        String(a.lf),
        String(a.totalFloat),
        String(a.freeFloat),
        a.critical ? '*' : '',
        a.drivingPredecessor ?? '',
        ...(dated ? [a.start ?? '', a.finish ?? ''] : []),
        ...(progress ? progressCells(progress, a.id, t) : []),
      ]);
      const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
      const fmt = (r: string[]): string => r.map((c, i) => (i >= 2 && i <= 8 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
      const lines = [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)];
      lines.push('');
      lines.push(t('cli.schedule.projectDuration', { duration: `${s.projectDuration}${s.projectStart ? ` (${s.projectStart} → ${s.projectFinish})` : ''}` }));
      lines.push(t('cli.schedule.criticalPath', { path: s.criticalPath.join(' → ') || t('cli.schedule.none') }));
      return lines.join('\n') + '\n';
    }
  }
}

/** The plan, phase and unallocated earned value of the JSON output (amounts to cents, indices to 3 decimals). */
const evJson = ({ earnedValue: e }: ProgressView): Record<string, unknown> => ({
  currency: e.currency,
  plan: roundedEv(e.plan),
  phases: e.phases.map((p) => ({ ...roundedEv({ ...p, id: undefined }), id: p.id })),
  unallocated: roundedEv(e.unallocated),
});

/** Status, % complete, remaining duration and start/finish variance of one activity, for the table. */
function progressCells(v: ProgressView, id: string, t: Translator['t']): string[] {
  const r = v.rows.get(id);
  const signed = (n: number | undefined): string => (n === undefined ? '' : n > 0 ? `+${n}` : String(n));
  const status = r?.status === 'complete' || r?.status === 'in_progress' || r?.status === 'not_started' ? t(`roadmap.progress.status.${r.status}`) : '';
  return [status, r?.percentComplete === undefined ? '' : String(r.percentComplete), r?.remainingDuration === undefined ? '' : String(r.remainingDuration), signed(r?.startVariance), signed(r?.finishVariance)];
}

/** A schedule or logframe finding in the user's language (the `plan.rule.*` texts the planner shows). */
function qualityText(i18n: Translator, f: QualityFinding): string {
  return translateId(i18n, `plan.rule.${f.ruleId}`, { subject: f.subject ?? '', value: f.value ?? '', limit: f.limit ?? '' }) ?? f.ruleId;
}

function renderQuality(file: string, q: QualityReport, i18n: Translator): string {
  const { t } = i18n;
  const lines = [t('cli.schedule.quality.title')];
  const [pass, fail] = [t('cli.schedule.quality.pass'), t('cli.schedule.quality.fail')];
  const width = Math.max(pass.length, fail.length);
  for (const m of q.metrics) {
    const share = m.total === 0 ? '–' : `${(m.ratio * 100).toFixed(1)}%`;
    const limit = m.ruleId === 'dcma.relationship_types' ? `≥ ${(m.threshold * 100).toFixed(0)}%` : `≤ ${(m.threshold * 100).toFixed(0)}%`;
    lines.push(`  ${(m.pass ? pass : fail).padEnd(width)}  ${m.ruleId.padEnd(38)} ${String(m.count).padStart(4)}/${String(m.total).padEnd(4)} ${share.padStart(6)}  (${limit})`);
  }
  // each finding is labelled by its own severity, and the summary counts the same list
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of q.findings) {
    count[f.severity]++;
    lines.push(`${file}#${f.pointer}: ${t(`plan.severity.${f.severity}`)}: ${qualityText(i18n, f)} [${f.ruleId}]`);
  }
  lines.push(t('cli.schedule.quality.summary', { errors: count.error, warnings: count.warning, infos: count.info }));
  return lines.join('\n') + '\n';
}

/** `dsc schedule <plan.plan.json | activities.csv>`: the critical-path schedule as a table, JSON or CSV. */
export async function run(file: string, options: ScheduleOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const format = options.format ?? 'table';
  if (!isOneOf(format, FORMATS)) throw new CliError('usage', t('cli.schedule.error.format', { format: String(options.format) }), t('cli.schedule.error.formatHint'));
  if (file.toLowerCase().endsWith('.csv')) await scheduleCsv(file, format, options, ctx);
  else await schedulePlanFile(file, format, options, ctx);
}

/** An activities CSV, on a calendar when `--start` is given (working days and holidays from the options). */
async function scheduleCsv(file: string, format: Format, options: ScheduleOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (options.scenario !== undefined) throw new CliError('usage', t('cli.schedule.error.scenarioCsv'), t('cli.schedule.error.scenarioCsvHint'));
  for (const [option, value] of [['--status-date', options.statusDate], ['--baseline', options.baseline]] as const)
    if (value !== undefined) throw new CliError('usage', t('cli.schedule.error.planOnly', { option }), t('cli.schedule.error.planOnlyHint'));
  const text = (await readInput(resolve(ctx.io.cwd, file), t)).toString('utf8');
  const parsed = parseActivitiesCsv(text);
  if (!parsed.ok) throw roadmapFailure(ctx.i18n, file, `:${parsed.error.line}:${parsed.error.column}`, parsed.error);
  let cal: ReturnType<typeof createCalendar>;
  if (options.start !== undefined) {
    const start = dateFlag(t, '--start', options.start);
    const workingDays = weekdaysFlag(t, options.workingDays ?? '1-5');
    const holidays = datesFlag(t, options.holidays);
    cal = createCalendar(start, { workingDays, holidays });
    if (!cal) throw new CliError('usage', t('cli.schedule.error.noWorkingDay'), t('cli.schedule.error.noWorkingDayHint'));
  }
  // on a calendar, offsets are bounded by the dates it can name (0001-01-01 … 9999-12-31), as for a plan file
  const r = schedule(cal ? { ...parsed.value.network, elapsed: cal, range: cal.range } : parsed.value.network);
  if (!r.ok) {
    const id = r.error.code === 'dependency_cycle' ? r.error.path[0] : r.error.code === 'value_out_of_range' ? r.error.activity : 'id' in r.error ? r.error.id : undefined;
    const line = id !== undefined ? parsed.value.lines.get(id) : undefined;
    throw roadmapFailure(ctx.i18n, file, line !== undefined ? `:${line}:1` : '', r.error);
  }
  const c = cal;
  const rows = r.value.activities.map((a) => ({
    ...a,
    name: parsed.value.names.get(a.id) ?? '',
    ...(c ? { start: c.startDate(a.es), finish: c.finishDate(a.ef, a.duration) } : {}),
  }));
  const dated = c
    ? { ...r.value, projectStart: c.startDate(0), projectFinish: rows.reduce((m, a) => (a.finish !== undefined && a.finish > m ? a.finish : m), c.startDate(0)) }
    : r.value;
  ctx.io.stdout(render(format, dated, rows, t));
}

/** A `*.plan.json` (a scenario of it with `--scenario`), with the schedule and logframe checks when `--quality` is given. */
async function schedulePlanFile(file: string, format: Format, options: ScheduleOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  const plan = await loadPlan(file, ctx.io.cwd, ctx.i18n);
  const statusDate = options.statusDate !== undefined ? dateFlag(t, '--status-date', options.statusDate) : undefined;
  const r = schedulePlan(plan, { ...(options.scenario !== undefined ? { scenario: options.scenario } : {}), ...(statusDate !== undefined ? { statusDate } : {}) });
  if (!r.ok) throw roadmapFailure(ctx.i18n, file, `#${planPointer(plan, r.error)}`, r.error, r.error.code === 'unknown_scenario' ? 'usage' : 'findings');
  const names = new Map(plan.activities.map((a) => [a.id, a.name.en]));
  const rows = r.value.activities.map((a) => ({ ...a, name: names.get(a.id) ?? '' }));
  const resolved = resolveScenario(plan, options.scenario);
  const progress = progressView(file, resolved.ok ? resolved.value : plan, r.value, ctx.i18n, options.baseline === undefined ? undefined : String(options.baseline));
  const findings = progress?.findings.map((f) => ({ ...f, message: progressFindingText(ctx.i18n, f) }));
  if (!options.quality) {
    if (format === 'json' && findings) {
      const out = JSON.parse(render(format, r.value, rows, t, progress)) as Record<string, unknown>;
      out['progressFindings'] = findings;
      ctx.io.stdout(JSON.stringify(out, null, 2) + '\n');
      return;
    }
    ctx.io.stdout(render(format, r.value, rows, t, progress));
    if (progress && format === 'csv') ctx.io.stderr(progressText(progress, ctx.i18n));
    else if (progress) ctx.io.stdout('\n' + progressText(progress, ctx.i18n));
    return;
  }
  const sched = checkSchedule(plan, r.value);
  const logframe = checkLogframe(plan);
  const trace = await traceabilityReport(plan, options.recommendations, ctx.io.cwd, ctx.i18n);
  const parts = trace ? [sched, logframe, trace] : [sched, logframe];
  const quality: QualityReport = {
    metrics: parts.flatMap((p) => p.metrics),
    findings: parts.flatMap((p) => p.findings),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    warnings: parts.reduce((n, p) => n + p.warnings, 0),
  };
  if (format === 'json') {
    const out = JSON.parse(render(format, r.value, rows, t, progress)) as Record<string, unknown>;
    if (findings) out['progressFindings'] = findings;
    out['quality'] = { ...quality, findings: quality.findings.map((f) => ({ ...f, message: qualityText(ctx.i18n, f) })) };
    ctx.io.stdout(JSON.stringify(out, null, 2) + '\n');
  } else {
    ctx.io.stdout(render(format, r.value, rows, t, progress));
    const text = (progress ? progressText(progress, ctx.i18n) + '\n' : '') + renderQuality(file, quality, ctx.i18n);
    if (format === 'csv') ctx.io.stderr(text);
    else ctx.io.stdout('\n' + text);
  }
  if (quality.errors > 0) ctx.exitCode = 1;
}
