#!/usr/bin/env node
// Fails when documentation points at something that is not in the repository:
// - in Markdown files: relative links `[text](target)` / `[id]: target`, and every Markdown file name in the text;
// - in code comments (ts, tsx, js, mjs, cjs; `#` lines of shell scripts): every Markdown file name.
// A reference resolves against the referring file's folder, its package folder or the repository root; a
// changeset also against the folders of the packages it names (its text ends up in their changelogs).
// A `#fragment` on a Markdown target must match one of its headings (GitHub's anchor rules).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { root } from './workspaces.mjs';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && existsSync(join(root, f)) && !f.includes('node_modules/'));

const CODE = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
const MD_NAME = /(?<![\w/.-])((?:\.{1,2}\/|[\w-]+\/)*[\w.-]*[A-Za-z0-9_-]\.md)(#[\w-]+)?(?![\w-])/g;
const MD_LINK =
  /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;

/** GitHub heading anchors of a Markdown file. */
const anchorCache = new Map();
const anchorsOf = (abs) => {
  if (!anchorCache.has(abs)) {
    const seen = new Map();
    const anchors = new Set();
    let fence = false;
    for (const line of readFileSync(abs, 'utf8').split('\n')) {
      if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
      const m = !fence && /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (!m) continue;
      const text = m[1]
        .replace(/`/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '');
      const base = text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    anchorCache.set(abs, anchors);
  }
  return anchorCache.get(abs);
};

const packageDirs = new Map(
  files
    .filter((f) => /^(packages|apps)\/[^/]+\/package\.json$/.test(f))
    .map((f) => [JSON.parse(readFileSync(join(root, f), 'utf8')).name, dirname(join(root, f))]),
);
/** Folders of the packages a changeset's front matter names. */
const changesetDirs = (file) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? '';
  return [...front.matchAll(/^["']?(@?[\w./-]+)["']?\s*:/gm)]
    .map((m) => packageDirs.get(m[1]))
    .filter(Boolean);
};

const packageDirOf = (file) => {
  for (let dir = dirname(join(root, file)); dir.startsWith(root) && dir !== root; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return root;
};

/** Returns a problem description, or null when `target` resolves. */
const check = (file, target, fragment) => {
  const bases =
    target.startsWith('./') || target.startsWith('../')
      ? [dirname(join(root, file))]
      : [
          dirname(join(root, file)),
          packageDirOf(file),
          root,
          ...(file.startsWith('.changeset/') ? changesetDirs(file) : []),
        ];
  const found =
    target === ''
      ? join(root, file)
      : bases.map((b) => join(b, decodeURIComponent(target))).find((p) => existsSync(p));
  if (!found) return `${target} does not exist`;
  if (!found.startsWith(root)) return `${target} is outside the repository`;
  if (
    fragment &&
    found.endsWith('.md') &&
    statSync(found).isFile() &&
    !anchorsOf(found).has(fragment.toLowerCase())
  ) {
    return `${relative(root, found)} has no heading for #${fragment}`;
  }
  return null;
};

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** Comment texts of a JS/TS file with their offsets. */
const commentsOf = (file, text) => {
  const kind = file.endsWith('x')
    ? ts.ScriptKind.TSX
    : file.endsWith('.ts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const ranges = new Map();
  const collect = (pos) => {
    for (const r of ts.getLeadingCommentRanges(text, pos) ?? []) ranges.set(r.pos, r);
    for (const r of ts.getTrailingCommentRanges(text, pos) ?? []) ranges.set(r.pos, r);
  };
  const visit = (node) => {
    collect(node.pos);
    collect(node.end);
    if (node.getChildCount(source) > 0) for (const child of node.getChildren(source)) visit(child);
  };
  collect(0);
  visit(source);
  return [...ranges.values()].map((r) => ({ offset: r.pos, text: text.slice(r.pos, r.end) }));
};

const problems = new Set();
const report = (file, text, index, message) => problems.add(`${file}:${lineOf(text, index)}: ${message}`);

for (const file of files) {
  if (file === 'pnpm-lock.yaml' || file.endsWith('CHANGELOG.md')) continue;
  const abs = join(root, file);
  if (file.endsWith('.md')) {
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(MD_LINK)) {
      const raw = m[1] ?? m[2];
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      const [target, fragment] = raw.split('#');
      const problem = check(file, target, fragment);
      if (problem) report(file, text, m.index, problem);
    }
    for (const m of text.matchAll(MD_NAME)) {
      if (/https?:\/\/\S*$/.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      const problem = check(file, m[1], m[2]?.slice(1));
      if (problem) report(file, text, m.index, problem);
    }
  } else if (CODE.test(file) || file.endsWith('.sh')) {
    const text = readFileSync(abs, 'utf8');
    if (!text.includes('.md')) continue;
    const comments = file.endsWith('.sh')
      ? [...text.matchAll(/^\s*#.*$/gm)].map((m) => ({ offset: m.index, text: m[0] }))
      : commentsOf(file, text);
    for (const c of comments) {
      for (const m of c.text.matchAll(MD_NAME)) {
        if (/https?:\/\/\S*$/.test(c.text.slice(0, m.index))) continue;
        const problem = check(file, m[1], m[2]?.slice(1));
        if (problem) report(file, text, c.offset + m.index, problem);
      }
    }
  }
}

if (problems.size > 0) {
  console.error([...problems].join('\n'));
  console.error(`\n✗ ${problems.size} reference(s) to files or headings that are not in the repository`);
  process.exit(1);
}
console.log(`✓ documentation references resolve (${files.length} files checked)`);
