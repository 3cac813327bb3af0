import type { DisplayLocale, Translator } from '@dsc/i18n';
import { createTranslator, isDisplayLocale, loadMessages } from '@dsc/i18n';
import { cac } from 'cac';
import pkg from '../package.json' with { type: 'json' };
import { CliError, ExitCode } from './cli-error.js';
import type { Io } from './io.js';

export type { Io } from './io.js';
export { nodeIo } from './io.js';
export { CliError, ExitCode } from './cli-error.js';
import { loadCommands } from './commands/index.js';

/** What every command receives: the output streams, the translator of the user's language, and the exit code. */
export type CommandContext = {
  readonly io: Io;
  /** Messages in the language of `DSC_LANG` (en, ru, kk, kk-Latn) or the system locale; English by default. */
  readonly i18n: Translator;
  exitCode: number;
};

/**
 * The language of the command's messages: `DSC_LANG`, else the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`,
 * e.g. `ru_RU.UTF-8` → ru, `kk_KZ` → kk), else English.
 */
export function cliLanguage(env: Readonly<Record<string, string | undefined>>): DisplayLocale {
  const explicit = env['DSC_LANG'];
  if (explicit && isDisplayLocale(explicit)) return explicit;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const lang = env[name]?.split(/[_.@-]/)[0]?.toLowerCase();
    if (lang === 'ru' || lang === 'kk' || lang === 'en') return lang;
  }
  return 'en';
}

/** Registers a command on the CLI. Each file in `src/commands/` exports one. */
export type RegisterCommand = (cli: ReturnType<typeof cac>, ctx: CommandContext) => void;

type HelpSection = { title?: string; body: string };

/**
 * The help text in the user's language: cac's section titles and built-in option texts translated, and the
 * description of the command shown under its usage line (`dsc validate --help`).
 */
function localiseHelp(sections: HelpSection[], cli: ReturnType<typeof cac>, t: Translator['t']): HelpSection[] {
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

/**
 * Runs `dsc` with the given arguments and returns the exit code. Expected failures are printed as one
 * message with a hint; a stack trace is printed only for a bug (exit 70, with a request to report it).
 */
export async function run(
  argv: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const cli = cac('dsc');
  const display = cliLanguage(env);
  const i18n = createTranslator(display, await loadMessages(display === 'kk-Latn' ? 'kk' : display));
  const { t } = i18n;
  const ctx: CommandContext = { io, i18n, exitCode: ExitCode.ok };
  for (const register of await loadCommands(argv)) register(cli, ctx);
  cli.help((sections) => localiseHelp(sections, cli, t));
  cli.version(pkg.version);
  // cac prints help and version with console.info; route them to this run's stdout.
  const consoleInfo = console.info;
  console.info = (...parts: unknown[]) => io.stdout(parts.map(String).join(' ') + '\n');
  try {
    cli.parse(['node', 'dsc', ...argv], { run: false });
    if (cli.options['help'] || cli.options['version']) return ExitCode.ok;
    if (!cli.matchedCommand) {
      if (argv.length === 0) {
        cli.outputHelp();
        return ExitCode.ok;
      }
      throw new CliError('usage', t('cli.error.unknownCommand', { command: argv.join(' ') }), t('cli.error.unknownCommandHint'));
    }
    await cli.runMatchedCommand();
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`dsc: ${e.message}\n`);
      if (e.hint) io.stderr(`${t('cli.error.hint', { hint: e.hint })}\n`);
      return e.exitCode;
    }
    if (e instanceof Error && e.name === 'CACError') {
      io.stderr(`dsc: ${e.message}\n`);
      io.stderr(`${t('cli.error.hint', { hint: t('cli.error.optionHint') })}\n`);
      return ExitCode.usage;
    }
    io.stderr(`dsc: ${t('cli.error.internal')}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 70;
  } finally {
    console.info = consoleInfo;
  }
}
