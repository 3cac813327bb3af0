import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkCatalogs, createTranslator, loadMessages } from '@dsc/i18n';
import type { FileResult } from '@dsc/validation';
import { buildReport, formatReport, renderFinding, validateBytes } from '@dsc/validation';
import { describe, expect, it } from 'vitest';

// The conformance corpus of @dsc/validation: every finding it produces, rendered through the catalogues.
const corpus = fileURLToPath(new URL('../../../packages/validation/src/__fixtures__/', import.meta.url));

describe('validation finding texts in @dsc/i18n', () => {
  it('every finding of the corpus renders from the catalogues, English being the default', async () => {
    const [en, ru, kk] = await Promise.all((['en', 'ru', 'kk'] as const).map(async (l) => createTranslator(l, await loadMessages(l))));
    const seen = new Set<string>();
    const all: FileResult[] = [];
    for (const name of (await readdir(corpus)).sort()) {
      if (name.endsWith('.md')) continue;
      const bytes = new Uint8Array(await readFile(corpus + name));
      for (const r of await validateBytes(bytes, { file: name, referenceYear: 2026, severities: {} })) {
        all.push(r);
        for (const f of r.findings) {
          // every code a finding carries is catalogued: none is missing from a language
          expect(Object.hasOwn(en!.messages, `validation.finding.${f.code}`), f.code).toBe(true);
          seen.add(`validation.finding.${f.code}`);
          if (f.hint) {
            expect(Object.hasOwn(en!.messages, `validation.hint.${f.hint.code}`), f.hint.code).toBe(true);
            seen.add(`validation.hint.${f.hint.code}`);
          }
          const english = renderFinding(f);
          expect({ name, code: f.code, text: renderFinding(f, en!.t).message }).toEqual({ name, code: f.code, text: english.message });
          for (const other of [ru!, kk!]) {
            const text = renderFinding(f, other.t);
            expect(text).toMatchObject({ ruleId: f.ruleId, line: f.line, column: f.column, code: f.code });
            expect(text.message.length, `${other.locale} ${f.code}`).toBeGreaterThan(0);
          }
        }
      }
    }
    // the corpus exercises most catalogued texts
    expect(seen.size).toBeGreaterThanOrEqual(40);
    // severity labels, summaries and other report text: the English translator gives the default report
    const report = buildReport(all, { seconds: 0 });
    expect(buildReport(all, { seconds: 0, t: en!.t })).toEqual(report);
    for (const format of ['text', 'markdown', 'junit', 'github'] as const) expect(formatReport(report, format, en!.t)).toBe(formatReport(report, format));
    const single = { ...report, valid: true, stats: { ...report.stats, files: 1, errors: 1, warnings: 1, truncated: false } };
    expect(formatReport(single, 'text', en!.t)).toBe(formatReport(single, 'text'));
    expect(formatReport(single, 'text', en!.t)).toContain('valid: 1 file, ');
  });

  it('every catalogued finding text exists in en, ru and kk with the same named placeholders', async () => {
    const [en, ru, kk] = await Promise.all([loadMessages('en'), loadMessages('ru'), loadMessages('kk')]);
    const only = (cat: Readonly<Record<string, string>>): Record<string, string> =>
      Object.fromEntries(Object.entries(cat).filter(([k]) => /^validation\.(finding|hint)\./.test(k)));
    const ids = Object.keys(only(en));
    expect(ids.length).toBeGreaterThan(0);
    for (const cat of [ru, kk]) for (const id of ids) expect(Object.hasOwn(cat, id), id).toBe(true);
    // positional placeholders ({0}) are gone: every argument has a name
    for (const cat of [en, ru, kk]) for (const id of ids) expect((cat as Record<string, string>)[id], id).not.toMatch(/\{\d/);
    const { problems } = checkCatalogs({ catalogs: { en: only(en), ru: only(ru), kk: only(kk) }, latinLocale: null });
    expect(problems.filter((p) => p.code === 'placeholder_mismatch' || p.code === 'missing_key' || p.code === 'icu_syntax')).toEqual([]);
  });
});
