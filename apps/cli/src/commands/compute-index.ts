import { join, resolve } from 'node:path';
import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import type { MethodologyPresetId } from '@dsc/datasets';
import {
  methodologyTemplates,
  observations,
  policyAssessments,
  preset,
  presets,
  scopeCountries,
} from '@dsc/datasets';
import type { CsvError, IndexData, IndicatorError, PipelineResult, ProvenanceRecord } from '@dsc/indicators';
import {
  attachDenominators,
  classify,
  correlationAudit,
  correlationsCsv,
  indicatorStats,
  screeningCsv,
  statsCsv,
  lookBackProvenance,
  toIndexResult,
  findingsNdjson,
  fromObservations,
  policyScores,
  provenanceNdjson,
  readCoinrData,
  readCoinrMeta,
  resultsCsv,
  runPipeline,
  sensitivityAnalysis,
  specWithNodes,
  tableToCsv,
  treatmentCsv,
  uncertaintyAnalysis,
  uncertaintyCsv,
  sensitivityCsv,
} from '@dsc/indicators';
import { CliError } from '../cli-error.js';
import { readInput, readJson, writeFileAtomic } from '../io.js';
import type { RegisterCommand } from '../main.js';

type Options = {
  data?: string;
  meta?: string;
  denominators?: string;
  spec?: string;
  preset?: string;
  dataset?: boolean;
  year?: number | string;
  time?: number | string;
  lookBack?: number | string;
  out?: string;
  uncertainty?: number | string;
  sensitivity?: number | string;
  seed?: number | string;
  audit?: boolean;
};

const STAGE_FILES = ['Denominated', 'Imputed', 'Screened', 'Treated', 'Normalised', 'Aggregated'] as const;
const PRESETS = [...presets().map((p) => p.id), ...Object.keys(methodologyTemplates)];

const csvFailure = (e: CsvError): CliError => {
  const first = e.issues[0]!;
  const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : '';
  return new CliError(
    'unreadable',
    `${first.file}:${first.line}:${first.column}: ${first.message}${first.expected ? ` (expected ${first.expected})` : ''}${more}`,
    first.hint ?? 'Fix the file at that position.',
  );
};

const pipelineFailure = (e: IndicatorError, specFile: string): CliError => {
  switch (e.code) {
    case 'invalid_spec':
    case 'invalid_data': {
      const what = e.code === 'invalid_spec' ? specFile : 'data';
      const lines = e.issues.slice(0, 10).map((i) => `  ${what}#${i.pointer}: ${i.message} [${i.code}]`);
      return new CliError(
        'usage',
        `${e.code === 'invalid_spec' ? 'invalid methodology spec' : 'data do not fit the spec'}:\n${lines.join('\n')}${e.issues.length > 10 ? `\n  … ${e.issues.length - 10} more` : ''}`,
        'Fix the values at those JSON pointers.',
      );
    }
    case 'nonpositive_in_mean':
      return new CliError(
        'findings',
        `aggregate ${e.aggregate}: the ${e.method} mean needs positive values; non-positive values of ${e.children.join(', ')} for ${e.units.join(', ')}`,
        'Set zeroPolicy (epsilon, shift or asMissing) on the aggregate, or normalise to an output range above 0 such as [1, 100].',
      );
    case 'too_few_units':
      return new CliError(
        'findings',
        `${e.step}: ${e.units} units, at least ${e.needed} needed`,
        'Use more units or another method.',
      );
    case 'not_positive_definite':
      return new CliError(
        'findings',
        `${e.step}: the matrix is not positive definite`,
        'Check for constant or duplicated indicators.',
      );
    case 'invalid_input':
      return new CliError('usage', `${e.pointer}: ${e.message}`, 'Fix the sensitivity inputs.');
  }
};

const stageOf = (spec: MethodologySpec) => {
  const bands = spec.bands;
  return bands ? (score: number) => classify(score, bands) : undefined;
};

const intFlag = (v: unknown, name: string, min: number, example = Math.max(min, 100)): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(
      'usage',
      `--${name} must be an integer ≥ ${min} (got "${typeof v === 'string' || typeof v === 'number' ? v : typeof v}")`,
      `Example: --${name} ${example}`,
    );
  return n;
};

async function loadSpec(
  options: Options,
  treeFromMeta: readonly MethodologyNode[] | undefined,
): Promise<{ spec: unknown; label: string }> {
  if (options.spec && options.preset)
    throw new CliError(
      'usage',
      'give either --spec or --preset, not both',
      'Use --spec <spec.json> or --preset <name>.',
    );
  if (options.spec) {
    const doc = (await readJson(resolve(options.spec))) as Record<string, unknown>;
    if (treeFromMeta && !Array.isArray(doc['nodes']))
      return { spec: { ...doc, nodes: [...treeFromMeta] }, label: options.spec };
    return { spec: doc, label: options.spec };
  }
  if (!options.preset)
    throw new CliError(
      'usage',
      'missing --spec <spec.json> or --preset <name>',
      `Presets: ${PRESETS.join(', ')}.`,
    );
  const name = options.preset;
  if (name in methodologyTemplates) {
    if (!treeFromMeta)
      throw new CliError(
        'usage',
        `preset "${name}" takes its tree from --meta <iMeta.csv>`,
        'Add --data and --meta.',
      );
    return {
      spec: specWithNodes(methodologyTemplates[name as keyof typeof methodologyTemplates], treeFromMeta),
      label: `preset ${name}`,
    };
  }
  if (presets().some((p) => p.id === name)) {
    const p = preset(name as MethodologyPresetId);
    return { spec: treeFromMeta ? { ...p, nodes: [...treeFromMeta] } : p, label: `preset ${name}` };
  }
  throw new CliError('usage', `unknown preset "${name}"`, `Presets: ${PRESETS.join(', ')}.`);
}

