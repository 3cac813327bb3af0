import { fileURLToPath } from 'node:url';
import { expect, ready, seriousViolations, shot, test } from './fixtures.js';

const file = (name: string) => fileURLToPath(new URL(`./files/${name}`, import.meta.url));

test('a bad file is rejected with located findings and nothing is imported', async ({ page, watch: _watch }) => {
  await page.goto('/import');
  await ready(page);
  await page.getByTestId('import-file').setInputFiles(file('bad.csv'));
  await expect(page.getByRole('status')).toContainText('bad.csv was not imported');
  const findings = page.getByRole('table', { name: 'Findings' });
  await expect(findings).toBeVisible();
  // Line 3 holds the unknown country code, line 4 the value that is not a number.
  await expect(findings.getByRole('row').filter({ hasText: 'KAX' }).first()).toContainText('3');
  await expect(findings.getByRole('row').filter({ hasText: 'abc' }).first()).toContainText('4');
  await expect(page.getByText('No data imported yet.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'import-bad-file');
});

test('findings name their rule in the interface language', async ({ page, watch: _watch }) => {
  await page.goto('/import?lang=ru');
  await ready(page);
  await page.getByTestId('import-file').setInputFiles(file('bad.csv'));
  const row = page.getByRole('table').getByRole('row').filter({ hasText: 'abc' }).first();
  await expect(row).toContainText('Значение нельзя привести к типу поля.');
  await expect(row).toContainText('4');
  // the finding itself, not only its rule title, is in Russian
  const code = page.getByRole('table').getByRole('row').filter({ hasText: 'KAX' }).first();
  await expect(code).toContainText('«KAX» — не код ISO 3166-1 alpha-3 и не разрешённый агрегат.');
});

test('a good file joins the dashboards as user data and survives a reload', async ({ page, watch: _watch }) => {
  await page.goto('/import');
  await ready(page);
  await page.getByTestId('import-file').setInputFiles(file('good.csv'));
  await expect(page.getByRole('status')).toContainText('good.csv: 2 rows imported.');
  await expect(page.getByText('good.csv', { exact: true })).toBeVisible();
  await shot(page, 'import-good-file');

  await page.reload();
  await ready(page);
  await expect(page.getByText('good.csv', { exact: true })).toBeVisible();

  await page.goto('/indicators?ind=IT.NET.USER.ZS&countries=~KAZ&tab=table');
  await ready(page);
  const row = page.getByRole('row').filter({ hasText: '2025' });
  await expect(row).toContainText('12.5');
  await expect(row).toContainText('user data');
  await shot(page, 'indicators-with-user-data');

  // The import date is written in Kazakh with the month name from the Kazakh tables (Chromium lacks them).
  await page.goto('/import?lang=kk');
  await ready(page);
  await expect(page.locator('main')).toContainText(/\d{4} ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/);
  await page.goto('/import');
  await ready(page);
  await page.getByRole('button', { name: 'Remove good.csv' }).click();
  await expect(page.getByText('No data imported yet.')).toBeVisible();
});

test('charts download as SVG and PNG, data as CSV of what is shown', async ({ page, watch: _watch }) => {
  await page.goto('/?overlay=download');
  await ready(page);
  const dialog = page.getByRole('dialog', { name: 'Download' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/" loading="lazy"/);
  expect(await seriousViolations(page)).toEqual([]);
  const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'SVG image' }).click()]);
  expect(svg.suggestedFilename()).toBe('composite-index.svg');
  const svgText = await (await svg.createReadStream()).toArray();
  const body = Buffer.concat(svgText).toString('utf8');
  expect(body).toContain('do not imply official endorsement');
  expect(body).toContain('<svg');
  const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PNG image' }).click()]);
  expect(png.suggestedFilename()).toBe('composite-index.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Displayed data/ }).click()]);
  const csvText = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
  expect(csvText.split('\r\n')[0]).toContain('Country');
  expect(csvText.trim().split('\r\n')).toHaveLength(9);
  const [meta] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Metadata/ }).click()]);
  const metaJson = JSON.parse(Buffer.concat(await (await meta.createReadStream()).toArray()).toString('utf8')) as {
    methodology: { id: string };
    referenceYear: number;
  };
  expect(metaJson.methodology.id).toBe('dsc-dmi');
  expect(metaJson.referenceYear).toBeGreaterThan(2000);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/overlay=/);
});
