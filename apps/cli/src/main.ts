import { cac } from 'cac';
import pkg from '../package.json' with { type: 'json' };
import { CliError, ExitCode } from './cli-error.js';
import type { Io } from './io.js';

export type { Io } from './io.js';
export { nodeIo } from './io.js';
export { CliError, ExitCode } from './cli-error.js';
import { commands } from './commands/index.js';

/** What every command receives: the output streams and a way to set the process exit code. */
export type CommandContext = {
  readonly io: Io;
  exitCode: number;
};

/** Registers a command on the CLI. Each file in `src/commands/` exports one. */
export type RegisterCommand = (cli: ReturnType<typeof cac>, ctx: CommandContext) => void;

/**
 * Runs `dsc` with the given arguments and returns the exit code. Expected failures are printed as one
 * message with a hint; a stack trace is printed only for a bug (exit 70, with a request to report it).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const cli = cac('dsc');
  const ctx: CommandContext = { io, exitCode: ExitCode.ok };
  for (const register of commands) register(cli, ctx);
  cli.help();
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
      throw new CliError('usage', `unknown command "${argv.join(' ')}"`, 'Run "dsc --help" to list the commands.');
    }
    await cli.runMatchedCommand();
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`dsc: ${e.message}\n`);
      if (e.hint) io.stderr(`hint: ${e.hint}\n`);
      return e.exitCode;
    }
    if (e instanceof Error && e.name === 'CACError') {
      io.stderr(`dsc: ${e.message}\n`);
      io.stderr('hint: Run "dsc --help" for the commands and their options.\n');
      return ExitCode.usage;
    }
    io.stderr(`dsc: internal error — please report it with the command you ran.\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 70;
  } finally {
    console.info = consoleInfo;
  }
}
