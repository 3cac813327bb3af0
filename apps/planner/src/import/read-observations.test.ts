import { describe, expect, it } from 'vitest';
import { readObservations, splitRecord } from './read-observations.js';

const base = { units: new Map([['IT.NET.USER.ZS', '% of population']]), source: 'user:test.csv' };

describe('splitRecord', () => {
  it('handles quotes, doubled quotes and other delimiters', () => {
    expect(splitRecord('a,"b,c","say ""hi"""', ',')).toEqual(['a', 'b,c', 'say "hi"']);
    expect(splitRecord('KAZ;IT;2020;1,5', ';')).toEqual(['KAZ', 'IT', '2020', '1,5']);
  });
});

describe('readObservations', () => {
  it('maps a long file by its header names, with decimal commas', () => {
    const rows = readObservations('Country Code;Indicator;Year;Value;OBS_STATUS', ['kaz;IT.NET.USER.ZS;2024;91,2;E'], {
      ...base,
      layout: 'long',
      delimiter: ';',
      numbers: { decimalChar: ',', groupChar: null },
    });
    expect(rows).toEqual([
      { iso3: 'KAZ', indicator: 'IT.NET.USER.ZS', year: 2024, value: 91.2, unit: '% of population', status: 'E', source: 'user:test.csv' },
    ]);
  });
  it('reads the WDI wide layout and skips empty years', () => {
    const rows = readObservations(
      'Country Name,Country Code,Indicator Name,Indicator Code,2022,2023',
      ['Kazakhstan,KAZ,Internet,IT.NET.USER.ZS,,90.1'],
      { ...base, layout: 'wdi-wide', delimiter: ',', numbers: { decimalChar: '.', groupChar: null } },
    );
    expect(rows.map((r) => [r.year, r.value])).toEqual([[2023, 90.1]]);
  });
});
