#!/usr/bin/env node
// Runs the code examples of every README the way a user would: the published packages are packed with
// `pnpm pack`, installed from the tarballs into one scratch project, each ```ts / ```js block is type-checked
// with the repository's TypeScript and run with node, and each ```sh block is checked line by line.
// Conventions (docs/checks.md#readme-examples):
// - `// → text` (ts/js) or `# → text` (sh) lines give printed output; they must appear in that order among the
//   lines printed by the block (stdout and stderr), `…` standing for any text;
// - `<!-- not-run -->` on the line before a block skips it (for fragments only).
// Needs the packages built first (`pnpm build`). Flags: --keep (keep the scratch folder), --only <text>
// (only READMEs whose path contains the text).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { root } from './workspaces.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rootManifest = readJson(join(root, 'package.json'));

// ── the READMEs and their blocks ────────────────────────────────────────────────────────────────────────────
const readmes = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*README.md'],
  { cwd: root, encoding: 'utf8' },
)
  .split('\n')
  .filter(
    (f) => f && !f.includes('node_modules/') && !f.startsWith('.changeset/') && (!only || f.includes(only)),
  )
  .sort();

const LANGS = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js', sh: 'sh', bash: 'sh', shell: 'sh' };
const blocks = [];
let skipped = 0;
for (const file of readmes) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    let end = i + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++;
    const lang = LANGS[open[3].toLowerCase()];
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const notRun = before >= 0 && /<!--\s*not-run\b/.test(lines[before]);
    if (lang && notRun) skipped++;
    if (lang && !notRun) {
      const indent = open[1].length;
      blocks.push({
        file,
        line: i + 1,
        lang,
        code:
          lines
            .slice(i + 1, end)
            .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
            .join('\n') + '\n',
      });
    }
    i = end;
  }
}

/** `// → x` / `# → x` lines of a block, in order. */
const expectedOf = (code, marker) =>
  code.split('\n').flatMap((l) => {
    const at = l.indexOf(`${marker} → `);
    return at >= 0
      ? [l.slice(at + marker.length + 3).trimEnd()]
      : l.trimEnd().endsWith(`${marker} →`)
        ? ['']
        : [];
  });

const normalise = (s) => s.replace(/[\u00a0\u202f]/g, ' ').trimEnd();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The first expected line that is not printed (in order), or null when all are. */
const missingOutput = (expected, printed) => {
  const out = printed.split('\n').map(normalise);
  let at = 0;
  for (const want of expected.map(normalise)) {
    const re = new RegExp(`^${want.split('…').map(escapeRe).join('.*')}$`, 's');
    while (at < out.length && !re.test(out[at])) at++;
    if (at === out.length) return want;
    at++;
  }
  return null;
};

// ── the scratch project ─────────────────────────────────────────────────────────────────────────────────────
const scratch = mkdtempSync(join(tmpdir(), 'dsc-readme-'));
const problems = [];
const fail = (block, message) => problems.push(`${block.file}:${block.line}: ${message}`);

const published = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .filter((dir) => {
    try {
      return !readJson(join(dir, 'package.json')).private;
    } catch {
      return false;
    }
  });

