import { resolve } from 'node:path';
import type { Plan } from '@dsc/domain';
import { parseDocumentOf } from '@dsc/domain';
import type { PlanScheduleError, Schedule } from '@dsc/roadmap';
import type { Translator } from '@dsc/i18n';
import type { BudgetError, CsvError, IatiError, MspdiImportError, QualityFinding, QualityReport } from '@dsc/roadmap';
import { checkLogframe, checkSchedule, createCalendar, parseActivitiesCsv, schedule, schedulePlan } from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import { readInput, readJson } from '../io.js';
import type { RegisterCommand } from '../main.js';
import { translateId } from '../translate-id.js';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** Reads and validates a `*.plan.json`; problems become located errors (`file#/json/pointer`). */
export async function loadPlan(path: string, cwd: string, { t }: Translator): Promise<Plan> {
  const file = resolve(cwd, path);
  const doc = await readJson(file, t);
  const r = parseDocumentOf('plan', doc);
  if (r.ok) return r.value;
  const e = r.error;
  if (e.code === 'invalid_document') {
    const lines = e.issues
      .slice(0, 20)
      .map((i) => `${path}#${i.pointer}: ${i.expected ? t('cli.plan.expected', { message: i.message, expected: i.expected }) : i.message}`);
    const more = e.issues.length > 20 ? `\n${t('cli.plan.more', { count: e.issues.length - 20 })}` : '';
    throw new CliError('findings', `${t('cli.plan.invalid')}\n${lines.join('\n')}${more}`, t('cli.plan.invalidHint'));
  }
  throw new CliError('findings', `${path}#${'pointer' in e ? e.pointer : ''}: ${t('cli.plan.unreadable', { code: e.code })}`, t('cli.plan.unreadableHint'));
}

/** Where in a plan file a schedule error sits, as a JSON pointer. */
const planPointer = (plan: Plan, e: PlanScheduleError): string => {
  switch (e.code) {
    case 'dependency_cycle': {
      const [a, b] = e.path;
      const i = plan.dependencies.findIndex((d) => d.from === a && d.to === b);
      return i >= 0 ? `/dependencies/${i}` : '/dependencies';
    }
    case 'unknown_activity':
    case 'self_dependency':
      return `/dependencies/${e.relation}`;
    case 'invalid_lag':
      return `/dependencies/${e.relation}/lag`;
    case 'duplicate_activity':
      return `/activities/${e.index}/id`;
    case 'invalid_duration':
    case 'constraint_needs_date':
    case 'unknown_parent': {
      const i = plan.activities.findIndex((a) => a.id === e.id);
      return `/activities/${i}`;
    }
    case 'parent_cycle':
      return '/activities';
    case 'unknown_scenario':
    case 'patch_failed':
    case 'invalid_scenario_result':
      return '/scenarios';
    case 'unknown_calendar':
    case 'calendar_without_working_days': {
      const i = e.activity !== undefined ? plan.activities.findIndex((a) => a.id === e.activity) : -1;
      return i >= 0 ? `/activities/${i}/calendar` : '/defaultCalendar';
    }
  }
};


type Values = Record<string, string | number>;

/** A plan error the CLI reports: scheduling, CSV, budget, IATI export or MS Project import. */
export type RoadmapError = PlanScheduleError | CsvError | BudgetError | IatiError | MspdiImportError;

