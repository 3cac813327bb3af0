#!/usr/bin/env node
/* global fetch, setTimeout, requestAnimationFrame, document, performance, MutationObserver, KeyboardEvent */
// Benchmark of the roadmap planner: edit → recomputed schedule → repaint, in Debian chromium.
// Builds the app (unless --no-build), serves it, imports a generated 1,000-activity plan and a
// 20-activity baseline plan, then times duration edits typed into the tree-grid until the edited
// row shows its new finish date and the next frame has been painted. Prints median / p95 and the
// ratio to the small plan measured in the same run.
//
//   pnpm --filter @dsc/planner bench:plan [-- --no-build] [--edits 25] [--size 1000] [--out dist]
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const EDITS = opt('edits', 25);
const SIZE = opt('size', 1000);
const PORT = opt('port', 4392);
const outIndex = args.indexOf('--out');
const OUT = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : 'dist';

/** Deterministic generator (mulberry32) so every run times the same plan. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plan of `n` activities in 10 phases, each activity linked to one or two earlier ones (all four types). */
function generatePlan(id, n) {
  const r = rng(n);
  const phases = Array.from({ length: 10 }, (_, i) => ({ id: `P${i + 1}`, name: { en: `Phase ${i + 1}` } }));
  const activities = [];
  const dependencies = [];
  const types = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
  for (let i = 0; i < n; i++) {
    const milestone = i % 50 === 49;
    activities.push({
      id: `a${i + 1}`,
      name: { en: `Activity ${i + 1}` },
      phase: phases[Math.floor((i * phases.length) / n)].id,
      duration: milestone ? 0 : 1 + Math.floor(r() * 20),
      milestone,
      assignments: [],
      alignment: [],
    });
    if (i > 0) {
      const preds = new Set([i - 1 - Math.floor(r() * Math.min(i, 8))]);
      if (i > 10 && r() < 0.4) preds.add(Math.floor(r() * (i - 1)));
      for (const p of preds)
        dependencies.push({
          from: `a${p + 1}`,
          to: `a${i + 1}`,
          type: types[Math.floor(r() * types.length)],
          lag: { value: Math.floor(r() * 5) - 1, unit: 'working' },
        });
    }
  }
  return {
    kind: 'plan',
    schemaVersion: 2,
    id,
    title: { en: `Benchmark plan of ${n} activities` },
    illustrative: false,
    start: '2027-01-04',
    currency: 'USD',
    countries: [],
    phases,
    results: [],
    activities,
    dependencies,
    calendars: [],
    organisations: [],
    budget: [],
    funding: [],
    kpis: [],
    risks: [],
    scenarios: [],
    baselines: [],
    relatedInitiatives: [],
  };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

async function measure(page, planId, plan, file, targetIndex) {
  await page.goto('/plans');
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: plan.title.en }).waitFor();
  const t0 = Date.now();
  await page.goto(`/plan/${planId}`);
  await page
    .locator(`[role="row"][data-activity="${plan.activities[plan.activities.length - 1].id}"]`)
    .waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const open = Date.now() - t0;
  // Near the top most of the plan moves with the edit; near the end only a few rows change.
  const target = plan.activities[targetIndex(plan.activities.length)].id;
  const row = page.locator(`[role="row"][data-activity="${target}"]`);
  const times = [];
  for (let k = 0; k < EDITS + 3; k++) {
    await row.locator('[data-col="duration"]').click();
    await page.keyboard.press('Enter');
    const input = page.locator('[role="treegrid"] input');
    await input.fill(String(5 + (k % 2 === 0 ? 7 : 0) + k));
    const before = await row.locator('[data-col="finish"]').textContent();
    const ms = await page.evaluate(
      ({ id, before }) =>
        new Promise((resolve) => {
          const input = document.querySelector('[role="treegrid"] input');
          const cell = () =>
            document.querySelector(`[role="row"][data-activity="${id}"] [data-col="finish"]`);
          const start = performance.now();
          const obs = new MutationObserver(() => {
            if (cell()?.textContent === before) return;
            obs.disconnect();
            // The frame that shows the change: after the next animation frame has been painted.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          });
          obs.observe(document.querySelector('[role="treegrid"]'), {
            subtree: true,
            characterData: true,
            childList: true,
          });
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }),
      { id: target, before },
    );
    if (k >= 3) times.push(ms); // the first edits warm up the JIT
  }
  return { open, times };
}

if (!args.includes('--no-build')) execSync(`pnpm exec vite build --outDir ${OUT} --emptyOutDir`, { cwd: app, stdio: 'inherit' });
const server = spawn(
  'pnpm',
  ['exec', 'vite', 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    cwd: app,
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  const small = generatePlan('bench-small', 20);
  const large = generatePlan('bench-large', SIZE);
  const smallFile = join(dir, 'small.plan.json');
  const largeFile = join(dir, 'large.plan.json');
  writeFileSync(smallFile, JSON.stringify(small));
  writeFileSync(largeFile, JSON.stringify(large));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const early = () => 3;
  const late = (n) => n - 5;
  const base = await measure(page, small.id, small, smallFile, early);
  const big = await measure(page, large.id, large, largeFile, early);
  const bigLate = await measure(page, `${large.id}-2`, large, largeFile, late);
  await browser.close();
  const row = (label, m) =>
    `${label.padEnd(22)} open ${String(m.open).padStart(5)} ms   edit→schedule→paint median ${quantile(m.times, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantile(m.times, 0.95).toFixed(1).padStart(6)} ms`;
  console.log(`roadmap planner benchmark (${EDITS} duration edits each, Debian chromium, headless)`);
  console.log(row(`${small.activities.length} activities`, base));
  console.log(row(`${large.activities.length} activities`, big));
  console.log(row(`${large.activities.length}, late edit`, bigLate));
  console.log(
    `ratio ${large.activities.length}/${small.activities.length}: median ×${(quantile(big.times, 0.5) / quantile(base.times, 0.5)).toFixed(1)}, open ×${(big.open / base.open).toFixed(1)}`,
  );
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
}
