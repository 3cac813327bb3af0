import { readFile } from 'node:fs/promises';
import { Plan } from '@dsc/domain';
import { planTables } from '@dsc/roadmap';
import { tablesToXlsx } from '@dsc/roadmap/export';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, shot, test } from './fixtures.js';

/** Opens the list of plans and creates an empty plan with the keyboard only. */
async function createPlan(page: Page, title: string, start = '2027-01-04') {
  await page.goto('/plans');
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await page.getByLabel('Title').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await page.keyboard.type(start.replace(/-/g, '').slice(4, 8) + start.slice(0, 4));
  await page.getByLabel('Title').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

const grid = (page: Page) => page.getByRole('treegrid');
const row = (page: Page, n: number) => grid(page).getByRole('row').nth(n);
const cell = (page: Page, n: number, col: string) => row(page, n).locator(`[data-col="${col}"]`);

async function typeInCell(page: Page, value: string) {
  await page.keyboard.press('Enter');
  const input = grid(page).locator('input');
  await expect(input).toBeFocused();
  await input.fill(value);
  await page.keyboard.press('Enter');
  await expect(grid(page).locator('input')).toHaveCount(0);
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');
}

test('build a plan by keyboard: add, rename, durations, links, critical path, undo, redo, autosave', async ({
  page,
  watch: _watch,
}) => {
  await createPlan(page, 'Keyboard plan');
  await grid(page).focus();
  // First activity: Insert adds a row and opens its name for editing.
  await page.keyboard.press('Insert');
  await page.keyboard.type('Design');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await typeInCell(page, '10');
  // Second activity after the first; link it to the first by WBS code.
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Build');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await typeInCell(page, '15');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await typeInCell(page, '1');
  // Third activity in parallel with a longer duration, not linked yet.
  await page.keyboard.press('Insert');
  await page.keyboard.type('Procure');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await typeInCell(page, '30');

  await expect(cell(page, 1, 'name')).toHaveText('Design');
  await expect(cell(page, 2, 'start')).toHaveText('2027-01-14');
  await expect(cell(page, 2, 'pred')).toHaveText('1');
  await expect(page.getByTestId('critical-path')).toHaveText('Procure');

  // Link Procure → Build finish-to-finish with a 2-day lag: Build is now driven by Procure.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await expect(cell(page, 2, 'pred')).toBeFocused();
  await typeInCell(page, '1, 3FF+2d');
  await expect(cell(page, 2, 'finish')).toHaveText('2027-02-04');
  await expect(page.getByTestId('critical-path')).toHaveText('Procure → Build');
  await expect(page.locator('.tl-link')).toHaveCount(2);
  await expect(page.locator('.tl-link__label')).toHaveText('FF+2d');

  // A cycle is refused with a message and changes nothing.
  await page.keyboard.press('ArrowDown');
  await typeInCell(page, '2');
  await expect(page.getByRole('alert')).toContainText('loop');
  await expect(cell(page, 3, 'pred')).toHaveText('');

  // Undo the FF link, then redo it.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('critical-path')).toHaveText('Procure');
  await expect(cell(page, 2, 'pred')).toHaveText('1');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('critical-path')).toHaveText('Procure → Build');

  // Indent and outdent by keyboard, then move an activity a step (Alt+→ = one week at month scale).
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(row(page, 3)).toHaveAttribute('aria-level', '2');
  await expect(row(page, 2)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(row(page, 3)).toHaveAttribute('aria-level', '1');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(cell(page, 1, 'start')).toHaveText('2027-01-11');
  // Design slipped a week: it now finishes exactly when Build must start, so it joins the critical path.
  await expect(page.getByTestId('critical-path')).toHaveText('Procure → Design → Build');

  await saved(page);
  await page.reload();
  await expect(cell(page, 3, 'name')).toHaveText('Procure');
  await expect(cell(page, 2, 'pred')).toHaveText('1, 3FF+2d');
  await expect(cell(page, 1, 'start')).toHaveText('2027-01-11');
  await expect(page.getByTestId('critical-path')).toHaveText('Procure → Design → Build');
  await shot(page, 'plan-keyboard');
});

test('a script payload in an activity name is shown as text and never runs', async ({
  page,
  watch: _watch,
}) => {
  await createPlan(page, 'Payload plan');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await grid(page).focus();
  await page.keyboard.press('Insert');
  await page.keyboard.type(payload);
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, 'name')).toHaveText(payload);
  await page.getByRole('link', { name: 'Logframe' }).click();
  await page.getByRole('link', { name: 'Proposal and exports' }).click();
  await expect(page.getByTestId('proposal')).toBeVisible();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(cell(page, 1, 'name')).toHaveText(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
});

