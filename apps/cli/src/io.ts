import { readFile } from 'node:fs/promises';
import type { Translator } from '@dsc/i18n';
import type { ParseError } from 'jsonc-parser';
import { parse } from 'jsonc-parser';
import { CliError } from './cli-error.js';
import type { StdinSource } from './input-stream.js';
import { inputName, isPipeInput, openPipe, pipeTimeout, readPipe } from './input-stream.js';

/** Where a command writes its output; tests pass a recording implementation. */
export type Io = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Standard input, read by `-` (process.stdin when absent). */
  readonly stdin?: StdinSource | undefined;
};

/** What every command receives: the output streams, the translator of the user's language, and the exit code. */
export type CommandContext = {
  readonly io: Io;
  /** Messages in the language of `DSC_LANG` (en, ru, kk, kk-Latn) or the system locale; English by default. */
  readonly i18n: Translator;
  /** 0 unless the command sets it: 1 when it reports findings at error severity. */
  exitCode: number;
};

export const nodeIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};

type T = Translator['t'];

/**
 * Reads a file as bytes, turning I/O failures into an exit-3 error that names the file (in the user's language).
 * `-` is standard input and a FIFO or `/dev/fd/N` pipe is read as a stream, up to a bound (input-stream.ts).
 */
export async function readInput(path: string, t: T): Promise<Buffer> {
  try {
    if (await isPipeInput(path, path)) return await readPipe(await openPipe(path, path, { t, seconds: pipeTimeout(t, undefined) }), t);
    return await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw unreadableFile(path, e, t);
  }
}

/** The exit-3 error for a file that cannot be opened or read, naming the file and why. */
export function unreadableFile(path: string, e: unknown, t: T): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'other';
  return new CliError('unreadable', t('cli.io.unreadable', { path: inputName(path), reason, code: String(code ?? e) }), t('cli.io.unreadableHint'));
}

/** Reads and parses a JSON file; a syntax error becomes a located usage error (line and column). */
export async function readJson(path: string, t: T): Promise<unknown> {
  return (await readJsonText(path, t)).value;
}

/** Like {@link readJson}, keeping the text as well, to locate later errors in it. */
export async function readJsonText(path: string, t: T): Promise<{ text: string; value: unknown }> {
  const text = (await readInput(path, t)).toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // JSON.parse does not always say where (e.g. "Unexpected end of JSON input"): the first error of a
    // standard JSON parse gives the place.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    let where = '';
    if (errors[0]) {
      const before = text.slice(0, errors[0].offset);
      const lineStart = before.lastIndexOf('\n') + 1;
      where = `:${before.split('\n').length}:${[...before.slice(lineStart)].length + 1}`;
    }
    throw new CliError('unreadable', t('cli.io.invalidJson', { path: inputName(path), where, detail: message }), t('cli.io.invalidJsonHint'));
  }
}
