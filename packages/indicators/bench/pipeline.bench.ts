/**
 * Benchmark of @dsc/indicators: `pnpm --filter @dsc/indicators bench`. Prints figures and ratios measured in the
 * same run; not part of the tests.
 */
import { cpus, loadavg } from 'node:os';
import { compileSpec, runCompiled, runPipeline } from '../src/index.js';
import { sensitivityAnalysis, uncertaintyAnalysis } from '../src/sensitivity/index.js';
import { naiveReplication } from './naive.js';
import { syntheticCoin } from './synthetic.js';

const ms = (t0: number) => performance.now() - t0;
/** CPU time of this process in ms (user + system): robust when other jobs share the cores. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpuSince = (c0: number) => cpu() - c0;
const fmt = (x: number, d = 2) => x.toFixed(d);
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

console.log(
  `@dsc/indicators benchmark — Node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log('');

// 1. ASEM-sized coin: 51 units × 49 indicators, 4 levels
const { spec, data } = syntheticCoin(51, 49, 2024);
let t0 = performance.now();
const cold = runPipeline(spec, data);
const coldMs = ms(t0);
if (!cold.ok) throw new Error(JSON.stringify(cold.error));
line('51×49 pipeline, cold (validation, provenance, hash)', `${fmt(coldMs)} ms`);

const compiled = compileSpec(spec);
if (!compiled.ok) throw new Error('invalid spec');
for (let i = 0; i < 30; i++) runCompiled(compiled.value, data, { provenance: false, hash: false });
const reps = 300;
t0 = performance.now();
let c0 = cpu();
for (let i = 0; i < reps; i++) runCompiled(compiled.value, data, { provenance: false, hash: false });
const warmMs = ms(t0) / reps;
const warmCpu = cpuSince(c0) / reps;
line(
  '51×49 pipeline, warm replication (no provenance, no hash)',
  `${fmt(warmMs, 3)} ms wall, ${fmt(warmCpu, 3)} ms CPU`,
);
t0 = performance.now();
for (let i = 0; i < 50; i++) runPipeline(spec, data);
line('51×49 pipeline, warm full run (validation, provenance, hash)', `${fmt(ms(t0) / 50, 3)} ms`);

// naive reimplementation of one replication, same data, same run
const naiveReps = 30;
naiveReplication(spec, data);
t0 = performance.now();
c0 = cpu();
let naive = naiveReplication(spec, data);
for (let i = 1; i < naiveReps; i++) naive = naiveReplication(spec, data);
const naiveMs = ms(t0) / naiveReps;
const naiveCpu = cpuSince(c0) / naiveReps;
line(
  '51×49 naive reimplementation, one replication',
  `${fmt(naiveMs, 3)} ms wall, ${fmt(naiveCpu, 3)} ms CPU`,
);
const agg = cold.value.stages.Aggregated;
let maxDiff = 0;
agg.units.forEach((u, i) => {
  const v = agg.columns[agg.codes.indexOf('Index')]![i]!;
  const w = naive[u]?.['Index'];
  if (typeof w === 'number') maxDiff = Math.max(maxDiff, Math.abs(v - w));
});
line('  engine vs naive, max |Δ Index|', maxDiff.toExponential(2));

// 2. Uncertainty and sensitivity analysis
const uaRuns = 300;
t0 = performance.now();
c0 = cpu();
const ua = uncertaintyAnalysis(spec, data, { runs: uaRuns, seed: 1 });
const uaMs = ms(t0);
const uaCpu = cpuSince(c0);
if (!ua.ok) throw new Error(JSON.stringify(ua.error));
line(
  `uncertainty analysis, ${uaRuns} runs (${ua.value.inputs.length} inputs, seed 1)`,
  `${fmt(uaMs, 0)} ms wall (${fmt(uaMs / uaRuns, 3)} ms/run), ${fmt(uaCpu / uaRuns, 3)} ms CPU/run`,
);
const saN = 50;
t0 = performance.now();
c0 = cpu();
const sa = sensitivityAnalysis(spec, data, { n: saN, seed: 1, bootstrap: 1000 });
const saMs = ms(t0);
const saCpu = cpuSince(c0);
if (!sa.ok) throw new Error(JSON.stringify(sa.error));
line(
  `sensitivity analysis, N = ${saN} → ${sa.value.runs} runs + 1000 bootstrap`,
  `${fmt(saMs, 0)} ms wall (${fmt(saMs / sa.value.runs, 3)} ms/run), ${fmt(saCpu / sa.value.runs, 3)} ms CPU/run`,
);
const sa300 = sensitivityAnalysis(spec, data, {
  n: Math.round(300 / (sa.value.indices.length + 2)),
  seed: 2,
});
if (sa300.ok) {
  t0 = performance.now();
  c0 = cpu();
  sensitivityAnalysis(spec, data, { n: Math.round(300 / (sa.value.indices.length + 2)), seed: 3 });
  line(
    `sensitivity analysis, ~300 runs (${sa300.value.runs})`,
    `${fmt(ms(t0), 0)} ms wall, ${fmt(cpuSince(c0), 0)} ms CPU`,
  );
}
const perRep = uaMs / uaRuns;
const perRepCpu = uaCpu / uaRuns;
line(
  'ratio: naive replication / engine UA replication (wall, CPU)',
  `${fmt(naiveMs / perRep, 1)}×, ${fmt(naiveCpu / perRepCpu, 1)}×`,
);
line('ratio: cold pipeline run / engine UA replication (wall)', `${fmt(coldMs / perRep, 1)}×`);
line(
  'ratio: COINr 360 ms per replication (docs/methods.md#performance) / engine (wall, CPU)',
  `${fmt(360 / perRep, 0)}×, ${fmt(360 / perRepCpu, 0)}×`,
);
line('  (engine warm replication / UA replication, CPU)', `${fmt(warmCpu, 3)} / ${fmt(perRepCpu, 3)} ms`);

// 3. 1,000 units × 200 indicators
const big = syntheticCoin(1000, 200, 7);
t0 = performance.now();
c0 = cpu();
const bigCold = runPipeline(big.spec, big.data);
const bigColdMs = ms(t0);
if (!bigCold.ok) throw new Error(JSON.stringify(bigCold.error));
line(
  '1000×200 pipeline, cold (validation, provenance, hash)',
  `${fmt(bigColdMs, 0)} ms wall, ${fmt(cpuSince(c0), 0)} ms CPU`,
);
const bigC = compileSpec(big.spec);
if (!bigC.ok) throw new Error('invalid');
runCompiled(bigC.value, big.data, { provenance: false, hash: false });
t0 = performance.now();
c0 = cpu();
for (let i = 0; i < 5; i++) runCompiled(bigC.value, big.data, { provenance: false, hash: false });
line(
  '1000×200 pipeline, warm replication',
  `${fmt(ms(t0) / 5, 1)} ms wall, ${fmt(cpuSince(c0) / 5, 1)} ms CPU`,
);
t0 = performance.now();
c0 = cpu();
naiveReplication(big.spec, big.data);
line(
  '1000×200 naive reimplementation, one replication',
  `${fmt(ms(t0), 0)} ms wall, ${fmt(cpuSince(c0), 0)} ms CPU`,
);
