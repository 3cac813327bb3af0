import type { ChartImage } from './chart.js';
import { chartImages, fontFiles } from './chart.js';
import type { BarChart, Block, ReportDocument, Text } from './model.js';

const MARGIN = 56;
const SIZE = { title: 18, heading: 13, body: 10, table: 8.5, footer: 8 } as const;

type Pdf = PDFKit.PDFDocument;

const plain = (text: Text): string => text.map((r) => r.text).join('');
const bottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;
const width = (pdf: Pdf): number => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

/** Starts a new page unless `height` points still fit on this one. */
function room(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function paragraph(pdf: Pdf, text: Text, size: number = SIZE.body, indent = 0): void {
  pdf.fontSize(size);
  const x = pdf.page.margins.left + indent;
  const w = width(pdf) - indent;
  text.forEach((r, i) => {
    pdf.font(r.bold ? 'bold' : 'regular');
    const options = { width: w, continued: i < text.length - 1 };
    if (i === 0) pdf.text(r.text, x, pdf.y, options);
    else pdf.text(r.text, options);
  });
  if (text.length === 0) pdf.text('', x, pdf.y);
  pdf.moveDown(0.5);
}

function table(pdf: Pdf, b: Extract<Block, { kind: 'table' }>): void {
  const total = width(pdf);
  const weights = b.head.map((_, i) => (i === 0 ? 2.2 : b.numeric?.[i] ? 1 : 1.6));
  const sum = weights.reduce((s, v) => s + v, 0);
  const widths = weights.map((v) => (v / sum) * total);
  const pad = 3;
  pdf.fontSize(SIZE.table);
  const drawRow = (cells: readonly string[], bold: boolean): void => {
    pdf.font(bold ? 'bold' : 'regular');
    const height =
      Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (pdf.y + height > bottom(pdf)) {
      pdf.addPage();
      if (!bold) drawRow(b.head, true);
      pdf.font(bold ? 'bold' : 'regular');
    }
    const y = pdf.y;
    let x = pdf.page.margins.left;
    cells.forEach((c, i) => {
      pdf.text(c, x + pad, y + pad, {
        width: widths[i]! - 2 * pad,
        align: b.numeric?.[i] ? 'right' : 'left',
      });
      x += widths[i]!;
    });
    pdf
      .moveTo(pdf.page.margins.left, y + height)
      .lineTo(pdf.page.margins.left + total, y + height)
      .lineWidth(bold ? 0.8 : 0.3)
      .strokeColor('#888888')
      .stroke();
    pdf.x = pdf.page.margins.left;
    pdf.y = y + height;
  };
  drawRow(b.head, true);
  for (const r of b.rows) drawRow(r.map(plain), false);
  pdf.moveDown(0.8);
}

function block(pdf: Pdf, b: Block, images: ReadonlyMap<BarChart, ChartImage>): void {
  switch (b.kind) {
    case 'paragraph':
      paragraph(pdf, b.text);
      return;
    case 'list':
      for (const item of b.items) paragraph(pdf, [{ text: '• ', lang: 'und' }, ...item], SIZE.body, 8);
      return;
    case 'table':
      table(pdf, b);
      return;
    case 'chart': {
      const image = images.get(b.chart);
      if (!image) return;
      const w = Math.min(width(pdf), image.width * 0.75);
      const h = (image.height / image.width) * w;
      room(pdf, h + 8);
      pdf.image(Buffer.from(image.png), pdf.page.margins.left, pdf.y, { width: w });
      pdf.x = pdf.page.margins.left;
      pdf.y += h + 8;
      return;
    }
  }
}

/**
 * The report as a PDF drawn with pdfkit and the bundled DejaVu Sans fonts (which cover Kazakh Cyrillic), with
 * numbered pages. No system program or system font is used; pdfkit is loaded on first use.
 */
export async function reportToPdf(doc: ReportDocument): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const images = await chartImages(doc.sections);
  const fonts = fontFiles();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: doc.lang,
    info: { Title: doc.title, Creator: 'DSC Toolkit' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  pdf.font('bold').fontSize(SIZE.title).text(doc.title);
  pdf.moveDown(0.5);
  paragraph(pdf, [{ text: doc.subtitle, lang: doc.lang }]);
  paragraph(pdf, [{ text: doc.methodology, lang: doc.lang }]);
  for (const section of doc.sections) {
    room(pdf, 60);
    pdf.moveDown(0.5);
    pdf
      .font('bold')
      .fontSize(SIZE.heading)
      .text(section.heading, pdf.page.margins.left, pdf.y, { width: width(pdf) });
    pdf.moveDown(0.4);
    for (const b of section.blocks) block(pdf, b, images);
  }
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const text = doc.pageFooter.replace('{pages}', String(range.count)).replace('{page}', String(i + 1));
    pdf
      .font('regular')
      .fontSize(SIZE.footer)
      .text(text, pdf.page.margins.left, pdf.page.height - MARGIN / 2 - SIZE.footer, {
        width: width(pdf),
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
