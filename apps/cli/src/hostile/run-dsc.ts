import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';

// Helpers of the hostile-input corpus: a scratch folder per case, the built `dsc` spawned in it, and the checks
// every case makes (an exit code of 0–3, a located message without a stack trace, inputs left byte-identical).

export type DscRun = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** A new empty folder for one case. */
export const scratch = (): Promise<string> => mkdtemp(join(tmpdir(), 'dsc-hostile-'));

/** Writes the files of a case (name → content) into `dir`. */
export async function files(dir: string, entries: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [name, data] of Object.entries(entries)) await writeFile(join(dir, name), data);
}

/** Runs the built `dsc` with `args` in `cwd`, in English unless `lang` says otherwise; stdin is closed. */
export function dsc(cwd: string, args: readonly string[], lang = 'en'): Promise<DscRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('dscBundle'), ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', DSC_LANG: lang, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** SHA-256 of each regular file among `paths` in `dir` (other kinds by their type), to compare before and after. */
export async function hashes(dir: string, paths: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    const s = await lstat(join(dir, p)).catch(() => undefined);
    out[p] = s === undefined ? 'absent' : s.isFile() ? createHash('sha256').update(await readFile(join(dir, p))).digest('hex') : s.isDirectory() ? 'directory' : 'special';
  }
  return out;
}

/**
 * The checks of every hostile case: an exit code among 0–3, no stack trace and no Node error line, and, when the
 * run failed, a message or report that names `located` (a file name, with `:line:column` or `#/pointer` when given).
 */
export function expectHandled(r: DscRun, located: string | RegExp, codes: readonly number[] = [0, 1, 2, 3]): void {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(codes, `exit ${String(r.code)}\n${r.stderr.slice(0, 2000)}`).toContain(r.code);
  expect(all).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/^\w*Error: /m);
  expect(r.stderr).not.toContain('node:internal');
  // the report of `dsc validate` is on stdout, the message of a refused command on stderr
  if (r.code !== 0) expect(`${r.stderr.slice(0, 20_000)}\n${r.stdout.slice(0, 20_000)}`).toMatch(located);
}

/**
 * Runs `dsc` on the files of a case and checks that every one of `inputs` is byte-identical afterwards; returns
 * the run for the case's own assertions.
 */
export async function runKeeping(dir: string, args: readonly string[], inputs: readonly string[], lang?: string): Promise<DscRun> {
  const before = await hashes(dir, inputs);
  const r = await dsc(dir, args, lang);
  expect(await hashes(dir, inputs)).toEqual(before);
  return r;
}
