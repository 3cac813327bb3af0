import { describe, expect, it } from 'vitest';
import { runImport } from './run-import.js';

const enc = (s: string) => new TextEncoder().encode(s);
const catalogue = [{ code: 'IT.NET.USER.ZS', unit: '% of population' }];

describe('runImport', () => {
  it('imports a valid long CSV', async () => {
    const r = await runImport('good.csv', enc('iso3,indicator,year,value\nKAZ,IT.NET.USER.ZS,2024,91.5\nUZB,IT.NET.USER.ZS,2024,83\n'), catalogue);
    expect(r.kind).toBe('valid');
    if (r.kind === 'valid') {
      expect(r.observations).toHaveLength(2);
      expect(r.observations[0]).toMatchObject({ iso3: 'KAZ', year: 2024, value: 91.5, unit: '% of population', source: 'user:good.csv' });
    }
  });
  it('rejects a file with errors and reports where they are', async () => {
    const r = await runImport('bad.csv', enc('iso3,indicator,year,value\nKAZ,IT.NET.USER.ZS,2024,abc\nKAX,IT.NET.USER.ZS,2024,5\n'), catalogue);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') {
      const lines = r.findings.filter((f) => f.severity === 'error').map((f) => f.line);
      expect(lines).toContain(2);
      expect(lines).toContain(3);
      expect(r.findings.every((f) => f.message.length > 0)).toBe(true);
    }
  });
  it('refuses other file types before reading them', async () => {
    expect(await runImport('plan.pdf', enc('%PDF'), catalogue)).toEqual({ kind: 'rejected', reason: 'unsupported' });
  });
});
