/**
 * `pnpm --filter @dsc/validation bench`: generates the benchmark inputs in a temporary directory (never
 * committed), bundles the validator once, and measures in fresh processes on this machine:
 *   F0 (bytes + newline count), F1 (decode + line split + naive split(',')), structural-only, full
 *   validation (types, PK, unit rules, series), the same with 1 % bad rows, peak RSS, start-up on a
 *   3-row file, and an XLSX with 100 k rows. Prints each figure and its ratio to F1.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, createWriteStream, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import countries from 'i18n-iso-countries';
import { build } from 'tsup';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const XLSX_ROWS = Number(process.env['BENCH_XLSX_ROWS'] ?? 100_000);
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 2);
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dsc-validation-bench-'));

/** Deterministic pseudo-random numbers (LCG) so that every run reads the same file. */
let seed = 42;
const rnd = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

const AREAS = Object.keys(countries.getAlpha3Codes()).sort().slice(0, 200);
const INDICATORS = Array.from({ length: 50 }, (_, i) => (i % 2 ? `BENCH.IND${i}.ZS` : `BENCH.IND${i}.P2`));
const SOURCES = ['World Bank WDI', '"ITU, World Telecommunication/ICT Indicators"', 'UN DESA', '"UNSD, SDG Global Database"', 'National statistical office'];

async function writeLong(path: string, rows: number, badEvery = 0): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string): Promise<void> => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', () => r())));
  await write('country,indicator,year,value,unit,source,status\n');
  const years = Math.ceil(rows / (AREAS.length * INDICATORS.length));
  let n = 0;
  let buf = '';
  for (const a of AREAS)
    for (const ind of INDICATORS) {
      const pct = ind.endsWith('.ZS');
      let v = rnd() * 50;
      for (let y = 0; y < years && n < rows; y++, n++) {
        v = Math.min(pct ? 100 : 170, Math.max(0, v + (rnd() - 0.45) * 3));
        const src = SOURCES[Math.floor(rnd() * SOURCES.length)]!;
        const bad = badEvery > 0 && n % badEvery === badEvery - 1;
        buf += `${a},${ind},${2024 - years + 1 + y},${bad ? 'n.a.' : v.toFixed(3)},${pct ? '% of population' : 'per 100 people'},${src},${rnd() < 0.9 ? 'A' : 'E'}\n`;
        if (buf.length > 1 << 16) {
          await write(buf);
          buf = '';
        }
      }
    }
  await write(buf);
  await new Promise<void>((r) => out.end(() => r()));
}

