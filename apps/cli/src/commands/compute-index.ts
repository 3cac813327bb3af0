import { join, resolve } from 'node:path';
import type { MethodologyNode, MethodologySpec } from '@dsc/domain';
import type { MethodologyPresetId } from '@dsc/datasets';
import { methodologyTemplates, preset, presets } from '@dsc/datasets';
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
import { readInput, readJson } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';
import type { Translator } from '@dsc/i18n';
import type { CommandContext } from '../io.js';
import { csvIssueText } from '../csv-issue-text.js';
import { datasetIndex } from './index-dataset.js';
import { policyCoverageLines } from './policy-coverage.js';

/** The options of `dsc index` (declared in cli.ts). */
export type Options = {
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
/** Every file `dsc index` may write in its `--out` folder, checked against the inputs before anything is written. */
const OUTPUT_FILES = [
  ...STAGE_FILES.map((stage) => `${stage}.csv`),
  ...['results.csv', 'treatment.csv', 'screening.csv', 'provenance.ndjson', 'index-result.json', 'findings.ndjson'],
  ...['audit-stats.csv', 'audit-stats-treated.csv', 'audit-correlations.csv', 'uncertainty.csv', 'sensitivity.csv'],
];
/** The methodology presets and templates that `--preset` accepts. */
export const PRESETS = [...presets().map((p) => p.id), ...Object.keys(methodologyTemplates)];

type T = Translator['t'];

const csvFailure = (e: CsvError, i18n: Translator): CliError => {
  const { t } = i18n;
  const first = e.issues[0]!;
  const { message: text, expected, hint } = csvIssueText(first, t);
  let message = expected ? t('cli.index.error.csvExpected', { message: text, expected }) : text;
  if (e.issues.length > 1) message = t('cli.index.error.csvMore', { message, more: e.issues.length - 1 });
  return new CliError('unreadable', `${first.file}:${first.line}:${first.column}: ${message}`, hint ?? t('cli.index.error.csvHint'));
};

const pipelineFailure = (e: IndicatorError, specFile: string, t: T): CliError => {
  switch (e.code) {
    case 'invalid_spec':
    case 'invalid_data': {
      const what = e.code === 'invalid_spec' ? specFile : 'data';
      const lines = e.issues.slice(0, 10).map((i) => `  ${what}#${i.pointer}: ${i.message} [${i.code}]`);
      return new CliError(
        'usage',
        `${t(e.code === 'invalid_spec' ? 'indicators.error.invalid_spec' : 'indicators.error.invalid_data', { count: e.issues.length })}:\n${lines.join('\n')}${e.issues.length > 10 ? `\n  ${t('cli.index.error.moreIssues', { count: e.issues.length - 10 })}` : ''}`,
        t('cli.index.error.pointersHint'),
      );
    }
    case 'nonpositive_in_mean':
      return new CliError(
        'findings',
        `${t('indicators.error.nonpositive_in_mean', { aggregate: e.aggregate, method: e.method })}; ${t('cli.index.error.nonpositiveUnits', { children: e.children.join(', '), units: e.units.join(', ') })}`,
        t('cli.index.error.zeroPolicyHint'),
      );
    case 'too_few_units':
      return new CliError(
        'findings',
        t('indicators.error.too_few_units', { step: e.step, units: e.units, needed: e.needed }),
        t('cli.index.error.tooFewUnitsHint'),
      );
    case 'not_positive_definite':
      return new CliError(
        'findings',
        t('indicators.error.not_positive_definite', { step: e.step }),
        t('cli.index.error.notPositiveDefiniteHint'),
      );
    case 'invalid_input':
      return new CliError(
        'usage',
        t('indicators.error.invalid_input', { pointer: e.pointer, message: e.message }),
        t('cli.index.error.sensitivityHint'),
      );
  }
};

const stageOf = (spec: MethodologySpec) => {
  const bands = spec.bands;
  return bands ? (score: number) => classify(score, bands) : undefined;
};

const intFlag = (
  t: T,
  v: unknown,
  name: string,
  min: number,
  example = Math.max(min, 100),
): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(
      'usage',
      t('cli.index.error.integer', {
        name,
        min,
        value: typeof v === 'string' || typeof v === 'number' ? String(v) : typeof v,
      }),
      t('cli.index.error.integerHint', { name, example }),
    );
  return n;
};

