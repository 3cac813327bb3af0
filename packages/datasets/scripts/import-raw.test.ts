import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScriptIo } from './generate-command.js';
import { PACKAGE_DIR } from './generate-command.js';
import { importRaw } from './import-raw-command.js';

// The command runs in-process: no child Node process, so nothing here depends on how busy the machine is.
const fixtures = join(PACKAGE_DIR, 'src/__fixtures__');
const tmp = mkdtempSync(join(tmpdir(), 'dsc-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]): { status: number; stdout: string; stderr: string } => {
  let stdout = '';
  let stderr = '';
  const io: ScriptIo = { log: (t) => void (stdout += `${t}\n`), error: (t) => void (stderr += `${t}\n`) };
  const status = importRaw(args, io);
  return { status, stdout, stderr };
};

describe('import-raw script', () => {
  it('writes the data files of a partial raw folder, then reports them up to date', () => {
    const out = join(tmp, 'out');
    const w = run('--raw', join(fixtures, 'raw'), '--out', out, '--partial');
    expect(w.stderr).toBe('');
    expect(w.status).toBe(0);
    expect(readFileSync(join(out, 'observations/wb-wdi.csv'), 'utf8')).toBe(
      readFileSync(join(fixtures, 'expected/observations/wb-wdi.csv'), 'utf8'),
    );
    const c = run('--raw', join(fixtures, 'raw'), '--out', out, '--partial', '--check');
    expect([c.status, c.stdout]).toEqual([0, expect.stringContaining('up to date')]);
    writeFileSync(join(out, 'policy-instruments.json'), 'changed');
    const d = run('--raw', join(fixtures, 'raw'), '--out', out, '--partial', '--check');
    expect([d.status, d.stderr]).toEqual([1, expect.stringContaining('policy-instruments.json')]);
  });

  it('stops on located errors and writes nothing (exit 1); usage 2; unreadable folder 3', () => {
    const raw = join(tmp, 'bad');
    mkdirSync(raw, { recursive: true });
    copyFileSync(join(fixtures, 'raw/un_egov_survey.csv'), join(raw, 'un_egov_survey.csv'));
    writeFileSync(join(raw, 'wb_wdi_ict_macro.csv'), 'iso3,indicator_code,indicator_name,year,value,unit,source\nKAZ,IT.NET.BBND.P2,x,2023,n/a,per 100 people,World Bank WDI\n');
    const r = run('--raw', raw, '--out', join(tmp, 'never'), '--partial');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('wb_wdi_ict_macro.csv:2:5 invalid_value: value = "n/a"');
    expect(run('--raw', raw, '--out', join(tmp, 'never')).stderr).toContain('missing_file');
    expect(() => readFileSync(join(tmp, 'never/observations/wb-wdi.csv'))).toThrow();
    expect(run().status).toBe(2);
    expect(run('--bogus').status).toBe(2);
    expect(run('--raw', join(tmp, 'nowhere')).status).toBe(3);
  });
});
