import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SchemaField, TableSchema } from './descriptors.js';
import { Cast, casterFor, fastDecimal, newCastOut } from './table-schema.js';
import { renderMessage } from './render.js';
import { validateText } from './validate.js';

const cast = (field: SchemaField, s: string): number => casterFor(field)(s, newCastOut());
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('exact lexical casting (Table Schema)', () => {
  const number: SchemaField = { name: 'n', type: 'number' };
  it.each(['0', '-1', '+1', '1.5', '.5', '1.', '1e3', '1E-3', '-0.0', '007'])('number accepts %s', (s) => expect(cast(number, s)).toBe(Cast.ok));
  it.each(['0x1A', '0b101', '1_000', '١٢', '1 000', '1\u00a0000', '1,5', '--1', '1e', 'e3', '', ' ', '1.2.3', '95%', '€95'])('number rejects %s', (s) =>
    expect(cast(number, s)).toBe(Cast.typeError),
  );
  it.each(['NaN', 'INF', '-INF', 'Infinity', '1e400'])('number %s is non-finite', (s) => expect(cast(number, s)).toBe(Cast.nonFinite));
  it('decimalChar, groupChar and bareNumber', () => {
    expect(cast({ name: 'n', type: 'number', decimalChar: ',' }, '1,5')).toBe(Cast.ok);
    expect(cast({ name: 'n', type: 'number', decimalChar: ',' }, '1.5')).toBe(Cast.typeError);
    expect(cast({ name: 'n', type: 'number', groupChar: ' ' }, '1 000 000')).toBe(Cast.ok);
    expect(cast({ name: 'n', type: 'number', bareNumber: false }, '95%')).toBe(Cast.ok);
    expect(cast({ name: 'n', type: 'number', bareNumber: false }, '€95')).toBe(Cast.ok);
    const out = newCastOut();
    casterFor({ name: 'n', type: 'number', decimalChar: ',', groupChar: '.' })('1.234,5', out);
    expect(out.num).toBe(1234.5);
  });
  const integer: SchemaField = { name: 'i', type: 'integer' };
  it.each(['0', '+2021', '-5', '0042'])('integer accepts %s', (s) => expect(cast(integer, s)).toBe(Cast.ok));
  it.each(['2021.0', '1e3', '0x10', '1.5', ''])('integer rejects %s', (s) => expect(cast(integer, s)).toBe(Cast.typeError));
  it('integer leading zeros are flagged', () => {
    const out = newCastOut();
    casterFor(integer)('0042', out);
    expect(out.leadingZero).toBe(true);
  });
  const year: SchemaField = { name: 'y', type: 'year' };
  it.each(['2021', '0999', '12021', '-0044'])('year accepts %s', (s) => expect(cast(year, s)).toBe(Cast.ok));
  it.each(['+2021', '2021.0', '2019-2020', '21', '012021', 'abcd'])('year rejects %s', (s) => expect(cast(year, s)).toBe(Cast.typeError));
  it('boolean, date, time, datetime, yearmonth, duration, list, geopoint, object', () => {
    expect(cast({ name: 'b', type: 'boolean' }, 'TRUE')).toBe(Cast.ok);
    expect(cast({ name: 'b', type: 'boolean' }, 'yes')).toBe(Cast.typeError);
    expect(cast({ name: 'b', type: 'boolean', trueValues: ['yes'], falseValues: ['no'] }, 'yes')).toBe(Cast.ok);
    expect(cast({ name: 'd', type: 'date' }, '2024-02-29')).toBe(Cast.ok);
    expect(cast({ name: 'd', type: 'date' }, '2023-02-29')).toBe(Cast.typeError);
    expect(cast({ name: 'd', type: 'date', format: '%d/%m/%Y' }, '31/12/2024')).toBe(Cast.ok);
    expect(cast({ name: 't', type: 'time' }, '23:59:59')).toBe(Cast.ok);
    expect(cast({ name: 't', type: 'time' }, '25:00:00')).toBe(Cast.typeError);
    expect(cast({ name: 'dt', type: 'datetime' }, '2024-01-01T10:00:00Z')).toBe(Cast.ok);
    expect(cast({ name: 'ym', type: 'yearmonth' }, '2024-13')).toBe(Cast.typeError);
    expect(cast({ name: 'du', type: 'duration' }, 'P1Y2M3DT4H')).toBe(Cast.ok);
    expect(cast({ name: 'du', type: 'duration' }, 'P')).toBe(Cast.typeError);
    expect(cast({ name: 'l', type: 'list', itemType: 'integer', delimiter: ';' }, '1;2;3')).toBe(Cast.ok);
    expect(cast({ name: 'l', type: 'list', itemType: 'integer' }, '1,x')).toBe(Cast.typeError);
    expect(cast({ name: 'g', type: 'geopoint' }, '71.4, 51.1')).toBe(Cast.ok);
    expect(cast({ name: 'g', type: 'geopoint' }, '200, 51.1')).toBe(Cast.typeError);
    expect(cast({ name: 'o', type: 'object' }, '{"a":1}')).toBe(Cast.ok);
    expect(cast({ name: 'o', type: 'array' }, '{"a":1}')).toBe(Cast.typeError);
    expect(cast({ name: 's', type: 'string', format: 'email' }, 'a@b.kz')).toBe(Cast.ok);
    expect(cast({ name: 's', type: 'string', format: 'uuid' }, 'nope')).toBe(Cast.typeError);
  });
});

