import type { AssessmentRubric, CriterionScore, PolicyAssessment, Result } from '@dsc/domain';
import { CriterionScore as CriterionScoreSchema, err, ok } from '@dsc/domain';
import type { Locale } from '@dsc/i18n';
import { createTranslator, getMessages, isLocale } from '@dsc/i18n';
import type { Raw } from './cells.js';
import { readSheets } from './cells.js';
import type { QuestionnaireError } from './errors.js';
import type { Answer } from './row.js';
import { readAnswer } from './row.js';
import { COLUMNS, QUESTIONNAIRE_KIND, SHEETS, columnLetter, headerText, looseText } from './layout.js';

/** What a filled-in questionnaire is checked against. */
export type ReadOptions = {
  readonly rubric: AssessmentRubric;
  /** The current assessments; the one of the questionnaire's country is the base of the submission. */
  readonly assessments: readonly PolicyAssessment[];
  /** The country the questionnaire must be for, when the caller knows it. */
  readonly iso3?: string;
};

/** A filled-in questionnaire read back. */
export type Questionnaire = {
  readonly iso3: string;
  readonly locale: Locale;
  /** The current assessment with one `submitted` score appended per answered criterion (assessor: the focal point). */
  readonly submission: PolicyAssessment;
  /** The scores the questionnaire adds, in the order of its rows. */
  readonly scores: readonly CriterionScore[];
};

type Meta = { iso3: string; locale: Locale; rubric: string; version: string; rows: ReadonlyMap<string, number> };

function readMeta(sheets: ReadonlyMap<string, readonly (readonly Raw[])[]>): Result<Meta, QuestionnaireError> {
  const data = sheets.get(SHEETS.meta);
  if (data === undefined) return err({ code: 'missing_sheet', sheet: SHEETS.meta, row: 1, column: 'A' });
  const values = new Map<string, string>();
  const rows = new Map<string, number>();
  data.forEach((r, i) => {
    if (typeof r[0] === 'string' && r[1] !== null && r[1] !== undefined) {
      values.set(r[0], String(r[1]));
      rows.set(r[0], i + 1);
    }
  });
  const [kind, iso3, rubric, version, locale] = ['kind', 'iso3', 'rubric', 'rubric_version', 'locale'].map((k) => values.get(k));
  if (kind !== QUESTIONNAIRE_KIND || iso3 === undefined || rubric === undefined || version === undefined || !isLocale(locale))
    return err({ code: 'not_a_questionnaire', sheet: SHEETS.meta, row: rows.get('kind') ?? 1, column: 'B' });
  return ok({ iso3, locale, rubric, version, rows });
}

/**
 * Reads a questionnaire written by {@link writeQuestionnaire} and filled in by a focal point. Checks that it is for
 * the expected country and the current rubric version, that the headers and criterion ids are unchanged, and every
 * answer (a level from 0 to 4, a URL, a date, the evidence the level requires); returns every problem found, each
 * located by sheet, row and column. A row whose fill-in columns are empty keeps the current score.
 */
export async function readQuestionnaire(bytes: Uint8Array | ArrayBuffer, options: ReadOptions): Promise<Result<Questionnaire, readonly QuestionnaireError[]>> {
  const sheets = await readSheets(bytes);
  if (sheets === undefined) return err([{ code: 'unreadable_workbook', sheet: '', row: 0, column: '' }]);
  const meta = readMeta(sheets);
  if (!meta.ok) return err([meta.error]);
  const { iso3, locale, rows: metaRows } = meta.value;
  const current = options.assessments.find((a) => a.iso3 === iso3);
  const expected = options.iso3 ?? (current === undefined ? options.assessments.map((a) => a.iso3).join(', ') : undefined);
  if (expected !== undefined && (expected !== iso3 || current === undefined))
    return err([{ code: 'wrong_country', sheet: SHEETS.meta, row: metaRows.get('iso3') ?? 1, column: 'B', found: iso3, expected }]);
  const { rubric } = options;
  if (meta.value.rubric !== rubric.id || meta.value.version !== rubric.version) {
    const sameId = meta.value.rubric === rubric.id;
    return err([
      {
        code: 'rubric_mismatch',
        sheet: SHEETS.meta,
        row: metaRows.get(sameId ? 'rubric_version' : 'rubric') ?? 1,
        column: 'B',
        found: sameId ? meta.value.version : `${meta.value.rubric} ${meta.value.version}`,
        expected: sameId ? rubric.version : `${rubric.id} ${rubric.version}`,
      },
    ]);
  }
  const data = sheets.get(SHEETS.criteria);
  if (data === undefined) return err([{ code: 'missing_sheet', sheet: SHEETS.criteria, row: 1, column: 'A' }]);

  const t = looseText(createTranslator(locale, getMessages(locale)).t);
  const header = data[0] ?? [];
  const errors: QuestionnaireError[] = [];
  COLUMNS.forEach((c, i) => {
    const label = headerText(t, c);
    const found = header[i] === null || header[i] === undefined ? '' : String(header[i]);
    if (found !== label) errors.push({ code: 'bad_header', sheet: SHEETS.criteria, row: 1, column: columnLetter(i), found, expected: label });
  });
  if (errors.length > 0) return err(errors);

  const known = new Set(rubric.criteria.map((c) => c.id));
  const seen = new Map<string, number>();
  const answers: Answer[] = [];
  data.slice(1).forEach((cells, k) => {
    const row = k + 2;
    const r = readAnswer(cells, row, known, seen);
    errors.push(...r.errors);
    if (r.answer !== undefined) answers.push(r.answer);
  });
  for (const a of answers) {
    const parsed = CriterionScoreSchema.safeParse(a.score);
    if (!parsed.success)
      errors.push({ code: 'invalid_score', sheet: SHEETS.criteria, row: a.row, column: columnLetter(1), detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  if (errors.length > 0 || current === undefined) return err(errors);
  const scores = answers.map((a) => a.score);
  return ok({ iso3, locale, submission: { ...current, scores: [...current.scores, ...scores] }, scores });
}