test('export a plan and re-import it: the document is identical', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export *.plan.json' }).click();
  const file = await (await first).path();
  const exported = await readFile(file, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ kind: 'plan', schemaVersion: 2 });

  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: /^Delete “ILLUSTRATIVE/ }).click();
  await expect(page.getByRole('status')).toContainText('Deleted');
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('Imported');
  await page.getByRole('link', { name: /^ILLUSTRATIVE/ }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export *.plan.json' }).click();
  const again = await readFile(await (await second).path(), 'utf8');
  expect(again).toBe(exported);
});

test('a broken plan file is refused with file, line and column', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'broken.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{\n  "kind": "plan",\n  "schemaVersion": 2,\n  "id": "x",\n  "title": { "en": "T" },\n  "start": "2027-13-01"\n}\n',
    ),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.plan.json, line 6');
  await expect(alert).toContainText('/start');
});

for (const lang of ['en', 'ru', 'kk'] as const) {
  test(`the proposal opens and exports in ${lang}`, async ({ page, watch: _watch }) => {
    await page.goto('/plans');
    await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
    await expect(page.getByRole('treegrid')).toBeVisible();
    await page.getByRole('link', { name: 'Proposal and exports' }).click();
    await page.getByTestId('proposal-lang').selectOption(lang);
    const heading = { en: /Executive summary/, ru: /Резюме/, kk: /Қысқаша түйіндеме/ }[lang];
    await expect(page.getByTestId('proposal')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('proposal').locator('h2, h3', { hasText: heading }).first()).toBeVisible();
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download DOCX' }).click();
    const download = await dl;
    expect(download.suggestedFilename()).toMatch(new RegExp(`-proposal-${lang}\\.docx$`));
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Plan views' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    if (lang === 'en') {
      const iati = page.waitForEvent('download');
      await page.getByRole('button', { name: 'IATI XML' }).click();
      const xml = await readFile(await (await iati).path(), 'utf8');
      expect(xml).toContain('<iati-activities');
      const xlsx = page.waitForEvent('download');
      await page.getByRole('button', { name: 'XLSX tables' }).click();
      const book = await readFile(await (await xlsx).path());
      expect(book.subarray(0, 2).toString()).toBe('PK');
      expect(book.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
    }
  });
}

const VIEWS = ['schedule', 'logframe', 'kpis', 'alignment', 'budget', 'scenarios', 'proposal'] as const;

test('the plan list has no serious or critical axe violation', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const lang of ['en', 'ru', 'kk'] as const)
  test(`planner views in ${lang} have no serious or critical axe violation`, async ({
    page,
    watch: _watch,
  }) => {
    // every view of the plan in turn, each with an axe scan: minutes on a busy 2-core machine
    test.setTimeout(300_000);
    await page.goto('/plans');
    await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
    await expect(page.getByRole('treegrid')).toBeVisible();
    const path = new URL(page.url()).pathname;
    for (const view of VIEWS) {
      const q = new URLSearchParams({
        ...(view === 'schedule' ? {} : { view }),
        ...(lang === 'en' ? {} : { lang }),
      });
      await page
        .goto(`${path}?${q}`, { waitUntil: 'domcontentloaded' })
        .catch(() => page.goto(`${path}?${q}`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.getByText(/^(Loading|Загрузка|Жүктелуде)/)).toHaveCount(0, { timeout: 20_000 });
      expect(await seriousViolations(page), `${lang} ${view}`).toEqual([]);
      if (lang === 'en') await shot(page, `plan-${view}`);
    }
  });

test('MS Project XML export imports back as one undoable step', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  const finish = await page.getByTestId('schedule-summary').locator('p').first().textContent();
  await page.getByRole('link', { name: 'Proposal and exports' }).click();
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'MS Project XML', exact: true }).click();
  const xml = await (await dl).path();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.locator('input[type="file"]').setInputFiles(xml);
  await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');
  await expect(page.getByTestId('schedule-summary').locator('p').first()).toHaveText(finish ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByTestId('schedule-summary').locator('p').first()).toHaveText(finish ?? '');
});

