import { describe, expect, it } from 'vitest';
import { Indicator } from './indicator.js';

const ind = {
  kind: 'indicator',
  schemaVersion: 1,
  code: 'TX.VAL.TECH.MF.ZS',
  name: { en: 'High-technology exports (% of manufactured exports)' },
  unit: '% of manufactured exports',
  direction: 1,
  goalposts: { min: 0, max: 100, rationale: 'Share: natural bounds' },
  source: { id: 'wb-wdi', title: 'WDI', licence: 'CC-BY-4.0' },
  caveats: 'Proxy for ICT goods exports',
};

describe('Indicator', () => {
  it('accepts caveats', () => {
    expect(Indicator.safeParse(ind).success).toBe(true);
  });

  it('rejects goalposts with max not above min', () => {
    const r = Indicator.safeParse({ ...ind, goalposts: { min: 5, max: 5, rationale: 'x' } });
    expect(r.error?.issues[0]?.path).toEqual(['goalposts', 'max']);
  });

  it('takes a cross-section rule and rejects an unknown one', () => {
    expect(Indicator.safeParse({ ...ind, crossSection: 'latest-assessment' }).success).toBe(true);
    const r = Indicator.safeParse({ ...ind, crossSection: 'latest' });
    expect(r.error?.issues[0]?.path).toEqual(['crossSection']);
  });
});
