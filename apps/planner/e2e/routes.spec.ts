import { expect, ready, seriousViolations, shot, test } from './fixtures.js';

const ROUTES = [
  { name: 'overview', path: '/' },
  { name: 'overview-table', path: '/?tab=table' },
  { name: 'country-list', path: '/country' },
  { name: 'country-KAZ', path: '/country/KAZ' },
  { name: 'indicators', path: '/indicators?ind=IT.NET.USER.ZS' },
  { name: 'compare-radar', path: '/compare?tab=radar' },
  { name: 'methodology', path: '/methodology' },
  { name: 'import', path: '/import' },
] as const;

const LANGS = [
  { lang: 'en', htmlLang: 'en', nav: 'Region overview' },
  { lang: 'ru', htmlLang: 'ru', nav: 'Обзор региона' },
  { lang: 'kk', htmlLang: 'kk', nav: 'Өңірге шолу' },
] as const;

for (const l of LANGS) {
  for (const r of ROUTES) {
    test(`${r.name} in ${l.lang}: renders, no serious axe violation`, async ({ page, watch: _watch }) => {
      const sep = r.path.includes('?') ? '&' : '?';
      await page.goto(`${r.path}${l.lang === 'en' ? '' : `${sep}lang=${l.lang}`}`);
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', l.htmlLang);
      await expect(page.getByRole('navigation', { name: /.+/ }).first()).toContainText(l.nav);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `${l.lang}-${r.name}`);
    });
  }
}

test('Kazakh Latin display variant transliterates the interface', async ({ page, watch: _watch }) => {
  await page.goto('/?lang=kk-Latn');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  await expect(page.locator('main h1')).toHaveText('Öñırge şolu');
  await shot(page, 'kk-Latn-overview');
});

test('Kazakh numbers use a decimal comma and a no-break space in Chromium', async ({ page, watch: _watch }) => {
  await page.goto('/methodology?lang=kk');
  await ready(page);
  const cell = page.locator('table td.num').filter({ hasText: /^0,\d+$/ }).first();
  await expect(cell).toBeVisible();
  await page.goto('/import?lang=kk');
  await ready(page);
  // The observation count is grouped with U+00A0 (ICU ru/kk style), not a comma.
  await expect(page.locator('.source-line').last()).toContainText(/\d\u00a0\d{3}/);
});

test('the view state lives in the URL', async ({ page, watch: _watch }) => {
  await page.goto('/indicators?lang=ru');
  await ready(page);
  await page.getByLabel('Показатель').selectOption('IT.NET.USER.ZS');
  await page.getByRole('checkbox', { name: 'Афганистан' }).uncheck();
  await page.getByRole('link', { name: 'Таблица' }).click();
  await expect(page).toHaveURL(/ind=IT\.NET\.USER\.ZS/);
  await expect(page).toHaveURL(/tab=table/);
  await expect(page).toHaveURL(/lang=ru/);
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await expect(page.getByRole('checkbox', { name: 'Афганистан' })).not.toBeChecked();
  await expect(page.locator('main table')).toBeVisible();
  // The language survives navigation through the menu.
  await page.getByRole('link', { name: 'Сравнение' }).click();
  await expect(page).toHaveURL(/\/compare\?lang=ru/);
});

test('axe catches a deliberately broken page', async ({ page }) => {
  await page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></body></html>');
  const violations = await seriousViolations(page);
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
});

test('what-if weights recompute the ranks on the same data', async ({ page, watch: _watch }) => {
  await page.goto('/methodology');
  await ready(page);
  const section = page.getByRole('region', { name: 'What if the weights were different?' });
  await section.getByLabel('Digital connectivity').fill('4');
  const table = section.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(9);
  await shot(page, 'methodology-what-if');
  await section.getByRole('button', { name: 'Reset weights' }).click();
  await expect(table).toHaveCount(0);
});

test('the Kazakh country profile shows the policy assessment in Kazakh, with review status and coverage', async ({ page, watch: _watch }) => {
  await page.goto('/country/KAZ?lang=kk');
  await ready(page);
  const section = page.getByTestId('policy-assessment');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Саяси, нормативтік-құқықтық және институционалдық базаны бағалау');
  await expect(section.getByRole('columnheader', { name: 'Өлшемшарт' })).toBeVisible();
  await expect(section.getByRole('rowheader', { name: 'Цифрлық дамудың ұлттық стратегиясы' })).toBeVisible();
  await expect(section.locator('tbody [data-status="verified"]').first()).toContainText('тексерілді');
  await expect(page.getByTestId('policy-pillar')).toContainText(/26 өлшемшарттың \d+ тексерілді/);
  await expect(page.getByTestId('policy-index-note')).toContainText('индекске кірмейді');
  // every status mark is in Kazakh (the assessors' rationales and notes are data, shown in the language they were written in)
  const marks = await section.locator('tbody .badge[data-status]').allTextContents();
  expect(marks).toHaveLength(26);
  for (const m of marks) expect(['тексерілді', 'тексеруде', 'жоба', 'дауланды', 'бағаланбаған']).toContain(m);
  await page.goto('/compare?lang=kk');
  await ready(page);
  await expect(page.getByTestId('policy-compare').locator('thead th')).toHaveCount(9);
});
