import { samplePlan } from '@dsc/datasets';
import { parseDocument } from '@dsc/domain';
import { fundingPipeline } from '@dsc/roadmap';
import { describe, expect, it } from 'vitest';
import { addBudgetLine, addFundingSource, budgetLineInput, fundingInput, removeFundingSource, setFundingStage, updateBudgetLine, updateFundingSource } from './budget-commands.js';

const line = { budgetClass: '105', description: 'Regional consultant', activity: '', periodStart: '2027-01-01', periodEnd: '2027-06-30', amount: '12 000', currency: 'usd', valueDate: '2027-01-01', fundingSource: '' };
const source = { name: 'Bilateral grant', stage: 'pledged' as const, amount: '50000', currency: 'USD', valueDate: '2027-01-01', probability: '80', expectedDate: '2027-09-01' };
const gap = (p: Parameters<typeof fundingPipeline>[0]) => {
  const r = fundingPipeline(p);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('budget and funding commands', () => {
  it('a new budget line raises the total and the gap by its amount, and the plan stays a valid document', async () => {
    const plan = await samplePlan();
    const r = addBudgetLine(plan, line);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.budget.at(-1)).toMatchObject({ budgetClass: '105', money: { amount: 12000, currency: 'USD', valueDate: '2027-01-01' } });
    expect(gap(r.value).budgetTotal - gap(plan).budgetTotal).toBeCloseTo(12000, 6);
    expect(gap(r.value).gap - gap(plan).gap).toBeCloseTo(12000, 6);
    expect(parseDocument(r.value).ok).toBe(true);
  });

  it('names the refused field and keeps the value typed', async () => {
    const plan = await samplePlan();
    expect(addBudgetLine(plan, { ...line, amount: '-5' })).toEqual({ ok: false, error: { code: 'bad_field', field: 'amount', value: '-5' } });
    expect(addBudgetLine(plan, { ...line, currency: 'XYZ' })).toEqual({ ok: false, error: { code: 'bad_field', field: 'currency', value: 'XYZ' } });
    expect(addBudgetLine(plan, { ...line, periodEnd: '2026-12-31' })).toMatchObject({ ok: false, error: { field: 'periodEnd' } });
    expect(addBudgetLine(plan, { ...line, valueDate: '2027-02-30' })).toMatchObject({ ok: false, error: { field: 'valueDate' } });
    expect(addFundingSource(plan, { ...source, probability: '120' })).toMatchObject({ ok: false, error: { field: 'probability' } });
  });

  it('a pledged source narrows the gap after pledges; moving it to committed secures it; removing it unassigns its lines', async () => {
    const plan = await samplePlan();
    const added = addFundingSource(plan, source);
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    const id = added.value.funding.at(-1)!.id;
    expect(gap(plan).gapAfterPledges - gap(added.value).gapAfterPledges).toBeCloseTo(50000, 6);
    const committed = setFundingStage(added.value, id, 'committed');
    if (!committed.ok) throw new Error('stage');
    expect(gap(committed.value).secured - gap(added.value).secured).toBeCloseTo(50000, 6);
    const withLine = addBudgetLine(committed.value, { ...line, fundingSource: id });
    if (!withLine.ok) throw new Error('line');
    const removed = removeFundingSource(withLine.value, id);
    if (!removed.ok) throw new Error('remove');
    expect(removed.value.funding.some((f) => f.id === id)).toBe(false);
    expect(removed.value.budget.at(-1)!.fundingSource).toBeUndefined();
    expect(parseDocument(removed.value).ok).toBe(true);
  });
  it('an edited budget line keeps its id, place and unit costing, and moves the gap by the change', async () => {
    const plan = await samplePlan();
    const target = plan.budget[0]!;
    expect(updateBudgetLine(plan, target.id, budgetLineInput(target))).toEqual({ ok: true, value: plan });
    const r = updateBudgetLine(plan, target.id, { ...budgetLineInput(target), amount: String(target.money.amount + 1000) });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.budget[0]).toEqual({ ...target, money: { ...target.money, amount: target.money.amount + 1000 } });
    expect(r.value.budget).toHaveLength(plan.budget.length);
    expect(updateBudgetLine(plan, target.id, { ...budgetLineInput(target), currency: 'XYZ' })).toEqual({ ok: false, error: { code: 'bad_field', field: 'currency', value: 'XYZ' } });
    expect(updateBudgetLine(plan, 'nope', line)).toMatchObject({ ok: false, error: { field: 'id' } });
  });

  it('an edited funding source keeps its id and funder; a negative amount is refused', async () => {
    const plan = await samplePlan();
    const target = plan.funding[0]!;
    expect(updateFundingSource(plan, target.id, fundingInput(target))).toEqual({ ok: true, value: plan });
    const r = updateFundingSource(plan, target.id, { ...fundingInput(target), name: 'Renamed' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.funding[0]).toEqual({ ...target, name: 'Renamed' });
    expect(updateFundingSource(plan, target.id, { ...fundingInput(target), amount: '-1' })).toMatchObject({ ok: false, error: { field: 'amount' } });
  });
});
