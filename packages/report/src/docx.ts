import type { ParagraphChild } from 'docx';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartImage } from './chart.js';
import { chartImages } from './chart.js';
import type { BarChart } from './model.js';
import type { Block, ReportDocument, Run, Text } from './model.js';

/** The proofing language of a run (`w:lang`): a region-qualified tag Word and LibreOffice know; `x-none` for no language. */
const PROOFING: Readonly<Record<string, string>> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };
const proofing = (lang: string): string => PROOFING[lang] ?? 'x-none';

/** Characters XML 1.0 forbids are dropped. */
// eslint-disable-next-line no-control-regex
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const MAX_IMAGE_WIDTH = 600;

function runs(text: Text, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.map(
    (r: Run) =>
      new TextRun({
        text: clean(r.text),
        bold: r.bold ?? options.bold ?? false,
        language: { value: proofing(r.lang) },
        ...(options.size !== undefined ? { size: options.size } : {}),
      }),
  );
}

function table(b: Extract<Block, { kind: 'table' }>, lang: string): Table {
  const align = (i: number) => (b.numeric?.[i] ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const cell = (text: Text, i: number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: align(i), children: runs(text, { bold, size: 18 }) })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell([{ text: h, lang }], i, true)) }),
      ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

function blocks(b: Block, lang: string, images: ReadonlyMap<BarChart, ChartImage>): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text), spacing: { after: 120 } })];
    case 'list':
      return b.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'table':
      return [table(b, lang), new Paragraph({ children: [] })];
    case 'chart': {
      const image = images.get(b.chart);
      if (!image) return [];
      const { png, width, height } = image;
      const scale = Math.min(1, MAX_IMAGE_WIDTH / width);
      const run = new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
        altText: {
          name: b.chart.title,
          title: b.chart.title,
          description: b.chart.bars.map((x) => `${x.label}: ${x.valueText}`).join('; '),
        },
      });
      return [new Paragraph({ children: [run], spacing: { after: 120 } })];
    }
  }
}

/** The footer "Page 3 of 12" in the report's language, with Word's PAGE and NUMPAGES fields. */
function footer(template: string, lang: string): Footer {
  const children: ParagraphChild[] = [];
  for (const part of template.split(/(\{page\}|\{pages\})/)) {
    if (part === '') continue;
    const field =
      part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : undefined;
    children.push(
      new TextRun({
        ...(field ? { children: [field] } : { text: clean(part) }),
        language: { value: proofing(lang) },
        size: 18,
      }),
    );
  }
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

/** The report as a Word document (Office Open XML): every run language-tagged, charts as PNG images, numbered pages. */
export async function reportToDocx(doc: ReportDocument): Promise<Uint8Array> {
  const { lang } = doc;
  const images = await chartImages(doc.sections);
  const line = (text: string) => [{ text, lang }];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(line(doc.title)) }),
    new Paragraph({ children: runs(line(doc.subtitle)), spacing: { after: 120 } }),
    new Paragraph({ children: runs(line(doc.methodology)), spacing: { after: 240 } }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(line(section.heading)) }));
    for (const b of section.blocks) children.push(...blocks(b, lang, images));
  }
  const document = new Document({
    title: clean(doc.title),
    creator: 'DSC Toolkit',
    styles: {
      default: { document: { run: { font: 'DejaVu Sans', size: 20, language: { value: proofing(lang) } } } },
    },
    sections: [{ footers: { default: footer(doc.pageFooter, lang) }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
