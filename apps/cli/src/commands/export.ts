import { extname, resolve } from 'node:path';
import type { Locale } from '@dsc/domain';
import type { MessageKey } from '@dsc/i18n';
import { createTranslator, getMessages, supportedLocales } from '@dsc/i18n';
import type { ProposalLabels } from '@dsc/roadmap';
import { proposalToDocx, tablesToXlsx } from '@dsc/roadmap/export';
import {
  PROPOSAL_LABEL_KEYS,
  buildProposal,
  checkIatiRules,
  milestonesToIcal,
  mspdiExportLosses,
  planTables,
  proposalToMarkdown,
  schedulePlan,
  tableToCsv,
  toIatiXml,
  toMspdi,
} from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import { dateFlag, isOneOf } from '../flags.js';
import type { CommandContext } from '../io.js';
import { refuseUnsafeOutputs, writeOutput } from '../output-file.js';
import { loadPlan, partsText, roadmapFailure } from '../plan-file.js';

const KINDS = ['iati', 'proposal', 'xlsx', 'csv', 'mspdi', 'ical'] as const;
const TABLES = ['schedule', 'budget', 'funding', 'kpis', 'risks'] as const;

/** The options of `dsc export` (declared in cli.ts). */
export type ExportOptions = { out?: string; format?: string; lang?: string; scenario?: string; today?: string; table?: string };

/** Proposal headings in a language, from the `roadmap.proposal.*` messages of @dsc/i18n. */
export function proposalLabels(lang: Locale): ProposalLabels {
  const { t } = createTranslator(lang, getMessages(lang));
  return Object.fromEntries(
    PROPOSAL_LABEL_KEYS.map((k) => [k, (t as (key: MessageKey) => string)(`roadmap.proposal.${k}` as MessageKey)]),
  ) as ProposalLabels;
}

/** `dsc export iati|proposal|xlsx|csv|mspdi|ical <plan> --out <file>`. */
export async function run(kind: string, file: string, options: ExportOptions, ctx: CommandContext): Promise<void> {
  const { t } = ctx.i18n;
  if (!isOneOf(kind, KINDS)) throw new CliError('usage', t('cli.export.error.kind', { kind }), t('cli.export.error.kindHint', { kinds: KINDS.join(', ') }));
  const out = options.out !== undefined ? resolve(ctx.io.cwd, String(options.out)) : undefined;
  if (out !== undefined) await refuseUnsafeOutputs([out], [resolve(ctx.io.cwd, file)], t);
  const plan = await loadPlan(file, ctx.io.cwd, ctx.i18n);
  if (options.scenario !== undefined && !plan.scenarios.some((s) => s.id === options.scenario))
    throw new CliError('usage', t('cli.export.error.scenario', { scenario: options.scenario }), t('cli.export.error.scenarioHint', { known: plan.scenarios.map((s) => s.id).join(', ') || t('cli.schedule.none') }));
  const scenario = options.scenario !== undefined ? { scenario: options.scenario } : {};
  const emit = async (data: string | Uint8Array, what: string): Promise<void> => {
    if (out === undefined) {
      if (typeof data !== 'string') throw new CliError('usage', t('cli.export.error.binary', { kind }), t('cli.export.error.binaryHint', { file: '<file>' }));
      ctx.io.stdout(data);
      return;
    }
    await writeOutput(out, data, t);
    ctx.io.stderr(`${t('cli.export.wrote', { what, file: out })}\n`);
  };
  switch (kind) {
    case 'iati': {
      const today = options.today === undefined ? new Date().toISOString().slice(0, 10) : dateFlag(t, '--today', options.today);
      const r = toIatiXml(plan, { today, generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), ...scenario });
      if (!r.ok) throw roadmapFailure(ctx.i18n, file, '', r.error);
      const findings = checkIatiRules(r.value.xml, today);
      if (findings.length > 0)
        throw new CliError('findings', `${t('cli.export.error.iati')}\n${findings.map((f) => `${f.activity}: ${f.rule} (${f.detail})`).join('\n')}`, t('cli.export.error.iatiHint'));
      if (r.value.skippedResults.length > 0)
        ctx.io.stderr(`${t('cli.export.warning.skippedResults', { ids: r.value.skippedResults.join(', ') })}\n`);
      for (const w of r.value.warnings) ctx.io.stderr(`${t('roadmap.warning.xml_chars_replaced', { count: w.count })}\n`);
      if (r.value.skippedPeriods.length > 0) ctx.io.stderr(`${t('cli.export.warning.skippedPeriods', { ids: r.value.skippedPeriods.join(', ') })}\n`);
      await emit(r.value.xml, t('cli.export.what.iati', { count: r.value.activities }));
      return;
    }
    case 'proposal': {
      const lang = options.lang ?? 'en';
      if (!isOneOf(lang, supportedLocales)) throw new CliError('usage', t('cli.export.error.lang', { lang: String(options.lang) }), t('cli.export.error.langHint'));
      const format = options.format ?? (out !== undefined && extname(out).toLowerCase() === '.docx' ? 'docx' : 'md');
      if (format !== 'docx' && format !== 'md') throw new CliError('usage', t('cli.schedule.error.format', { format }), t('cli.export.error.formatHint'));
      const r = buildProposal(plan, { lang, labels: proposalLabels(lang), ...scenario });
      if (!r.ok) throw roadmapFailure(ctx.i18n, file, '', r.error);
      if (r.value.untranslated > 0 && lang !== 'en')
        ctx.io.stderr(`${t('cli.export.warning.untranslated', { count: r.value.untranslated, lang })}\n`);
      await emit(format === 'docx' ? await proposalToDocx(r.value) : proposalToMarkdown(r.value), t('cli.export.what.proposal', { lang, format }));
      return;
    }
    case 'xlsx':
    case 'csv': {
      const r = planTables(plan, scenario);
      if (!r.ok) throw roadmapFailure(ctx.i18n, file, '', r.error);
      if (kind === 'xlsx') {
        if (out === undefined) throw new CliError('usage', t('cli.export.error.binary', { kind }), t('cli.export.error.binaryHint', { file: '<file.xlsx>' }));
        await emit(await tablesToXlsx(r.value), t('cli.export.what.sheets', { count: r.value.length }));
        return;
      }
      const name = options.table ?? 'schedule';
      const index = TABLES.indexOf(name as (typeof TABLES)[number]);
      const table = r.value[index];
      if (index < 0 || !table) throw new CliError('usage', t('cli.export.error.table', { table: name }), t('cli.export.error.kindHint', { kinds: TABLES.join(', ') }));
      await emit(tableToCsv(table), t('cli.export.what.table', { table: name }));
      return;
    }
    case 'mspdi': {
      const r = toMspdi(plan, scenario);
      if (!r.ok) throw roadmapFailure(ctx.i18n, file, '', r.error);
      for (const w of r.value.warnings) ctx.io.stderr(`${t('roadmap.warning.xml_chars_replaced', { count: w.count })}\n`);
      const losses = mspdiExportLosses(plan, scenario);
      if (losses.length > 0) ctx.io.stderr(`${t('cli.export.warning.lossy', { parts: partsText(ctx.i18n, losses) })}\n`);
      await emit(r.value.xml, t('cli.export.what.mspdi'));
      return;
    }
    case 'ical': {
      const s = schedulePlan(plan, scenario);
      if (!s.ok) throw roadmapFailure(ctx.i18n, file, '', s.error);
      await emit(milestonesToIcal(plan, s.value, { stamp: new Date().toISOString() }), t('cli.export.what.ical'));
      return;
    }
  }
}
