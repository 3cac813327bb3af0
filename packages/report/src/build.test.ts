import { beforeAll, describe, expect, it } from 'vitest';
import { reportData } from './__fixtures__/data.js';
import { buildReport } from './build.js';
import type { ReportData } from './data.js';
import type { ReportDocument, Run } from './model.js';

let data: ReportData;
beforeAll(async () => {
  data = await reportData();
});

const DATE = '2026-12-07';
/** Proper names the catalogue's Russian and Kazakh texts keep in Latin letters (a forum's and a programme's own names). */
const NAMES = /Digital Almaty|GovStack/g;

/** Every run of a report, the title and headings included, with its language. */
function runs(doc: ReportDocument): Run[] {
  const footer = doc.pageFooter.replace('{page}', '3').replace('{pages}', '12');
  const out: Run[] = [doc.title, doc.subtitle, doc.methodology, footer].map((text) => ({
    text,
    lang: doc.lang,
  }));
  for (const s of doc.sections) {
    out.push({ text: s.heading, lang: doc.lang });
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(...b.text);
      if (b.kind === 'list') out.push(...b.items.flat());
      if (b.kind === 'table')
        out.push(...b.head.map((text) => ({ text, lang: doc.lang })), ...b.rows.flat(2));
      if (b.kind === 'chart')
        out.push(
          ...[b.chart.title, ...b.chart.bars.map((x) => x.label), ...(b.chart.legend ?? [])].map((text) => ({
            text,
            lang: doc.lang,
          })),
        );
    }
  }
  return out;
}

const plain = (doc: ReportDocument): string =>
  runs(doc)
    .map((r) => r.text)
    .join('\n');
const section = (doc: ReportDocument, i: number) => doc.sections[i]!;

