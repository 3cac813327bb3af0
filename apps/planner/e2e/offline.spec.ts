import { expect, ready, test } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

test('works offline after the first visit, with the imported data', async ({ page, context, watch: _watch }) => {
  await page.goto('/country/KGZ?lang=ru');
  await ready(page);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active !== null;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await ready(page);
  await context.setOffline(true);
  await page.goto('/methodology?lang=kk');
  await ready(page);
  await expect(page.locator('main h1')).toHaveText('Әдістеме');
  await page.goto('/country/KGZ?lang=ru');
  await ready(page);
  await expect(page.locator('main h1')).toHaveText('Кыргызстан');
  await context.setOffline(false);
});
