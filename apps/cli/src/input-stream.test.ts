import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { DEFAULT_PIPE_TIMEOUT_SECONDS, openPipe, pipeTimeout, readPipe } from './input-stream.js';

const { t } = createTranslator('en', getMessages('en'));
/** Standard input that yields `parts`, one chunk each. */
async function* stdinOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) {
    await Promise.resolve();
    yield new TextEncoder().encode(p);
  }
}
const chunks = (...parts: string[]): AsyncIterable<Uint8Array> & { isTTY?: boolean } => stdinOf(...parts);

const caught = async (p: Promise<unknown>): Promise<CliError> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CliError);
  return e as CliError;
};

describe('standard input and pipes', () => {
  it('the FIFO wait: the flag, else DSC_PIPE_TIMEOUT, else the default; nonsense is a usage error', () => {
    expect(pipeTimeout(t, undefined, undefined)).toBe(DEFAULT_PIPE_TIMEOUT_SECONDS);
    expect(pipeTimeout(t, undefined, '2.5')).toBe(2.5);
    expect(pipeTimeout(t, '0', '2.5')).toBe(0);
    expect(() => pipeTimeout(t, 'soon', undefined)).toThrow('--pipe-timeout "soon" is not a number of seconds');
    expect(() => pipeTimeout(t, undefined, '-1')).toThrow('DSC_PIPE_TIMEOUT "-1" is not a number of seconds');
  });

  it('standard input that is a terminal is refused with a hint (exit 2)', async () => {
    const stdin = Object.assign(chunks(), { isTTY: true });
    const e = await caught(openPipe('-', '-', { t, seconds: 1, stdin }));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('standard input is a terminal');
    expect(e.hint).toContain('dsc validate -');
  });

  it('standard input is read in full and named <stdin>', async () => {
    const input = await openPipe('-', '-', { t, seconds: 1, stdin: chunks('a,b\n', '1,2\n') });
    expect(input.name).toBe('<stdin>');
    expect((await readPipe(input, t)).toString()).toBe('a,b\n1,2\n');
  });

  it('more than the bound through a pipe is an unreadable input (exit 3)', async () => {
    const input = await openPipe('-', '-', { t, seconds: 1, stdin: chunks('x'.repeat(10), 'y'.repeat(10)) });
    const e = await caught(readPipe(input, t, 15));
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe('<stdin>: more than 15 bytes arrived through the pipe');
  });

  it('a FIFO nobody opens for writing ends with a located usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dsc-fifo-'));
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const e = await caught(openPipe('in.fifo', fifo, { t, seconds: 0.05 }));
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('in.fifo: no program opened the pipe for writing within 0.05 s');
  });

  it('a FIFO is read to the end once a writer comes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dsc-fifo-'));
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `sleep 0.2; printf 'a,b\\n1,2\\n' > '${fifo}'`]);
    const closed = new Promise((r) => writer.on('close', r));
    const input = await openPipe('in.fifo', fifo, { t, seconds: 60 });
    expect((await readPipe(input, t)).toString()).toBe('a,b\n1,2\n');
    await closed;
  });
});
