import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'dsc-report-'));

describe('dsc report', () => {
  it('prints the Markdown report of a country in its language and writes a DOCX through the output file check', async () => {
    const md = recordingIo(dir);
    expect(await run(['report', '--country', 'kgz', '--lang', 'ru', '--date', '2026-12-07'], md)).toBe(0);
    expect(md.out()).toMatch(/^# Цифровое развитие: Кыргызстан\. Аналитический отчёт\n/);
    expect(md.out()).toContain('7 декабря 2026');
    const docx = recordingIo(dir);
    expect(await run(['report', '--region', '--lang', 'kk', '--out', 'speca-kk.docx'], docx)).toBe(0);
    expect(readFileSync(join(dir, 'speca-kk.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.err()).toContain('speca-kk.docx');
  });

  it('refuses a missing or double scope, an unknown country, language or format, and a binary report on the terminal', async () => {
    const cases = [
      [],
      ['--country', 'KGZ', '--region'],
      ['--country', 'FRA'],
      ['--region', '--lang', 'de'],
      ['--region', '--format', 'odt', '--out', 'x.odt'],
      ['--region', '--format', 'pdf'],
    ];
    for (const args of cases) {
      const io = recordingIo(dir);
      expect(await run(['report', ...args], io), args.join(' ')).toBe(2);
    }
  });

  it('writes a PDF, replacing an older report at the same path', async () => {
    writeFileSync(join(dir, 'kept.pdf'), 'x');
    const io = recordingIo(dir);
    expect(await run(['report', '--region', '--out', 'kept.pdf', '--format', 'pdf'], io)).toBe(0);
    expect(readFileSync(join(dir, 'kept.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
