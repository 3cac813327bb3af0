import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '@dsc/validation';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const GOOD = 'iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\n';
const WARN = 'iso3,indicator_code,year,value,unit\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\nKAZ,IT.NET.USER.ZS,2022,88.2,% of population\n';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dsc-validate-reports-'));
  await writeFile(join(dir, 'good.csv'), GOOD);
  await writeFile(join(dir, 'warn.csv'), WARN);
  // a zip signature with nothing valid behind it: a corrupt workbook
  await writeFile(join(dir, 'broken.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
  await mkdir(join(dir, 'folder.csv'));
  return dir;
}

describe('dsc validate: an unreadable input is never green', () => {
  for (const name of ['missing.csv', 'broken.xlsx', 'folder.csv']) {
    it(`${name}: every machine format says so, exit 3`, async () => {
      const dir = await workspace();
      const exec = async (format: string): Promise<string> => {
        const io = recordingIo(dir);
        expect(await run(['validate', 'good.csv', name, '--format', format, '--reference-year', '2026'], io, {})).toBe(3);
        return io.out();
      };
      const json = JSON.parse(await exec('json')) as { valid: boolean; files: { file: string; unreadable?: { message: string } }[] };
      expect(json.valid).toBe(false);
      expect(json.files.find((f) => f.file === name)?.unreadable?.message).toBeTruthy();
      expect(await exec('junit')).toMatch(new RegExp(`<testcase classname="${name.replace('.', '\\.')}" name="unreadable input">\\s*<error `));
      const sarif = JSON.parse(await exec('sarif')) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[] };
      expect(sarif.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
      expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.level)).toEqual(['error']);
      expect(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(dir).href}/`);
      expect(await exec('github')).toMatch(new RegExp(`^::error file=${name.replace('.', '\\.')},title=dsc validate%3A unreadable input::`, 'm'));
      const ndjson = (await exec('ndjson')).trim().split('\n').map((l) => JSON.parse(l) as { kind?: string; file?: string });
      expect(ndjson.filter((r) => r.kind === 'unreadable').map((r) => r.file)).toEqual([name]);
      expect(await exec('text')).toMatch(new RegExp(`^${name.replace('.', '\\.')} +error +unreadable input `, 'm'));
      expect(await exec('markdown')).toContain('### Unreadable inputs');
    });
  }
});

describe('dsc validate: severity filters and the rule list', () => {
  it('--list-rules prints every rule with its id, severity and title, in the user’s language', async () => {
    const io = recordingIo(tmpdir());
    expect(await run(['validate', '--list-rules'], io, {})).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines.find((l) => l.startsWith('csv/ragged-row '))).toMatch(/^csv\/ragged-row +error +\S/);
    const ru = recordingIo(tmpdir());
    expect(await run(['validate', '--list-rules'], ru, { DSC_LANG: 'ru' })).toBe(0);
    expect(ru.out()).toMatch(/^csv\/ragged-row +ошибка +В строке больше или меньше полей/m);
    const kk = recordingIo(tmpdir());
    expect(await run(['validate', '--list-rules'], kk, { DSC_LANG: 'kk' })).toBe(0);
    expect(kk.out()).toMatch(/^csv\/ragged-row +қате +/m);
  });

  it('--min-severity drops findings below the level; --quiet keeps errors only, without a summary', async () => {
    const dir = await workspace();
    const all = recordingIo(dir);
    await run(['validate', 'warn.csv', '--format', 'json', '--reference-year', '2026'], all, {});
    const severities = (out: string): string[] => (JSON.parse(out) as { findings: { severity: string }[] }).findings.map((f) => f.severity);
    expect(severities(all.out())).toContain('info');
    expect(severities(all.out())).toContain('warning');
    const warn = recordingIo(dir);
    await run(['validate', 'warn.csv', '--format', 'json', '--min-severity', 'warning', '--reference-year', '2026'], warn, {});
    expect(new Set(severities(warn.out()))).toEqual(new Set(['warning']));
    const quiet = recordingIo(dir);
    expect(await run(['validate', 'warn.csv', '--quiet', '--reference-year', '2026'], quiet, {})).toBe(0);
    expect(quiet.out()).toBe('');
    const usage = recordingIo(dir);
    expect(await run(['validate', 'warn.csv', '--min-severity', 'loud'], usage, {})).toBe(2);
  });
});
