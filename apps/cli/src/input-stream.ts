import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, stat } from 'node:fs/promises';
import type { Translator } from '@dsc/i18n';
import { CliError } from './cli-error.js';

// Inputs that are not regular files: standard input (`-`), a named pipe (FIFO) and process substitution
// (`<(cat d.csv)`, a `/dev/fd/N` pipe). They are read once, front to back, as a stream of chunks: nothing can be
// sniffed by reading the start twice, so the first chunk is the head.
//
// A FIFO nobody writes to would block a plain open() for ever. It is opened non-blocking instead and polled: a read
// that says "would block" means a writer is there, one that returns no bytes means nobody has opened the other end
// yet. After the bounded wait (DEFAULT_PIPE_TIMEOUT_SECONDS, `--pipe-timeout` or DSC_PIPE_TIMEOUT) that is a
// located usage error (exit 2).

type T = Translator['t'];

/** The argument that stands for standard input. */
export const STDIN_ARG = '-';

/** How reports name standard input. */
export const STDIN_NAME = '<stdin>';

/** How long a FIFO without a writer is waited for, in seconds (docs/validation.md). */
export const DEFAULT_PIPE_TIMEOUT_SECONDS = 10;

/** The most bytes of a pipe read into memory (a workbook, a zip archive or a JSON document); text is streamed. */
export const MAX_PIPE_BYTES = 256 * 1024 * 1024;

/** Standard input as the reader sees it: whether it is a terminal, and its chunks. */
export type StdinSource = AsyncIterable<Uint8Array> & { readonly isTTY?: boolean | undefined };

/** A pipe opened for reading: the name reports use and its chunks, read once. */
export type PipeInput = { readonly name: string; readonly chunks: AsyncIterable<Uint8Array> };

/** The name a report gives an input: `<stdin>` for `-`, the argument as written otherwise. */
export const inputName = (arg: string): string => (arg === STDIN_ARG ? STDIN_NAME : arg);

/** Whether an input is read as a stream rather than as a file: `-`, a FIFO, a `/dev/fd/N` pipe, a socket or a device. */
export async function isPipeInput(arg: string, path: string): Promise<boolean> {
  if (arg === STDIN_ARG) return true;
  const s = await stat(path).catch(() => undefined);
  return s !== undefined && (s.isFIFO() || s.isSocket() || s.isCharacterDevice());
}

/** The wait for a FIFO writer, in seconds: the flag, else DSC_PIPE_TIMEOUT, else the default; anything else than a number ≥ 0 is a usage error. */
export function pipeTimeout(t: T, flag: string | number | undefined, env: string | undefined = process.env['DSC_PIPE_TIMEOUT']): number {
  const [name, raw] = flag !== undefined ? ['--pipe-timeout', flag] : env !== undefined && env !== '' ? ['DSC_PIPE_TIMEOUT', env] : [undefined, undefined];
  if (name === undefined) return DEFAULT_PIPE_TIMEOUT_SECONDS;
  const n = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(n) || n < 0) throw new CliError('usage', t('cli.input.badTimeout', { name, value: String(raw) }), t('cli.input.badTimeoutHint', { name }));
  return n;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const wouldBlock = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
};

/**
 * The chunks of a FIFO opened non-blocking. Until a writer shows up (a read that would block, or bytes) an empty
 * read means "no writer yet", polled with a growing pause until `seconds` have passed; after that, the end of the
 * input. The handle is closed when the chunks end or the reader stops.
 */
async function* fifoChunks(fh: FileHandle, name: string, seconds: number, t: T): AsyncGenerator<Uint8Array> {
  const deadline = Date.now() + seconds * 1000;
  let writer = false;
  let pause = 1;
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 16);
      let n: number;
      try {
        n = (await fh.read(buf, 0, buf.length, null)).bytesRead;
      } catch (e) {
        if (!wouldBlock(e)) throw e;
        writer = true;
        await sleep(pause);
        pause = Math.min(pause * 2, 20);
        continue;
      }
      if (n > 0) {
        writer = true;
        pause = 1;
        yield buf.subarray(0, n);
      } else if (writer) return;
      else if (Date.now() >= deadline) throw new CliError('usage', t('cli.input.noWriter', { path: name, seconds }), t('cli.input.noWriterHint'));
      else {
        await sleep(pause);
        pause = Math.min(pause * 2, 100);
      }
    }
  } finally {
    await fh.close();
  }
}

/** The chunks of an input, the first one already read (so a FIFO without a writer fails here, before any report). */
async function primed(chunks: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
}

/**
 * Opens `-` (standard input) or a pipe for reading. A terminal on standard input is refused with a hint (a
 * command waiting for typed CSV looks hung); a FIFO without a writer ends after `seconds` (exit 2).
 */
export async function openPipe(arg: string, path: string, options: { readonly t: T; readonly seconds: number; readonly stdin?: StdinSource | undefined }): Promise<PipeInput> {
  const { t } = options;
  if (arg === STDIN_ARG) {
    const stdin = options.stdin ?? (process.stdin as StdinSource);
    if (stdin.isTTY) throw new CliError('usage', t('cli.input.stdinTty'), t('cli.input.stdinTtyHint'));
    return { name: STDIN_NAME, chunks: await primed(stdin) };
  }
  const s = await stat(path);
  if (!s.isFIFO()) return { name: arg, chunks: await primed((await open(path, 'r')).createReadStream({ highWaterMark: 1 << 16 })) };
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return { name: arg, chunks: await primed(fifoChunks(fh, arg, options.seconds, t)) };
}

/** Reads all of a pipe into memory, up to {@link MAX_PIPE_BYTES}; more is an unreadable input (exit 3). */
export async function readPipe(input: PipeInput, t: T, max = MAX_PIPE_BYTES): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input.chunks) {
    size += chunk.length;
    if (size > max) throw new CliError('unreadable', t('cli.input.tooLarge', { path: input.name, max }), t('cli.input.tooLargeHint'));
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