describe('constraints and keys', () => {
  const run = (csv: string, schema: TableSchema) => validateText(enc(csv), { schema, layout: 'table', file: 't.csv' });
  it('required, minimum, maximum, exclusive bounds, pattern, enum, lengths', () => {
    const schema: TableSchema = {
      fields: [
        { name: 'code', type: 'string', constraints: { required: true, pattern: '[A-Z]{3}', minLength: 3, maxLength: 3 } },
        { name: 'v', type: 'number', constraints: { minimum: 0, maximum: 100 } },
        { name: 'e', type: 'integer', constraints: { enum: [1, 2, 3], exclusiveMaximum: 3 } },
        { name: 'd', type: 'date', constraints: { minimum: '2000-01-01' } },
      ],
    };
    const r = run('code,v,e,d\nKAZ,50,1,2020-01-01\n,101,3,1999-12-31\nkz,-1,4,2001-01-01\n', schema);
    const got = r.findings.filter((f) => f.ruleId.startsWith('schema/')).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(got).toEqual([
      'schema/required@3:1',
      'schema/maximum@3:2',
      'schema/maximum@3:6',
      'schema/minimum@3:8',
      'schema/min-length@4:1',
      'schema/pattern@4:1',
      'schema/minimum@4:4',
      'schema/maximum@4:7',
      'schema/enum@4:7',
    ]);
  });
  it('primary key: duplicates with both locations, uncastable keys excluded, composite keys unambiguous', () => {
    const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'b', type: 'integer' }, { name: 'v' }], primaryKey: ['a', 'b'] };
    const r = run('a,b,v\nx,1,p\nx,01,q\nx,z,r\nx,z,r\n"x,1",2,s\nx,"1,2",t\n', schema);
    const pk = r.findings.filter((f) => f.ruleId === 'schema/primary-key');
    expect(pk).toHaveLength(1);
    expect(pk[0]).toMatchObject({ line: 3, related: [{ line: 2 }] });
    expect(renderMessage(pk[0]!)).toContain('different values');
    expect(r.counts['schema/type-error']).toBe(3); // "z" twice and "1,2": never reported as duplicates
  });
  it('uniqueKeys exclude nulls (SQL-style); unique fields', () => {
    const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'b', constraints: { unique: true } }], uniqueKeys: [['a']] };
    const r = run('a,b\n,1\n,2\nx,3\nx,3\n', schema);
    expect(r.counts['schema/unique-key']).toBe(1);
    expect(r.counts['schema/unique']).toBe(1);
  });
  it('foreign keys to injected code lists', () => {
    const schema: TableSchema = { fields: [{ name: 'iso3' }], foreignKeys: [{ fields: 'iso3', reference: { resource: 'iso3', fields: 'code' } }] };
    const r = validateText(enc('iso3\nKAZ\nXYZ\n'), { schema, layout: 'table', codeLists: { iso3: new Set(['KAZ']) } });
    expect(r.findings.find((f) => f.ruleId === 'schema/foreign-key')).toMatchObject({ line: 3, column: 1 });
  });
  it('fieldsMatch exact/subset and field-level missingValues replace the schema list', () => {
    const schema: TableSchema = { fields: [{ name: 'a' }, { name: 'b', type: 'number', missingValues: ['-'] }], missingValues: ['', 'NA'] };
    const r = validateText(enc('a,c\nx,1\n'), { schema, layout: 'table' });
    expect(r.counts['schema/missing-field']).toBe(1);
    expect(r.counts['schema/extra-field']).toBe(1);
    const m = validateText(enc('a,b\nNA,-\nx,NA\n'), { schema, layout: 'table' });
    expect(m.missing).toEqual({ NA: 1, '-': 1 });
    expect(m.findings.find((f) => f.ruleId === 'schema/type-error')).toMatchObject({ line: 3, column: 3 });
  });
});

