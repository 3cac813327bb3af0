import { describe, expect, it } from 'vitest';
import { parseActivitiesCsv, parsePredecessors } from './csv.js';

describe('predecessor notation', () => {
  it('reads every relation type with lags, leads and elapsed days', () => {
    const r = parsePredecessors('A; B FS+2; C SS-1; D FF+3; E SF; F FS+3ed; G SS+2 edays', 'X');
    expect(r.ok && r.value.map((x) => [x.from, x.type, x.lag, x.lagUnit])).toEqual([
      ['A', 'FS', 0, 'working'],
      ['B', 'FS', 2, 'working'],
      ['C', 'SS', -1, 'working'],
      ['D', 'FF', 3, 'working'],
      ['E', 'SF', 0, 'working'],
      ['F', 'FS', 3, 'elapsed'],
      ['G', 'SS', 2, 'elapsed'],
    ]);
  });
  it("reads MS Project's compact form with task numbers", () => {
    const r = parsePredecessors('2FS+3 days,12SS,4FF-1d', 'X');
    expect(r.ok && r.value.map((x) => [x.from, x.type, x.lag])).toEqual([['2', 'FS', 3], ['12', 'SS', 0], ['4', 'FF', -1]]);
  });
  it('prefers a known id over the compact reading', () => {
    const r = parsePredecessors('AFS', 'X', new Set(['AFS', 'A']));
    expect(r.ok && r.value[0]?.from).toBe('AFS');
    const c = parsePredecessors('AFS+1', 'X', new Set(['A']));
    expect(c.ok && c.value[0]).toMatchObject({ from: 'A', type: 'FS', lag: 1 });
  });
  it('locates a bad token', () => {
    expect(parsePredecessors('A;  B XX+1', 'X')).toEqual({ ok: false, error: { offset: 4, value: 'B XX+1' } });
  });
});

describe('activities CSV', () => {
  it('reads quoted fields, semicolon-separated files, BOM and CRLF', () => {
    const r = parseActivitiesCsv('\uFEFFid;name;duration;predecessors\r\nA;"Design; phase 1";3d;\r\nB;Build;2;"A FS+1"\r\n');
    expect(r.ok && r.value.network).toEqual({
      activities: [{ id: 'A', duration: 3 }, { id: 'B', duration: 2 }],
      relations: [{ from: 'A', to: 'B', type: 'FS', lag: 1, lagUnit: 'working' }],
    });
    expect(r.ok && r.value.names.get('A')).toBe('Design; phase 1');
  });
  it('reports located errors', () => {
    expect(parseActivitiesCsv('name,duration\nx,1\n')).toMatchObject({ ok: false, error: { code: 'csv_missing_column', column_name: 'id' } });
    expect(parseActivitiesCsv('id,duration\nA,1\nA,2\n')).toMatchObject({ ok: false, error: { code: 'csv_duplicate_id', line: 3, firstLine: 2 } });
    expect(parseActivitiesCsv('id,duration\n,1\n')).toMatchObject({ ok: false, error: { code: 'csv_empty_id', line: 2 } });
    expect(parseActivitiesCsv('id,name,duration\nA,"oops,1\n')).toMatchObject({ ok: false, error: { code: 'csv_unterminated_quote', line: 2, column: 3 } });
    expect(parseActivitiesCsv('')).toMatchObject({ ok: false, error: { code: 'csv_empty' } });
  });
});