async function loadSpec(
  t: T,
  options: Options,
  treeFromMeta: readonly MethodologyNode[] | undefined,
): Promise<{ spec: unknown; label: string }> {
  if (options.spec && options.preset)
    throw new CliError('usage', t('cli.index.error.specAndPreset'), t('cli.index.error.specAndPresetHint'));
  if (options.spec) {
    const doc = (await readJson(resolve(options.spec), t)) as Record<string, unknown>;
    if (treeFromMeta && !Array.isArray(doc['nodes']))
      return { spec: { ...doc, nodes: [...treeFromMeta] }, label: options.spec };
    return { spec: doc, label: options.spec };
  }
  if (!options.preset)
    throw new CliError(
      'usage',
      t('cli.index.error.missingSpec'),
      t('cli.index.error.presetsHint', { presets: PRESETS.join(', ') }),
    );
  const name = options.preset;
  if (name in methodologyTemplates) {
    if (!treeFromMeta)
      throw new CliError(
        'usage',
        t('cli.index.error.presetNeedsMeta', { name }),
        t('cli.index.error.presetNeedsMetaHint'),
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
  throw new CliError(
    'usage',
    t('cli.index.error.unknownPreset', { name }),
    t('cli.index.error.presetsHint', { presets: PRESETS.join(', ') }),
  );
}

async function dataFromDataset(
  t: T,
  spec: unknown,
  label: string,
  options: Options,
  seed: number,
): Promise<{ result: PipelineResult; data: IndexData; note: string; before: ProvenanceRecord[] }> {
  const year = intFlag(t, options.year, 'year', 1900, 2024);
  const lookBack = intFlag(t, options.lookBack, 'look-back', 0);
  const run = await datasetIndex(spec, { year, lookBack, seed });
  if (!run.ok) {
    const e = run.error;
    switch (e.code) {
      case 'unknown_indicator':
        throw new CliError(
          'usage',
          t('cli.index.error.noIndicator', { code: e.value }),
          t('cli.index.error.noIndicatorHint'),
        );
      case 'no_observations':
        throw new CliError(
          'usage',
          e.lookBack > 0
            ? t('cli.index.error.noObservationsLookBack', { year: e.year ?? String(options.year ?? ''), years: e.lookBack })
            : t('cli.index.error.noObservations', { year: e.year ?? String(options.year ?? '') }),
          t('cli.index.error.yearsHint', { years: e.years.join(', ') }),
        );
      case 'invalid_year':
      case 'invalid_look_back':
        // the flags are checked above; a methodology's own look-back can still be wrong
        throw new CliError(
          'usage',
          t('cli.index.error.integer', { name: e.code === 'invalid_year' ? 'year' : 'look-back', min: 0, value: String(e.value) }),
          t('cli.index.error.integerHint', { name: e.code === 'invalid_year' ? 'year' : 'look-back', example: 3 }),
        );
      case 'invalid_spec':
      case 'invalid_data':
      case 'nonpositive_in_mean':
      case 'too_few_units':
      case 'not_positive_definite':
      case 'invalid_input':
        throw pipelineFailure(e, label, t);
    }
  }
  const { cross, result, data } = run.value;
  const note =
    cross.lookBack > 0
      ? t('cli.index.note.lookBack', { year: cross.year, years: cross.lookBack, cells: cross.lookedBack.length })
      : t('cli.index.note.year', { year: cross.year });
  return { result, data, note, before: lookBackProvenance(cross.lookedBack) };
}

/** `dsc index`: runs a composite-index methodology and writes every stage, the results, the treatment and the provenance. */
export async function run(options: Options, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (!options.out || typeof options.out !== 'string')
    throw new CliError('usage', t('cli.index.error.missingOut'), t('cli.index.error.missingOutHint'));
  const outDir = resolve(ctx.io.cwd, options.out);
  const inputs = [options.data, options.meta, options.denominators, options.spec].filter((f) => f !== undefined).map((f) => resolve(ctx.io.cwd, String(f)));
  await refuseUnsafeOutputs(OUTPUT_FILES.map((name) => join(outDir, name)), inputs, t);
  const seed = intFlag(t, options.seed, 'seed', 0) ?? 1;
  const nUA = intFlag(t, options.uncertainty, 'uncertainty', 2);
  const nSA = intFlag(t, options.sensitivity, 'sensitivity', 2);
  let data: IndexData;
  let spec: unknown;
  let label: string;
  let note: string;
  let before: ProvenanceRecord[] = [];
  let ran: PipelineResult | undefined;
  if (options.dataset) {
    if (options.data || options.meta)
      throw new CliError('usage', t('cli.index.error.bothSources'), t('cli.index.error.bothSourcesHint'));
    ({ spec, label } = await loadSpec(t, options, undefined));
    ({ result: ran, data, note, before } = await dataFromDataset(t, spec, label, options, seed));
  } else {
    if (!options.data || !options.meta)
      throw new CliError('usage', t('cli.index.error.missingData'), t('cli.index.error.missingDataHint'));
    const metaFile = resolve(ctx.io.cwd, options.meta);
    const meta = readCoinrMeta((await readInput(metaFile, t)).toString('utf8'), options.meta);
    if (!meta.ok) throw csvFailure(meta.error, ctx.i18n);
    const dataFile = resolve(ctx.io.cwd, options.data);
    const all = readCoinrData((await readInput(dataFile, t)).toString('utf8'), meta.value, options.data);
    if (!all.ok) throw csvFailure(all.error, ctx.i18n);
    const time = options.time === undefined ? undefined : Number(options.time);
    const picked =
      time === undefined ? all.value[all.value.length - 1] : all.value.find((d) => d.time === time);
    if (!picked)
      throw new CliError(
        'usage',
        t('cli.index.error.noTime', { time: String(options.time) }),
        t('cli.index.error.noTimeHint', { times: all.value.map((d) => d.time).join(', ') }),
      );
    data = picked;
    if (options.denominators) {
      const d = attachDenominators(
        data,
        (await readInput(resolve(ctx.io.cwd, options.denominators), t)).toString('utf8'),
        options.denominators,
      );
      if (!d.ok) throw csvFailure(d.error, ctx.i18n);
      data = d.value;
    }
    ({ spec, label } = await loadSpec(
      t,
      { ...options, ...(options.spec ? { spec: resolve(ctx.io.cwd, options.spec) } : {}) },
      meta.value.nodes,
    ));
    note =
      data.time !== undefined
        ? t('cli.index.note.time', { time: String(data.time) })
        : t('cli.index.note.oneTime');
  }
  if (!ran) {
    const r = runPipeline(spec, data, { seed });
    if (!r.ok) throw pipelineFailure(r.error, label, t);
    ran = r.value;
  }
  const result: PipelineResult = ran;
  for (const stage of STAGE_FILES) {
    const table = result.stages[stage];
    if (table) await writeOutput(join(outDir, `${stage}.csv`), tableToCsv(table), t);
  }
  await writeOutput(join(outDir, 'results.csv'), resultsCsv(result), t);
  await writeOutput(join(outDir, 'treatment.csv'), treatmentCsv(result), t);
  if (result.screening) await writeOutput(join(outDir, 'screening.csv'), screeningCsv(result), t);
  await writeOutput(join(outDir, 'provenance.ndjson'), provenanceNdjson(result, before), t);
  await writeOutput(
    join(outDir, 'index-result.json'),
    JSON.stringify(toIndexResult(result, stageOf(result.spec)), null, 2) + '\n',
    t,
  );
  await writeOutput(join(outDir, 'findings.ndjson'), findingsNdjson(result), t);
  if (options.audit) {
    const raw = statsCsv(indicatorStats(result.stages.Raw));
    const treated = result.stages.Treated ? statsCsv(indicatorStats(result.stages.Treated)) : undefined;
    await writeOutput(join(outDir, 'audit-stats.csv'), raw, t);
    if (treated) await writeOutput(join(outDir, 'audit-stats-treated.csv'), treated, t);
    await writeOutput(
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
      t,
    );
  }
  ctx.io.stdout(
    `${t('cli.index.summary', {
      spec: result.spec.id,
      version: result.spec.version,
      units: result.units.length,
      note,
      aggregates: result.aggregates.length,
      findings: result.findings.length,
    })}\n`,
  );
  ctx.io.stdout(`${t('cli.index.contentHash', { hash: result.contentHash })}\n`);
  if (options.dataset) for (const line of policyCoverageLines(result.spec, t)) ctx.io.stdout(`${line}\n`);
  if (nUA !== undefined) {
    const ua = uncertaintyAnalysis(result.spec, data, { runs: nUA, seed });
    if (!ua.ok) throw pipelineFailure(ua.error, label, t);
    await writeOutput(join(outDir, 'uncertainty.csv'), uncertaintyCsv(ua.value), t);
    ctx.io.stdout(
      `${t('cli.index.uncertainty', { runs: ua.value.runs, seed, failed: ua.value.failures.length })}\n`,
    );
  }
  if (nSA !== undefined) {
    const sa = sensitivityAnalysis(result.spec, data, { n: nSA, seed });
    if (!sa.ok) throw pipelineFailure(sa.error, label, t);
    await writeOutput(join(outDir, 'sensitivity.csv'), sensitivityCsv(sa.value), t);
    ctx.io.stdout(
      `${t('cli.index.sensitivity', { runs: sa.value.runs, seed, failed: sa.value.failures.length })}\n`,
    );
  }
  ctx.io.stdout(`${t('cli.index.wrote', { dir: outDir })}\n`);
}