function writeXlsx(path: string, rows: number): void {
  const shared = [...new Set(['country', 'indicator', 'year', 'value', 'unit', 'source', 'status', ...AREAS, ...INDICATORS, '% of population', 'per 100 people', 'World Bank WDI', 'A'])];
  const si = new Map(shared.map((s, i) => [s, i]));
  const s = (v: string): string => `<c t="s"><v>${si.get(v)}</v></c>`;
  const parts: string[] = [];
  parts.push(`<row r="1">${['country', 'indicator', 'year', 'value', 'unit', 'source', 'status'].map(s).join('')}</row>`);
  let n = 0;
  for (const a of AREAS)
    for (const ind of INDICATORS)
      for (let y = 0; y < 100 && n < rows; y++, n++) {
        const pct = ind.endsWith('.ZS');
        parts.push(`<row r="${n + 2}">${s(a)}${s(ind)}<c><v>${1925 + y}</v></c><c><v>${(rnd() * (pct ? 100 : 150)).toFixed(3)}</v></c>${s(pct ? '% of population' : 'per 100 people')}${s('World Bank WDI')}${s('A')}</row>`);
      }
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((x) => `<si><t>${x.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('')}</sst>`;
  const wb = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  writeFileSync(
    path,
    zipSync({
      'xl/workbook.xml': strToU8(wb),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/sharedStrings.xml': strToU8(sst),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    }),
  );
}

type Run = { mode: string; seconds: number; wallSeconds: number; processCpu: number; uptime: number; maxRssMb: number; rows: number; findings: number; errors: number };

function measure(bundle: string, mode: string, file: string, repeat = REPEAT, flags: string[] = []): Run & { wall: number } {
  let best: (Run & { wall: number }) | undefined;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [...flags, bundle, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const wall = (performance.now() - t0) / 1000;
    const r = { ...(JSON.parse(out.trim().split('\n').pop()!) as Run), wall };
    if (!best || r.seconds < best.seconds) best = { ...r, wall: Math.min(wall, best?.wall ?? Infinity) };
  }
  return best!;
}

const fmt = (n: number, d = 3): string => n.toFixed(d);

try {
  console.log(`bench dir: ${dir} (deleted at the end)`);
  await build({
    entry: { child: join(here, 'child.ts') },
    format: 'esm',
    outDir: dir,
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    silent: true,
    esbuildOptions(o) {
      o.conditions = ['@dsc/source'];
    },
  });
  const bundle = join(dir, 'child.js');
  const clean = join(dir, 'long.csv');
  const bad = join(dir, 'long-bad.csv');
  const tiny = join(dir, 'tiny.csv');
  const xlsx = join(dir, 'long.xlsx');
  await writeLong(clean, ROWS);
  await writeLong(bad, ROWS, 100);
  writeFileSync(tiny, 'country,indicator,year,value,unit,source,status\nKAZ,EGDI,2024,0.86,index 0-1,UN DESA,A\nKGZ,EGDI,2024,0.72,index 0-1,UN DESA,A\nUZB,EGDI,2024,0.74,index 0-1,UN DESA,A\n');
  writeXlsx(xlsx, XLSX_ROWS);
  console.log(`input: ${ROWS.toLocaleString('en')} rows, ${fmt(statSync(clean).size / 1e6, 1)} MB; xlsx ${XLSX_ROWS.toLocaleString('en')} rows, ${fmt(statSync(xlsx).size / 1e6, 1)} MB`);

  const f0 = measure(bundle, 'f0', clean);
  const f1 = measure(bundle, 'f1', clean);
  const st = measure(bundle, 'structure', clean);
  const full = measure(bundle, 'full', clean);
  const fullSmall = measure(bundle, 'full', clean, REPEAT, ['--max-semi-space-size=1']);
  const fullBad = measure(bundle, 'full', bad);
  const start = measure(bundle, 'full', tiny, 5);
  let bare = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    bare = Math.min(bare, (performance.now() - t0) / 1000);
  }
  const x = measure(bundle, 'xlsx', xlsx, 1);
  const row = (name: string, r: Run, ratio: string, target: string): void =>
    console.log(`${name.padEnd(40)} ${fmt(r.seconds).padStart(7)} s cpu ${fmt(r.wallSeconds).padStart(7)} s wall  ${ratio.padStart(12)}  rss ${fmt(r.maxRssMb, 0).padStart(4)} MB  ${target}`);
  console.log('\nratios use CPU time (user + system, all threads) of each run');
  row('F0 bytes + newline count', f0, `${fmt(f0.seconds / f1.seconds, 2)}× F1`, '');
  row('F1 decode + lines + split(",")', f1, '1.00× F1', 'baseline');
  row('structural only (parse, counts, UTF-8)', st, `${fmt(st.seconds / f1.seconds, 2)}× F1`, 'must ≤ 1.3×, stretch ≤ 1.1×');
  row('full validation, clean', full, `${fmt(full.seconds / f1.seconds, 2)}× F1`, 'target ≤ 2.0×');
  row('full validation, 1 % bad rows', fullBad, `${fmt(fullBad.seconds / full.seconds, 2)}× clean`, 'must ≤ 1.3×, stretch ≤ 1.15×');
  row('full, --max-semi-space-size=1', fullSmall, `${fmt(fullSmall.seconds / f1.seconds, 2)}× F1`, 'same run with a 1 MB young generation');
  console.log(`${'peak RSS, full validation'.padEnd(34)} ${fmt(full.maxRssMb, 0).padStart(7)} MB (default heap), ${fmt(fullSmall.maxRssMb, 0)} MB (--max-semi-space-size=1); target ≤ 120 MB`);
  console.log(`${'load average during the run'.padEnd(34)} ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} CPUs): ratios are more reliable than seconds`);
  console.log(
    `${'start-up, 3-row file'.padEnd(40)} ${fmt(start.uptime).padStart(7)} s from process start to result (${fmt(start.processCpu)} s CPU; process wall ${fmt(start.wall)} s, bare \`node -e 0\` ${fmt(bare)} s)  target ≤ 0.15 s`,
  );
  row('XLSX, 100 k rows', x, '', 'must ≤ 5 s, stretch ≤ 2 s');
  console.log(`\nrows: full ${full.rows}, bad-run errors ${fullBad.errors}, findings clean ${full.findings}`);
} finally {
  if (!process.env['BENCH_KEEP']) rmSync(dir, { recursive: true, force: true });
}
