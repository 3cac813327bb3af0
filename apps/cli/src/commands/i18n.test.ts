import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const write = async (dir: string, files: Record<string, unknown>): Promise<void> => {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
};

describe('dsc i18n check', () => {
  it('passes on the toolkit catalogues', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['i18n', 'check'], io)).toBe(0);
    expect(io.out()).toMatch(/^Messages are complete: [\d,]+ keys in 3 locales\.\n$/);
  });

  it('reports in Russian and as JSON', async () => {
    const ru = recordingIo(process.cwd());
    expect(await run(['i18n', 'check', '--lang', 'ru'], ru)).toBe(0);
    expect(ru.out()).toContain('Сообщения полные');
    const json = recordingIo(process.cwd());
    expect(await run(['i18n', 'check', '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ ok: true, locales: ['en', 'ru', 'kk'], problems: [] });
  });

  it('fails on a broken catalogue folder, listing each problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dsc-i18n-'));
    await write(dir, {
      'demo/en.json': { 'demo.count': '{count, plural, one {# file} other {# files}}', 'demo.hello': 'Hello, {name}', 'demo.title': 'Plans' },
      'demo/ru.json': { 'demo.count': '{count, plural, one {# файл} other {# файла}}', 'demo.hello': 'Привет, {nmae}' },
      'demo/kk.json': { 'demo.count': '{count, plural, other {# файл}', 'demo.hello': 'Сәлем, {name}', 'demo.title': 'Plans' },
    });
    const io = recordingIo(dir);
    expect(await run(['i18n', 'check', '--dir', '.'], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('demo.count: ru needs plural categories: {count}: few, many');
    expect(out).toContain('demo.hello: placeholders in ru differ from English: -{name} +{nmae}');
    expect(out).toContain('demo.title: missing in ru');
    expect(out).toContain('demo.count: ICU syntax error in kk');
    expect(out).toContain('demo.title: the kk text is identical to English');
    expect(out).toContain('5 problems in the message catalogues.');
  });

  it('locates a catalogue that is not flat', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dsc-i18n-'));
    await write(dir, { 'en.json': { demo: { nested: 'x' } } });
    const io = recordingIo(dir);
    expect(await run(['i18n', 'check', '--dir', '.'], io)).toBe(3);
    expect(io.err()).toContain('en.json#/demo: expected a string, got object');
  });

  it('rejects unknown actions and options', async () => {
    const io = recordingIo(process.cwd());
    expect(await run(['i18n', 'fix'], io)).toBe(2);
    expect(await run(['i18n', 'check', '--lang', 'de'], io)).toBe(2);
    expect(io.err()).toContain('unknown --lang "de"');
  });
});