describe('buildReport', () => {
  it('states a rank that does not move in plain words, never as "5–5"', () => {
    const doc = buildReport(data, { country: 'KGZ' }, { lang: 'en', date: DATE });
    const r = data.index.intervals?.units['KGZ'];
    expect(r?.lo).toBe(r?.hi);
    const text = plain(doc);
    expect(text).toContain(
      `In ${data.index.intervals?.runs} alternative calculations, Kyrgyzstan ranked ${r?.lo} in at least nine out of ten`,
    );
    expect(text).toContain(`${r?.lo} (no change)`);
    expect(text).not.toMatch(/\b(\d+)[–-]\1\b/);
  });

  it('gives the range and the median when the rank moves', () => {
    const moved: ReportData = {
      ...data,
      index: { ...data.index, intervals: { runs: 256, units: { KGZ: { lo: 3, hi: 6, median: 4 } } } },
    };
    const text = plain(buildReport(moved, { country: 'KGZ' }, { lang: 'en', date: DATE }));
    expect(text).toContain(
      'In 256 alternative calculations, Kyrgyzstan ranked between 3 and 6 in nine out of ten (median rank 4).',
    );
    expect(text).toContain('3 to 6');
  });

  it('counts only verified policy scores and says the coverage', () => {
    const score = data.pillarScores.find((p) => p.iso3 === 'KAZ')!;
    const assessment = data.assessments.find((a) => a.iso3 === 'KAZ')!;
    const pending = assessment.scores.filter((s) => s.review.status !== 'verified').length;
    const text = plain(buildReport(data, { country: 'KAZ' }, { lang: 'en', date: DATE }));
    expect(text).toContain(
      `Only verified scores count. ${score.scored} of the ${score.total} criteria of the rubric have a verified level`,
    );
    expect(text).toContain(`Policy assessment: ${score.scored} of ${score.total} criteria verified`);
    expect(pending).toBeGreaterThan(0);
    expect(text).toContain(
      `${pending} score${pending === 1 ? ' is' : 's are'} still under review and do not count.`,
    );
  });

  it('prints accepted and edited recommendations only, and their targets in the gaps table', () => {
    const indicator = data.index.indicators[0]!;
    const base = {
      title: { en: 'T' },
      level: { scope: 'national', country: 'TJK' } as const,
      priority: 'high',
    };
    const withRecs: ReportData = {
      ...data,
      recommendations: [
        {
          ...base,
          id: 'r1',
          text: { en: 'Accepted one.' },
          status: 'accepted',
          targets: [{ indicator, value: 77.5 }],
        },
        { ...base, id: 'r2', text: { en: 'Candidate one.' }, status: 'candidate' },
        { ...base, id: 'r3', text: { en: 'Rejected one.' }, status: 'rejected' },
        { ...base, id: 'r4', text: { en: 'Edited one.' }, status: 'edited' },
      ],
    };
    const doc = buildReport(withRecs, { country: 'TJK' }, { lang: 'en', date: DATE });
    const text = plain(doc);
    expect(text).toContain('Accepted one.');
    expect(text).toContain('Edited one.');
    expect(text).not.toContain('Candidate one.');
    expect(text).not.toContain('Rejected one.');
    expect(text).toContain('2 recommendations have been accepted.');
    const gaps = section(doc, 4).blocks.find((b) => b.kind === 'table');
    expect(gaps?.kind === 'table' && gaps.rows.some((r) => r[4]?.[0]?.text === '77.5')).toBe(true);
  });

  it('says when no programme, initiative or recommendation is recorded', () => {
    const empty: ReportData = { ...data, initiatives: [], recommendations: [] };
    const text = plain(buildReport(empty, { country: 'TKM' }, { lang: 'en', date: DATE }));
    expect(text).toContain(
      'No programme or initiative is recorded for Turkmenistan in the toolkit data yet.',
    );
    expect(text).toContain('No recommendation for Turkmenistan has been accepted yet.');
  });

  it('puts the eight countries side by side in the regional edition, ordered by rank', () => {
    const doc = buildReport(data, { region: true }, { lang: 'ru', date: DATE });
    const table = section(doc, 1).blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows).toHaveLength(8);
    const ranks = table.rows.map((r) => Number(r[2]?.[0]?.text));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(table.rows.map((r) => r[0]?.[0]?.text)).toContain('Кыргызстан');
  });

  it('writes numbers and dates the way the language does', () => {
    const score = data.index.scores[data.index.root]?.['KGZ'] ?? 0;
    const en = plain(buildReport(data, { country: 'KGZ' }, { lang: 'en', date: DATE }));
    const ru = plain(buildReport(data, { country: 'KGZ' }, { lang: 'ru', date: DATE }));
    const kk = plain(buildReport(data, { country: 'KGZ' }, { lang: 'kk', date: DATE }));
    expect(en).toContain(score.toFixed(1));
    expect(ru).toContain(score.toFixed(1).replace('.', ','));
    expect(en).toContain('December 7, 2026');
    expect(ru).toContain('7 декабря 2026');
    expect(kk).toContain('желтоқсан');
  });

  describe.each(['ru', 'kk'] as const)('no English in the %s edition', (lang) => {
    it.each([{ country: 'KGZ' }, { country: 'KAZ' }, { region: true as const }])('%o', (scope) => {
      const doc = buildReport(data, scope, { lang, date: DATE });
      // English is allowed only as a proper name without an official translation: a source's title and publisher,
      // a programme's official name.
      const properNames = new Set([
        ...data.sources.flatMap((s) => [s.title, ` — ${s.publisher}. `]),
        ...data.initiatives.map((i) => i.name.en),
      ]);
      for (const run of runs(doc)) {
        if (run.lang === 'en') expect(properNames, run.text).toContain(run.text);
        // Acronyms (CERT, AP-IS) are names; an English word has lower-case letters.
        else if (run.lang === 'ru' || run.lang === 'kk')
          expect(run.text.replace(/https?:\/\/\S+/g, '').replace(NAMES, ''), run.text).not.toMatch(
            /[a-z]{2,}/,
          );
        else expect(run.lang).toBe('und');
      }
    });
  });
});
