import { policyAssessments, policyRubric } from '@dsc/datasets';
import { PolicyAssessment } from '@dsc/domain';
import type { Locale } from '@dsc/i18n';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Sheets } from './__fixtures__/workbook.js';
import { editWorkbook } from './__fixtures__/workbook.js';
import { readSheets } from './cells.js';
import { diffAssessment } from './diff.js';
import type { COLUMNS } from './layout.js';
import { columnIndex } from './layout.js';
import { readQuestionnaire } from './read.js';
import { writeQuestionnaire } from './write.js';

const rubric = policyRubric();
const assessments = policyAssessments();
const kaz = assessments.find((a) => a.iso3 === 'KAZ')!;
const col = (id: (typeof COLUMNS)[number]['id']): number => columnIndex(id);

/** The row of a criterion in the criteria sheet (0-based index into the rows, header at 0). */
const rowOf = (sheets: Sheets, criterion: string): (string | number | boolean | null)[] => {
  const row = sheets.get('criteria')!.find((r) => r[0] === criterion);
  if (row === undefined) throw new Error(`no row for ${criterion}`);
  return row;
};
const fill = (row: (string | number | boolean | null)[], values: Partial<Record<(typeof COLUMNS)[number]['id'], string | number>>): void => {
  for (const [id, v] of Object.entries(values)) row[col(id as (typeof COLUMNS)[number]['id'])] = v;
};

const headers: Record<Locale, [string, string, string]> = {
  en: ['proposed level', 'Policy, regulatory and institutional assessment: questionnaire for Kazakhstan', 'National digital strategy'],
  ru: ['предлагаемый уровень', 'Оценка политики, регулирования и институтов: анкета для страны Казахстан', 'Национальная стратегия цифрового развития'],
  kk: ['ұсынылған деңгей', 'Саясатты, реттеуді және институттарды бағалау: Қазақстан елінің сауалнамасы', 'Цифрлық дамудың ұлттық стратегиясы'],
};

