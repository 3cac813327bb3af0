import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ProposalDocument } from './proposal.js';
import { cleanBlocks } from './proposal.js';
import { xmlText } from './xml.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const cell = (text: string, bold = false): TableCell =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });

/**
 * Renders a proposal as a Word document (Office Open XML) with the `docx` library. Returns the file bytes;
 * works in Node and in the browser. Characters XML 1.0 forbids never reach the document's parts.
 */
export async function proposalToDocx(doc: ProposalDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  // A document from buildProposal is clean already (its warnings count the replacements); others are cleaned here.
  const tally = { count: 0 };
  for (const b of cleanBlocks(doc.blocks, tally)) {
    switch (b.kind) {
      case 'heading':
        children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [new TextRun({ text: b.text, bold: b.emphasis ?? false })] }));
        break;
      case 'list':
        for (const item of b.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table': {
        const header = b.columns.every((c) => c === '') ? [] : [new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) })];
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [...header, ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
          }),
        );
        children.push(new Paragraph({ text: '' }));
        break;
      }
    }
  }
  const document = new Document({
    title: xmlText(doc.title, tally),
    creator: 'DSC Toolkit',
    styles: { default: { document: { run: { font: 'Calibri' } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
