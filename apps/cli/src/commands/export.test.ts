import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePlan } from '@dsc/datasets';
import { checkIatiRules } from '@dsc/roadmap';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { recordingIo } from '../test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'dsc-export-'));
const PLAN = 'sample.plan.json';

beforeAll(async () => {
  writeFileSync(join(dir, PLAN), JSON.stringify(await samplePlan(), null, 2));
});

/** The xsd:sequence of iati-activity in IATI 2.03, in order. */
const ORDER = ['iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status', 'activity-date', 'contact-info', 'activity-scope', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag', 'country-budget-items', 'humanitarian-scope', 'policy-marker', 'collaboration-type', 'default-flow-type', 'default-finance-type', 'default-aid-type', 'default-tied-status', 'budget', 'planned-disbursement', 'capital-spend', 'transaction', 'document-link', 'related-activity', 'legacy-data', 'conditions', 'result', 'crs-add', 'fss'];

describe('dsc export', () => {
  it('exports the sample plan to IATI XML that passes the ruleset and keeps the schema order', async () => {
    const io = recordingIo(dir);
    expect(await run(['export', 'iati', PLAN, '--out', 'sample.iati.xml', '--today', '2026-11-23'], io)).toBe(0);
    const xml = readFileSync(join(dir, 'sample.iati.xml'), 'utf8');
    expect(xml).toContain('<iati-activities version="2.03"');
    expect((xml.match(/<iati-activity /g) ?? []).length).toBe(5);
    expect(checkIatiRules(xml, '2026-11-23')).toEqual([]);
    for (const block of xml.split('<iati-activity ').slice(1)) {
      const tops = [...block.matchAll(/^ {4}<([a-z-]+)/gm)].map((m) => m[1] ?? '');
      const pos = tops.map((t) => ORDER.indexOf(t));
      expect(pos.every((p) => p >= 0)).toBe(true);
      expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    }
    expect(io.err()).toContain('results without KPIs are not exported');
  });

  it('exports the DA proposal in English, Russian and Kazakh, as Markdown and DOCX', async () => {
    const io = recordingIo(dir);
    expect(await run(['export', 'proposal', PLAN, '--lang', 'ru', '--format', 'md'], io)).toBe(0);
    expect(io.out()).toContain('## 1. Резюме');
    expect(io.out()).toContain('ИЛЛЮСТРАТИВНАЯ дорожная карта');
    expect(io.out()).toContain('| Ожидаемое достижение | EA2 |');
    const kk = recordingIo(dir);
    expect(await run(['export', 'proposal', PLAN, '--lang', 'kk'], kk)).toBe(0);
    expect(kk.out()).toContain('1-қосымша. Нәтижеге бағытталған жұмыс жоспары');
    const docx = recordingIo(dir);
    expect(await run(['export', 'proposal', PLAN, '--lang', 'en', '--out', 'p.docx'], docx)).toBe(0);
    const bytes = readFileSync(join(dir, 'p.docx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exports XLSX, CSV, MS Project XML and iCalendar, and the scenarios change the result', async () => {
    expect(await run(['export', 'xlsx', PLAN, '--out', 's.xlsx'], recordingIo(dir))).toBe(0);
    expect(readFileSync(join(dir, 's.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const csv = recordingIo(dir);
    expect(await run(['export', 'csv', PLAN, '--table', 'budget'], csv)).toBe(0);
    expect(csv.out().split('\r\n')[0]).toContain('budget_class');
    const ms = recordingIo(dir);
    expect(await run(['export', 'mspdi', PLAN, '--scenario', 'physical-centre', '--out', 'p.xml'], ms)).toBe(0);
    expect(readFileSync(join(dir, 'p.xml'), 'utf8')).toContain('<Duration>PT720H0M0S</Duration>');
    const ics = recordingIo(dir);
    expect(await run(['export', 'ical', PLAN], ics)).toBe(0);
    expect(ics.out()).toContain('SUMMARY:SPECA Governing Council: SPECA Governing Council: endorsement');
  });

  it('refuses bad usage with exit 2', async () => {
    expect(await run(['export', 'pdf', PLAN], recordingIo(dir))).toBe(2);
    expect(await run(['export', 'proposal', PLAN, '--lang', 'de'], recordingIo(dir))).toBe(2);
    expect(await run(['export', 'xlsx', PLAN], recordingIo(dir))).toBe(2);
    expect(await run(['export', 'iati', PLAN, '--scenario', 'nope'], recordingIo(dir))).toBe(2);
  });

  it('reports a plan without IATI settings with exit 1', async () => {
    const plan = JSON.parse(readFileSync(join(dir, PLAN), 'utf8')) as Record<string, unknown>;
    delete plan['iati'];
    writeFileSync(join(dir, 'no-iati.plan.json'), JSON.stringify(plan));
    const io = recordingIo(dir);
    expect(await run(['export', 'iati', 'no-iati.plan.json'], io)).toBe(1);
    expect(io.err()).toContain('no "iati" settings');
  });
});

describe('dsc import mspdi', () => {
  it('round-trips the sample plan schedule through MS Project XML', async () => {
    expect(await run(['export', 'mspdi', PLAN, '--out', 'rt.xml'], recordingIo(dir))).toBe(0);
    const io = recordingIo(dir);
    expect(await run(['import', 'mspdi', 'rt.xml', '--out', 'rt.plan.json'], io)).toBe(0);
    expect(io.err()).toContain('31 activities and 35 dependencies');
    const a = recordingIo(dir);
    const b = recordingIo(dir);
    expect(await run(['schedule', PLAN, '--format', 'csv'], a)).toBe(0);
    expect(await run(['schedule', 'rt.plan.json', '--format', 'csv'], b)).toBe(0);
    const cols = (s: string) => s.trim().split('\n').map((l) => { const c = l.split(','); return [c[0], c.at(-2), c.at(-1)].join(','); });
    expect(cols(b.out())).toEqual(cols(a.out()));
  });
  it('locates malformed XML (exit 3) and refuses unknown kinds (exit 2)', async () => {
    writeFileSync(join(dir, 'bad.xml'), '<Project>\n<Tasks>\n</Project>');
    const io = recordingIo(dir);
    expect(await run(['import', 'mspdi', 'bad.xml'], io)).toBe(3);
    expect(io.err()).toMatch(/bad\.xml:3:\d+: not well-formed XML/);
    expect(await run(['import', 'p6', 'bad.xml'], recordingIo(dir))).toBe(2);
  });
});

describe('dsc export and import in Russian and Kazakh (DSC_LANG)', () => {
  it.each([
    ['ru', 'результаты без KPI не экспортируются', 'записано в '],
    ['kk', 'KPI жоқ нәтижелер экспортталмайды', ' ішіне жазылды'],
  ])('DSC_LANG=%s: warnings and the written-file line are translated, the IATI XML is not', async (lang, warning, wrote) => {
    const io = recordingIo(dir);
    expect(await run(['export', 'iati', PLAN, '--out', `lang-${lang}.iati.xml`, '--today', '2026-11-23'], io, { DSC_LANG: lang })).toBe(0);
    expect(io.err()).toContain(warning);
    expect(io.err()).toContain(wrote);
    expect(io.err()).not.toContain('wrote');
    const xml = readFileSync(join(dir, `lang-${lang}.iati.xml`), 'utf8');
    expect(xml).toContain('<iati-activities version="2.03"');
  });

  it.each([
    ['ru', 'неизвестный вид экспорта «pdf»', 'Подсказка: Используйте один из видов: iati, proposal'],
    ['kk', 'белгісіз экспорт түрі «pdf»', 'Кеңес: Мына түрлердің бірін пайдаланыңыз: iati, proposal'],
  ])('DSC_LANG=%s: an unknown export kind is a usage error with the kinds as a hint', async (lang, message, hint) => {
    const io = recordingIo(dir);
    expect(await run(['export', 'pdf', PLAN], io, { DSC_LANG: lang })).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain(hint);
  });

  it('DSC_LANG=kk: an unknown import kind is explained in Kazakh', async () => {
    const io = recordingIo(dir);
    expect(await run(['import', 'gantt', 'x.xml'], io, { DSC_LANG: 'kk' })).toBe(2);
    expect(io.err()).toContain('белгісіз импорт түрі «gantt»');
    expect(io.err()).toContain('«dsc import mspdi <файл.xml>» пайдаланыңыз.');
  });

  it.each([
    ['ru', 'в плане нет настроек "iati"', 'XML составлен с ошибками'],
    ['kk', 'жоспарда "iati" баптаулары жоқ', 'XML дұрыс құрылмаған'],
  ])('DSC_LANG=%s: export and import errors are in the language, with their location and exit code', async (lang, iati, xml) => {
    const plan = JSON.parse(readFileSync(join(dir, PLAN), 'utf8')) as Record<string, unknown>;
    delete plan['iati'];
    writeFileSync(join(dir, 'no-iati.plan.json'), JSON.stringify(plan));
    writeFileSync(join(dir, 'bad.xml'), '<Project>\n<Tasks>\n</Project>');
    const io = recordingIo(dir);
    expect(await run(['export', 'iati', 'no-iati.plan.json'], io, { DSC_LANG: lang })).toBe(1);
    expect(io.err()).toContain(iati);
    const bad = recordingIo(dir);
    expect(await run(['import', 'mspdi', 'bad.xml'], bad, { DSC_LANG: lang })).toBe(3);
    expect(bad.err()).toMatch(new RegExp(`bad\\.xml:3:\\d+: ${xml}`));
  });
});