describe.each(['en', 'ru', 'kk'] as const)('questionnaire round trip in %s', (locale) => {
  it('writes the criteria, instructions and meta, and a level list on the proposed-level column', async () => {
    const bytes = await writeQuestionnaire({ rubric, assessment: kaz, locale, date: '2026-12-07' });
    const sheets = (await readSheets(bytes))!;
    expect([...sheets.keys()]).toEqual(['instructions', 'criteria', 'levels', 'meta']);
    const criteria = sheets.get('criteria')!;
    expect(criteria).toHaveLength(rubric.criteria.length + 1);
    expect(criteria[0]![col('proposedLevel')]).toBe(headers[locale][0]);
    expect(sheets.get('instructions')![0]![0]).toBe(headers[locale][1]);
    const strategy = criteria.find((r) => r[0] === 'digital-strategy')!;
    expect(strategy[col('name')]).toBe(headers[locale][2]);
    expect(strategy[col('currentLevel')]).toBe(2);
    expect(String(strategy[col('currentEvidence')])).toContain('adilet.zan.kz');
    expect(sheets.get('meta')).toEqual([
      ['key', 'value'],
      ['kind', 'dsc-policy-questionnaire'],
      ['iso3', 'KAZ'],
      ['rubric', rubric.id],
      ['rubric_version', rubric.version],
      ['locale', locale],
      ['prepared', '2026-12-07'],
    ]);
    const files = unzipSync(bytes);
    const names = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
    const withValidation = names.filter((n) => strFromU8(files[n]!).includes('<dataValidations'));
    expect(withValidation).toEqual(['xl/worksheets/sheet2.xml']);
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).toContain(`sqref="L2:L${rubric.criteria.length + 1}"><formula1>"0,1,2,3,4"</formula1>`);
  });

  it('reads an untouched questionnaire back as no change', async () => {
    const bytes = await writeQuestionnaire({ rubric, assessment: kaz, locale, date: '2026-12-07' });
    const back = await readQuestionnaire(bytes, { rubric, assessments });
    expect(back).toMatchObject({ ok: true, value: { iso3: 'KAZ', locale, scores: [] } });
    if (!back.ok) return;
    expect(back.value.submission).toEqual(kaz);
    expect(diffAssessment(kaz, back.value.submission)).toEqual([]);
  });

  it('turns filled-in rows into submitted scores and lists them for review', async () => {
    const blank = await writeQuestionnaire({ rubric, assessment: kaz, locale, date: '2026-12-07' });
    const filled = await editWorkbook(blank, (s) => {
      fill(rowOf(s, 'digital-strategy'), {
        proposedLevel: 3,
        url: 'https://adilet.zan.kz/rus/docs/P2300000269',
        locator: 'Resolution No. 269, para 2; action plan',
        excerpt: 'Утвердить прилагаемую Концепцию',
        rationaleEn: 'The action plan assigns the ministry and the budget lines.',
        rationaleRu: 'План действий определяет министерство и бюджетные строки.',
        focalPoint: 'A. Focal',
        date: '2026-12-20',
      });
      fill(rowOf(s, 'flagship-programmes'), { proposedLevel: '0', rationaleEn: 'Searched adilet.zan.kz and gov.kz for "digital programme"; none found.', focalPoint: 'A. Focal', date: '2026-12-20' });
    });
    const back = await readQuestionnaire(filled, { rubric, assessments, iso3: 'KAZ' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const { submission, scores } = back.value;
    expect(PolicyAssessment.safeParse(submission).success).toBe(true);
    expect(submission.scores.slice(0, kaz.scores.length)).toEqual(kaz.scores);
    expect(scores).toEqual([
      {
        criterion: 'digital-strategy',
        level: 3,
        evidence: [{ instruments: [], locator: 'Resolution No. 269, para 2; action plan', url: 'https://adilet.zan.kz/rus/docs/P2300000269', excerpt: 'Утвердить прилагаемую Концепцию', read: '2026-12-20' }],
        rationale: { en: 'The action plan assigns the ministry and the budget lines.', ru: 'План действий определяет министерство и бюджетные строки.' },
        assessor: 'A. Focal',
        date: '2026-12-20',
        review: { status: 'submitted', date: '2026-12-20' },
      },
      {
        criterion: 'flagship-programmes',
        level: 0,
        evidence: [{ instruments: [] }],
        rationale: { en: 'Searched adilet.zan.kz and gov.kz for "digital programme"; none found.' },
        assessor: 'A. Focal',
        date: '2026-12-20',
        review: { status: 'submitted', date: '2026-12-20' },
      },
    ]);
    expect(diffAssessment(kaz, submission)).toEqual([
      { criterion: 'digital-strategy', from: { level: 2, status: 'verified' }, to: { level: 3, status: 'submitted' }, assessor: 'A. Focal', date: '2026-12-20', evidenceAdded: ['https://adilet.zan.kz/rus/docs/P2300000269'] },
      { criterion: 'flagship-programmes', to: { level: 0, status: 'submitted' }, assessor: 'A. Focal', date: '2026-12-20', evidenceAdded: [] },
    ]);
  });

  it('lists every error of a filled-in questionnaire, each located by sheet, row and column', async () => {
    const blank = await writeQuestionnaire({ rubric, assessment: kaz, locale, date: '2026-12-07' });
    const rows = rubric.criteria.map((c) => c.id);
    const line = (id: string): number => rows.indexOf(id) + 2;
    const bad = await editWorkbook(blank, (s) => {
      fill(rowOf(s, 'digital-strategy'), { proposedLevel: 7, url: 'https://adilet.zan.kz/x', locator: 'Art. 1', rationaleEn: 'x', focalPoint: 'F', date: '2026-12-20' });
      fill(rowOf(s, 'flagship-programmes'), { proposedLevel: 2, url: 'adilet dot kz', rationaleEn: 'x', focalPoint: 'F', date: '20.12.2026' });
      fill(rowOf(s, rows[2]!), { proposedLevel: 1, rationaleEn: 'x', date: '2026-12-20' });
      fill(rowOf(s, rows[3]!), { excerpt: 'only an excerpt' });
      rowOf(s, rows[4]!)[0] = 'no-such-criterion';
    });
    const back = await readQuestionnaire(bad, { rubric, assessments });
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.error).toEqual([
      { code: 'level_out_of_range', sheet: 'criteria', row: line('digital-strategy'), column: 'L', value: '7' },
      { code: 'not_url', sheet: 'criteria', row: line('flagship-programmes'), column: 'M', value: 'adilet dot kz' },
      { code: 'missing_evidence', sheet: 'criteria', row: line('flagship-programmes'), column: 'N', level: 2, required: 'locator' },
      { code: 'bad_date', sheet: 'criteria', row: line('flagship-programmes'), column: 'T', value: '20.12.2026' },
      { code: 'missing_evidence', sheet: 'criteria', row: line(rows[2]!), column: 'M', level: 1, required: 'url' },
      { code: 'missing_value', sheet: 'criteria', row: line(rows[2]!), column: 'S', field: 'focal_point' },
      { code: 'missing_level', sheet: 'criteria', row: line(rows[3]!), column: 'L' },
      { code: 'missing_value', sheet: 'criteria', row: line(rows[3]!), column: 'P', field: 'rationale_en' },
      { code: 'missing_value', sheet: 'criteria', row: line(rows[3]!), column: 'S', field: 'focal_point' },
      { code: 'missing_value', sheet: 'criteria', row: line(rows[3]!), column: 'T', field: 'date' },
      { code: 'unknown_criterion', sheet: 'criteria', row: line(rows[4]!), column: 'A', value: 'no-such-criterion' },
    ]);
  });
});

describe('questionnaire checks', () => {
  it('refuses a questionnaire of another country or rubric version, with the cell that says so', async () => {
    const blank = await writeQuestionnaire({ rubric, assessment: kaz, locale: 'en', date: '2026-12-07' });
    expect(await readQuestionnaire(blank, { rubric, assessments, iso3: 'UZB' })).toEqual({
      ok: false,
      error: [{ code: 'wrong_country', sheet: 'meta', row: 3, column: 'B', found: 'KAZ', expected: 'UZB' }],
    });
    expect(await readQuestionnaire(blank, { rubric: { ...rubric, version: '3' }, assessments })).toEqual({
      ok: false,
      error: [{ code: 'rubric_mismatch', sheet: 'meta', row: 5, column: 'B', found: rubric.version, expected: '3' }],
    });
    const renamed = await editWorkbook(blank, (s) => void (s.get('criteria')![0]![col('url')] = 'link'));
    expect(await readQuestionnaire(renamed, { rubric, assessments })).toEqual({
      ok: false,
      error: [{ code: 'bad_header', sheet: 'criteria', row: 1, column: 'M', found: 'link', expected: 'evidence URL' }],
    });
    const noMeta = await editWorkbook(blank, (s) => void s.delete('meta'));
    expect(await readQuestionnaire(noMeta, { rubric, assessments })).toMatchObject({ ok: false, error: [{ code: 'missing_sheet', sheet: 'meta' }] });
    expect(await readQuestionnaire(strToU8('criterion,level\n'), { rubric, assessments })).toMatchObject({ ok: false, error: [{ code: 'unreadable_workbook' }] });
  });
});
