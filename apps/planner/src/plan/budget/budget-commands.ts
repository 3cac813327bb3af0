import type { BudgetLine, FundingSource, FundingStage, Plan } from '@dsc/domain';
import { BudgetLine as BudgetLineSchema, FundingSource as FundingSourceSchema, isCurrencyCode } from '@dsc/domain';
import type { CommandResult } from '../common/command.js';
import { nextId } from '../common/command.js';

/** The fields of the budget-line form, as typed. */
export interface BudgetLineInput {
  budgetClass: string;
  description: string;
  activity: string;
  periodStart: string;
  periodEnd: string;
  amount: string;
  currency: string;
  valueDate: string;
  fundingSource: string;
}

/** The fields of the funding-source form, as typed. */
export interface FundingInput {
  name: string;
  stage: FundingStage;
  amount: string;
  currency: string;
  valueDate: string;
  probability: string;
  expectedDate: string;
}

type Field = { field: string; value: string };
const bad = (field: string, value: string): CommandResult => ({ ok: false, error: { code: 'bad_field', field, value } });

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isDate = (s: string): boolean => {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** The first field that is not valid money: amount ≥ 0, an ISO 4217 code, an ISO value date. */
function moneyProblem(amount: string, currency: string, valueDate: string): Field | undefined {
  const a = Number(amount.trim().replace(/\s/g, '').replace(',', '.'));
  if (amount.trim() === '' || !Number.isFinite(a) || a < 0) return { field: 'amount', value: amount };
  if (!isCurrencyCode(currency.trim().toUpperCase())) return { field: 'currency', value: currency };
  if (!isDate(valueDate.trim())) return { field: 'valueDate', value: valueDate };
  return undefined;
}
const amountOf = (s: string): number => Number(s.trim().replace(/\s/g, '').replace(',', '.'));

/** Adds a budget line; every field is checked and a refused field is named with the value typed. */
export function addBudgetLine(plan: Plan, input: BudgetLineInput): CommandResult {
  return saveBudgetLine(plan, input, undefined);
}

/** Replaces the form fields of budget line `id` (checked like a new line); quantity, unit and unit cost are kept. */
export function updateBudgetLine(plan: Plan, id: string, input: BudgetLineInput): CommandResult {
  const previous = plan.budget.find((b) => b.id === id);
  if (!previous) return bad('id', id);
  return saveBudgetLine(plan, input, previous);
}

/** The form fields of an existing budget line, to edit it. */
export const budgetLineInput = (b: BudgetLine): BudgetLineInput => ({
  budgetClass: b.budgetClass,
  description: b.description ?? '',
  activity: b.activity ?? '',
  periodStart: b.periodStart,
  periodEnd: b.periodEnd,
  amount: String(b.money.amount),
  currency: b.money.currency,
  valueDate: b.money.valueDate,
  fundingSource: b.fundingSource ?? '',
});

function saveBudgetLine(plan: Plan, input: BudgetLineInput, previous: BudgetLine | undefined): CommandResult {
  if (input.budgetClass.trim() === '') return bad('budgetClass', input.budgetClass);
  if (!isDate(input.periodStart.trim())) return bad('periodStart', input.periodStart);
  if (!isDate(input.periodEnd.trim()) || input.periodEnd.trim() < input.periodStart.trim()) return bad('periodEnd', input.periodEnd);
  const m = moneyProblem(input.amount, input.currency, input.valueDate);
  if (m) return bad(m.field, m.value);
  if (input.activity && !plan.activities.some((a) => a.id === input.activity)) return bad('activity', input.activity);
  if (input.fundingSource && !plan.funding.some((f) => f.id === input.fundingSource)) return bad('fundingSource', input.fundingSource);
  const start: Partial<BudgetLine> & { id: string } = previous ?? { id: nextId('BL', plan.budget) };
  const { description: _d, activity: _a, fundingSource: _f, ...kept } = start;
  const line: BudgetLine = {
    ...kept,
    budgetClass: input.budgetClass.trim(),
    ...(input.description.trim() ? { description: input.description.trim() } : {}),
    ...(input.activity ? { activity: input.activity } : {}),
    periodStart: input.periodStart.trim(),
    periodEnd: input.periodEnd.trim(),
    money: { amount: amountOf(input.amount), currency: input.currency.trim().toUpperCase(), valueDate: input.valueDate.trim() },
    ...(input.fundingSource ? { fundingSource: input.fundingSource } : {}),
  };
  const parsed = BudgetLineSchema.safeParse(line);
  if (!parsed.success) return bad(String(parsed.error.issues[0]?.path.at(-1) ?? ''), '');
  const budget = previous ? plan.budget.map((b) => (b.id === previous.id ? parsed.data : b)) : [...plan.budget, parsed.data];
  return { ok: true, value: { ...plan, budget } };
}

export function removeBudgetLine(plan: Plan, id: string): CommandResult {
  return { ok: true, value: { ...plan, budget: plan.budget.filter((b) => b.id !== id) } };
}

/** Adds a funding source to the pipeline. */
export function addFundingSource(plan: Plan, input: FundingInput): CommandResult {
  return saveFundingSource(plan, input, undefined);
}

/** Replaces the form fields of funding source `id` (checked like a new source); funder, dates and notes are kept. */
export function updateFundingSource(plan: Plan, id: string, input: FundingInput): CommandResult {
  const previous = plan.funding.find((f) => f.id === id);
  if (!previous) return bad('id', id);
  return saveFundingSource(plan, input, previous);
}

/** The form fields of an existing funding source, to edit it. */
export const fundingInput = (f: FundingSource): FundingInput => ({
  name: f.name,
  stage: f.stage,
  amount: String(f.amount.amount),
  currency: f.amount.currency,
  valueDate: f.amount.valueDate,
  probability: f.probability === undefined ? '' : String(Math.round(f.probability * 10_000) / 100),
  expectedDate: f.expectedDate ?? '',
});

function saveFundingSource(plan: Plan, input: FundingInput, previous: FundingSource | undefined): CommandResult {
  if (input.name.trim() === '') return bad('name', input.name);
  const m = moneyProblem(input.amount, input.currency, input.valueDate);
  if (m) return bad(m.field, m.value);
  const p = input.probability.trim() === '' ? undefined : amountOf(input.probability) / 100;
  if (p !== undefined && !(p >= 0 && p <= 1)) return bad('probability', input.probability);
  if (input.expectedDate.trim() && !isDate(input.expectedDate.trim())) return bad('expectedDate', input.expectedDate);
  const start: Partial<FundingSource> & { id: string } = previous ?? { id: nextId('F', plan.funding) };
  const { probability: _p, expectedDate: _e, ...kept } = start;
  const source: FundingSource = {
    ...kept,
    name: input.name.trim(),
    stage: input.stage,
    amount: { amount: amountOf(input.amount), currency: input.currency.trim().toUpperCase(), valueDate: input.valueDate.trim() },
    ...(p !== undefined ? { probability: p } : {}),
    ...(input.expectedDate.trim() ? { expectedDate: input.expectedDate.trim() } : {}),
  };
  const parsed = FundingSourceSchema.safeParse(source);
  if (!parsed.success) return bad(String(parsed.error.issues[0]?.path.at(-1) ?? ''), '');
  const funding = previous ? plan.funding.map((f) => (f.id === previous.id ? parsed.data : f)) : [...plan.funding, parsed.data];
  return { ok: true, value: { ...plan, funding } };
}

/** Moves a funding source to another pipeline stage. */
export function setFundingStage(plan: Plan, id: string, stage: FundingStage): CommandResult {
  return { ok: true, value: { ...plan, funding: plan.funding.map((f) => (f.id === id ? { ...f, stage } : f)) } };
}

/** Removes a funding source; budget lines it paid for become unassigned. */
export function removeFundingSource(plan: Plan, id: string): CommandResult {
  return {
    ok: true,
    value: {
      ...plan,
      funding: plan.funding.filter((f) => f.id !== id),
      budget: plan.budget.map((b) => {
        if (b.fundingSource !== id) return b;
        const { fundingSource: _f, ...rest } = b;
        return rest;
      }),
    },
  };
}