async function dataFromDataset(
  spec: MethodologySpec,
  options: Options,
): Promise<{ data: IndexData; note: string; before: ProvenanceRecord[] }> {
  const indicatorCodes = spec.nodes.filter((n) => n.type === 'indicator').map((n) => n.id);
  const fromCatalogue = indicatorCodes.filter((c) => c !== 'PRI');
  const r = await observations({ iso3: scopeCountries, indicator: fromCatalogue });
  if (!r.ok)
    throw new CliError(
      'usage',
      `the embedded data have no indicator "${r.error.value}" (needed by the spec)`,
      'Use --data/--meta for other indicators.',
    );
  const years = r.value.map((o) => o.year);
  const year =
    intFlag(options.year, 'year', 1900, 2024) ??
    (years.length ? Math.max(...years) : new Date().getFullYear());
  const lookBack = intFlag(options.lookBack, 'look-back', 0) ?? (spec.id === 'egdi' ? 0 : 3);
  const { data, lookedBack } = fromObservations(r.value, {
    units: scopeCountries,
    indicators: fromCatalogue,
    year,
    maxLag: lookBack,
  });
  if (!Object.values(data.values).some((col) => col.some((v) => v !== null))) {
    const available = [...new Set(years)].sort((a, b) => a - b);
    throw new CliError(
      'usage',
      `no observations of the spec's indicators for ${year}${lookBack > 0 ? ` or the ${lookBack} years before` : ''}`,
      `Years with data: ${available.join(', ')}.`,
    );
  }
  let values = data.values;
  if (indicatorCodes.includes('PRI')) {
    const pri = policyScores(policyAssessments());
    values = { ...values, PRI: scopeCountries.map((u) => pri[u] ?? null) };
  }
  const note = `year ${year}${lookBack > 0 ? `, look-back ${lookBack} years (${lookedBack.length} cells filled from earlier years)` : ''}`;
  return { data: { ...data, values }, note, before: lookBackProvenance(lookedBack) };
}

