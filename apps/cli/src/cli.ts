import type { Translator } from '@dsc/i18n';
import type { CAC } from 'cac';
import { cac } from 'cac';
import pkg from '../package.json' with { type: 'json' };
import type { AssessOptions } from './commands/assess.js';
import type { Options as IndexOptions } from './commands/compute-index.js';
import type { ExportOptions } from './commands/export.js';
import type { I18nOptions } from './commands/i18n.js';
import type { ImportOptions } from './commands/import.js';
import type { ReportOptions } from './commands/report.js';
import type { InitiativesOptions } from './commands/initiatives.js';
import type { ScheduleOptions } from './commands/schedule.js';
import type { SchemaOptions } from './commands/schema.js';
import type { Flags as ValidateFlags } from './commands/validate.js';
import type { CommandContext } from './io.js';

// Every `dsc` command and option, declared here and nowhere else. A command's module (`commands/<verb>.ts`, which
// exports `run`) is imported only when its action runs: `dsc validate …` loads the validator, not the index engine
// or the document writers, and `dsc --version` loads no command.

type Declare = (cli: CAC, ctx: CommandContext) => void;

/**
 * The declaration of each command, in the order `dsc --help` lists them. An entry gives the declaration; the two
 * whose help lists values known to an engine (report formats and layouts, methodology presets) first load them
 * from the module that the command runs anyway.
 */
