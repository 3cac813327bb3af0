import type { Plan, Result } from '@dsc/domain';
import { ok } from '@dsc/domain';
import type { BudgetError } from '../budget.js';
import { convertedLines, outcomeOf } from '../budget.js';
import type { PlanSchedule, PlanScheduleError } from '../plan-schedule.js';
import { schedulePlan } from '../plan-schedule.js';
import { resolveScenario } from '../scenarios.js';

export type Cell = string | number | boolean | null;
export type TableSheet = { readonly name: string; readonly columns: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

/** Schedule, budget, funding, KPIs and risks of a plan as plain tables (the content of the XLSX and CSV exports). */
export function planTables(input: Plan, options: { readonly scenario?: string } = {}): Result<TableSheet[], PlanScheduleError | BudgetError> {
  const resolved = resolveScenario(input, options.scenario);
  if (!resolved.ok) return resolved;
  const plan = resolved.value;
  const sched = schedulePlan(plan);
  if (!sched.ok) return sched;
  const s: PlanSchedule = sched.value;
  const lines = convertedLines(plan);
  if (!lines.ok) return lines;
  const acts = new Map(plan.activities.map((a) => [a.id, a]));
  const preds = (id: string): string =>
    plan.dependencies
      .filter((d) => d.to === id)
      .map((d) => `${d.from}${d.type === 'FS' && d.lag.value === 0 ? '' : ` ${d.type}${d.lag.value === 0 ? '' : (d.lag.value > 0 ? '+' : '') + String(d.lag.value) + (d.lag.unit === 'elapsed' ? 'ed' : '')}`}`)
      .join(';');
  const schedule: TableSheet = {
    name: 'Schedule',
    columns: ['id', 'wbs', 'name', 'phase', 'output', 'duration', 'predecessors', 'start', 'finish', 'late_start', 'late_finish', 'total_float', 'free_float', 'critical', 'driving_predecessor', 'milestone', 'gate'],
    rows: s.activities.map((a) => {
      const p = acts.get(a.id);
      return [a.id, p?.wbs ?? null, p?.name.en ?? '', p?.phase ?? null, p?.output ?? null, a.duration, preds(a.id), a.start, a.finish, a.lateStart, a.lateFinish, a.totalFloat, a.freeFloat, a.critical, a.drivingPredecessor ?? null, p?.milestone ?? false, p?.gate ?? null];
    }),
  };
  const budget: TableSheet = {
    name: 'Budget',
    columns: ['id', 'activity', 'phase', 'outcome', 'budget_class', 'description', 'period_start', 'period_end', 'amount', 'currency', 'value_date', `amount_${plan.currency}`, 'funding_source'],
    rows: lines.value.map(({ line, amount }) => [
      line.id,
      line.activity ?? null,
      line.activity !== undefined ? (acts.get(line.activity)?.phase ?? null) : null,
      line.activity !== undefined ? (outcomeOf(plan, line.activity) ?? null) : null,
      line.budgetClass,
      line.description ?? null,
      line.periodStart,
      line.periodEnd,
      line.money.amount,
      line.money.currency,
      line.money.valueDate,
      Math.round(amount * 100) / 100,
      line.fundingSource ?? null,
    ]),
  };
  const funding: TableSheet = {
    name: 'Funding',
    columns: ['id', 'name', 'funder', 'stage', 'amount', 'currency', 'value_date', 'probability', 'date', 'expected_date'],
    rows: plan.funding.map((f) => [f.id, f.name, f.funder ?? null, f.stage, f.amount.amount, f.amount.currency, f.amount.valueDate, f.probability ?? null, f.date ?? null, f.expectedDate ?? null]),
  };
  const kpis: TableSheet = {
    name: 'KPIs',
    columns: ['id', 'result', 'indicator', 'sdg_indicator', 'country', 'name', 'unit', 'baseline', 'baseline_year', 'baseline_source', 'targets'],
    rows: plan.kpis.map((k) => [k.id, k.result ?? null, k.indicator ?? null, k.sdgIndicator ?? null, k.country ?? null, k.name.en, k.unit ?? null, k.baseline?.value ?? null, k.baseline?.year ?? null, k.baseline?.source ?? null, k.targets.map((t) => `${t.period}: ${t.value}`).join('; ')]),
  };
  const risks: TableSheet = {
    name: 'Risks',
    columns: ['id', 'description', 'likelihood', 'impact', 'score', 'category', 'mitigation', 'owner'],
    rows: plan.risks.map((r) => [r.id, r.description.en, r.likelihood, r.impact, r.likelihood * r.impact, r.category ?? null, r.mitigation?.en ?? null, r.owner ?? null]),
  };
  return ok([schedule, budget, funding, kpis, risks]);
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is
 * prefixed with a single quote, as OWASP advises against CSV injection; numbers and booleans stay as they are.
 */
const csvCell = (v: Cell): string => {
  const s = v === null ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** One table as RFC 4180 CSV. */
export const tableToCsv = (t: TableSheet): string => [t.columns.join(','), ...t.rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
