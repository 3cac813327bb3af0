#!/usr/bin/env node
// Lists source modules (src/**/*.ts, *.tsx) longer than MAX_LINES. Tests, benchmarks, fixtures and the data
// files named in DATA_FILES are not counted. Prints the offenders and exits 0; with --strict it exits 1 when
// there is any offender.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, sourceWorkspaces, walk } from './workspaces.mjs';

const MAX_LINES = 400;

/** Data, not logic: generated from packages/datasets/data/ by packages/datasets/scripts/generate.ts. */
const DATA_FILES = [
  'packages/datasets/src/data/iati-codelists.ts',
  'packages/datasets/src/data/initiatives.ts',
  'packages/datasets/src/data/policy-assessments.ts',
  'packages/datasets/src/data/policy-instruments.ts',
  'packages/datasets/src/data/policy-rubric.ts',
  'packages/datasets/src/data/recommendations.ts',
  'packages/datasets/src/data/observations/owid-itu-internet.ts',
  'packages/datasets/src/data/observations/owid-un-sdg-9c1.ts',
  'packages/datasets/src/data/observations/un-desa-egov.ts',
  'packages/datasets/src/data/observations/wb-wdi.ts',
];

const strict = process.argv.includes('--strict');
const isSource = (path) =>
  /\.tsx?$/.test(path) &&
  !/\.d\.ts$/.test(path) &&
  !/\.(test|spec|bench)\.tsx?$/.test(path) &&
  !/(^|\/)(__fixtures__|__tests__|fixtures)\//.test(path);

for (const listed of DATA_FILES) {
  if (!existsSync(join(root, listed)))
    console.warn(`! ${listed} is listed as a data file but does not exist: update DATA_FILES`);
}

const offenders = [];
let count = 0;
for (const ws of sourceWorkspaces()) {
  for (const abs of walk(join(root, ws, 'src'))) {
    const path = relative(root, abs).split('\\').join('/');
    if (!isSource(path) || DATA_FILES.includes(path)) continue;
    count += 1;
    const text = readFileSync(abs, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) offenders.push({ path, lines });
  }
}

offenders.sort((a, b) => b.lines - a.lines);
if (offenders.length === 0) {
  console.log(`✓ ${count} source modules, none over ${MAX_LINES} lines`);
} else {
  const mark = strict ? '✗' : '!';
  console.log(`${mark} ${offenders.length} of ${count} source modules are over ${MAX_LINES} lines:`);
  for (const { path, lines } of offenders) console.log(`    ${String(lines).padStart(5)}  ${path}`);
  if (strict) process.exit(1);
  console.log('  (warning only; run with --strict to fail)');
}
