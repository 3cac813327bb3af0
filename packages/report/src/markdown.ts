import type { Block, ReportDocument, Text } from './model.js';

const inline = (text: Text): string =>
  text
    .map((r) => {
      const s = r.text.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\n/g, ' ');
      return r.bold && s.trim() !== '' ? `**${s.trim()}**${/\s$/.test(s) ? ' ' : ''}` : s;
    })
    .join('');

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.text);
    case 'list':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'table':
      return [
        row(b.head.map((h) => inline([{ text: h, lang: '' }]))),
        row(b.head.map((_, i) => (b.numeric?.[i] ? '---:' : '---'))),
        ...b.rows.map((r) => row(r.map(inline))),
      ].join('\n');
    case 'chart': {
      const { chart } = b;
      const head = chart.legend ? ['', ...chart.legend] : ['', ''];
      const rows = chart.bars.map((bar) =>
        row([
          inline([{ text: bar.label, lang: '', ...(bar.highlight ? { bold: true } : {}) }]),
          bar.valueText,
          ...(chart.legend ? [bar.compare?.valueText ?? ''] : []),
        ]),
      );
      return [
        `**${inline([{ text: chart.title, lang: '' }])}**`,
        '',
        row(head.slice(0, chart.legend ? 3 : 2)),
        row(head.slice(0, chart.legend ? 3 : 2).map((_, i) => (i === 0 ? '---' : '---:'))),
        ...rows,
      ].join('\n');
    }
  }
}

/** The report as Markdown (charts as tables of their values; Markdown has no pages). */
export function reportToMarkdown(doc: ReportDocument): string {
  const out = [`# ${doc.title}`, doc.subtitle, doc.methodology];
  for (const section of doc.sections) {
    out.push(`## ${section.heading}`);
    for (const b of section.blocks) out.push(block(b));
  }
  return `${out.join('\n\n')}\n`;
}
