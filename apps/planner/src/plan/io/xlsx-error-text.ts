import type { Translator } from '@dsc/i18n';
import type { XlsxImportError } from '@dsc/roadmap/export';

const blank = { name: '', id: '', row: 0, part: 0, choices: '', max: 0, value: '', path: '', issue: '' };

/** The text of a located plan-workbook error in the reader's language: the cell, what was expected and found. */
export function xlsxImportErrorText(e: XlsxImportError, file: string, t: Translator['t']): string {
  return t('plan.file.invalidPlanXlsx', {
    cell: e.cell || file,
    expected: t('plan.xlsx.expected', { ...blank, ...e.expected }),
    found: t('plan.xlsx.found', { ...blank, ...e.found }),
  });
}