try {
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const names = {};
  // every file the exports map points at (types and code) must be built
  const targets = (e) =>
    typeof e === 'string'
      ? [e]
      : e && typeof e === 'object'
        ? Object.entries(e).flatMap(([k, v]) => (k.startsWith('@dsc/') ? [] : targets(v)))
        : [];
  const unbuilt = published.flatMap((dir) =>
    targets(readJson(join(dir, 'package.json')).exports)
      .filter((t) => !existsSync(join(dir, t)))
      .map((t) => relative(root, join(dir, t))),
  );
  if (unbuilt.length > 0)
    throw new Error(
      `the packages are not built (run \`pnpm build\` first); missing: ${unbuilt.slice(0, 5).join(', ')}${unbuilt.length > 5 ? ', …' : ''}`,
    );
  for (const dir of published) {
    const out = execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: dir,
      encoding: 'utf8',
    });
    const tgz = out.trim().split('\n').pop().trim();
    names[readJson(join(dir, 'package.json')).name] =
      `file:${relative(scratch, tgz.startsWith('/') ? tgz : join(tarballs, tgz))}`;
  }
  const catalogue = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const typesNode = /"@types\/node":\s*([\d.]+)/.exec(catalogue)?.[1] ?? '20';
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify(
      {
        name: 'readme-examples',
        private: true,
        type: 'module',
        dependencies: { ...names, '@types/node': typesNode },
        overrides: names,
      },
      null,
      2,
    ),
  );
  const install = spawnSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: scratch, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install of the packed packages failed:\n${install.stderr}`);

  // ts/js blocks: one tsc run type-checks and compiles all of them
  const examples = join(scratch, 'examples');
  mkdirSync(examples);
  const code = blocks.filter((b) => b.lang !== 'sh');
  for (const b of code) {
    b.name = `${b.file.replace(/\/?README\.md$/, '').replace(/[^\w]+/g, '-') || 'root'}-line-${b.line}`;
    writeFileSync(join(examples, `${b.name}.${b.lang === 'ts' ? 'ts' : 'mjs'}`), b.code);
  }
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        moduleDetection: 'force',
        strict: true,
        skipLibCheck: true,
        allowJs: true,
        checkJs: true,
        types: ['node'],
        rootDir: 'examples',
        outDir: 'out',
      },
      include: ['examples'],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', scratch, '--pretty', 'false'],
    { cwd: scratch, encoding: 'utf8' },
  );
  for (const line of tsc.stdout.split('\n').filter((l) => /error TS/.test(l))) {
    const m = /^examples\/(.+?)\.(?:ts|mjs)\((\d+),(\d+)\): (.*)$/.exec(line);
    const b = m && code.find((x) => x.name === m[1]);
    if (b) fail({ file: b.file, line: b.line + Number(m[2]) }, `does not type-check: ${m[4]}`);
    else problems.push(line);
  }
  for (const b of code) {
    const cwd = join(scratch, 'run', b.name);
    mkdirSync(cwd, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [join(scratch, 'out', `${b.name}.${b.lang === 'ts' ? 'js' : 'mjs'}`)],
      { cwd, encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0) {
      fail(
        b,
        `exits with ${run.status ?? run.signal}: ${(run.stderr || run.stdout || String(run.error)).trim().split('\n').slice(0, 8).join('\n    ')}`,
      );
      continue;
    }
    const missing = missingOutput(expectedOf(b.code, '//'), `${run.stdout}\n${run.stderr}`);
    if (missing !== null)
      fail(
        b,
        `does not print "${missing}"; it printed:\n    ${run.stdout.trimEnd().split('\n').join('\n    ')}`,
      );
  }

  // sh blocks: installs must name packed packages, `dsc` runs from the scratch project, repository commands
  // must name scripts that exist
  const bin = join(scratch, 'node_modules', '.bin');
  for (const b of blocks.filter((x) => x.lang === 'sh')) {
    const cwd = join(scratch, 'run', `${b.file.replace(/[^\w]+/g, '-')}-${b.line}`);
    mkdirSync(cwd, { recursive: true });
    let pkgDir = dirname(join(root, b.file));
    while (pkgDir !== root && !existsSync(join(pkgDir, 'package.json'))) pkgDir = dirname(pkgDir);
    let printed = '';
    b.code.split('\n').forEach((text, index) => {
      const at = { file: b.file, line: b.line + 1 + index };
      const command = text.replace(/(^|\s)#.*$/, '').trim();
      if (!command) return;
      const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      const env = {};
      while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
        const [k, ...v] = words.shift().split('=');
        env[k] = v.join('=');
      }
      const [cmd, ...rest] = words;
      const operands = rest.filter((w) => !w.startsWith('-'));
      if (
        (cmd === 'pnpm' && rest[0] === 'add') ||
        (cmd === 'npm' && ['install', 'i'].includes(rest[0]) && operands.length > 1)
      ) {
        for (const p of operands.slice(1))
          if (p.startsWith('@dsc/') && !names[p])
            fail(at, `${p} is not a published package of this repository`);
      } else if (cmd === 'dsc') {
        const r = spawnSync(join(bin, 'dsc'), rest, {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` },
          timeout: 120_000,
        });
        printed += `${r.stdout ?? ''}\n${r.stderr ?? ''}\n`;
        if (r.status !== 0)
          fail(
            at,
            `\`${command}\` exits with ${r.status ?? r.signal}: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n')[0]}`,
          );
      } else if (cmd === 'pnpm' || (cmd === 'npm' && ['start', 'test', 'run'].includes(rest[0]))) {
        // a repository command: `pnpm install`, `pnpm <script>`, `pnpm run <script>`, `pnpm --filter <pkg> [run] <script>`
        let scripts = { ...readJson(join(root, 'package.json')).scripts };
        let i = 0;
        if (rest[0] === '--filter' || rest[0] === '-F') {
          const dir = published
            .concat(readdirSync(join(root, 'apps')).map((n) => join(root, 'apps', n)))
            .find((d) => readJson(join(d, 'package.json')).name === rest[1]);
          if (!dir) return fail(at, `no workspace package ${rest[1]}`);
          scripts = readJson(join(dir, 'package.json')).scripts ?? {};
          i = 2;
        } else if (pkgDir !== root) {
          scripts = { ...scripts, ...(readJson(join(pkgDir, 'package.json')).scripts ?? {}) };
        }
        if (rest[i] === 'run') i++;
        const script = rest[i];
        if (['install', 'i', 'exec', 'dlx', 'changeset'].includes(script)) return;
        if (!script || !Object.hasOwn(scripts, script)) fail(at, `\`${command}\`: no script "${script}"`);
      } else {
        fail(at, `\`${cmd}\` cannot be checked here; mark a block of such commands with <!-- not-run -->`);
      }
    });
    const missing = missingOutput(expectedOf(b.code, '#'), printed);
    if (missing !== null)
      fail(b, `does not print "${missing}"; it printed:\n    ${printed.trim().split('\n').join('\n    ')}`);
  }
} catch (e) {
  problems.push(String(e instanceof Error ? e.message : e));
} finally {
  if (keep) console.log(`scratch project kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

const counted = `${blocks.length} examples in ${readmes.length} READMEs (${skipped} marked not-run)`;
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n✗ ${problems.length} problem(s) in ${counted}`);
  process.exit(1);
}
console.log(`✓ ${counted} run as written`);
