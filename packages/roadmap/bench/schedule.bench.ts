/**
 * CPM benchmark: 10,000 activities and 20,000 relations (all four relation types, lags and leads, some
 * constraints and deadlines). Prints the median time of a full schedule, of the passes alone, of a plain
 * topological sort of the same graph (the baseline, measured in the same run) and of an incremental
 * recompute after a single duration edit.
 *
 * Run: pnpm --filter @dsc/roadmap bench
 */
import { performance } from 'node:perf_hooks';
import type { Network, NetworkActivity, NetworkRelation } from '../src/index.js';
import { Plan as PlanSchema } from '@dsc/domain';
import { createIncrementalSchedule, everyDayCalendar, planToNetwork, schedule, schedulePlan, toMspdi } from '../src/index.js';

const N = Number(process.env['BENCH_ACTIVITIES'] ?? 10_000);
const M = Number(process.env['BENCH_RELATIONS'] ?? 20_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const TARGET_MS = 50;

/** Deterministic PRNG (mulberry32) so every run measures the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeNetwork(): Network {
  const rnd = prng(20_261_123);
  const types = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'] as const;
  const activities: NetworkActivity[] = [];
  for (let i = 0; i < N; i++) {
    const a: NetworkActivity = { id: `A${i}`, duration: Math.floor(rnd() * 20) };
    if (i % 97 === 0) activities.push({ ...a, constraint: { type: 'SNET', offset: Math.floor(rnd() * 300) } });
    else if (i % 211 === 0) activities.push({ ...a, deadline: Math.floor(rnd() * 2000) });
    else activities.push(a);
  }
  const relations: NetworkRelation[] = [];
  const seen = new Set<number>();
  while (relations.length < M) {
    // Edges go from a lower to a higher index within a window: a DAG with long chains, like real schedules.
    const to = 1 + Math.floor(rnd() * (N - 1));
    const from = Math.max(0, to - 1 - Math.floor(rnd() * 50));
    const key = from * N + to;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ from: `A${from}`, to: `A${to}`, type: types[Math.floor(rnd() * types.length)] ?? 'FS', lag: Math.floor(rnd() * 9) - 3 });
  }
  return { activities, relations };
}

/** Baseline: a plain Kahn topological sort over the same string-keyed graph (ids → indexes, adjacency, queue). */
function plainTopologicalSort(net: Network): number {
  const index = new Map<string, number>();
  net.activities.forEach((a, i) => index.set(a.id, i));
  const n = net.activities.length;
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(net.relations.length);
  const to = new Int32Array(net.relations.length);
  const indeg = new Int32Array(n);
  net.relations.forEach((r, k) => {
    const f = index.get(r.from) as number;
    const t = index.get(r.to) as number;
    to[k] = t;
    next[k] = head[f] as number;
    head[f] = k;
    indeg[t] = (indeg[t] as number) + 1;
  });
  const queue = new Int32Array(n);
  let qh = 0;
  let qt = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) queue[qt++] = v;
  while (qh < qt) {
    const v = queue[qh++] as number;
    for (let k = head[v] as number; k !== -1; k = next[k] as number) {
      const w = to[k] as number;
      indeg[w] = (indeg[w] as number) - 1;
      if (indeg[w] === 0) queue[qt++] = w;
    }
  }
  return qt;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
/** Fastest run of each measure, kept to show the cost without other load on the machine. */
const fastest = new Map<string, number>();
function time(runs: number, fn: () => unknown, label = ''): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  fastest.set(label, Math.min(...ts));
  return median(ts);
}

const net = makeNetwork();
const full = time(RUNS, () => {
  const r = schedule(net);
  if (!r.ok) throw new Error(r.error.code);
}, 'full');
const topo = time(RUNS, () => plainTopologicalSort(net), 'topo');

const inc = createIncrementalSchedule(net);
if (!inc.ok) throw new Error(inc.error.code);
const rnd = prng(7);
let touched = 0;
let edits = 0;
const incremental = time(RUNS * 20, () => {
  const i = Math.floor(rnd() * N);
  const d = Math.floor(rnd() * 20);
  const r = inc.value.setDuration(`A${i}`, d);
  if (r.ok) {
    touched += r.value;
    edits++;
  }
}, 'incremental');
const fullPasses = time(RUNS, () => {
  // A full recompute on the compiled network: an edit whose change reaches the project duration re-runs both passes.
  const r = createIncrementalSchedule(net);
  if (!r.ok) throw new Error('compile');
}, 'passes');
const check = schedule(net);
const T = check.ok ? check.value.projectDuration : -1;
const critical = check.ok ? check.value.criticalPath.length : -1;