test('the XLSX export imports back into the plan as one undoable step that changes nothing', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  const finish = await page.getByTestId('schedule-summary').locator('p').first().textContent();
  const planJson = async (): Promise<string> => {
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export *.plan.json' }).click();
    return readFile(await (await dl).path(), 'utf8');
  };
  const before = await planJson();
  await page.getByRole('link', { name: 'Proposal and exports' }).click();
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX tables' }).click();
  const book = await (await dl).path();
  await page.getByRole('link', { name: 'Schedule' }).click();
  await page.locator('input[type="file"]').setInputFiles(book);
  await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');
  await expect(page.getByTestId('schedule-summary').locator('p').first()).toHaveText(finish ?? '');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  expect(await planJson()).toBe(before);
  // A workbook edited in a spreadsheet: a negative amount is refused and located by sheet and cell.
  const tables = planTables(Plan.parse(JSON.parse(before)));
  if (!tables.ok) throw new Error(tables.error.code);
  const budget = tables.value.find((t) => t.name === 'Budget')!;
  const amount = budget.columns.indexOf('amount');
  const edited = [
    ...tables.value.map((t) => (t === budget ? { ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((c, k) => (k === amount ? -5 : c)) : r)) } : t)),
    { name: 'Plan', columns: ['part', 'json'], rows: Array.from({ length: Math.ceil(before.length / 30_000) }, (_, i) => [i + 1, before.slice(i * 30_000, (i + 1) * 30_000)]) },
  ];
  await page.locator('input[type="file"]').setInputFiles({ name: 'edited.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await tablesToXlsx(edited)) });
  await expect(page.getByRole('alert').first()).toContainText('cell Budget!I2: expected an amount of zero or more, found -5');
  expect(await planJson()).toBe(before);
  await page.locator('input[type="file"]').setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK not really a workbook') });
  await expect(page.getByRole('alert').first()).toContainText('broken.xlsx');
});

test('a budget line and a funding source added by keyboard move the totals; undo restores them', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  await page.getByRole('link', { name: 'Budget and funding' }).click();
  const total = page.getByTestId('budget-total');
  const before = await total.textContent();
  const gap = page.getByTestId('funding-gap');
  const gapBefore = await gap.textContent();
  const lineForm = page.getByRole('form', { name: 'Add budget line' });
  await lineForm.getByLabel('Budget class').focus();
  await page.keyboard.type('105');
  await lineForm.getByLabel('Amount').focus();
  await page.keyboard.type('-10');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toContainText('Amount: “-10” is not valid');
  await lineForm.getByLabel('Amount').fill('');
  await lineForm.getByLabel('Amount').focus();
  await page.keyboard.type('10000');
  await page.keyboard.press('Enter');
  await expect(total).not.toHaveText(before ?? '');
  await expect(gap).not.toHaveText(gapBefore ?? '');
  const gapAdded = await gap.textContent();
  // Edit the new line by keyboard: its values fill the form, focus moves there, one undo step reverts the change.
  const added = await total.textContent();
  await page.getByRole('button', { name: /^Edit BL/ }).last().focus();
  await page.keyboard.press('Enter');
  const editForm = page.getByRole('form', { name: 'Edit budget line' });
  await expect(editForm.getByLabel('Budget class')).toBeFocused();
  await expect(editForm.getByLabel('Amount')).toHaveValue('10000');
  await editForm.getByLabel('Amount').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('25000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Add budget line' })).toBeVisible();
  await expect(total).not.toHaveText(added ?? '');
  await expect(gap).not.toHaveText(gapAdded ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(total).toHaveText(added ?? '');
  await expect(gap).toHaveText(gapAdded ?? '');
  const fundingForm = page.getByRole('form', { name: 'Add funding source' });
  await fundingForm.getByLabel('Name').focus();
  await page.keyboard.type('Bilateral grant');
  await fundingForm.getByLabel('Amount').focus();
  await page.keyboard.type('10000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Stage of Bilateral grant' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Stage of Bilateral grant' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(total).toHaveText(before ?? '');
  await expect(gap).toHaveText(gapBefore ?? '');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a risk added by keyboard enters the register and the matrix; undo removes it', async ({ page, watch: _watch }) => {
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  await page.getByRole('link', { name: 'Logframe' }).click();
  const form = page.getByRole('form', { name: 'Add risk' });
  await form.getByLabel('Risk').focus();
  await page.keyboard.type('Host-country agreement delayed');
  await form.getByLabel('Likelihood').selectOption('5');
  await form.getByLabel('Impact').selectOption('5');
  await form.getByLabel('Risk').focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('row').filter({ hasText: 'Host-country agreement delayed' });
  await expect(row).toContainText('25');
  // Edit it by keyboard: lower the impact and add a mitigation; one undo step restores the score.
  await row.getByRole('button', { name: /^Edit R/ }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit risk' });
  await expect(edit.getByLabel('Risk')).toBeFocused();
  await edit.getByLabel('Impact').selectOption('2');
  await edit.getByLabel('Mitigation').focus();
  await page.keyboard.type('Sign a memorandum early');
  await page.keyboard.press('Enter');
  await expect(row).toContainText('10');
  await expect(row).toContainText('Sign a memorandum early');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('25');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toHaveCount(0);
});

test('two windows on one plan stay in step, and plans compare side by side', async ({
  page,
  context,
  watch: _watch,
}) => {
  await createPlan(page, 'Window plan');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('treegrid')).toBeVisible();
  await grid(page).focus();
  await page.keyboard.press('Insert');
  await page.keyboard.type('Shared step');
  await page.keyboard.press('Enter');
  await saved(page);
  await expect(other.getByRole('treegrid').locator('[data-col="name"]').first()).toHaveText('Shared step');
  await other.close();

  await page.goto('/plans');
  await page.getByRole('button', { name: 'Open the illustrative DSC roadmap' }).click();
  await expect(page.getByRole('treegrid')).toBeVisible();
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Compare “Window plan”' }).check();
  await page.getByRole('checkbox', { name: /^Compare “ILLUSTRATIVE/ }).check();
  const table = page.getByRole('table', { name: 'Plans side by side' });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /End date/ })).toContainText('2027-09-03');
});

