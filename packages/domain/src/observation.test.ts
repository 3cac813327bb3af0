import { describe, expect, it } from 'vitest';
import { Dataset, Observation } from './observation.js';

const obs = {
  kind: 'observation',
  schemaVersion: 1,
  iso3: 'KAZ',
  indicator: 'IT.NET.USER.ZS',
  year: 2023,
  value: 92.3,
  unit: '% of population',
  status: 'A',
  source: 'owid-itu-internet',
  origin: { file: 'owid_itu_internet_users.csv', line: 120, code: 'IT.NET.USER.ZS' },
};

describe('Observation', () => {
  it('keeps the origin of an imported figure', () => {
    const r = Observation.safeParse(obs);
    expect(r.success).toBe(true);
    expect(r.data?.origin).toEqual({ file: 'owid_itu_internet_users.csv', line: 120, code: 'IT.NET.USER.ZS' });
  });

  it('is valid without an origin (user-entered data)', () => {
    const { origin: _drop, ...rest } = obs;
    expect(Observation.safeParse(rest).success).toBe(true);
  });

  it('rejects line 0 and unknown origin fields', () => {
    const bad = Observation.safeParse({ ...obs, origin: { file: 'a.csv', line: 0 } });
    expect(bad.error?.issues[0]?.path).toEqual(['origin', 'line']);
    const extra = Observation.safeParse({ ...obs, origin: { file: 'a.csv', line: 2, column: 3 } });
    expect(extra.success).toBe(false);
  });

  it('a dataset row carries its origin too and must cite a listed source', () => {
    const { kind: _k, schemaVersion: _v, ...row } = obs;
    const base = {
      kind: 'dataset',
      schemaVersion: 1,
      id: 'd',
      title: 'D',
      sources: [{ id: 'owid-itu-internet', title: 'Internet users', licence: 'CC-BY-4.0' }],
      observations: [row],
    };
    expect(Dataset.safeParse(base).success).toBe(true);
    const r = Dataset.safeParse({ ...base, sources: [] });
    expect(r.error?.issues[0]?.path).toEqual(['observations', 0, 'source']);
  });
});
