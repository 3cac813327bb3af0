import { mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { Translator } from '@dsc/i18n';
import writeFileAtomicLib from 'write-file-atomic';
import { CliError } from './cli-error.js';
import { openOutputStream, type OutputStream } from './output-stream.js';

/**
 * Why an output path cannot be written. Checked before anything is opened for writing, so a refused command
 * leaves every file as it was.
 */
export type OutputProblem =
  | { code: 'output_is_input'; output: string; input: string }
  | { code: 'output_twice'; output: string; other: string }
  | { code: 'output_not_file'; output: string; kind: 'directory' | 'fifo' | 'device' | 'socket' | 'other' };

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path); // follows symbolic links: a link to the input is the input
  } catch {
    return undefined;
  }
}

function kindOf(s: Stats): Extract<OutputProblem, { code: 'output_not_file' }>['kind'] | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Checks every output path of a command against its inputs and against each other: an output that is the same
 * file as an input (also through a symbolic or hard link), the same output named twice, or an existing path that is
 * not a regular file (a directory, FIFO or device is never replaced). Returns the first problem, or undefined.
 */
export async function checkOutputs(outputs: readonly string[], inputs: readonly string[]): Promise<OutputProblem | undefined> {
  const inputStats = await Promise.all(inputs.map(async (path) => ({ path, s: await statOrUndefined(path) })));
  const seen: { path: string; s: Stats | undefined }[] = [];
  for (const output of outputs) {
    const s = await statOrUndefined(output);
    if (s) {
      const kind = kindOf(s);
      if (kind) return { code: 'output_not_file', output, kind };
      const input = inputStats.find((i) => i.s && sameFile(i.s, s));
      if (input) return { code: 'output_is_input', output, input: input.path };
    }
    const twice = seen.find((o) => o.path === output || (o.s && s && sameFile(o.s, s)));
    if (twice) return { code: 'output_twice', output, other: twice.path };
    seen.push({ path: output, s });
  }
  return undefined;
}

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk (fsync), then renamed over the
 * target, so a reader sees the old file or the new one and never half of one. The temporary file is removed on
 * failure and when the process is interrupted; an existing file keeps its mode; a symbolic link is followed (its
 * target is replaced, the link stays). A directory, FIFO or device at the path is refused, never replaced.
 * Built on write-file-atomic, the writer npm itself uses.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<OutputProblem | undefined> {
  const s = await statOrUndefined(path);
  const kind = s && kindOf(s);
  if (kind) return { code: 'output_not_file', output: path, kind };
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomicLib(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { fsync: true });
  return undefined;
}

type T = Translator['t'];

/** The usage error (exit 2) for an output that cannot be written, in the user's language. */
function outputFailure(p: OutputProblem, t: T): CliError {
  switch (p.code) {
    case 'output_is_input':
      return new CliError('usage', t('cli.output.isInput', { output: p.output, input: p.input }), t('cli.output.isInputHint'));
    case 'output_twice':
      return new CliError('usage', t('cli.output.twice', { output: p.output, other: p.other }), t('cli.output.twiceHint'));
    case 'output_not_file':
      return new CliError('usage', t('cli.output.notFile', { output: p.output, kind: p.kind }), t('cli.output.notFileHint'));
  }
}

/**
 * Refuses (exit 2) a command whose outputs would overwrite one of its inputs, each other, or something that is
 * not a file. Commands call it before they open anything for writing.
 */
export async function refuseUnsafeOutputs(outputs: readonly string[], inputs: readonly string[], t: T): Promise<void> {
  const problem = await checkOutputs(outputs, inputs);
  if (problem) throw outputFailure(problem, t);
}

/**
 * Writes an output file of a command with {@link writeOutputFile}; a refused path or a failed write (no room,
 * no permission, a file where a folder should be) becomes a located usage error instead of a stack trace.
 */
export async function writeOutput(path: string, data: string | Uint8Array, t: T): Promise<void> {
  let problem: OutputProblem | undefined;
  try {
    problem = await writeOutputFile(path, data);
  } catch (e) {
    throw unwritable(path, e, t);
  }
  if (problem) throw outputFailure(problem, t);
}

function unwritable(path: string, e: unknown, t: T): CliError {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  return new CliError('usage', t('cli.output.unwritable', { output: path, code }), t('cli.output.unwritableHint'));
}

/**
 * Opens an output written row by row in constant memory ({@link openOutputStream}); the path was checked with
 * {@link refuseUnsafeOutputs} first. A failure to create the temporary file is a located usage error.
 */
export function openRowOutput(path: string, t: T): OutputStream {
  try {
    return openOutputStream(path);
  } catch (e) {
    throw unwritable(path, e, t);
  }
}

/** Puts a row-by-row output in place of its target (nothing when there is none or it was aborted). */
export function commitRowOutput(out: OutputStream | undefined, path: string, t: T): void {
  if (!out) return;
  try {
    out.commit();
  } catch (e) {
    throw unwritable(path, e, t);
  }
}