const commands = {
  schema: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('schema <action>', t('cli.schema.description'))
      .option('--out <dir>', t('cli.schema.option.out'))
      .example('dsc schema export --out schemas')
      .action(async (action: string, options: SchemaOptions) => (await import('./commands/schema.js')).run(action, options, ctx));
  },

  schedule: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('schedule <file>', t('cli.schedule.description'))
      .option('--scenario <id>', t('cli.schedule.option.scenario'))
      .option('--format <format>', t('cli.schedule.option.format'), { default: 'table' })
      .option('--start <date>', t('cli.schedule.option.start'))
      .option('--working-days <days>', t('cli.schedule.option.workingDays'), { default: '1-5' })
      .option('--holidays <dates>', t('cli.schedule.option.holidays'))
      .option('--quality', t('cli.schedule.option.quality'))
      .option('--recommendations <file>', t('cli.schedule.option.recommendations'))
      .option('--status-date <date>', t('cli.schedule.option.statusDate'))
      .option('--baseline <id>', t('cli.schedule.option.baseline'))
      .example('dsc schedule activities.csv --format json')
      .example('dsc schedule roadmap.plan.json --scenario hybrid')
      .example('dsc schedule roadmap.plan.json --status-date 2027-03-31 --format csv')
      .action(async (file: string, options: ScheduleOptions) => (await import('./commands/schedule.js')).run(file, options, ctx));
  },

  export: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('export <kind> <plan>', t('cli.export.description'))
      .option('--out <file>', t('cli.export.option.out'))
      .option('--format <format>', t('cli.export.option.format'))
      .option('--lang <lang>', t('cli.export.option.lang'), { default: 'en' })
      .option('--scenario <id>', t('cli.export.option.scenario'))
      .option('--today <date>', t('cli.export.option.today'))
      .option('--table <name>', t('cli.export.option.table'), { default: 'schedule' })
      .example('dsc export iati roadmap.plan.json --out roadmap.iati.xml')
      .example('dsc export proposal roadmap.plan.json --format docx --lang ru --out proposal-ru.docx')
      .action(async (kind: string, file: string, options: ExportOptions) => (await import('./commands/export.js')).run(kind, file, options, ctx));
  },

  import: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('import <kind> <file>', t('cli.import.description'))
      .option('--out <file>', t('cli.import.option.out'))
      .option('--id <id>', t('cli.import.option.id'))
      .option('--force', t('cli.import.option.force'))
      .example('dsc import mspdi project.xml --out roadmap.plan.json')
      .action(async (kind: string, file: string, options: ImportOptions) => (await import('./commands/import.js')).run(kind, file, options, ctx));
  },

  assess: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('assess <action> [file]', t('assessment.cli.description'))
      .option('--country <iso3>', t('assessment.cli.option.country'))
      .option('--lang <lang>', t('assessment.cli.option.lang'), { default: 'en' })
      .option('--out <file>', t('assessment.cli.option.out'))
      .option('--force', t('assessment.cli.option.force'))
      .option('--format <format>', t('assessment.cli.option.format'), { default: 'text' })
      .example('dsc assess questionnaire --country KAZ --lang ru --out kaz.xlsx')
      .example('dsc assess import kaz.xlsx --out kaz.assessment.json')
      .action(async (action: string, file: string | undefined, options: AssessOptions) => (await import('./commands/assess.js')).run(action, file, options, ctx));
  },

  initiatives: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('initiatives', t('datasets.initiatives.cli.description'))
      .option('--country <iso3>', t('datasets.initiatives.cli.option.country'))
      .option('--format <format>', t('datasets.initiatives.cli.option.format'), { default: 'table' })
      .option('--matrix', t('datasets.initiatives.cli.option.matrix'))
      .example('dsc initiatives --country KGZ')
      .example('dsc initiatives --matrix --format csv')
      .action(async (options: InitiativesOptions) => (await import('./commands/initiatives.js')).run(options, ctx));
  },

  report: async (): Promise<Declare> => {
    const { REPORT_COUNTRIES } = await import('./commands/report.js');
    return (cli, ctx) => {
      const { t } = ctx.i18n;
      cli
        .command('report', t('report.cli.description'))
        .option('--country <iso3>', t('report.cli.option.country', { choices: REPORT_COUNTRIES.join(', ') }))
        .option('--region', t('report.cli.option.region'))
        .option('--lang <lang>', t('report.cli.option.lang'), { default: 'en' })
        .option('--format <format>', t('report.cli.option.format'))
        .option('--out <file>', t('report.cli.option.out'))
        .option('--date <date>', t('report.cli.option.date'))
        .example('dsc report --country KGZ --lang ru --out kgz-ru.docx')
        .example('dsc report --region --lang kk --format pdf --out speca-kk.pdf')
        .action(async (options: ReportOptions) => (await import('./commands/report.js')).run(options, ctx));
    };
  },

  i18n: (): Declare => (cli, ctx) => {
    const { t } = ctx.i18n;
    cli
      .command('i18n <action>', t('cli.i18n.description'))
      .option('--dir <dir>', t('cli.i18n.option.dir'))
      .option('--format <format>', t('cli.i18n.option.format'), { default: 'text' })
      .option('--lang <locale>', t('cli.i18n.option.lang'), { default: 'en' })
      .option('--strict-latin', t('cli.i18n.option.strictLatin'))
      .example('dsc i18n check')
      .example('dsc i18n check --dir locales --format json')
      .action(async (action: string, options: I18nOptions) => (await import('./commands/i18n.js')).run(action, options, ctx));
  },

  index: async (): Promise<Declare> => {
    const { PRESETS } = await import('./commands/compute-index.js');
    return (cli, ctx) => {
      const { t } = ctx.i18n;
      cli
        .command('index', t('cli.index.description'))
        .option('--data <file>', t('cli.index.option.data'))
        .option('--meta <file>', t('cli.index.option.meta'))
        .option('--denominators <file>', t('cli.index.option.denominators'))
        .option('--spec <file>', t('cli.index.option.spec'))
        .option('--preset <name>', t('cli.index.option.preset', { choices: PRESETS.join(', ') }))
        .option('--dataset', t('cli.index.option.dataset'))
        .option('--year <year>', t('cli.index.option.year'))
        .option('--look-back <years>', t('cli.index.option.lookBack'))
        .option('--time <t>', t('cli.index.option.time'))
        .option('--uncertainty <n>', t('cli.index.option.uncertainty'))
        .option('--sensitivity <n>', t('cli.index.option.sensitivity'))
        .option('--seed <s>', t('cli.index.option.seed'))
        .option('--audit', t('cli.index.option.audit'))
        .option('--out <dir>', t('cli.index.option.out'))
        .example('dsc index --data iData.csv --meta iMeta.csv --preset coinr-example --out out')
        .example('dsc index --dataset --preset egdi --year 2024 --out egdi')
        .action(async (options: IndexOptions) => (await import('./commands/compute-index.js')).run(options, ctx));
    };
  },

  validate: async (): Promise<Declare> => {
    const { LAYOUTS, REPORT_FORMATS } = await import('@dsc/validation');
    return (cli, ctx) => {
      const { t } = ctx.i18n;
      cli
        .command('validate [...files]', t('cli.validate.description'))
        .option('--format <format>', t('cli.validate.option.format', { choices: REPORT_FORMATS.join('|') }), { default: 'text' })
        .option('--schema <file>', t('cli.validate.option.schema'))
        .option('--dialect <file>', t('cli.validate.option.dialect'))
        .option('--config <file>', t('cli.validate.option.config'))
        .option('--encoding <name>', t('cli.validate.option.encoding'))
        .option('--delimiter <char>', t('cli.validate.option.delimiter'))
        .option('--decimal-char <char>', t('cli.validate.option.decimalChar'))
        .option('--group-char <char>', t('cli.validate.option.groupChar'))
        .option('--missing <value>', t('cli.validate.option.missing'))
        .option('--layout <layout>', t('cli.validate.option.layout', { choices: LAYOUTS.join('|') }))
        .option('--reference-year <year>', t('cli.validate.option.referenceYear'))
        .option('--aggregates <codes>', t('cli.validate.option.aggregates'))
        .option('--rule <id=level>', t('cli.validate.option.rule'))
        .option('--mostly <id=fraction>', t('cli.validate.option.mostly'))
        .option('--strict', t('cli.validate.option.strict'))
        .option('--max-warnings <n>', t('cli.validate.option.maxWarnings'))
        .option('--max-samples <n>', t('cli.validate.option.maxSamples'))
        .option('--max-field-bytes <n>', t('cli.validate.option.maxFieldBytes'))
        .option('--max-line-bytes <n>', t('cli.validate.option.maxLineBytes'))
        .option('--min-rows <n>', t('cli.validate.option.minRows'))
        .option('--write-valid <file>', t('cli.validate.option.writeValid'))
        .option('--write-invalid <file>', t('cli.validate.option.writeInvalid'))
        .option('--output <file>', t('cli.validate.option.output'))
        .option('--sheet <name>', t('cli.validate.option.sheet'))
        .option('--input-format <format>', t('cli.validate.option.inputFormat', { choices: 'csv|tsv|json|xlsx|zip' }))
        .option('--pipe-timeout <seconds>', t('cli.validate.option.pipeTimeout'))
        .option('--no-catalogue', t('cli.validate.option.noCatalogue'))
        .option('--no-series-checks', t('cli.validate.option.noSeriesChecks'))
        .option('--quiet', t('cli.validate.option.quiet'))
        .option('--min-severity <level>', t('cli.validate.option.minSeverity', { choices: 'error|warning|info' }))
        .option('--list-rules', t('cli.validate.option.listRules'))
        .example('dsc validate data/*.csv --format github')
        .example('dsc validate export.csv --encoding windows-1251 --decimal-char ,')
        .example('curl -s https://example.org/data.csv | dsc validate -')
        .example('dsc validate --list-rules')
        .action(async (files: string[], flags: ValidateFlags) => (await import('./commands/validate.js')).run(files, flags, ctx));
    };
  },
} satisfies Readonly<Record<string, () => Declare | Promise<Declare>>>;

