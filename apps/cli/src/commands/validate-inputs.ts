import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The files `dsc validate` reads from a directory: delimited text, workbooks, JSON documents and zip archives. */
const SUPPORTED = /\.(csv|tsv|tab|txt|xlsx|json|zip)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const GLOB = /[*?[\]{}]/;

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Every supported file below a directory, sorted, as paths that start with the argument as written. */
async function filesBelow(arg: string, cwd: string): Promise<string[]> {
  const root = resolve(cwd, arg);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isFile() || !SUPPORTED.test(e.name)) continue;
    const rel = relative(root, join(e.parentPath, e.name));
    if (rel.split(sep).some((part) => SKIPPED_DIRS.has(part))) continue;
    out.push(join(arg, rel));
  }
  return out.sort();
}

/**
 * The inputs of `dsc validate`: a directory holding a `datapackage.json` stands for that Data Package, any other
 * directory for every supported file below it, a glob such as
 * `data/**\/*.csv` is expanded even when the shell did not. A name that matches nothing (or an empty directory)
 * is kept, so it is reported as an unreadable input.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (isDirectory(path) && existsSync(join(path, 'datapackage.json'))) out.push(join(arg, 'datapackage.json'));
    else if (isDirectory(path)) {
      const files = await filesBelow(arg, cwd);
      out.push(...(files.length ? files : [arg]));
    } else if (!existsSync(path) && GLOB.test(arg)) {
      const { glob } = await import('tinyglobby');
      const files = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
      out.push(...(files.length ? files : [arg]));
    } else out.push(arg);
  }
  return [...new Set(out)];
}

/** `dsc.config.json` in the working directory or the nearest folder above it, up to the repository root (a folder holding `.git`). */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, 'dsc.config.json');
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
