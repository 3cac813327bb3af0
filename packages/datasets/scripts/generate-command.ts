import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatImportError } from '../src/import/errors.js';
import { GENERATED_DIRS, generate } from '../src/import/generate.js';

/** Where a command prints; `console` in the scripts, a recorder in tests. */
export type ScriptIo = { readonly log: (text: string) => void; readonly error: (text: string) => void };

/** The package folder (the parent of scripts/). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const readIn = (root: string) => (path: string): string | undefined => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};

/** Files under the generated folders that the generator did not write (left over from a removed module). */
function staleFiles(root: string, written: ReadonlySet<string>): string[] {
  return GENERATED_DIRS.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
    } catch {
      names = [];
    }
    return names.map((n) => `${dir}/${n}`).filter((p) => !written.has(p));
  });
}

/**
 * `generate [--check]`: writes the typed modules from the committed data, or with --check compares them with
 * the committed ones byte for byte. Exit codes: 0 done / up to date, 1 data errors or differences, 2 usage.
 */
export function generateCommand(args: readonly string[], io: ScriptIo, root: string = PACKAGE_DIR): number {
  const rest = args.filter((a) => a !== '--');
  const check = rest.includes('--check');
  if (rest.some((a) => a !== '--check')) {
    io.error('usage: generate [--check]');
    return 2;
  }
  const read = readIn(root);
  const out = generate(read);
  if (!out.ok) {
    for (const e of out.error) io.error(formatImportError(e));
    io.error(`${out.error.length} error(s); nothing written`);
    return 1;
  }
  const stale = staleFiles(root, new Set(out.value.map((f) => f.path)));
  if (check) {
    const differ = out.value.filter((f) => read(f.path) !== f.text).map((f) => f.path);
    for (const p of differ) io.error(`differs: ${p}`);
    for (const p of stale) io.error(`not generated from the data: ${p}`);
    if (differ.length + stale.length === 0) {
      io.log(`up to date: ${out.value.length} files`);
      return 0;
    }
    io.error('run `pnpm --filter @dsc/datasets generate` and commit the result');
    return 1;
  }
  for (const f of out.value) {
    if (read(f.path) === f.text) continue;
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  for (const p of stale) io.error(`warning: ${p} is not generated from the data; delete it if it is left over`);
  io.log(`generated ${out.value.length} files`);
  return 0;
}
