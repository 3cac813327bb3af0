import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyAssessments } from '@dsc/datasets';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'dsc-assess-'));

describe('dsc assess', () => {
  it('writes a questionnaire and reads it back unchanged as a submission with no changes', async () => {
    const io = recordingIo(dir);
    expect(await run(['assess', 'questionnaire', '--country', 'kaz', '--lang', 'ru', '--out', 'kaz.xlsx'], io)).toBe(0);
    expect(readFileSync(join(dir, 'kaz.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(io.err()).toContain('kaz.xlsx');
    const back = recordingIo(dir);
    expect(await run(['assess', 'import', 'kaz.xlsx', '--out', 'kaz.assessment.json'], back)).toBe(0);
    expect(back.out()).toBe('KAZ: no changes for review\n');
    const written: unknown = JSON.parse(readFileSync(join(dir, 'kaz.assessment.json'), 'utf8'));
    expect(written).toEqual(policyAssessments({ iso3: 'KAZ' })[0]);
    const json = recordingIo(dir);
    expect(await run(['assess', 'import', 'kaz.xlsx', '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toEqual({ iso3: 'KAZ', changes: [] });
  });

  it('refuses an existing --out without --force and never overwrites the input', async () => {
    writeFileSync(join(dir, 'taken.xlsx'), 'keep');
    const io = recordingIo(dir);
    expect(await run(['assess', 'questionnaire', '--country', 'UZB', '--out', 'taken.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('taken.xlsx already exists');
    expect(readFileSync(join(dir, 'taken.xlsx'), 'utf8')).toBe('keep');
    expect(await run(['assess', 'questionnaire', '--country', 'UZB', '--out', 'taken.xlsx', '--force'], recordingIo(dir))).toBe(0);
    expect(await run(['assess', 'questionnaire', '--country', 'UZB', '--out', 'uzb.xlsx'], recordingIo(dir))).toBe(0);
    const same = recordingIo(dir);
    expect(await run(['assess', 'import', 'uzb.xlsx', '--out', 'uzb.xlsx', '--force'], same)).toBe(2);
    expect(readFileSync(join(dir, 'uzb.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('lists located errors and exits 1 without writing', async () => {
    expect(await run(['assess', 'questionnaire', '--country', 'KAZ', '--out', 'k2.xlsx'], recordingIo(dir))).toBe(0);
    const io = recordingIo(dir);
    expect(await run(['assess', 'import', 'k2.xlsx', '--country', 'UZB', '--out', 'k2.json'], io)).toBe(1);
    expect(io.err()).toContain('k2.xlsx: meta!B3: the questionnaire is for KAZ, expected UZB');
    expect(io.err()).toContain('1 error; nothing was written');
    expect(existsSync(join(dir, 'k2.json'))).toBe(false);
    const unknown = recordingIo(dir);
    expect(await run(['assess', 'questionnaire', '--country', 'FRA', '--out', 'f.xlsx'], unknown)).toBe(2);
    expect(unknown.err()).toContain('no assessment for the country "FRA"');
  });
});
