/* global process, console */
// Start-up of the built `dsc` binary: `dsc validate` on a 3-row file, `dsc --version`, and bare `node -e 0` as the
// baseline of the same run. Prints the median wall time of each and the ratio to the baseline. Build first
// (`pnpm --filter @dsc/cli build`); RUNS sets the number of runs (default 21).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');
if (!existsSync(bin)) {
  console.error(`dsc is not built (${bin}): run "pnpm --filter @dsc/cli build" first`);
  process.exit(2);
}
const runs = Number(process.env.RUNS ?? 21);
const dir = mkdtempSync(join(tmpdir(), 'dsc-startup-'));
const csv = join(dir, 'three-rows.csv');
writeFileSync(csv, 'iso3,indicator,year,value\nKAZ,IT.NET.USER.ZS,2022,90.9\nUZB,IT.NET.USER.ZS,2022,83.2\nKGZ,IT.NET.USER.ZS,2022,78.0\n');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  }
  return median(ms);
}

const base = time(['-e', '0']);
const rows = [
  ['node -e 0 (baseline)', base, ''],
  ['dsc validate <3-row file>', time([bin, 'validate', csv]), 'target ≤ 200 ms'],
  ['dsc validate --no-catalogue <3-row file>', time([bin, 'validate', '--no-catalogue', csv]), ''],
  ['dsc --version', time([bin, '--version']), ''],
  ['dsc --help (loads every command)', time([bin, '--help']), ''],
];
rmSync(dir, { recursive: true, force: true });
console.log(`dsc start-up, median of ${runs} runs (Node ${process.versions.node})`);
for (const [name, ms, target] of rows)
  console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms  ×${(ms / base).toFixed(2)} node  ${target}`);