test('baseline overlay with variance, and drag to move and to link', async ({ page, watch: _watch }) => {
  await createPlan(page, 'Drag plan');
  await grid(page).focus();
  for (const [name, days] of [
    ['Alpha', '10'],
    ['Beta', '10'],
  ] as const) {
    await page.keyboard.press('Insert');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await typeInCell(page, days);
    await page.keyboard.press('ArrowLeft');
  }
  await page.getByRole('button', { name: 'Save baseline' }).click();
  await expect(page.getByLabel('Baseline overlay')).not.toHaveValue('');
  await expect(page.locator('.tl-baseline')).toHaveCount(2);

  // Drag Beta's bar to the right by about two weeks (month scale snaps to 7 days).
  const beta = page.locator('.tl-bar[data-activity="act-2"] .tl-bar__body');
  const box = (await beta.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 35, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 70, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(cell(page, 2, 'start')).toHaveText('2027-01-18');
  const variance = page.locator('.baseline-variance');
  await expect(variance.getByRole('row', { name: /Beta/ })).toContainText('+14');

  // Drag from Alpha's end handle onto Beta: a finish-to-start link.
  const alpha = page.locator('.tl-bar[data-activity="act-1"]');
  await alpha.hover();
  const handle = (await alpha.locator('.tl-handle').boundingBox())!;
  const target = (await beta.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 10, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(cell(page, 2, 'pred')).toHaveText('1');
  await expect(page.locator('.tl-link')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(cell(page, 2, 'pred')).toHaveText('');

  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Timeline SVG' }).click();
  const doc = await readFile(await (await svg).path(), 'utf8');
  expect(doc).toContain('Drag plan');
  expect(doc).toMatch(/<rect[^>]*class="tl-bar__body"[^>]*fill="rgb\(0, 104, 157\)"/);
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Timeline PNG' }).click();
  const bytes = await readFile(await (await png).path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('activity details: names in three languages and ±1 step buttons, each one undo step', async ({
  page,
  watch: _watch,
}) => {
  await createPlan(page, 'Details plan');
  await grid(page).focus();
  await page.keyboard.press('Insert');
  await page.keyboard.type('Workshop');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Activity: Workshop' });
  await details.getByLabel('Name in Russian').fill('Семинар');
  await details.getByLabel('Name in Russian').press('Enter');
  await details.getByRole('button', { name: '7 days later' }).click();
  await expect(cell(page, 1, 'start')).toHaveText('2027-01-11');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, 1, 'start')).toHaveText('2027-01-04');
  await saved(page);
  await page.goto(`${new URL(page.url()).pathname}?lang=ru`);
  await expect(cell(page, 1, 'name')).toHaveText('Семинар');
});

test('a spreadsheet table of activities imports as one undoable step; a bad row is located', async ({
  page,
  watch: _watch,
}) => {
  await createPlan(page, 'Table plan');
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({
    name: 'activities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,name,duration,predecessors\nA,Design,3,\nB,Build,5,A FS+2\nC,Launch,0,B\n'),
  });
  await expect(cell(page, 3, 'name')).toHaveText('Launch');
  await expect(cell(page, 2, 'start')).toHaveText('2027-01-09');
  await expect(page.getByTestId('critical-path')).toHaveText('Design → Build → Launch');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid(page).getByRole('row')).toHaveCount(1);
  await input.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,name,duration,predecessors\nA,Design,three,\n'),
  });
  await expect(page.getByRole('alert').first()).toContainText('bad.csv, line 2');
});
