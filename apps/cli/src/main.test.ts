import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { cliLanguage, run } from './main.js';
import { recordingIo } from './test-io.js';

describe('dsc', () => {
  it('prints its version', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toContain(pkg.version);
  });

  it('lists its commands in --help', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['--help'], io)).toBe(0);
    for (const usage of ['schema <action>', 'schedule <file>', 'export <kind> <plan>', 'import <kind> <file>', 'i18n <action>', 'index', 'validate [...files]'])
      expect(io.out()).toContain(usage);
  });

  it('shows the options of one command when only that command is loaded', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['validate', '--help'], io)).toBe(0);
    expect(io.out()).toContain('--no-catalogue');
  });

  it('refuses an unknown command with exit 2 and a hint, without a stack trace', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['frobnicate'], io, {})).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
    expect(io.err()).toContain('Hint:');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('speaks the language of DSC_LANG or the system locale', async () => {
    const ru = recordingIo(process.cwd());
    expect(await run(['frobnicate'], ru, { DSC_LANG: 'ru' })).toBe(2);
    expect(ru.err()).toContain('неизвестная команда «frobnicate»');
    const kk = recordingIo(process.cwd());
    expect(await run(['frobnicate'], kk, { LANG: 'kk_KZ.UTF-8' })).toBe(2);
    expect(kk.err()).toContain('белгісіз команда');
    const latn = recordingIo(process.cwd());
    expect(await run(['frobnicate'], latn, { DSC_LANG: 'kk-Latn' })).toBe(2);
    expect(latn.err()).toContain('belgısız komanda');
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('refuses an unknown option with exit 2', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema', 'export', '--out', 'x', '--bogus'], io)).toBe(2);
    expect(io.err()).toContain('bogus');
  });
});
