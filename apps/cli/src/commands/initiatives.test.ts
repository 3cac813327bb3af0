import { initiatives } from '@dsc/datasets';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dsc = async (args: string[], env: Record<string, string> = {}) => {
  const io = recordingIo(process.cwd());
  const code = await run(['initiatives', ...args], io, env);
  return { code, out: io.out(), err: io.err() };
};

describe('dsc initiatives', () => {
  it('lists the register as a table, with its count', async () => {
    const r = await dsc([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('wb-digital-casa-kgz');
    expect(r.out).toContain(`initiatives: ${initiatives().length}`);
  });

  it('filters by country, regional programmes included, as JSON', async () => {
    const r = await dsc(['--country', 'kgz', '--format', 'json']);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.out) as { id: string; countries: string[] }[]).map((i) => i.id);
    expect(ids).toEqual(initiatives({ iso3: 'KGZ' }).map((i) => i.id));
    expect(ids).toContain('carec-digital-strategy-2030');
  });

  it('writes CSV with one row per initiative and marks secondary sources', async () => {
    const r = await dsc(['--format', 'csv', '--country', 'AFG']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('id,name,type,countries,lead,period,status,pillars,budget,sources');
    expect(lines).toHaveLength(initiatives({ iso3: 'AFG' }).length + 1);
    expect(r.out).toContain('(secondary)');
  });

  it('prints the overlap/gap matrix of one country, in Russian', async () => {
    const r = await dsc(['--matrix', '--country', 'TKM'], { DSC_LANG: 'ru' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Действующие инициативы по странам и направлениям');
    expect(r.out).toMatch(/^TKM\s/m);
    expect(r.out).toContain('ячеек: 4;');
  });

  it('gives the matrix as CSV cells with their ids', async () => {
    const r = await dsc(['--matrix', '--format', 'csv']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('country,pillar,count,gap,ids');
    expect(lines).toHaveLength(8 * 4 + 1);
    expect(lines).toContain(
      `KGZ,digital-connectivity,${initiatives({ iso3: 'KGZ', pillar: 'digital-connectivity', status: ['active'] }).length},false,${initiatives(
        { iso3: 'KGZ', pillar: 'digital-connectivity', status: ['active'] },
      )
        .map((i) => i.id)
        .sort()
        .join(' ')}`,
    );
  });

  it('exits 2 on an unknown country or format', async () => {
    const country = await dsc(['--country', 'FRA']);
    expect(country.code).toBe(2);
    expect(country.err).toContain('unknown --country "FRA"');
    expect((await dsc(['--format', 'xml'])).code).toBe(2);
  });
});
