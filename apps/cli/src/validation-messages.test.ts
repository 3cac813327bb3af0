import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { MessageKey } from '@dsc/i18n';
import { createTranslator, loadMessages } from '@dsc/i18n';
import type { FileResult } from '@dsc/validation';
import { buildReport, formatReport, validateBytes } from '@dsc/validation';
import { describe, expect, it } from 'vitest';

// The conformance corpus of @dsc/validation: every finding it produces, rendered through the English catalogue.
const corpus = fileURLToPath(new URL('../../../packages/validation/src/__fixtures__/', import.meta.url));

describe('validation finding texts in @dsc/i18n', () => {
  it('the English catalogue renders every catalogued finding of the corpus exactly as the built-in English', async () => {
    const en = createTranslator('en', await loadMessages('en'));
    const t = en.t as (key: MessageKey, values: Readonly<Record<string, unknown>>) => string;
    const seen = new Set<string>();
    const all: FileResult[] = [];
    for (const name of (await readdir(corpus)).sort()) {
      if (name.endsWith('.md')) continue;
      const bytes = new Uint8Array(await readFile(corpus + name));
      for (const r of await validateBytes(bytes, { file: name, referenceYear: 2026, severities: {} })) {
        all.push(r);
        for (const f of r.findings) {
          if (f.messageId) {
            // every id a finding carries is catalogued: none falls back to English silently
            expect(Object.hasOwn(en.messages, f.messageId), f.messageId).toBe(true);
            seen.add(f.messageId);
            expect({ name, id: f.messageId, text: t(f.messageId as MessageKey, f.params ?? {}) }).toEqual({ name, id: f.messageId, text: f.message });
          }
          if (f.hintId && f.hint) {
            expect(Object.hasOwn(en.messages, f.hintId), f.hintId).toBe(true);
            seen.add(f.hintId);
            expect({ name, id: f.hintId, text: t(f.hintId as MessageKey, f.hintParams ?? {}) }).toEqual({ name, id: f.hintId, text: f.hint });
          }
        }
      }
    }
    // the corpus exercises most catalogued texts
    expect(seen.size).toBeGreaterThanOrEqual(40);
    // severity labels, summaries and other report text: the English catalogue gives the built-in English report
    const report = buildReport(all, { seconds: 0 });
    const messages = (id: string, params: Readonly<Record<string, unknown>>): string | undefined => (Object.hasOwn(en.messages, id) ? t(id as MessageKey, params) : undefined);
    for (const format of ['text', 'markdown', 'junit', 'github'] as const) expect(formatReport(report, format, messages)).toBe(formatReport(report, format));
    const single = { ...report, valid: true, stats: { ...report.stats, files: 1, errors: 1, warnings: 1, truncated: false } };
    expect(formatReport(single, 'text', messages)).toBe(formatReport(single, 'text'));
    expect(formatReport(single, 'text', messages)).toContain('valid: 1 file, ');
  });

  it('every catalogued finding text exists in en, ru and kk with the same placeholders', async () => {
    const [en, ru, kk] = await Promise.all([loadMessages('en'), loadMessages('ru'), loadMessages('kk')]);
    const ids = Object.keys(en).filter((k) => /^validation\.(finding|hint)\./.test(k));
    expect(ids.length).toBeGreaterThan(0);
    const args = (s: string): string[] => [...new Set([...s.matchAll(/\{(\d+)/g)].map((m) => m[1] ?? ''))].sort();
    for (const id of ids) {
      const source = (en as Record<string, string>)[id] ?? '';
      for (const cat of [ru, kk] as Record<string, string>[]) {
        expect(Object.hasOwn(cat, id), id).toBe(true);
        expect(args(cat[id] ?? ''), id).toEqual(args(source));
      }
    }
  });
});
