import type { MessageKey, Translator } from '@dsc/i18n';

/** The sheets of a questionnaire workbook. Their names are fixed so that the import finds them in every language. */
export const SHEETS = { instructions: 'instructions', criteria: 'criteria', levels: 'levels', meta: 'meta' } as const;

/** The value of the `kind` row of the meta sheet: what makes a workbook a questionnaire. */
export const QUESTIONNAIRE_KIND = 'dsc-policy-questionnaire';

/** The columns of the criteria sheet, in order, with the message of their header. */
export const COLUMNS = [
  { id: 'criterion', label: 'assessment.column.criterion' },
  { id: 'name', label: 'assessment.column.name' },
  { id: 'area', label: 'assessment.column.area' },
  { id: 'level0', label: 'assessment.column.level', level: 0 },
  { id: 'level1', label: 'assessment.column.level', level: 1 },
  { id: 'level2', label: 'assessment.column.level', level: 2 },
  { id: 'level3', label: 'assessment.column.level', level: 3 },
  { id: 'level4', label: 'assessment.column.level', level: 4 },
  { id: 'currentLevel', label: 'assessment.column.currentLevel' },
  { id: 'currentEvidence', label: 'assessment.column.currentEvidence' },
  { id: 'currentStatus', label: 'assessment.column.currentStatus' },
  { id: 'proposedLevel', label: 'assessment.column.proposedLevel' },
  { id: 'url', label: 'assessment.column.url' },
  { id: 'locator', label: 'assessment.column.locator' },
  { id: 'excerpt', label: 'assessment.column.excerpt' },
  { id: 'rationaleEn', label: 'assessment.column.rationaleEn' },
  { id: 'rationaleRu', label: 'assessment.column.rationaleRu' },
  { id: 'rationaleKk', label: 'assessment.column.rationaleKk' },
  { id: 'focalPoint', label: 'assessment.column.focalPoint' },
  { id: 'date', label: 'assessment.column.date' },
] as const satisfies readonly { id: string; label: MessageKey; level?: number }[];

export type ColumnId = (typeof COLUMNS)[number]['id'];

/** The columns a focal point fills in; the others are written by the questionnaire and not read back. */
export const FILL_IN: readonly ColumnId[] = ['proposedLevel', 'url', 'locator', 'excerpt', 'rationaleEn', 'rationaleRu', 'rationaleKk', 'focalPoint', 'date'];

/** The 0-based index of a column of the criteria sheet. */
export const columnIndex = (id: ColumnId): number => COLUMNS.findIndex((c) => c.id === id);

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The longest quoted excerpt a score accepts (the evidence schema of @dsc/domain). */
export const MAX_EXCERPT = 400;

/** A translator taking any message key with loose values: the keys of this package are listed above, their values are checked by the tests. */
export type Text = (key: MessageKey, values?: Record<string, string | number>) => string;
type AnyTranslate = (key: MessageKey, values: Readonly<Record<string, unknown>>) => string;
export const looseText =
  (t: Translator['t']): Text =>
  (key, values = {}) =>
    (t as AnyTranslate)(key, values);

/** The header of a column in the questionnaire's language. */
export const headerText = (t: Text, c: (typeof COLUMNS)[number]): string => t(c.label, 'level' in c ? { level: c.level } : undefined);
