import { samplePlan } from '@dsc/datasets';
import { planTables } from '@dsc/roadmap';
import { tablesToXlsx } from '@dsc/roadmap/export';
import { xlsxSheetToCsv } from '@dsc/validation';
import { describe, expect, it } from 'vitest';
import { mergeActivitiesSheet } from './csv-import.js';

describe('XLSX import of activities', () => {
  it('re-importing the XLSX export into the same plan changes nothing', async () => {
    const plan = await samplePlan();
    const tables = planTables(plan);
    if (!tables.ok) throw new Error(tables.error.code);
    const sheet = xlsxSheetToCsv(await tablesToXlsx(tables.value), { sheetName: 'Schedule' });
    if (!sheet.ok) throw new Error(sheet.message);
    const merged = mergeActivitiesSheet(plan, sheet.csv, 'plan.xlsx (Schedule)');
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    expect(merged.value.added).toBe(0);
    expect(merged.value.updated).toBeGreaterThan(0);
    expect(merged.value.plan).toEqual(plan);
  });

  it('adds the activities of an edited workbook and locates a bad duration by sheet row and column', async () => {
    const plan = await samplePlan();
    const ok = mergeActivitiesSheet(plan, 'id,name,duration,predecessors\nNEW1,Launch preparation,10,\nNEW2,Regional launch event,3,NEW1\n', 'book.xlsx (Schedule)');
    if (!ok.ok) throw new Error(JSON.stringify(ok.error));
    expect(ok.value.added).toBe(2);
    expect(ok.value.plan.dependencies).toContainEqual(expect.objectContaining({ from: 'NEW1', to: 'NEW2', type: 'FS' }));
    const bad = mergeActivitiesSheet(plan, 'id,name,duration\nNEW1,"Launch, regional",three\n', 'book.xlsx (Schedule)');
    expect(bad.ok ? undefined : bad.error).toMatchObject({ code: 'invalid_csv', line: 2, column: 3 });
  });
});
