import type { DisplayLocale } from '@dsc/i18n';
import { createTranslator, isDisplayLocale, loadMessages } from '@dsc/i18n';
import { createCli } from './cli.js';
import { CliError, ExitCode } from './cli-error.js';
import type { CommandContext, Io } from './io.js';

export type { CommandContext, Io } from './io.js';
export { nodeIo } from './io.js';
export { CliError, ExitCode } from './cli-error.js';

/** `-` while cac parses the arguments (a NUL cannot be part of a file name). */
const STDIN_TOKEN = '\u0000-';

/** The exit code of a bug: the run ends with a stack trace and a request to report it. */
const INTERNAL_ERROR = 70;

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

/**
 * Runs `dsc` with the given arguments and returns the exit code. Expected failures are printed as one
 * message with a hint; a stack trace is printed only for a bug (exit 70, with a request to report it).
 */
export async function run(
  argv: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const display = cliLanguage(env);
  const i18n = createTranslator(display, await loadMessages(display === 'kk-Latn' ? 'kk' : display));
  const { t } = i18n;
  const ctx: CommandContext = { io, i18n, exitCode: ExitCode.ok };
  // cac prints help and version with console.info; route them to this run's stdout.
  const consoleInfo = console.info;
  console.info = (...parts: unknown[]) => io.stdout(parts.map(String).join(' ') + '\n');
  try {
    const cli = await createCli(argv, ctx);
    // cac (mri) reads a lone `-` as an option: it is standard input, so it crosses the parser as a token no path can hold
    cli.parse(['node', 'dsc', ...argv.map((a) => (a === '-' ? STDIN_TOKEN : a))], { run: false });
    (cli as { args: readonly string[] }).args = cli.args.map((a) => (a === STDIN_TOKEN ? '-' : a));
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
    // The one place where failures become exit codes: a CliError by its kind (findings 1, usage 2, unreadable
    // input 3), a command-line error of cac (unknown option, missing value) 2, anything else is a bug.
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
    return INTERNAL_ERROR;
  } finally {
    console.info = consoleInfo;
  }
}
