import type { AssessmentRubric, I18nText, PolicyAssessment } from '@dsc/domain';
import { RUBRIC_LEVELS } from '@dsc/domain';
import type { Locale } from '@dsc/i18n';
import { countryName, createTranslator, displayLocaleName, getMessages } from '@dsc/i18n';
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell } from 'write-excel-file/universal';
import { listValidations } from './data-validation.js';
import type { Text } from './layout.js';
import { COLUMNS, QUESTIONNAIRE_KIND, SHEETS, columnIndex, columnLetter, headerText, looseText } from './layout.js';
import { evidenceText, standingScore } from './standing.js';

/** What a questionnaire is written from. */
export type QuestionnaireInput = {
  readonly rubric: AssessmentRubric;
  /** The country's current assessment: its iso3 names the country, its scores are shown as the current levels. */
  readonly assessment: PolicyAssessment;
  /** The language of the instructions, headers, criterion names and level descriptors. */
  readonly locale: Locale;
  /** The date recorded as the day the questionnaire was prepared (YYYY-MM-DD); today by default. */
  readonly date?: string;
};

const text = (t: I18nText | undefined, locale: Locale): string => (t === undefined ? '' : (t[locale] ?? t.en));
const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });
const wrapped = (value: string): Cell => (value === '' ? null : { value, type: String, wrap: true, alignVertical: 'top' });

function criteriaRows(input: QuestionnaireInput, t: Text): Cell[][] {
  const { rubric, assessment, locale } = input;
  return rubric.criteria.map((c) => {
    const scale = rubric.scales[c.scale] ?? [];
    const descriptor = (level: number): string => {
      const d = scale.find((l) => l.level === level);
      if (d === undefined) return '';
      const evidence = text(d.evidence, locale);
      return evidence === '' ? text(d.descriptor, locale) : `${text(d.descriptor, locale)}\n${t('assessment.evidenceRequired', { evidence })}`;
    };
    const current = standingScore(assessment, c.id);
    return [
      { value: c.id, type: String },
      wrapped(text(c.name, locale)),
      { value: t('assessment.area', { area: c.area }), type: String },
      ...RUBRIC_LEVELS.map((l) => wrapped(descriptor(l))),
      current === undefined ? null : { value: current.level, type: Number },
      wrapped(current === undefined ? '' : evidenceText(current)),
      { value: t('assessment.status', { status: current?.review.status ?? 'none' }), type: String },
      ...Array.from({ length: COLUMNS.length - columnIndex('proposedLevel') }, () => null),
    ];
  });
}

/**
 * Writes the questionnaire workbook of one country: an instructions sheet in the chosen language, the criteria sheet
 * (one row per criterion with its level descriptors, the current level, evidence and review status, and the columns a
 * focal point fills in, the proposed level restricted to a 0–4 drop-down list), the levels sheet, and a meta sheet
 * recording the country and the rubric id and version that {@link readQuestionnaire} checks.
 */
export async function writeQuestionnaire(input: QuestionnaireInput): Promise<Uint8Array> {
  const { rubric, assessment, locale } = input;
  const translator = createTranslator(locale, getMessages(locale));
  const t = looseText(translator.t);
  const date = input.date ?? new Date().toISOString().slice(0, 10);
  const country = countryName(locale, assessment.iso3) ?? assessment.iso3;
  const rows = criteriaRows(input, t);
  const instructions: Cell[][] = [
    [bold(t('assessment.instructions.title', { country }))],
    [wrapped(t('assessment.instructions.about', { rubric: rubric.id, version: rubric.version, iso3: assessment.iso3, language: displayLocaleName(locale, translator), date }))],
    ...(['rows', 'fill', 'evidence', 'keep', 'levels', 'return'] as const).map((k) => [wrapped(t(`assessment.instructions.${k}`))]),
  ];
  const levels: Cell[][] = [
    [bold(t('assessment.levels.level')), bold(t('assessment.levels.meaning'))],
    ...RUBRIC_LEVELS.map((l): Cell[] => [{ value: l, type: Number }, wrapped(t(`assessment.levels.${l}`))]),
  ];
  const meta: Cell[][] = [
    [bold('key'), bold('value')],
    ...[
      ['kind', QUESTIONNAIRE_KIND],
      ['iso3', assessment.iso3],
      ['rubric', rubric.id],
      ['rubric_version', rubric.version],
      ['locale', locale],
      ['prepared', date],
    ].map(([k, v]): Cell[] => [{ value: k as string, type: String }, { value: v as string, type: String }]),
  ];
  const sheets: Parameters<typeof writeXlsxFile>[0] = [
    { sheet: SHEETS.instructions, data: instructions, columns: [{ width: 120 }] },
    {
      sheet: SHEETS.criteria,
      stickyRowsCount: 1,
      stickyColumnsCount: 2,
      columns: COLUMNS.map((c) => ({ width: c.id.startsWith('level') || c.id.startsWith('rationale') || c.id === 'excerpt' ? 40 : c.id === 'name' || c.id === 'url' || c.id === 'currentEvidence' ? 30 : 16 })),
      data: [COLUMNS.map((c) => bold(headerText(t, c))), ...rows],
    },
    { sheet: SHEETS.levels, data: levels, columns: [{ width: 8 }, { width: 60 }] },
    { sheet: SHEETS.meta, data: meta, columns: [{ width: 16 }, { width: 30 }] },
  ];
  const level = columnLetter(columnIndex('proposedLevel'));
  const feature = listValidations(
    [{ sheet: SHEETS.criteria, range: `${level}2:${level}${rows.length + 1}`, values: RUBRIC_LEVELS.map(String), prompt: t('assessment.levels.prompt') }],
    sheets.map((s) => s.sheet ?? ''),
  );
  const blob = (await writeXlsxFile(sheets, { features: [feature] }).toBlob()) as unknown as { arrayBuffer(): Promise<ArrayBuffer> };
  return new Uint8Array(await blob.arrayBuffer());
}
