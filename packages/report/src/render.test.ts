import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportData } from './__fixtures__/data.js';
import { buildReport } from './build.js';
import { chartSvg } from './chart.js';
import { reportToDocx } from './docx.js';
import { reportToMarkdown } from './markdown.js';
import type { ReportDocument } from './model.js';
import { reportToPdf } from './pdf.js';

let kk: ReportDocument;
let region: ReportDocument;
beforeAll(async () => {
  const data = await reportData();
  kk = buildReport(data, { country: 'KAZ' }, { lang: 'kk', date: '2026-12-07' });
  region = buildReport(data, { region: true }, { lang: 'ru', date: '2026-12-07' });
});

const docxPart = (bytes: Uint8Array, name: string): string =>
  strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

describe('reportToMarkdown', () => {
  it('writes the title, the section headings and the tables', () => {
    const md = reportToMarkdown(kk);
    expect(md.startsWith(`# ${kk.title}\n`)).toBe(true);
    for (const s of kk.sections) expect(md).toContain(`\n## ${s.heading}\n`);
    expect(md).toMatch(/\n\| --- \| ---: \|/);
  });
});

describe('chartSvg', () => {
  it('draws one bar per label and escapes the text', () => {
    const svg = chartSvg({
      title: 'A & B <c>',
      max: 100,
      bars: [
        { label: 'Қазақстан', value: 50, valueText: '50' },
        { label: 'x', value: 120, valueText: '120' },
      ],
    });
    expect(svg).toContain('A &amp; B &lt;c&gt;');
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('width="360.0"'); // a value above the maximum is drawn at the maximum
  });
});

describe('reportToDocx', () => {
  it('tags every run with its language, numbers the pages and embeds the charts as PNG', async () => {
    const bytes = await reportToDocx(kk);
    const xml = docxPart(bytes, 'word/document.xml');
    const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs.filter((x) => x.includes('<w:t')))
      expect(r).toMatch(/<w:lang w:val="(kk-KZ|ru-RU|en-GB|x-none)"\/>/);
    expect(xml).toContain('w:val="kk-KZ"');
    expect(docxPart(bytes, 'word/styles.xml')).toContain('<w:lang w:val="kk-KZ"/>');
    const files = Object.keys(unzipSync(bytes));
    const footer = files.find((f) => /^word\/footer\d*\.xml$/.test(f));
    const fields = footer === undefined ? '' : docxPart(bytes, footer);
    expect(fields).toMatch(/>\s*PAGE\s*</);
    expect(fields).toMatch(/>\s*NUMPAGES\s*</);
    expect(files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length).toBe(2);
  });
});

describe('reportToPdf', () => {
  it('is a PDF in the report language with the bundled font embedded and numbered pages', async () => {
    const bytes = await reportToPdf(region);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/Lang (ru)');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
  });
});

/** LibreOffice on PATH, if any. */
const soffice = (process.env['PATH'] ?? '')
  .split(delimiter)
  .map((d) => join(d, 'soffice'))
  .find((p) => existsSync(p));

describe('the DOCX in LibreOffice', () => {
  // CI installs LibreOffice; a developer's machine without it skips this test.
  it.skipIf(soffice === undefined && !process.env['CI'])(
    'converts to PDF with LibreOffice headless',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dsc-report-'));
      writeFileSync(join(dir, 'report.docx'), await reportToDocx(kk));
      execFileSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'report.docx'),
        ],
        {
          stdio: 'ignore',
          timeout: 240_000,
        },
      );
      const pdf = readFileSync(join(dir, 'report.pdf')).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    },
    300_000,
  );
});
