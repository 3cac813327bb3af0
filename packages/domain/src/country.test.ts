import { describe, expect, it } from 'vitest';
import { Country } from './country.js';

const kgz = {
  kind: 'country',
  schemaVersion: 1,
  iso3: 'KGZ',
  iso2: 'KG',
  m49: '417',
  name: { en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' },
  formalName: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
  aggregate: false,
  speca: true,
  lldc: true,
  ldc: false,
  currency: 'KGS',
  sources: ['un-ohrlls-lldc'],
};

describe('Country', () => {
  it('accepts a country with a formal name and flag sources', () => {
    expect(Country.safeParse(kgz).success).toBe(true);
  });

  it('accepts an aggregate listing its in-scope members, without iso2', () => {
    const r = Country.safeParse({
      kind: 'country',
      schemaVersion: 1,
      iso3: 'UN_CSA',
      m49: '062',
      name: { en: 'Central and Southern Asia' },
      aggregate: true,
      speca: false,
      members: ['AFG', 'KAZ'],
    });
    expect(r.success).toBe(true);
  });

  it('rejects a member code that is neither ISO alpha-3 nor a known aggregate', () => {
    const r = Country.safeParse({ ...kgz, members: ['KAZ', 'XXX'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['members', 1]);
  });

  it('requires iso2 for a country that is not an aggregate', () => {
    const { iso2: _drop, ...rest } = kgz;
    const r = Country.safeParse(rest);
    expect(r.error?.issues.map((i) => i.path.join('/'))).toContain('iso2');
  });
});
