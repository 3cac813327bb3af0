import { describe, expect, it } from 'vitest';
import { observations } from '../observations.js';
import type { ModuleMeta } from './data-files.js';
import { MODULES_FILE, readObservationCsv, toDataFiles } from './data-files.js';

const HEADER = 'iso3,indicator,year,value,status,raw_line,source,provenance,edition,table,url,secondary_url';
const SECONDARY = 'KAZ,ITU_GCI,2024,94.04,A,2,itu-gci,secondary,GCI 2024,overall score,https://www.itu.int/gci,https://news.example/kaz';
const SOURCE = 'KGZ,ITU_GCI_TIER,2024,3,A,3,itu-gci,source,GCI 2024,CIS results,https://www.itu.int/cis,';

describe('curated observation files', () => {
  it('read each row with where it was read', () => {
    const r = readObservationCsv('observations/x.csv', `${HEADER}\n${SECONDARY}\n${SOURCE}\n`, true);
    expect(r.ok && r.value).toEqual([
      [
        'KAZ',
        'ITU_GCI',
        2024,
        94.04,
        'A',
        2,
        'itu-gci',
        { provenance: 'secondary', url: 'https://www.itu.int/gci', edition: 'GCI 2024', table: 'overall score', secondaryUrl: 'https://news.example/kaz' },
      ],
      ['KGZ', 'ITU_GCI_TIER', 2024, 3, 'A', 3, 'itu-gci', { provenance: 'source', url: 'https://www.itu.int/cis', edition: 'GCI 2024', table: 'CIS results' }],
    ]);
  });

  it('refuse a secondary figure without the page it was read in, and an unknown provenance', () => {
    const noPage = SECONDARY.replace(',https://news.example/kaz', ',');
    const unknown = SOURCE.replace(',source,', ',estimated,');
    const r = readObservationCsv('observations/x.csv', `${HEADER}\n${noPage}\n${unknown}\n`, true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => ('field' in e ? `${e.line}:${e.field}` : e.code))).toEqual(['2:secondary_url', '3:provenance']);
  });

  it('need the provenance columns', () => {
    const r = readObservationCsv('observations/x.csv', 'iso3,indicator,year,value,status,raw_line,source\n', true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.code)).toEqual(['missing_column', 'missing_column', 'missing_column', 'missing_column', 'missing_column']);
  });

  it('are kept by the raw import, which writes only the raw modules', () => {
    const curated: Record<string, ModuleMeta> = {
      'itu-gci': { file: 'data/observations/itu-gci.csv', units: { ITU_GCI: 'score 0-100' }, statusNotes: {}, curated: true },
      stale: { file: 'gone.csv', units: {}, statusNotes: {} },
    };
    const files = toDataFiles({ observations: [], policyInstruments: [] }, '2026-11-22', curated);
    expect(files.map((f) => f.path)).not.toContain('observations/itu-gci.csv');
    const meta = JSON.parse(files.find((f) => f.path === MODULES_FILE)?.text ?? '{}') as Record<string, ModuleMeta>;
    expect(Object.keys(meta)).toEqual(['itu-gci']);
  });

  it('reach the observations with their provenance', async () => {
    const r = await observations({ iso3: 'UZB', indicator: 'ITU_GCI_TIER', years: [2024] });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value).toHaveLength(1);
    expect(r.value[0]).toMatchObject({
      value: 2,
      source: 'itu-gci',
      origin: { file: 'data/observations/itu-gci.csv' },
      provenance: { provenance: 'source', url: 'https://www.itu.int/en/ITU-D/Regional-Presence/CIS/Pages/News/14.01.2025.aspx' },
    });
  });
});
