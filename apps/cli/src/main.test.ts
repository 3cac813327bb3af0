import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { run } from './main.js';
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
    expect(io.out()).toContain('schema <action>');
  });

  it('refuses an unknown command with exit 2 and a hint, without a stack trace', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
    expect(io.err()).toContain('hint:');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown option with exit 2', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['schema', 'export', '--out', 'x', '--bogus'], io)).toBe(2);
    expect(io.err()).toContain('bogus');
  });
});