/** `dsc index`: runs a composite-index methodology and writes every stage, the results, the treatment and the provenance. */
export const registerComputeIndex: RegisterCommand = (cli, ctx) => {
  cli
    .command('index', 'Compute a composite index (COINr iData/iMeta or the embedded observations)')
    .option('--data <file>', 'COINr-style iData CSV (uCode, uName, Time, groups, denominators, indicators)')
    .option(
      '--meta <file>',
      'COINr-style iMeta CSV (Level, iCode, iName, Parent, Direction, Weight, Type, Denominator, Target)',
    )
    .option('--denominators <file>', 'Denominator table (uCode + one column per denominator)')
    .option('--spec <file>', 'Methodology spec (JSON)')
    .option('--preset <name>', `Methodology preset: ${PRESETS.join(', ')}`)
    .option(
      '--dataset',
      'Use the embedded observations of the eight countries (with --preset dsc-dmi|egdi|ddc)',
    )
    .option('--year <year>', 'Year to compute with --dataset (default: the latest year with data)')
    .option(
      '--look-back <years>',
      'With --dataset: use a value up to this many years old when the year has none',
    )
    .option('--time <t>', 'Time point of iData to compute (default: the latest)')
    .option('--uncertainty <n>', 'Uncertainty analysis with n replications (rank intervals)')
    .option('--sensitivity <n>', 'Sensitivity analysis with base sample n (first-order and total indices)')
    .option('--seed <s>', 'Seed of the uncertainty and sensitivity samples (default 1)')
    .option('--audit', 'Also write audit-stats.csv (raw and treated) and audit-correlations.csv')
    .option('--out <dir>', 'Directory to write the CSV and NDJSON files into')
    .example('dsc index --data iData.csv --meta iMeta.csv --preset coinr-example --out out')
    .example('dsc index --dataset --preset egdi --year 2024 --out egdi')
    .action(async (options: Options) => {
      if (!options.out || typeof options.out !== 'string')
        throw new CliError('usage', 'missing --out <dir>', 'Add --out <dir> for the output files.');
      const outDir = resolve(ctx.io.cwd, options.out);
      const seed = intFlag(options.seed, 'seed', 0) ?? 1;
      const nUA = intFlag(options.uncertainty, 'uncertainty', 2);
      const nSA = intFlag(options.sensitivity, 'sensitivity', 2);
      let data: IndexData;
      let spec: unknown;
      let label: string;
      let note: string;
      let before: ProvenanceRecord[] = [];
      if (options.dataset) {
        if (options.data || options.meta)
          throw new CliError(
            'usage',
            'give either --dataset or --data/--meta, not both',
            'Use one data source.',
          );
        ({ spec, label } = await loadSpec(options, undefined));
        ({ data, note, before } = await dataFromDataset(spec as MethodologySpec, options));
      } else {
        if (!options.data || !options.meta)
          throw new CliError(
            'usage',
            'missing --data <iData.csv> and --meta <iMeta.csv> (or --dataset)',
            'See "dsc index --help".',
          );
        const metaFile = resolve(ctx.io.cwd, options.meta);
        const meta = readCoinrMeta((await readInput(metaFile)).toString('utf8'), options.meta);
        if (!meta.ok) throw csvFailure(meta.error);
        const dataFile = resolve(ctx.io.cwd, options.data);
        const all = readCoinrData((await readInput(dataFile)).toString('utf8'), meta.value, options.data);
        if (!all.ok) throw csvFailure(all.error);
        const time = options.time === undefined ? undefined : Number(options.time);
        const picked =
          time === undefined ? all.value[all.value.length - 1] : all.value.find((d) => d.time === time);
        if (!picked)
          throw new CliError(
            'usage',
            `no rows for --time ${String(options.time)}`,
            `Times in the data: ${all.value.map((d) => d.time).join(', ')}.`,
          );
        data = picked;
        if (options.denominators) {
          const d = attachDenominators(
            data,
            (await readInput(resolve(ctx.io.cwd, options.denominators))).toString('utf8'),
            options.denominators,
          );
          if (!d.ok) throw csvFailure(d.error);
          data = d.value;
        }
        ({ spec, label } = await loadSpec(
          { ...options, ...(options.spec ? { spec: resolve(ctx.io.cwd, options.spec) } : {}) },
          meta.value.nodes,
        ));
        note = data.time !== undefined ? `time ${data.time}` : 'one time point';
      }
      const r = runPipeline(spec, data, { seed });
      if (!r.ok) throw pipelineFailure(r.error, label);
      const result: PipelineResult = r.value;
      for (const stage of STAGE_FILES) {
        const t = result.stages[stage];
        if (t) await writeFileAtomic(join(outDir, `${stage}.csv`), tableToCsv(t));
      }
      await writeFileAtomic(join(outDir, 'results.csv'), resultsCsv(result));
      await writeFileAtomic(join(outDir, 'treatment.csv'), treatmentCsv(result));
      if (result.screening) await writeFileAtomic(join(outDir, 'screening.csv'), screeningCsv(result));
      await writeFileAtomic(join(outDir, 'provenance.ndjson'), provenanceNdjson(result, before));
      await writeFileAtomic(
        join(outDir, 'index-result.json'),
        JSON.stringify(toIndexResult(result, stageOf(result.spec)), null, 2) + '\n',
      );
      await writeFileAtomic(join(outDir, 'findings.ndjson'), findingsNdjson(result));
      if (options.audit) {
        const raw = statsCsv(indicatorStats(result.stages.Raw));
        const treated = result.stages.Treated ? statsCsv(indicatorStats(result.stages.Treated)) : undefined;
        await writeFileAtomic(join(outDir, 'audit-stats.csv'), raw);
        if (treated) await writeFileAtomic(join(outDir, 'audit-stats-treated.csv'), treated);
        await writeFileAtomic(
          join(outDir, 'audit-correlations.csv'),
          correlationsCsv(
            correlationAudit(result, {
              denominators: Object.fromEntries(
                Object.entries(data.denominators ?? {}).map(([k, col]) => [
                  k,
                  Float64Array.from(result.units, (u) => col[data.units.indexOf(u)] ?? NaN),
                ]),
              ),
            }),
          ),
        );
      }
      ctx.io.stdout(
        `${result.spec.id} ${result.spec.version}: ${result.units.length} units (${note}), ${result.aggregates.length} aggregates, ${result.findings.length} findings\n`,
      );
      ctx.io.stdout(`content hash ${result.contentHash}\n`);
      if (nUA !== undefined) {
        const ua = uncertaintyAnalysis(result.spec, data, { runs: nUA, seed });
        if (!ua.ok) throw pipelineFailure(ua.error, label);
        await writeFileAtomic(join(outDir, 'uncertainty.csv'), uncertaintyCsv(ua.value));
        ctx.io.stdout(
          `uncertainty: ${ua.value.runs} runs (seed ${seed}), ${ua.value.failures.length} failed\n`,
        );
      }
      if (nSA !== undefined) {
        const sa = sensitivityAnalysis(result.spec, data, { n: nSA, seed });
        if (!sa.ok) throw pipelineFailure(sa.error, label);
        await writeFileAtomic(join(outDir, 'sensitivity.csv'), sensitivityCsv(sa.value));
        ctx.io.stdout(
          `sensitivity: ${sa.value.runs} runs (seed ${seed}), ${sa.value.failures.length} failed\n`,
        );
      }
      ctx.io.stdout(`wrote ${outDir}\n`);
    });
};
