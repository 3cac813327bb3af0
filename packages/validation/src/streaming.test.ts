import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { FileResult, ValidateOptions } from './validate.js';
import { createValidator, validateText } from './validate.js';
import { findInvalidUtf8, sniffStart } from './decode.js';
import { sniffDialect } from './dialect.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function chunked(bytes: Uint8Array, cuts: number[], opts: ValidateOptions = {}): FileResult {
  const v = createValidator({ file: 'x.csv', referenceYear: 2026, ...opts });
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const k = Math.min(bytes.length, Math.max(at, c));
    v.push(bytes.subarray(at, k));
    at = k;
  }
  v.push(bytes.subarray(at));
  return v.end();
}

const key = (r: FileResult): string[] => r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}:${f.byteOffset}:${f.record}`);

describe('streaming', () => {
  const header = 'iso3,indicator,year,value,unit,status,source\n';
  const cell = fc.constantFrom('KAZ', 'KGZ', 'Қазақстан', '"a,b"', '"multi\nline"', '"q""q"', '12.5', 'x', '', '😀', 'КАZ', ' 5', 'in~valid');
  const row = fc.array(cell, { minLength: 5, maxLength: 8 }).map((cells) => cells.join(',') + (Math.random() < 0.5 ? '\n' : '\r\n'));

  it('findings do not depend on how the bytes are chunked (positions included)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.array(fc.nat(2000), { maxLength: 12 }), (rows, cuts) => {
        // "~" stands for an invalid byte (0xFF)
        const bytes = enc(header + rows.join('')).map((b) => (b === 0x7e ? 0xff : b));
        const whole = validateText(bytes, { file: 'x.csv', referenceYear: 2026 });
        expect(key(chunked(bytes, cuts))).toEqual(key(whole));
      }),
      { numRuns: 150 },
    );
  });

  it('byte offsets match the UTF-8 bytes before the value', () => {
    const text = header + 'KAZ,EGDI,2024,0.5,index 0-1,A,Қазақстан 😀\nKGZ,EGDI,2024,bad,index 0-1,A,ok\n';
    const r = validateText(enc(text), { file: 'x.csv', referenceYear: 2026 });
    const f = r.findings.find((x) => x.ruleId === 'schema/type-error')!;
    expect(f.byteOffset).toBe(enc(text.slice(0, text.indexOf('bad'))).length);
    expect(f).toMatchObject({ line: 3, column: 15, record: 2 });
  });

  it('byte offsets stay exact after invalid bytes (replacement characters are not 3 bytes)', () => {
    const head = enc(header + 'KAZ,EGDI,2024,0.5,index 0-1,A,a');
    const tail = enc('b\nKGZ,EGDI,2024,bad,index 0-1,A,ok\n');
    const bytes = new Uint8Array([...head, 0xff, 0xc3, ...tail]);
    const want = bytes.length - tail.length + 'b\nKGZ,EGDI,2024,'.length;
    for (const cuts of [[], [head.length + 1], [head.length + 5], [10, 80]]) {
      const r = chunked(bytes, cuts);
      expect(r.findings.find((f) => f.ruleId === 'schema/type-error')).toMatchObject({ line: 3, column: 15, byteOffset: want });
    }
  });

  it('an invalid byte split across chunks is found once, at its exact offset', () => {
    const bytes = new Uint8Array([...enc(header + 'KAZ,EGDI,2024,0.5,index 0-1,A,a'), 0xd0, 0xd0, ...enc('b\n')]);
    for (let cut = 40; cut < bytes.length; cut++) {
      const r = chunked(bytes, [cut]);
      expect(r.findings.filter((f) => f.ruleId === 'enc/invalid-utf8').map((f) => [f.line, f.column, f.byteOffset])).toEqual([[2, 32, 76]]);
    }
  });

  it('a multi-byte character split across chunks is valid', () => {
    const bytes = enc(header + 'KAZ,EGDI,2024,0.5,index 0-1,A,Қ😀Қ\n');
    for (let cut = 70; cut < bytes.length; cut++) expect(chunked(bytes, [cut]).counts['enc/invalid-utf8']).toBeUndefined();
  });
});

describe('decoding and sniffing', () => {
  it('finds invalid sequences like the WHATWG decoder (one per replacement character)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const replaced = [...new TextDecoder().decode(bytes)].filter((c) => c === '\uFFFD').length;
        const genuine = [...new TextDecoder().decode(bytes)].length; // U+FFFD can only come from invalid bytes here
        expect(findInvalidUtf8(bytes).length).toBe(replaced);
        expect(genuine).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('BOMs and NUL patterns', () => {
    expect(sniffStart(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({ encoding: 'utf-8', bomLength: 3 });
    expect(sniffStart(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffStart(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
    expect(sniffStart(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toMatchObject({ encoding: 'utf-32le', bomLength: 4 });
    const be = new Uint8Array(64);
    for (let i = 0; i < 32; i++) be[i * 2 + 1] = 0x61;
    expect(sniffStart(be)).toMatchObject({ encoding: 'utf-16be', detected: 'nul-pattern' });
  });

  it('UTF-32 with BOM decodes', () => {
    const text = 'iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\n';
    const bytes = new Uint8Array(4 + text.length * 4);
    bytes.set([0xff, 0xfe, 0, 0]);
    [...text].forEach((c, i) => (bytes[4 + i * 4] = c.charCodeAt(0)));
    const r = validateText(bytes, { referenceYear: 2026 });
    expect(r.encoding).toBe('utf-32le');
    expect(r.observations).toBe(1);
  });

  it('many NULs in a UTF-8 file: binary file, scanning stops and says so', () => {
    const r = validateText(new Uint8Array(4096).fill(0).map((_, i) => (i % 3 ? 0 : 65)));
    expect(r.counts['enc/binary-file']).toBe(1);
    expect(r.complete).toBe(false);
  });

  it('sniffs , ; tab | and the sep= line', () => {
    expect(sniffDialect('a;b;c\n1;2;3\n').delimiter).toBe(';');
    expect(sniffDialect('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    expect(sniffDialect('a|b|c\n1|2|3\n').delimiter).toBe('|');
    expect(sniffDialect('a,"b;c",d\n1,"2;3",4\n').delimiter).toBe(',');
    expect(sniffDialect('sep=;\na;b\n1;2\n')).toMatchObject({ delimiter: ';', sepLineLength: 6, delimiterSource: 'sep-line' });
    expect(sniffDialect('a;b\nx;1 234,5\ny;2 000,25\n')).toMatchObject({ decimalComma: true, groupChar: ' ' });
  });
});

describe('scale behaviour', () => {
  it('a quoted field larger than --max-line-bytes stops scanning with unclosed-quote, never silently', () => {
    const big = 'iso3,indicator,year,value\nKAZ,EGDI,2024,"' + 'x'.repeat(5000);
    const r = validateText(enc(big), { maxLineBytes: 1000, maxFieldBytes: 500 });
    expect(r.findings.find((f) => f.ruleId === 'csv/unclosed-quote')).toMatchObject({ line: 2, column: 15 });
    expect(r.complete).toBe(false);
  });
  it('--write-valid / --write-invalid split rows', () => {
    const rows: [string, boolean, boolean][] = [];
    validateText(enc('iso3,indicator,year,value\nKAZ,EGDI,2024,0.5\nKGZ,EGDI,2024,x\n'), { referenceYear: 2026, onRow: (raw, ok, h) => rows.push([raw, ok, h]) });
    expect(rows).toEqual([
      ['iso3,indicator,year,value', true, true],
      ['KAZ,EGDI,2024,0.5', true, false],
      ['KGZ,EGDI,2024,x', false, false],
    ]);
  });
});

describe('series statistics', () => {
  it('quickselect median equals the sorted median', async () => {
    const { median } = await import('./series-stats.js');
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        const want = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
        expect(median(Float64Array.from(xs), xs.length)).toBeCloseTo(want, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('series findings and coverage do not depend on the order of the rows (series together or apart, years in any order)', () => {
    const AREAS = ['KAZ', 'KGZ', 'UZB', 'TJK'];
    const INDICATORS = ['IT.NET.USER.ZS', 'IT.CEL.SETS.P2', 'EG.ELC.ACCS.ZS'];
    const obs = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1990, max: 2023 }), fc.integer({ min: 0, max: 1000 }), fc.boolean()), {
      minLength: 1,
      maxLength: 150,
      selector: ([s, y]) => `${s}/${y}`,
    });
    const series = ['ind/yoy-jump', 'ind/coverage-gap', 'ind/percent-as-fraction'];
    /** The series findings of a file, each with the row it points at (not its line) and its params. */
    const seriesFindings = (rows: string[]): { findings: string[]; coverage: FileResult['coverage'] } => {
      const r = validateText(enc(`iso3,indicator,year,value,note\n${rows.join('')}`), { file: 'x.csv', referenceYear: 2026 });
      const lineOf = (record: number): number => 2 + rows.slice(0, record - 1).join('').split('\n').length - 1;
      const findings = r.findings
        .filter((f) => series.includes(f.ruleId))
        .map((f) => {
          expect(f.line).toBe(lineOf(f.record!));
          return `${f.ruleId} ${f.ruleId === 'ind/percent-as-fraction' ? '' : rows[f.record! - 1]} ${JSON.stringify(f.params)}`;
        })
        .sort();
      return { findings, coverage: r.coverage };
    };
    fc.assert(
      fc.property(obs, fc.array(fc.nat(), { minLength: 150, maxLength: 150 }), (list, keys) => {
        // a note over two lines makes record numbers and lines part ways
        const row = ([s, y, v, twoLines]: [number, number, number, boolean]): string =>
          `${AREAS[s % 4]},${INDICATORS[Math.floor(s / 4)]},${y},${(v / 10).toFixed(1)},${twoLines ? '"checked\nagain"' : ''}\n`;
        const grouped = [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(row);
        const shuffled = list.map((o, i) => [keys[i]!, o] as const).sort((a, b) => a[0] - b[0]).map(([, o]) => row(o));
        const descending = [...list].sort((a, b) => a[0] - b[0] || b[1] - a[1]).map(row);
        const want = seriesFindings(grouped);
        expect(seriesFindings(shuffled).findings).toEqual(want.findings);
        expect(seriesFindings(descending).findings).toEqual(want.findings);
        const byIndicator = (c: FileResult['coverage']): FileResult['coverage'] => [...c].sort((a, b) => a.indicator.localeCompare(b.indicator));
        expect(byIndicator(seriesFindings(shuffled).coverage)).toEqual(byIndicator(want.coverage));
        expect(byIndicator(seriesFindings(descending).coverage)).toEqual(byIndicator(want.coverage));
      }),
      { numRuns: 150 },
    );
  });

  it('without series checks and duplicate rules nothing is stored per observation (constant memory)', async () => {
    const { SeriesStore } = await import('./series.js');
    const add = vi.spyOn(SeriesStore.prototype, 'add');
    const rows = Array.from({ length: 300 }, (_, i) => `KAZ,IT.NET.USER.ZS,${1700 + i},${i % 100}\n`).join('');
    const text = enc(`iso3,indicator,year,value\n${rows}KAZ,IT.NET.USER.ZS,1700,1\n`);
    const off = validateText(text, { file: 'x.csv', referenceYear: 2026, seriesChecks: false, severities: { 'ind/duplicate-row': 'off', 'ind/duplicate-conflict': 'off' } });
    expect(add).not.toHaveBeenCalled();
    expect(off.rowsChecked).toBe(301);
    // the default keeps them: duplicates are found and the coverage is computed
    const on = validateText(text, { file: 'x.csv', referenceYear: 2026 });
    expect(add).toHaveBeenCalledTimes(301);
    expect(on.counts['ind/duplicate-conflict']).toBe(1);
    expect(on.coverage.length).toBe(1);
    add.mockRestore();
  });
});

