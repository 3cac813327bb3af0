import { describe, expect, it } from 'vitest';
import { attachDenominators, readCoinrData, readCoinrMeta, specWithNodes } from './coinr.js';
import { parseCsv } from './csv.js';
import { resultsCsv, tableToCsv } from './export.js';
import { runPipeline } from './pipeline.js';

const meta = `Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type,goalpost_lower,goalpost_upper
1,X,"Ex, with comma",1,1,Score,10,NA,Idx,Indicator,0,20
1,Y,Why,-1,2,Score,NA,Pop,Idx,Indicator,NA,NA
2,Idx,Index,1,1,Score,NA,NA,NA,Aggregate,NA,NA
NA,Grp,Group,NA,NA,NA,NA,NA,NA,Group,NA,NA
NA,Pop,Population,NA,NA,NA,NA,NA,NA,Denominator,NA,NA
`;
const data = `uCode,uName,Time,Grp,Pop,X,Y
AAA,A,2019,g1,10,1,100
BBB,B,2019,g2,20,NA,200
AAA,A,2020,g1,10,2,100
BBB,B,2020,g2,20,4,300
`;

describe('COINr tables', () => {
  it('reads iMeta into nodes with directions, weights, targets, denominators and goalposts', () => {
    const m = readCoinrMeta(meta);
    if (!m.ok) throw new Error(JSON.stringify(m.error));
    expect(m.value.nodes[0]).toEqual({
      id: 'X',
      type: 'indicator',
      name: { en: 'Ex, with comma' },
      level: 1,
      parent: 'Idx',
      direction: 1,
      weight: 1,
      target: 10,
      goalposts: { min: 0, max: 20, rationale: 'From iMeta' },
      unit: 'Score',
    });
    expect(m.value.nodes[1]).toMatchObject({ id: 'Y', direction: -1, weight: 2, denominator: 'Pop' });
    expect(m.value.groups).toEqual(['Grp']);
    expect(m.value.denominators).toEqual(['Pop']);
  });
  it('reads iData per time point, NA as missing', () => {
    const m = readCoinrMeta(meta);
    if (!m.ok) throw new Error('meta');
    const d = readCoinrData(data, m.value);
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    expect(d.value.map((x) => x.time)).toEqual([2019, 2020]);
    expect(d.value[0]).toMatchObject({
      units: ['AAA', 'BBB'],
      values: { X: [1, null], Y: [100, 200] },
      groups: { Grp: ['g1', 'g2'] },
      denominators: { Pop: [10, 20] },
    });
  });
  it('locates errors: bad direction, non-numeric value, unknown column, unterminated quote', () => {
    const bad = readCoinrMeta(meta.replace('1,Y,Why,-1', '1,Y,Why,2'), 'm.csv');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.issues[0]).toMatchObject({
        code: 'invalid_direction',
        file: 'm.csv',
        line: 3,
        column: 9,
      });
    const m = readCoinrMeta(meta);
    if (!m.ok) throw new Error('meta');
    const nan = readCoinrData(data.replace('BBB,B,2020,g2,20,4', 'BBB,B,2020,g2,20,four'), m.value, 'd.csv');
    if (nan.ok) throw new Error('expected an error');
    expect(nan.error.issues[0]).toMatchObject({
      code: 'not_a_number',
      file: 'd.csv',
      line: 5,
      column: 18,
      field: 'X',
      value: 'four',
    });
    const extra = readCoinrData(data.replace('Y\n', 'Y,Z\n').replaceAll(/(\d)\n/g, '$1,1\n'), m.value);
    if (extra.ok) throw new Error('expected an error');
    expect(extra.error.issues[0]).toMatchObject({ code: 'unknown_column', field: 'Z' });
    const q = parseCsv('a,b\n"x,1\n', 'q.csv');
    if (q.ok) throw new Error('expected an error');
    expect(q.error.issues[0]).toMatchObject({ code: 'unterminated_quote', line: 2, column: 1 });
  });
  it('attaches a denominator table by unit code and runs the pipeline; CSV output keeps full precision', () => {
    const m = readCoinrMeta(meta);
    if (!m.ok) throw new Error('meta');
    const d = readCoinrData(data, m.value);
    if (!d.ok) throw new Error('data');
    const withDen = attachDenominators(d.value[1]!, 'uCode,Pop\nAAA,3\n');
    if (!withDen.ok) throw new Error('den');
    expect(withDen.value.denominators!['Pop']).toEqual([3, null]);
    const spec = specWithNodes(
      {
        kind: 'methodology',
        schemaVersion: 1,
        id: 't',
        version: '1',
        name: { en: 'T' },
        steps: { denominate: { method: 'byNode' }, normalise: { method: 'minmax' } },
      },
      m.value.nodes,
    );
    const r = runPipeline(spec, withDen.value);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(tableToCsv(r.value.stages.Denominated!)).toBe('uCode,X,Y\nAAA,2,33.333333333333336\nBBB,4,\n');
    expect(resultsCsv(r.value).split('\n')[0]).toBe('uCode,Idx,Idx_rank');
    expect(r.value.findings).toContainEqual({
      code: 'denominator_missing',
      unit: 'BBB',
      indicator: 'Y',
      denominator: 'Pop',
    });
  });
});
