import { extname, resolve } from 'node:path';
import type { Locale } from '@dsc/domain';
import type { MessageKey } from '@dsc/i18n';
import { createTranslator, getMessages } from '@dsc/i18n';
import type { ProposalLabels } from '@dsc/roadmap';
import {
  PROPOSAL_LABEL_KEYS,
  buildProposal,
  checkIatiRules,
  describeExportError,
  milestonesToIcal,
  planTables,
  proposalToDocx,
  proposalToMarkdown,
  schedulePlan,
  tableToCsv,
  tablesToXlsx,
  toIatiXml,
  toMspdi,
} from '@dsc/roadmap';
import { CliError } from '../cli-error.js';
import { writeFileAtomic } from '../io.js';
import type { RegisterCommand } from '../main.js';
import { loadPlan } from './schedule.js';

const KINDS = ['iati', 'proposal', 'xlsx', 'csv', 'mspdi', 'ical'] as const;
type Kind = (typeof KINDS)[number];
const LANGS = ['en', 'ru', 'kk'] as const;
const TABLES = ['schedule', 'budget', 'funding', 'kpis', 'risks'] as const;

type Options = { out?: string; format?: string; lang?: string; scenario?: string; today?: string; table?: string };

/** Proposal headings in a language, from the `roadmap.proposal.*` messages of @dsc/i18n. */
export function proposalLabels(lang: Locale): ProposalLabels {
  const { t } = createTranslator(lang, getMessages(lang));
  return Object.fromEntries(
    PROPOSAL_LABEL_KEYS.map((k) => [k, (t as (key: MessageKey) => string)(`roadmap.proposal.${k}` as MessageKey)]),
  ) as ProposalLabels;
}

const fail = (file: string, e: Parameters<typeof describeExportError>[0]): never => {
  const d = describeExportError(e);
  throw new CliError('findings', `${file}: ${d.message}`, d.hint);
};

/** `dsc export iati|proposal|xlsx|csv|mspdi|ical <plan> --out <file>`. */
export const registerExport: RegisterCommand = (cli, ctx) => {
  cli
    .command('export <kind> <plan>', 'Export a plan: iati (IATI 2.03 XML), proposal (DA project document), xlsx, csv, mspdi (MS Project XML), ical (milestones)')
    .option('--out <file>', 'File to write (text formats go to standard output without it)')
    .option('--format <format>', 'proposal: docx or md (default from the --out extension)')
    .option('--lang <lang>', 'proposal: en, ru or kk', { default: 'en' })
    .option('--scenario <id>', 'Export a scenario of the plan instead of the base plan')
    .option('--today <date>', 'iati: the date transactions may not be later than (default: today)')
    .option('--table <name>', 'csv: schedule, budget, funding, kpis or risks', { default: 'schedule' })
    .example('dsc export iati roadmap.plan.json --out roadmap.iati.xml')
    .example('dsc export proposal roadmap.plan.json --format docx --lang ru --out proposal-ru.docx')
    .action(async (kind: string, file: string, options: Options) => {
      if (!KINDS.includes(kind as Kind)) throw new CliError('usage', `unknown export kind "${kind}"`, `Use one of: ${KINDS.join(', ')}.`);
      const plan = await loadPlan(file, ctx.io.cwd, ctx.i18n);
      if (options.scenario !== undefined && !plan.scenarios.some((s) => s.id === options.scenario))
        throw new CliError('usage', `no scenario "${options.scenario}"`, `Known scenarios: ${plan.scenarios.map((s) => s.id).join(', ') || '(none)'}.`);
      const scenario = options.scenario !== undefined ? { scenario: options.scenario } : {};
      const out = options.out !== undefined ? resolve(ctx.io.cwd, String(options.out)) : undefined;
      const emit = async (data: string | Uint8Array, what: string): Promise<void> => {
        if (out === undefined) {
          if (typeof data !== 'string') throw new CliError('usage', `${kind} is a binary format`, 'Pass --out <file>.');
          ctx.io.stdout(data);
          return;
        }
        await writeFileAtomic(out, data);
        ctx.io.stderr(`wrote ${what} to ${out}\n`);
      };
      switch (kind as Kind) {
        case 'iati': {
          const today = options.today ?? new Date().toISOString().slice(0, 10);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError('usage', `--today "${today}" is not a date`, 'Use YYYY-MM-DD.');
          const r = toIatiXml(plan, { today, generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), ...scenario });
          if (!r.ok) return fail(file, r.error);
          const findings = checkIatiRules(r.value.xml, today);
          if (findings.length > 0)
            throw new CliError('findings', `the IATI file breaks the IATI ruleset:\n${findings.map((f) => `${f.activity}: ${f.rule} (${f.detail})`).join('\n')}`, 'Fix the plan values named above.');
          if (r.value.skippedResults.length > 0)
            ctx.io.stderr(`warning: results without KPIs are not exported (IATI needs an indicator): ${r.value.skippedResults.join(', ')}\n`);
          if (r.value.skippedPeriods.length > 0) ctx.io.stderr(`warning: KPI periods not exported (not a range of at most one year): ${r.value.skippedPeriods.join(', ')}\n`);
          await emit(r.value.xml, `${r.value.activities} IATI activities`);
          return;
        }
        case 'proposal': {
          const lang = (options.lang ?? 'en') as Locale;
          if (!LANGS.includes(lang)) throw new CliError('usage', `unknown --lang "${String(options.lang)}"`, 'Use en, ru or kk.');
          const format = options.format ?? (out !== undefined && extname(out).toLowerCase() === '.docx' ? 'docx' : 'md');
          if (format !== 'docx' && format !== 'md') throw new CliError('usage', `unknown --format "${format}"`, 'Use docx or md.');
          const r = buildProposal(plan, { lang, labels: proposalLabels(lang), ...scenario });
          if (!r.ok) return fail(file, r.error);
          if (r.value.untranslated > 0 && lang !== 'en')
            ctx.io.stderr(`warning: ${r.value.untranslated} plan texts have no ${lang} translation and are shown in English\n`);
          await emit(format === 'docx' ? await proposalToDocx(r.value) : proposalToMarkdown(r.value), `the ${lang} proposal (${format})`);
          return;
        }
        case 'xlsx':
        case 'csv': {
          const r = planTables(plan, scenario);
          if (!r.ok) return fail(file, r.error);
          if (kind === 'xlsx') {
            if (out === undefined) throw new CliError('usage', 'xlsx is a binary format', 'Pass --out <file.xlsx>.');
            await emit(await tablesToXlsx(r.value), `${r.value.length} sheets`);
            return;
          }
          const name = options.table ?? 'schedule';
          const index = TABLES.indexOf(name as (typeof TABLES)[number]);
          const table = r.value[index];
          if (index < 0 || !table) throw new CliError('usage', `unknown --table "${name}"`, `Use one of: ${TABLES.join(', ')}.`);
          await emit(tableToCsv(table), `the ${name} table`);
          return;
        }
        case 'mspdi': {
          const r = toMspdi(plan, scenario);
          if (!r.ok) return fail(file, r.error);
          await emit(r.value, 'MS Project XML');
          return;
        }
        case 'ical': {
          const s = schedulePlan(plan, scenario);
          if (!s.ok) return fail(file, s.error);
          await emit(milestonesToIcal(plan, s.value, { stamp: new Date().toISOString() }), 'the milestone calendar');
          return;
        }
      }
    });
};
