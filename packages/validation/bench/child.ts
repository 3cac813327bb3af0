/**
 * One measured run in a fresh process (so that peak RSS belongs to this run only).
 * Usage: child.ts <mode> <file>   mode: f0 | f1 | full | structure | xlsx
 * Prints one JSON line: { mode, seconds (CPU), wallSeconds, maxRssMb, rows, findings }.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { validateStream, validateXlsx } from '../src/index.js';

const [mode = 'full', file = ''] = process.argv.slice(2);
const chunkSize = Number(process.env['BENCH_CHUNK'] ?? 1 << 16);
const chunks = (): AsyncIterable<Uint8Array> => createReadStream(file, { highWaterMark: chunkSize });

async function f0(): Promise<number> {
  let n = 0;
  for await (const c of chunks()) {
    const b = c;
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  }
  return n;
}

async function f1(): Promise<number> {
  const dec = new TextDecoder();
  let rest = '';
  let n = 0;
  let fields = 0;
  for await (const c of chunks()) {
    const text = rest + dec.decode(c, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) {
      fields += l.split(',').length;
      n++;
    }
  }
  if (rest) n++;
  return n + fields * 0;
}

const t0 = performance.now();
const c0 = process.cpuUsage();
let rows = 0;
let findings = 0;
let errors = 0;
switch (mode) {
  case 'f0':
    rows = await f0();
    break;
  case 'f1':
    rows = await f1();
    break;
  case 'full':
  case 'structure': {
    const r = await validateStream(chunks(), { file, referenceYear: 2026, structureOnly: mode === 'structure', seriesChecks: true });
    rows = r.rows;
    findings = r.errors + r.warnings + r.infos;
    errors = r.errors;
    break;
  }
  case 'xlsx': {
    const r = validateXlsx(readFileSync(file), { file, referenceYear: 2026 });
    rows = r.rows;
    findings = r.errors + r.warnings + r.infos;
    errors = r.errors;
    break;
  }
}
const wallSeconds = (performance.now() - t0) / 1000;
const cu = process.cpuUsage(c0);
/** CPU time of the process (all threads): less sensitive than wall time to other jobs on a shared machine. */
const seconds = (cu.user + cu.system) / 1e6;
process.stdout.write(JSON.stringify({ mode, seconds, wallSeconds, processCpu: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, uptime: process.uptime(), maxRssMb: process.resourceUsage().maxRSS / 1024, rows, findings, errors }) + '\n');
