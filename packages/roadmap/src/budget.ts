import type { BudgetLine, ExchangeRate, FundingStage, Money, Plan, Result } from '@dsc/domain';
import { err, ok } from '@dsc/domain';
import { toEpochDay } from './calendar.js';
import type { PlanSchedule } from './plan-schedule.js';

export type BudgetError =
  | { readonly code: 'no_exchange_rate'; readonly from: string; readonly to: string; readonly date: string }
  | { readonly code: 'unknown_activity_in_budget'; readonly line: string; readonly activity: string };

/**
 * Converts money with a rate table: each rate gives units of `base` per unit of `currency`, valid from its date
 * until the next rate of the same currency. The rate used is the latest one on or before the value date.
 */
export function convert(money: Money, to: string, base: string, rates: readonly ExchangeRate[]): Result<number, BudgetError> {
  if (money.currency === to) return ok(money.amount);
  const rateOf = (currency: string): number | undefined => {
    if (currency === base) return 1;
    let best: ExchangeRate | undefined;
    for (const r of rates) if (r.currency === currency && r.date <= money.valueDate && (!best || r.date > best.date)) best = r;
    return best?.rate;
  };
  const fromRate = rateOf(money.currency);
  const toRate = rateOf(to);
  if (fromRate === undefined || toRate === undefined) return err({ code: 'no_exchange_rate', from: money.currency, to, date: money.valueDate });
  return ok((money.amount * fromRate) / toRate);
}

export type BudgetDimension = 'activity' | 'phase' | 'outcome' | 'output' | 'year' | 'quarter' | 'class' | 'fundingSource';

export type BudgetGroup = { readonly key: string; readonly amount: number };
export type BudgetRollup = {
  readonly currency: string;
  readonly by: BudgetDimension;
  readonly total: number;
  readonly groups: readonly BudgetGroup[];
};

/** Splits a line over calendar years or quarters in proportion to the days of its period that fall in each. */
export function splitByPeriod(line: Pick<BudgetLine, 'periodStart' | 'periodEnd'>, amount: number, unit: 'year' | 'quarter'): BudgetGroup[] {
  const a = toEpochDay(line.periodStart);
  const b = toEpochDay(line.periodEnd) + 1;
  const days = Math.max(b - a, 1);
  const out: BudgetGroup[] = [];
  let y = Number(line.periodStart.slice(0, 4));
  let q = unit === 'quarter' ? Math.floor((Number(line.periodStart.slice(5, 7)) - 1) / 3) : 0;
  for (let cursor = a; cursor < b; ) {
    const nextStart = unit === 'year' ? Date.UTC(y + 1, 0, 1) / 86_400_000 : Date.UTC(q === 3 ? y + 1 : y, q === 3 ? 0 : (q + 1) * 3, 1) / 86_400_000;
    const end = Math.min(nextStart, b);
    out.push({ key: unit === 'year' ? String(y) : `${y}-Q${q + 1}`, amount: (amount * (end - cursor)) / days });
    cursor = end;
    if (unit === 'year') y++;
    else if (q === 3) {
      q = 0;
      y++;
    } else q++;
  }
  return out;
}

/** The outcome an activity contributes to (activity → output → outcome), if the chain is complete. */
export function outcomeOf(plan: Plan, activityId: string): string | undefined {
  const a = plan.activities.find((x) => x.id === activityId);
  const out = a?.output !== undefined ? plan.results.find((r) => r.id === a.output) : undefined;
  const parent = out?.parent !== undefined ? plan.results.find((r) => r.id === out.parent) : undefined;
  return parent?.level === 'outcome' ? parent.id : undefined;
}

/** Budget lines converted to one currency (the plan currency by default). */
export function convertedLines(plan: Plan, currency = plan.currency): Result<{ line: BudgetLine; amount: number }[], BudgetError> {
  const out: { line: BudgetLine; amount: number }[] = [];
  for (const line of plan.budget) {
    const c = convert(line.money, currency, plan.currency, plan.exchangeRates ?? []);
    if (!c.ok) return c;
    out.push({ line, amount: c.value });
  }
  return ok(out);
}

/**
 * Rolls the budget up by a dimension, in one currency.
 *
 * @example
 * const r = budgetRollup(plan, 'year');
 * if (r.ok) r.value.groups; // [{ key: '2026', amount: … }, …]
 */
export function budgetRollup(plan: Plan, by: BudgetDimension, currency = plan.currency): Result<BudgetRollup, BudgetError> {
  const lines = convertedLines(plan, currency);
  if (!lines.ok) return lines;
  const sums = new Map<string, number>();
  const add = (key: string, amount: number): void => void sums.set(key, (sums.get(key) ?? 0) + amount);
  const activity = new Map(plan.activities.map((a) => [a.id, a]));
  let total = 0;
  for (const { line, amount } of lines.value) {
    total += amount;
    const act = line.activity !== undefined ? activity.get(line.activity) : undefined;
    switch (by) {
      case 'activity':
        add(line.activity ?? '(none)', amount);
        break;
      case 'phase':
        add(act?.phase ?? '(none)', amount);
        break;
      case 'output':
        add(act?.output ?? '(none)', amount);
        break;
      case 'outcome':
        add((line.activity !== undefined ? outcomeOf(plan, line.activity) : undefined) ?? '(none)', amount);
        break;
      case 'class':
        add(line.budgetClass, amount);
        break;
      case 'fundingSource':
        add(line.fundingSource ?? '(unfunded)', amount);
        break;
      case 'year':
      case 'quarter':
        for (const g of splitByPeriod(line, amount, by)) add(g.key, g.amount);
        break;
    }
  }
  const groups = [...sums].map(([key, amount]) => ({ key, amount })).sort((a, b) => a.key.localeCompare(b.key));
  return ok({ currency, by, total, groups });
}