describe('Table Dialect options', () => {
  it('commentChar, commentRows, skipInitialSpace, nullSequence', () => {
    const r = validateText(enc('# exported 2026\niso3, indicator, year, value\nKAZ, EGDI, 2024, \\N\n'), {
      commentChar: '#',
      skipInitialSpace: true,
      nullSequence: '\\N',
      referenceYear: 2026,
    });
    expect(r.layout).toBe('long');
    expect(r.errors + r.warnings).toBe(0);
    expect(r.missing).toEqual({ '\\N': 1 });
    const c = validateText(enc('junk\niso3,indicator,year,value\nKAZ,EGDI,2024,0.5\n'), { commentRows: [1], referenceYear: 2026 });
    expect(c.observations).toBe(1);
  });
  it('headerRows join a two-row header; the data keeps physical line numbers', () => {
    const r = validateText(enc('iso3,indicator,year,obs\n,,,value\nKAZ,EGDI,2024,x\n'), { headerRows: [1, 2], headerJoin: '_', referenceYear: 2026, layout: 'table', schema: { fields: [{ name: 'iso3' }, { name: 'indicator' }, { name: 'year', type: 'year' }, { name: 'obs_value', type: 'number' }] } });
    expect(r.findings.find((f) => f.ruleId === 'schema/type-error')).toMatchObject({ line: 3, column: 15, field: 'obs_value' });
  });
});

describe('fast decimal reading', () => {
  it('gives exactly the number JavaScript reads (sign, -0, leading and trailing zeros), or NaN to fall back', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 0, maxLength: 18 });
    fc.assert(
      fc.property(fc.boolean(), digits, fc.option(digits), (neg, int, frac) => {
        const s = `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`;
        const fast = fastDecimal(s);
        if (Number.isNaN(fast)) return; // beyond 15 digits or no digit: the general path reads it
        expect(Object.is(fast, +s), s).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    for (const s of ['0.1', '-0', '-0.0', '123456789012345', '0.00000000000001', '99999999999999.9', '5.', '.5'])
      expect(Object.is(fastDecimal(s), +s), s).toBe(true);
    for (const s of ['', '-', '.', '1e5', '+1', '1.2.3', '1 000', '1234567890123456']) expect(fastDecimal(s)).toBeNaN();
  });

  it('the number caster reads 16-digit and exponent values through the general path', () => {
    const cast = casterFor({ name: 'v', type: 'number' });
    const out = newCastOut();
    for (const s of ['1234567890123456.7', '1e5', '+1.5', '-2.5E-3']) {
      expect(cast(s, out), s).toBe(Cast.ok);
      expect(out.num, s).toBe(+s);
    }
  });
});

