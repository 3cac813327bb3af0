import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

/** Problems seen while a test ran: console errors, page errors and requests leaving 127.0.0.1. */
export interface Watch {
  consoleErrors: string[];
  external: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], external: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => watch.consoleErrors.push(e.message));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      watch.external.push(url.href);
      return route.abort();
    });
    await use(watch);
    expect(watch.external, 'requests left 127.0.0.1').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  },
});
export { expect };

/** axe with the WCAG 2.0–2.2 A/AA rules; returns the serious and critical violations. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

export async function shot(page: Page, name: string) {
  const path = `test-results/screenshots/${name}.png`;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** Waits until the page shows its data (no loading indicator left, main heading visible). */
export async function ready(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main [role="status"]', { hasText: /…$/ })).toHaveCount(0, { timeout: 20_000 });
}
