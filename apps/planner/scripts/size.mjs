// Prints the gzip size of the initial JS and of each route (its chunk plus the static imports it adds to
// the initial set) from the Vite manifest of the last build, and fails when one is over budget.
// Usage: pnpm --filter @dsc/planner build && pnpm --filter @dsc/planner size
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
const BUDGET = { initial: 150 * KIB, route: 110 * KIB };
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No build manifest at ${manifestPath}: run "pnpm --filter @dsc/planner build" first.`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, file.endsWith('.js') ? gzipSync(readFileSync(join(dist, file)), { level: 9 }).length : 0);
  return gz.get(file);
};
/** The files a chunk pulls in synchronously (itself and its static imports, transitively). */
const closure = (key, seen = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
};
const sum = (files) => [...files].reduce((s, f) => s + size(f), 0);
const fmt = (n) => `${(n / KIB).toFixed(1).padStart(6)} KiB`;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = closure(entryKey);
const rows = [{ name: 'initial (entry + static imports)', bytes: sum(initial), budget: BUDGET.initial }];
for (const [key, chunk] of Object.entries(manifest)) {
  const m = /^src\/routes\/([a-z-]+)\.tsx$/.exec(key);
  if (!m || !chunk.isDynamicEntry) continue;
  const files = [...closure(key)].filter((f) => !initial.has(f));
  rows.push({ name: `route ${m[1]}`, bytes: sum(files), budget: BUDGET.route });
}
// Data and locale chunks are fetched on demand by every route: reported for information.
const info = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry || /^src\/routes\//.test(key)) continue;
  const files = [...closure(key)].filter((f) => !initial.has(f));
  info.push({ name: key.replace(/^.*node_modules\//, '').replace(/^\.\.\/\.\.\//, ''), bytes: sum(files) });
}
let failed = false;
console.log('gzip sizes (level 9), KiB = 1024 bytes');
for (const r of rows) {
  const over = r.bytes > r.budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : ' ok '} ${fmt(r.bytes)} / ${fmt(r.budget)}  ${r.name}`);
}
console.log('on-demand chunks (data, locales):');
for (const r of info.sort((a, b) => b.bytes - a.bytes)) console.log(`      ${fmt(r.bytes)}  ${r.name}`);
if (failed) {
  console.error('Bundle budget exceeded.');
  process.exit(1);
}
