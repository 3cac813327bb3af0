import { readFileSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createTranslator, getMessages } from '@dsc/i18n';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FileOptions } from './files.js';
import { EXPECTED_HEADERS } from './layouts.js';
import { validateBytes } from './files.js';
import type { Translate } from './render.js';
import { renderFinding } from './render.js';
import type { FileResult } from './result.js';
import { renderUnreadable } from './unreadable.js';
import { validateStream } from './validate.js';

// Every finding and every unreadable input, rendered in Russian and Kazakh, says nothing in English: the engine
// gives codes and named values, and the only Latin words in the text are those of the catalogue's own text
// (codes, flags, format names) or of the input itself (values, column and file names).

const FIXTURES = new URL('./__fixtures__/', import.meta.url);

/**
 * The Latin words of at least 4 letters in a text, outside quotes (quoted text is data: a value, a column or property
 * name) and outside identifiers that hold digits, hyphens, dots or underscores (windows-1251, TIME_PERIOD, iso3).
 */
const words = (text: string): string[] =>
  (text.replace(/«[^»]*»|"[^"]*"/g, ' ').match(/[\p{L}\p{N}_.\-/]+/gu) ?? []).filter((w) => /^[A-Za-z]{4,}$/.test(w));

/** The Latin words a locale's validation and domain texts use themselves, without ICU argument names and select keys. */
function catalogueWords(locale: 'ru' | 'kk'): Set<string> {
  const out = new Set<string>();
  // the layouts and the columns each expects (WDI headers are English by definition) are names, not prose
  for (const w of EXPECTED_HEADERS.flatMap((h) => h.match(/[A-Za-z]+/g) ?? [])) out.add(w);
  for (const [key, text] of Object.entries(getMessages(locale))) {
    if (!key.startsWith('validation.') && !key.startsWith('domain.')) continue;
    const prose = text.replace(/\{\s*\w+\s*(,\s*\w+\s*,?)?/g, ' ').replace(/[\w=]+\s*\{/g, ' {');
    for (const w of words(prose)) out.add(w);
  }
  return out;
}

type Case = { readonly name: string; readonly bytes: Uint8Array; readonly results: FileResult[] };

const zipBomb = (): Uint8Array => zipSync({ 'big.csv': new Uint8Array(4 << 20) });
const plan = (body: object): Uint8Array =>
  strToU8(JSON.stringify({ kind: 'plan', schemaVersion: 2, id: 'p', title: { en: 'P' }, start: '2027-01-04', dependencies: [], ...body }, null, 2));
const sdmx = 'DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nESTAT:X(1.0),KAZ,EGDI,20x1,0.5\n';
const stream = async (bytes: Uint8Array, options: FileOptions = {}): Promise<FileResult[]> => [await validateStream(Readable.from([bytes]), options)];

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  const add = async (name: string, bytes: Uint8Array, options: FileOptions = {}, run = validateBytes): Promise<void> => {
    out.push({ name, bytes, results: await run(bytes, { file: name, referenceYear: 2026, ...options }) });
  };
  for (const name of readdirSync(FIXTURES).sort()) await add(name, readFileSync(new URL(name, FIXTURES)));
  await add('wb.csv', strToU8('iso3,indicator,year,value\nXKX,EGDI,2024,0.5\nCHI,EGDI,2024,0.5\nKAZ,EGDI,2024,0.5\nKAZ,EGDI,2024,0.5\n'));
  await add('no-year.csv', strToU8('iso3,indicator,value\nKAZ,EGDI,0.5\n'), { layout: 'long' });
  await add('sdmx.csv', strToU8(sdmx), { layout: 'sdmx-csv-1' });
  await add('many.zip', zipSync({ 'a.csv': strToU8('x\n1\n'), 'b.csv': strToU8('x\n1\n') }), { zip: { maxEntries: 1 } });
  await add('total.zip', zipSync({ 'a.csv': strToU8('x\n1\n') }), { zip: { maxTotalBytes: 1 } });
  await add('bomb.zip', zipBomb());
  await add('broken.zip', strToU8('PK\u0003\u0004 not really a zip'));
  await add('broken.xlsx', strToU8('PK\u0003\u0004\u0014\u0000 truncated'));
  await add('empty.xlsx', zipSync({ 'docProps/app.xml': strToU8('<x/>') }));
  await add('report.pdf', strToU8('%PDF-1.7\n'));
  await add('zip.csv', zipSync({ 'a.txt': strToU8('x') }), {}, stream);
  await add('cp.csv', strToU8('iso3\nKAZ\n'), { encoding: 'kz-1048' }, stream);
  await add('comma.plan.json', strToU8('{"kind": "plan",}'));
  await add('nokind.json', strToU8('{"schemaVersion": 1}'));
  await add('version.plan.json', strToU8('{"kind": "plan", "schemaVersion": 99}'));
  await add(
    'dup.plan.json',
    plan({
      activities: [
        { id: 'a1', name: { en: 'A' }, duration: 'x' },
        { id: 'a1', name: { en: 'B' }, duration: 3, colour: 'red' },
      ],
      dependencies: [{ from: 'a1', to: 'zz', type: 'FS' }],
      currency: 'dollars',
    }),
  );
  await add(
    'refs.plan.json',
    plan({
      activities: [
        { id: 'A', name: { en: 'A' }, duration: 3 },
        { id: 'A', name: { en: 'B' }, duration: 2 },
      ],
      dependencies: [
        { from: 'A', to: 'Z' },
        { from: 'A', to: 'A' },
      ],
    }),
  );
  return out;
}

describe('findings and unreadable inputs in Russian and Kazakh say nothing in English', async () => {
  const all = await cases();

  it.each(['ru', 'kk'] as const)('%s', (locale) => {
    const t: Translate = createTranslator(locale, getMessages(locale)).t;
    const allowed = catalogueWords(locale);
    const leaks: string[] = [];
    const codes = new Set<string>();
    for (const c of all) {
      const input = new Set(`${new TextDecoder().decode(c.bytes)} ${c.name}`.match(/[A-Za-z]+/g));
      const check = (what: string, text: string): void => {
        const english = words(text).filter((w) => !allowed.has(w) && !input.has(w));
        if (english.length) leaks.push(`${c.name} ${what}: ${english.join(' ')} ← ${text}`);
      };
      for (const r of c.results) {
        for (const f of r.findings) {
          const rendered = renderFinding(f, t);
          codes.add(f.code);
          check(f.code, rendered.message);
          if (rendered.hint) check(`${f.code} hint`, rendered.hint);
          for (const rel of f.related ?? []) expect(rel).not.toHaveProperty('message');
        }
        if (r.unreadable) {
          codes.add(`unreadable:${r.unreadable.code}`);
          const u = renderUnreadable(r.unreadable, t);
          check(r.unreadable.code, u.message);
          check(`${r.unreadable.code} hint`, u.hint);
        }
      }
    }
    expect(leaks).toEqual([]);
    for (const code of ['wb_code', 'duplicate_row', 'unknown_layout', 'type_error', 'zip_limit', 'plan_json', 'plan_schema', 'plan_duplicate_id'])
      expect(codes).toContain(code);
    for (const code of ['unsupported_format', 'corrupt_container', 'unsupported_encoding']) expect(codes).toContain(`unreadable:${code}`);
  });

  it('names plan collections, layout roles, World Bank areas and time periods in the language', () => {
    const ru = createTranslator('ru', getMessages('ru')).t;
    const kk = createTranslator('kk', getMessages('kk')).t;
    const find = (name: string, code: string) => all.find((c) => c.name === name)!.results.flatMap((r) => r.findings).find((f) => f.code === code)!;
    expect(renderFinding(find('dup.plan.json', 'plan_duplicate_id'), ru).message).toContain('в мероприятиях');
    expect(renderFinding(find('no-year.csv', 'unknown_layout'), ru).message).toContain('год');
    expect(renderFinding(find('no-year.csv', 'unknown_layout'), kk).message).toContain('жыл');
    expect(renderFinding(find('wb.csv', 'wb_code'), ru).message).toContain('Косово');
    expect(renderFinding(find('sdmx.csv', 'type_error'), kk).message).toContain('уақыт кезеңі');
    const schema = all.find((c) => c.name === 'refs.plan.json')!.results[0]!.findings.filter((f) => f.code === 'plan_schema');
    expect(schema.map((f) => renderFinding(f, ru).message)).toEqual(
      expect.arrayContaining([
        'JSON-указатель /activities/1/id: идентификатор «A» уже занят другим мероприятием',
        'JSON-указатель /dependencies/0/to: неизвестное мероприятие «Z»',
        'JSON-указатель /dependencies/1/to: мероприятие не может зависеть от самого себя',
      ]),
    );
    expect(schema.map((f) => renderFinding(f, kk).message)).toContain('JSON-нұсқағыш /dependencies/0/to: белгісіз іс-шара «Z»');
  });
});
