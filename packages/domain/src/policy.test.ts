import { describe, expect, it } from 'vitest';
import { PolicyInstrument } from './policy.js';

const instrument = {
  kind: 'policy-instrument',
  schemaVersion: 1,
  id: 'afg-draft-ict-law',
  iso3: 'AFG',
  area: 'regulatory',
  type: 'law',
  name: { en: 'Draft ICT Law' },
  status: 'draft; not confirmed enacted',
  source: { url: 'https://example.org/afg', title: 'Source' },
  verified: 'partial',
  unverifiedFields: ['adopted'],
  origin: { file: 'policy_instruments.csv', line: 137 },
};

describe('PolicyInstrument', () => {
  it('keeps the raw origin of an imported instrument', () => {
    expect(PolicyInstrument.safeParse(instrument).success).toBe(true);
  });

  it('rejects an origin without a line', () => {
    const r = PolicyInstrument.safeParse({ ...instrument, origin: { file: 'policy_instruments.csv' } });
    expect(r.error?.issues[0]?.path).toEqual(['origin', 'line']);
  });
});
