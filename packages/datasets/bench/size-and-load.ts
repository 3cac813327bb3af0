/**
 * Size and load benchmark of @dsc/datasets.
 *
 * 1. Bundle size (esbuild, minified, gzip) of what a web app pays for each part, against the baseline of
 *    importing everything: tree-shaking and lazy loading are working when the ratios are well below 1.
 * 2. Time to load and expand observations through `observations()` against the baseline of a plain
 *    `JSON.parse` of the same rows, measured in the same run.
 *
 *   pnpm --filter @dsc/datasets bench
 */
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { observations } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Sizes = { initial: number; lazy: number };

async function bundle(code: string): Promise<Sizes> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '/virtual',
    write: false,
    platform: 'browser',
    conditions: ['@dsc/source'],
    logLevel: 'silent',
    metafile: true,
  });
  // Files loaded up front = the entry and its static imports (transitively); the rest are lazy chunks.
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint !== undefined) ?? '';
  const eager = new Set<string>();
  const walk = (k: string): void => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const i of outputs[k]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(entry);
  let initial = 0;
  let lazy = 0;
  for (const f of r.outputFiles) {
    if (!f.path.endsWith('.js')) continue;
    const gz = gzipSync(f.contents).length;
    const key = Object.keys(outputs).find((k) => f.path.endsWith(k.replace(/^.*virtual/, '')));
    if (key !== undefined && eager.has(key)) initial += gz;
    else lazy += gz;
  }
  return { initial, lazy };
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

const cases: [string, string][] = [
  ['everything (baseline)', `import * as d from './src/index.ts'; console.log(d);`],
  ['countries()', `import { countries } from './src/index.ts'; console.log(countries());`],
  ['indicators()', `import { indicators } from './src/index.ts'; console.log(indicators());`],
  ['frameworks()', `import { frameworks } from './src/index.ts'; console.log(frameworks());`],
  ['policyAssessments()', `import { policyAssessments } from './src/index.ts'; console.log(policyAssessments());`],
  ['policyInstruments()', `import { policyInstruments } from './src/index.ts'; console.log(policyInstruments());`],
  ['observations()', `import { observations } from './src/index.ts'; console.log(await observations({ indicator: 'EGDI' }));`],
  ['samplePlan()', `import { samplePlan } from './src/index.ts'; console.log(await samplePlan());`],
];

const base = await bundle(cases[0]?.[1] ?? '');
console.log('bundle (esbuild minify + gzip)      initial      lazy chunks   initial / baseline');
for (const [name, code] of cases) {
  const s = await bundle(code);
  console.log(`${name.padEnd(34)} ${kib(s.initial).padStart(10)} ${kib(s.lazy).padStart(14)} ${(s.initial / base.initial).toFixed(2).padStart(12)}`);
}

// Load time: observations() (dynamic import of every module + expansion + sort) vs JSON.parse of the same rows.
const all = await observations();
if (!all.ok) throw new Error(all.error.code);
const json = JSON.stringify(all.value);
const runs = 30;
const time = async (f: () => unknown): Promise<number> => {
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await f();
  return (performance.now() - t0) / runs;
};
await time(() => observations());
const tLoader = await time(() => observations());
const tJson = await time(() => JSON.parse(json));
const tOne = await time(() => observations({ iso3: 'KAZ', indicator: 'IT.NET.USER.ZS' }));
console.log(`\nobservations(): ${all.value.length} rows`);
console.log(`  all rows                 ${tLoader.toFixed(2)} ms   (baseline JSON.parse of the same rows ${tJson.toFixed(2)} ms, ratio ${(tLoader / tJson).toFixed(2)})`);
console.log(`  one country × indicator  ${tOne.toFixed(2)} ms   (ratio to baseline ${(tOne / tJson).toFixed(2)})`);