/** Default probability that money at a pipeline stage arrives, used when a source has none. */
export const STAGE_PROBABILITY: Readonly<Record<FundingStage, number>> = {
  idea: 0.1,
  'concept-note': 0.25,
  submitted: 0.5,
  pledged: 0.8,
  committed: 0.95,
  disbursed: 1,
};
export const FUNDING_STAGES: readonly FundingStage[] = ['idea', 'concept-note', 'submitted', 'pledged', 'committed', 'disbursed'];
/** Stages at which money counts as secured. */
export const SECURED_STAGES: ReadonlySet<FundingStage> = new Set(['committed', 'disbursed']);

export type FundingPipeline = {
  readonly currency: string;
  readonly stages: readonly { readonly stage: FundingStage; readonly count: number; readonly amount: number; readonly weighted: number }[];
  readonly budgetTotal: number;
  readonly secured: number;
  /** Secured plus pledged. */
  readonly pledgedOrBetter: number;
  readonly weighted: number;
  /** Budget not covered by secured money (never negative). */
  readonly gap: number;
  readonly gapAfterPledges: number;
  /** Per source: budget lines charged to it versus its amount. */
  readonly sources: readonly { readonly id: string; readonly stage: FundingStage; readonly amount: number; readonly allocated: number; readonly overAllocated: boolean }[];
};

/** The funding pipeline (idea → disbursed), coverage of the budget and the funding gap. */
export function fundingPipeline(plan: Plan, currency = plan.currency): Result<FundingPipeline, BudgetError> {
  const lines = convertedLines(plan, currency);
  if (!lines.ok) return lines;
  const budgetTotal = lines.value.reduce((s, l) => s + l.amount, 0);
  const stages = FUNDING_STAGES.map((stage) => ({ stage, count: 0, amount: 0, weighted: 0 }));
  const sources: { id: string; stage: FundingStage; amount: number; allocated: number; overAllocated: boolean }[] = [];
  for (const f of plan.funding) {
    const c = convert(f.amount, currency, plan.currency, plan.exchangeRates ?? []);
    if (!c.ok) return c;
    const st = stages[FUNDING_STAGES.indexOf(f.stage)];
    if (st) {
      st.count++;
      st.amount += c.value;
      st.weighted += c.value * (f.probability ?? STAGE_PROBABILITY[f.stage]);
    }
    const allocated = lines.value.filter((l) => l.line.fundingSource === f.id).reduce((s, l) => s + l.amount, 0);
    sources.push({ id: f.id, stage: f.stage, amount: c.value, allocated, overAllocated: allocated > c.value + 1e-6 });
  }
  const sum = (pred: (s: FundingStage) => boolean): number => stages.filter((s) => pred(s.stage)).reduce((a, s) => a + s.amount, 0);
  const secured = sum((s) => SECURED_STAGES.has(s));
  const pledgedOrBetter = secured + sum((s) => s === 'pledged');
  return ok({
    currency,
    stages,
    budgetTotal,
    secured,
    pledgedOrBetter,
    weighted: stages.reduce((a, s) => a + s.weighted, 0),
    gap: Math.max(budgetTotal - secured, 0),
    gapAfterPledges: Math.max(budgetTotal - pledgedOrBetter, 0),
    sources,
  });
}

export type FundingGap = {
  readonly activity: string;
  readonly critical: boolean;
  readonly start: string;
  readonly finish: string;
  /** Budget of the activity (in the period asked for) not charged to a secured source. */
  readonly unfunded: number;
  readonly budget: number;
};

/**
 * Gap analysis: activities whose budget (optionally within one year) is not covered by secured funding,
 * e.g. "which critical-path activities are unfunded in 2027?" → `fundingGaps(plan, s, { year: 2027, criticalOnly: true })`.
 */
export function fundingGaps(
  plan: Plan,
  sched: PlanSchedule,
  options: { readonly year?: number; readonly criticalOnly?: boolean; readonly currency?: string } = {},
): Result<FundingGap[], BudgetError> {
  const lines = convertedLines(plan, options.currency ?? plan.currency);
  if (!lines.ok) return lines;
  const stage = new Map(plan.funding.map((f) => [f.id, f.stage]));
  const out: FundingGap[] = [];
  for (const a of sched.activities) {
    if (options.criticalOnly && !a.critical) continue;
    if (a.summary) continue;
    if (options.year !== undefined && (Number(a.start.slice(0, 4)) > options.year || Number(a.finish.slice(0, 4)) < options.year)) continue;
    let budget = 0;
    let unfunded = 0;
    for (const { line, amount } of lines.value) {
      if (line.activity !== a.id) continue;
      const part = options.year === undefined ? amount : (splitByPeriod(line, amount, 'year').find((g) => g.key === String(options.year))?.amount ?? 0);
      budget += part;
      const st = line.fundingSource !== undefined ? stage.get(line.fundingSource) : undefined;
      if (st === undefined || !SECURED_STAGES.has(st)) unfunded += part;
    }
    if (unfunded > 1e-9) out.push({ activity: a.id, critical: a.critical, start: a.start, finish: a.finish, unfunded, budget });
  }
  return ok(out);
}