/** Values of the `roadmap.error.<code>` / `roadmap.hint.<code>` messages for each error code. */
function errorValues(e: RoadmapError): Values {
  switch (e.code) {
    case 'no_exchange_rate':
      return { from: e.from, to: e.to, date: e.date };
    case 'unknown_activity_in_budget':
      return { line: e.line, activity: e.activity };
    case 'iati_settings_missing':
    case 'mspdi_not_a_project':
      return {};
    case 'iati_invalid_identifier':
      return { field: e.field, value: e.value };
    case 'mspdi_not_xml':
      return { detail: e.message };
    case 'mspdi_bad_task':
      return { uid: e.uid, field: e.field, value: e.value };
    case 'mspdi_unknown_predecessor':
      return { uid: e.uid, predecessor: e.predecessor };
    case 'mspdi_invalid_plan':
      return { detail: e.issues.slice(0, 5).map((i) => `${i.pointer} ${i.message}`).join('; ') };
    case 'duplicate_activity':
    case 'self_dependency':
      return { id: e.id };
    case 'unknown_activity':
      return { id: e.id, side: e.side };
    case 'invalid_duration':
      return { id: e.id, duration: e.duration };
    case 'invalid_lag':
      return { n: e.relation + 1, lag: e.lag };
    case 'constraint_needs_date':
      return { id: e.id, constraint: e.constraint };
    case 'unknown_parent':
      return { id: e.id, parent: e.parent };
    case 'parent_cycle':
    case 'dependency_cycle':
      return { path: e.path.join(' → ') };
    case 'unknown_scenario':
      return { scenario: e.scenario, known: e.known.join(', ') || '—' };
    case 'patch_failed':
      return { scenario: e.scenario, n: e.op + 1, path: e.path, detail: e.message };
    case 'invalid_scenario_result':
      return { scenario: e.scenario, detail: e.issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ') };
    case 'unknown_calendar':
    case 'calendar_without_working_days':
      return { calendar: e.calendar };
    case 'csv_unterminated_quote':
    case 'csv_empty':
    case 'csv_empty_id':
      return {};
    case 'csv_missing_column':
      return { column: e.column_name, found: e.found.join(', ') };
    case 'csv_duplicate_id':
      return { id: e.id, first: e.firstLine };
    case 'csv_bad_duration':
    case 'csv_bad_predecessor':
      return { value: e.value };
    case 'csv_unknown_predecessor':
      return { id: e.id };
  }
}

/** The message and hint of a plan error in the user's language (`roadmap.error.*` in @dsc/i18n). */
export function errorText(i18n: Translator, e: RoadmapError): { message: string; hint: string } {
  const t = i18n.t as unknown as (key: string, values?: Values) => string;
  const values = errorValues(e);
  return { message: t(`roadmap.error.${e.code}`, values), hint: t(`roadmap.hint.${e.code}`, values) };
}

type Row = Schedule['activities'][number] & { name: string; start?: string; finish?: string };

const csvCell = (v: string | number | boolean | undefined): string => {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function render(format: Format, s: { projectDuration: number; criticalPath: readonly string[]; criticalPaths: readonly (readonly string[])[]; projectStart?: string; projectFinish?: string }, rows: Row[], t: Translator['t']): string {
  switch (format) {
    case 'json':
      return (
        JSON.stringify(
          {
            projectDuration: s.projectDuration,
            ...(s.projectStart ? { projectStart: s.projectStart, projectFinish: s.projectFinish } : {}),
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
            })),
          },
          null,
          2,
        ) + '\n'
      );
    case 'csv': {
      const dated = rows.some((r) => r.start);
      const head = ['id', 'name', 'duration', 'es', 'ef', 'ls', 'lf', 'total_float', 'free_float', 'critical', 'driving_predecessor', ...(dated ? ['start', 'finish'] : [])];
      const lines = rows.map((a) =>
        [a.id, a.name, a.duration, a.es, a.ef, a.ls, a.lf, a.totalFloat, a.freeFloat, a.critical, a.drivingPredecessor, ...(dated ? [a.start, a.finish] : [])].map(csvCell).join(','),
      );
      return [head.join(','), ...lines].join('\n') + '\n';
    }
    case 'table': {
      const dated = rows.some((r) => r.start);
      const head = ['id', 'name', 'dur', 'ES', 'EF', 'LS', 'LF', 'TF', 'FF', 'crit', 'driver', ...(dated ? ['start', 'finish'] : [])];
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

/** `1-5` or `1,2,3,4,6` → ISO weekdays; undefined when malformed. */
function parseWeekdays(spec: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*([1-7])\s*(?:-\s*([1-7])\s*)?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return undefined;
    for (let d = a; d <= b; d++) out.add(d);
  }
  return [...out].sort((x, y) => x - y);
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
  for (const f of q.findings) lines.push(`${file}#${f.pointer}: ${t(`plan.severity.${f.severity === 'error' ? 'error' : 'warning'}`)}: ${qualityText(i18n, f)} [${f.ruleId}]`);
  lines.push(t('cli.summary.findings', { errors: q.errors, warnings: q.warnings }));
  return lines.join('\n') + '\n';
}

/** `dsc schedule <plan.plan.json | activities.csv> [--scenario <id>] [--format table|json|csv]`. */
export const registerSchedule: RegisterCommand = (cli, ctx) => {
  const { t } = ctx.i18n;
  cli
    .command('schedule <file>', t('cli.schedule.description'))
    .option('--scenario <id>', t('cli.schedule.option.scenario'))
    .option('--format <format>', t('cli.schedule.option.format'), { default: 'table' })
    .option('--start <date>', t('cli.schedule.option.start'))
    .option('--working-days <days>', t('cli.schedule.option.workingDays'), { default: '1-5' })
    .option('--holidays <dates>', t('cli.schedule.option.holidays'))
    .option('--quality', t('cli.schedule.option.quality'))
    .example('dsc schedule activities.csv --format json')
    .example('dsc schedule roadmap.plan.json --scenario hybrid')
    .action(async (file: string, options: { scenario?: string; format?: string; quality?: boolean; start?: string; workingDays?: string | number; holidays?: string }) => {
      const format = (options.format ?? 'table') as Format;
      if (!FORMATS.includes(format)) throw new CliError('usage', t('cli.schedule.error.format', { format: String(options.format) }), t('cli.schedule.error.formatHint'));
      if (file.toLowerCase().endsWith('.csv')) {
        if (options.scenario !== undefined) throw new CliError('usage', t('cli.schedule.error.scenarioCsv'), t('cli.schedule.error.scenarioCsvHint'));
        const text = (await readInput(resolve(ctx.io.cwd, file), t)).toString('utf8');
        const parsed = parseActivitiesCsv(text);
        if (!parsed.ok) {
          const d = errorText(ctx.i18n, parsed.error);
          throw new CliError('findings', `${file}:${parsed.error.line}:${parsed.error.column}: ${d.message}`, d.hint);
        }
        let cal: ReturnType<typeof createCalendar>;
        if (options.start !== undefined) {
          const start = String(options.start);
          const dateOk = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
          if (!dateOk(start)) throw new CliError('usage', t('cli.schedule.error.notDate', { option: '--start', value: start }), t('cli.schedule.error.dateHint'));
          const days = parseWeekdays(String(options.workingDays ?? '1-5'));
          if (!days) throw new CliError('usage', t('cli.schedule.error.workingDays', { value: String(options.workingDays) }), t('cli.schedule.error.workingDaysHint'));
          const holidays = options.holidays === undefined ? [] : String(options.holidays).split(',').map((h) => h.trim()).filter(Boolean);
          const bad = holidays.find((h) => !dateOk(h));
          if (bad !== undefined) throw new CliError('usage', t('cli.schedule.error.notDate', { option: '--holidays:', value: bad }), t('cli.schedule.error.holidaysHint'));
          cal = createCalendar(start, { workingDays: days, holidays });
          if (!cal) throw new CliError('usage', t('cli.schedule.error.noWorkingDay'), t('cli.schedule.error.noWorkingDayHint'));
        }
        const r = schedule(cal ? { ...parsed.value.network, elapsed: cal } : parsed.value.network);
        if (!r.ok) {
          const d = errorText(ctx.i18n, r.error);
          const id = r.error.code === 'dependency_cycle' ? r.error.path[0] : 'id' in r.error ? r.error.id : undefined;
          const line = id !== undefined ? parsed.value.lines.get(id) : undefined;
          throw new CliError('findings', `${file}${line !== undefined ? `:${line}:1` : ''}: ${d.message}`, d.hint);
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
        return;
      }
      const plan = await loadPlan(file, ctx.io.cwd, ctx.i18n);
      const r = schedulePlan(plan, options.scenario !== undefined ? { scenario: options.scenario } : {});
      if (!r.ok) {
        const d = errorText(ctx.i18n, r.error);
        const kind = r.error.code === 'unknown_scenario' ? 'usage' : 'findings';
        throw new CliError(kind, `${file}#${planPointer(plan, r.error)}: ${d.message}`, d.hint);
      }
      const names = new Map(plan.activities.map((a) => [a.id, a.name.en]));
      const rows = r.value.activities.map((a) => ({ ...a, name: names.get(a.id) ?? '' }));
      if (!options.quality) {
        ctx.io.stdout(render(format, r.value, rows, t));
        return;
      }
      const sched = checkSchedule(plan, r.value);
      const logframe = checkLogframe(plan);
      const quality: QualityReport = {
        metrics: [...sched.metrics, ...logframe.metrics],
        findings: [...sched.findings, ...logframe.findings],
        errors: sched.errors + logframe.errors,
        warnings: sched.warnings + logframe.warnings,
      };
      if (format === 'json') {
        const out = JSON.parse(render(format, r.value, rows, t)) as Record<string, unknown>;
        out['quality'] = { ...quality, findings: quality.findings.map((f) => ({ ...f, message: qualityText(ctx.i18n, f) })) };
        ctx.io.stdout(JSON.stringify(out, null, 2) + '\n');
      } else {
        ctx.io.stdout(render(format, r.value, rows, t));
        const text = renderQuality(file, quality, ctx.i18n);
        if (format === 'csv') ctx.io.stderr(text);
        else ctx.io.stdout('\n' + text);
      }
      if (quality.errors > 0) ctx.exitCode = 1;
    });
};
