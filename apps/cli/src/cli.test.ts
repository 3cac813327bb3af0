import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTranslator, getMessages } from '@dsc/i18n';
import { describe, expect, it } from 'vitest';
import { commandNames, createCli } from './cli.js';
import type { CommandContext } from './io.js';
import { recordingIo } from './test-io.js';

const src = fileURLToPath(new URL('.', import.meta.url));
const read = (file: string): string => readFileSync(src + file, 'utf8');
/** The module each action of cli.ts runs (`commands/<verb>.ts`); other files in commands/ are their helpers. */
const commandFiles = [...read('cli.ts').matchAll(/\(await import\('\.\/commands\/([a-z0-9-]+)\.js'\)\)\.run\(/g)].map((m) => `${m[1]}.ts`);
const context = (): CommandContext => ({ io: recordingIo(process.cwd()), i18n: createTranslator('en', getMessages('en')), exitCode: 0 });
const declared = async (argv: readonly string[]): Promise<string[]> => (await createCli(argv, context())).commands.map((c) => c.name);

describe('the command line is one declaration', () => {
  it('runs one module per command, and every module of commands/ with a `run` is a declared command', () => {
    expect(commandFiles).toHaveLength(commandNames.length);
    expect(new Set(commandFiles).size).toBe(commandFiles.length);
    const withRun = readdirSync(src + 'commands').filter((f) => !f.endsWith('.test.ts') && /^export async function run\(/m.test(read(`commands/${f}`)));
    expect(new Set(withRun)).toEqual(new Set(commandFiles));
  });

  it('leaves no option or command declaration in commands/', () => {
    for (const file of readdirSync(src + 'commands').filter((f) => !f.endsWith('.test.ts'))) expect(read(`commands/${file}`), file).not.toMatch(/\.(command|option)\(\s*'/);
  });

  it('keeps the command modules apart: none imports another (shared code is in flags.ts, plan-file.ts, io.ts)', () => {
    for (const file of commandFiles) {
      const imports = [...read(`commands/${file}`).matchAll(/from '\.\/([^']+)\.js'/g)].map((m) => `${m[1]}.ts`);
      expect(imports.filter((i) => commandFiles.includes(i)), file).toEqual([]);
    }
  });

  it('declares only the command a run can reach', async () => {
    expect(await declared(['--version'])).toEqual([]);
    expect(await declared(['schedule', 'plan.json'])).toEqual(['schedule']);
    expect(await declared(['validate', '--help'])).toEqual(['validate']);
    expect(await declared(['--help'])).toEqual(commandNames);
    expect(await declared(['frobnicate'])).toEqual(commandNames);
  });
});