const f = (ms: number): string => `${ms.toFixed(2)} ms`;
const fmin = (label: string): string => `(fastest ${(fastest.get(label) ?? Number.NaN).toFixed(2)} ms)`;
console.log(`CPM benchmark — ${N.toLocaleString('en-US')} activities, ${M.toLocaleString('en-US')} relations (FS/SS/FF/SF, lags, leads, constraints, deadlines); median of ${RUNS} runs on Node ${process.version}`);
console.log(`  project duration ${T}, ${critical} critical activities`);
console.log(`  full schedule (validate + compile + forward/backward passes + floats + critical paths): ${f(full)}  ${fmin('full')}  [target < ${TARGET_MS} ms: ${full < TARGET_MS ? 'met' : 'NOT met'}]`);
console.log(`  plain topological sort of the same graph (baseline):                             ${f(topo)}  ${fmin('topo')}`);
console.log(`  ratio full schedule / topological sort:                                          ${(full / topo).toFixed(2)}×  (fastest runs: ${((fastest.get('full') ?? 0) / (fastest.get('topo') ?? 1)).toFixed(2)}×)`);
console.log(`  compile + both passes (incremental engine set-up):                                ${f(fullPasses)}  ${fmin('passes')}`);
console.log(`  incremental recompute after one duration edit (median of ${RUNS * 20}):                 ${f(incremental)}  (avg ${(touched / Math.max(edits, 1)).toFixed(0)} node visits per edit)`);
console.log(`  speed-up of incremental over full schedule:                                      ${(full / incremental).toFixed(1)}×`);

// MS Project XML export of a large plan: 100,000 tasks (one summary per 100) and a predecessor link per task.
// Baselines, measured in the same run: scheduling the same plan, which the export does first, and the CPM core
// alone on that plan's network (what dating and the summary roll-up add to it should stay a small factor).
const TASKS = Number(process.env['BENCH_MSPDI_TASKS'] ?? 100_000);
const MSPDI_RUNS = Number(process.env['BENCH_MSPDI_RUNS'] ?? 3);
const MSPDI_TARGET_MS = 5_000;
function makePlan(): ReturnType<typeof PlanSchema.parse> {
  const r = prng(20_261_207);
  const activities = [];
  const dependencies = [];
  for (let i = 0; i < TASKS; i++) {
    const summary = i % 100 === 0;
    const parent = summary ? undefined : `T${i - (i % 100)}`;
    activities.push({ id: `T${i}`, name: { en: `Task ${i}` }, duration: summary ? 0 : 1 + Math.floor(r() * 10), ...(parent ? { parent } : {}) });
    if (!summary && i % 100 > 1) dependencies.push({ from: `T${i - 1 - Math.floor(r() * Math.min(i % 100 - 1, 5))}`, to: `T${i}` });
  }
  return PlanSchema.parse({ kind: 'plan', schemaVersion: 2, id: 'bench', title: { en: 'Benchmark' }, start: '2027-01-04', activities, dependencies });
}
/** CPU time (user + system, all threads of the process, the collector's included) of each measure's median run. */
const cpu = new Map<string, number>();
function timeOnce(runs: number, fn: () => unknown, label = ''): number {
  fn(); // warm-up
  const ts: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    ts.push({ wall, cpu: (c.user + c.system) / 1000 });
  }
  ts.sort((a, b) => a.wall - b.wall);
  const mid = ts[Math.floor(ts.length / 2)];
  cpu.set(label, mid?.cpu ?? Number.NaN);
  return mid?.wall ?? Number.NaN;
}
const bigPlan = makePlan();
const bigNetwork = planToNetwork(bigPlan, everyDayCalendar(bigPlan.start));
const coreMs = timeOnce(MSPDI_RUNS, () => {
  const r = schedule(bigNetwork);
  if (!r.ok) throw new Error(r.error.code);
}, 'core');
const scheduleMs = timeOnce(MSPDI_RUNS, () => {
  const r = schedulePlan(bigPlan);
  if (!r.ok) throw new Error(r.error.code);
}, 'schedule');
let xmlBytes = 0;
const mspdiMs = timeOnce(MSPDI_RUNS, () => {
  const r = toMspdi(bigPlan);
  if (!r.ok) throw new Error(r.error.code);
  xmlBytes = r.value.xml.length;
}, 'mspdi');
console.log(`MS Project XML export — ${TASKS.toLocaleString('en-US')} tasks, ${bigPlan.dependencies.length.toLocaleString('en-US')} links; median of ${MSPDI_RUNS} runs`);
const fcpu = (label: string): string => `(CPU ${(cpu.get(label) ?? Number.NaN).toFixed(0)} ms)`;
console.log(`  export mspdi ${TASKS.toLocaleString('en-US')} tasks: ${f(mspdiMs)} ${fcpu('mspdi')}  (${(xmlBytes / 1e6).toFixed(1)} MB)  [target < ${MSPDI_TARGET_MS} ms: ${mspdiMs < MSPDI_TARGET_MS ? 'met' : 'NOT met'}]`);
console.log(`  schedulePlan of the same plan (baseline):  ${f(scheduleMs)} ${fcpu('schedule')}`);
console.log(`  CPM core on the plan's network (baseline): ${f(coreMs)} ${fcpu('core')}`);
console.log(`  ratio export / schedule:                   ${(mspdiMs / scheduleMs).toFixed(2)}×`);
console.log(`  ratio schedulePlan / CPM core:             ${(scheduleMs / coreMs).toFixed(2)}×  (CPU ${((cpu.get('schedule') ?? 0) / (cpu.get('core') ?? 1)).toFixed(2)}×)`);
console.log(`  ratio export / CPM core:                   ${(mspdiMs / coreMs).toFixed(2)}×  (CPU ${((cpu.get('mspdi') ?? 0) / (cpu.get('core') ?? 1)).toFixed(2)}×)`);
