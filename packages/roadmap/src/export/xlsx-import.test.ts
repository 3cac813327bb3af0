import type { Plan } from '@dsc/domain';
import { describe, expect, it } from 'vitest';
import { fixturePlan } from '../__fixtures__/plan.js';
import type { Cell, TableSheet } from './tables.js';
import { planTables } from './tables.js';
import { tablesToXlsx } from './xlsx.js';
import { planFromXlsx, planToXlsx } from './xlsx-import.js';

/** The export's workbook with `edit` applied to its tables (as someone editing it in a spreadsheet would). */
async function editedWorkbook(plan: Plan, edit: (tables: Map<string, { columns: string[]; rows: Cell[][] }>) => void): Promise<Uint8Array> {
  const r = planTables(plan);
  if (!r.ok) throw new Error(r.error.code);
  const tables = new Map(r.value.map((t) => [t.name, { columns: [...t.columns], rows: t.rows.map((row) => [...row]) }]));
  tables.set('Plan', { columns: ['part', 'json'], rows: [[1, JSON.stringify(plan)]] });
  edit(tables);
  const sheets: TableSheet[] = [...tables].map(([name, t]) => ({ name, ...t }));
  return tablesToXlsx(sheets);
}
const col = (plan: Plan, sheet: string, column: string): number => {
  const r = planTables(plan);
  if (!r.ok) throw new Error(r.error.code);
  return r.value.find((t) => t.name === sheet)!.columns.indexOf(column);
};

describe('plan workbook import', () => {
  it('reads an exported workbook back into an identical plan', async () => {
    const bytes = await planToXlsx(fixturePlan);
    if (!bytes.ok) throw new Error(bytes.error.code);
    const back = await planFromXlsx(bytes.value);
    expect(back).toEqual({ ok: true, value: fixturePlan });
  });

  it('applies edited budget, funding and risk cells and added or deleted rows', async () => {
    const amount = col(fixturePlan, 'Budget', 'amount');
    const bytes = await editedWorkbook(fixturePlan, (t) => {
      t.get('Budget')!.rows[0]![amount] = 1500;
      t.get('Budget')!.rows.splice(1, 1); // delete b2
      const risk = t.get('Risks')!.rows[0]!;
      risk[2] = 2;
      t.get('Risks')!.rows.push(['R2', 'Currency loss', 3, 2, 6, 'financial', null, null]);
    });
    const back = await planFromXlsx(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.budget.map((b) => [b.id, b.money.amount])).toEqual([['b1', 1500], ['b3', 2000]]);
    expect(back.value.budget[1]).toEqual(fixturePlan.budget[2]); // quantity, unit and unit cost survive
    expect(back.value.risks).toEqual([
      { ...fixturePlan.risks[0], likelihood: 2 },
      { id: 'R2', description: { en: 'Currency loss' }, likelihood: 3, impact: 2, category: 'financial' },
    ]);
    expect(back.value.funding).toEqual(fixturePlan.funding);
  });

  it('re-links an activity whose predecessors cell changed', async () => {
    const preds = col(fixturePlan, 'Schedule', 'predecessors');
    const target = fixturePlan.dependencies[0]!.to;
    const bytes = await editedWorkbook(fixturePlan, (t) => {
      const row = t.get('Schedule')!.rows.find((r) => r[0] === target)!;
      row[preds] = `${fixturePlan.dependencies[0]!.from} SS+2`;
    });
    const back = await planFromXlsx(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.dependencies.filter((d) => d.to === target)).toEqual([{ from: fixturePlan.dependencies[0]!.from, to: target, type: 'SS', lag: { value: 2, unit: 'working' } }]);
  });

  it('locates bad cells with what was expected and found', async () => {
    const amount = col(fixturePlan, 'Budget', 'amount');
    const currency = col(fixturePlan, 'Budget', 'currency');
    const negative = await planFromXlsx(await editedWorkbook(fixturePlan, (t) => void (t.get('Budget')!.rows[1]![amount] = -5)));
    expect(negative).toMatchObject({ ok: false, error: { code: 'xlsx_bad_cell', sheet: 'Budget', cell: 'Budget!I3', found: { what: 'number', value: '-5' } } });
    const unknown = await planFromXlsx(await editedWorkbook(fixturePlan, (t) => void (t.get('Budget')!.rows[0]![currency] = 'XYZ')));
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'xlsx_bad_cell', sheet: 'Budget', cell: 'Budget!J2', expected: { what: 'currency' }, found: { what: 'value', value: 'XYZ' } },
    });
    const likelihood = await planFromXlsx(await editedWorkbook(fixturePlan, (t) => void (t.get('Risks')!.rows[0]![2] = 9)));
    expect(likelihood).toMatchObject({ ok: false, error: { cell: 'Risks!C2', expected: { what: 'rating' } } });
    const duplicate = await planFromXlsx(await editedWorkbook(fixturePlan, (t) => void t.get('Risks')!.rows.push([...t.get('Risks')!.rows[0]!])));
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'xlsx_duplicate_id', cell: 'Risks!A3' } });
    const badRef = await planFromXlsx(await editedWorkbook(fixturePlan, (t) => void (t.get('Budget')!.rows[0]![1] = 'nope')));
    expect(badRef).toMatchObject({ ok: false, error: { code: 'xlsx_invalid_plan', cell: 'Budget!B2' } });
  });

  it('explains a workbook without the Plan sheet and a file that is not a workbook', async () => {
    const r = planTables(fixturePlan);
    if (!r.ok) throw new Error(r.error.code);
    const noPlan = await planFromXlsx(await tablesToXlsx(r.value));
    expect(noPlan).toMatchObject({ ok: false, error: { code: 'xlsx_missing_sheet', cell: 'Plan!A1' } });
    const junk = await planFromXlsx(new TextEncoder().encode('id,name\nA,B\n'));
    expect(junk).toMatchObject({ ok: false, error: { code: 'xlsx_unreadable' } });
  });
});