/** The names of the `dsc` commands, in the order of the help. */
export const commandNames = Object.keys(commands) as readonly (keyof typeof commands)[];

/**
 * The commands a run can reach: the one named by the first argument, none for `dsc --version`, or all of them
 * otherwise (the help and the unknown-command error list them).
 */
function reachable(argv: readonly string[]): readonly (keyof typeof commands)[] {
  const name = argv[0];
  if (argv.length === 1 && (name === '--version' || name === '-v')) return [];
  return name !== undefined && Object.hasOwn(commands, name) ? [name as keyof typeof commands] : commandNames;
}

type HelpSection = { title?: string; body: string };

/**
 * The help text in the user's language: cac's section titles and built-in option texts translated, and the
 * description of the command shown under its usage line (`dsc validate --help`).
 */
function localiseHelp(sections: HelpSection[], cli: CAC, t: Translator['t']): HelpSection[] {
  const titles: Record<string, string> = {
    Usage: t('cli.help.usage'),
    Commands: t('cli.help.commands'),
    Options: t('cli.help.options'),
    Examples: t('cli.help.examples'),
  };
  const out: HelpSection[] = [];
  for (const section of sections) {
    const title = section.title === undefined ? undefined : (titles[section.title] ?? (section.title.startsWith('For more info') ? t('cli.help.moreInfo') : section.title));
    const body = section.body
      // cac shows "(default: true)" for a --no-… flag, which reads as the opposite of what it does
      .replace(/^(\s+--no-.*?)\s*\(default: true\)$/gm, '$1')
      .replace('Display this message', t('cli.help.helpOption'))
      .replace('Display version number', t('cli.help.versionOption'))
      .replace(/\(default: ([^)]*)\)/g, (_, value: string) => t('cli.help.default', { value }));
    out.push(title === undefined ? { body } : { title, body });
    const command = section.title === 'Usage' ? cli.commands.find((c) => c.name !== '' && body.includes(`$ dsc ${c.rawName}`)) : undefined;
    if (command?.description) out.push({ body: command.description });
  }
  return out;
}

/** The `dsc` command line for one run: the commands it can reach, the help in the user's language and the version. */
export async function createCli(argv: readonly string[], ctx: CommandContext): Promise<CAC> {
  const cli = cac('dsc');
  const declarations = await Promise.all(reachable(argv).map(async (name) => commands[name]()));
  for (const declare of declarations) declare(cli, ctx);
  cli.help((sections) => localiseHelp(sections, cli, ctx.i18n.t));
  cli.version(pkg.version);
  return cli;
}
