import type { MessageKey } from '@dsc/i18n';
import { useI18n } from '../../i18n/i18n-context.js';
import type { PlanFileError } from './plan-json.js';
import { xlsxImportErrorText } from './xlsx-error-text.js';

/** A located import error: file, line, column, what was expected, and a hint. */
export function FileError({ error }: { error: PlanFileError }) {
  const { t } = useI18n();
  const where =
    error.line !== undefined
      ? t('plan.file.where', { file: error.file, line: error.line, column: error.column ?? 1 })
      : error.file;
  let detail: string;
  let hint: string;
  if (error.code === 'invalid_json') {
    detail = t('plan.file.invalidJson', { message: error.message });
    hint = t('plan.file.invalidJsonHint');
  } else if (error.code === 'invalid_csv') {
    detail = t('plan.file.invalidCsv', { code: error.error.code });
    hint = t('plan.file.invalidCsvHint');
  } else if (error.code === 'invalid_xlsx') {
    // why the workbook cannot be read is data (`validation.unreadable.<code>`, said in the user's language); a size limit keeps its message
    const say = t as (key: MessageKey, values: Readonly<Record<string, unknown>>) => string;
    const u = error.unreadable;
    detail = t('plan.file.invalidXlsx', { message: u ? say(`validation.unreadable.${u.code}`, u.params) : error.message });
    hint = t('plan.file.invalidXlsxHint');
  } else if (error.code === 'invalid_plan_xlsx') {
    const e = error.error;
    detail = xlsxImportErrorText(e, error.file, t);
    hint = t('plan.file.invalidPlanXlsxHint', { code: e.code });
  } else if (error.code === 'csv_schedule') {
    detail = t('plan.error.schedule', { code: error.detail });
    hint = t('plan.file.invalidCsvHint');
  } else if (error.code === 'invalid_mspdi') {
    const e = error.error;
    detail = t('plan.file.invalidMspdi', {
      code: e.code,
      detail:
        e.code === 'mspdi_not_xml'
          ? e.message
          : e.code === 'mspdi_bad_task'
            ? `${e.uid} ${e.field}=${e.value}`
            : e.code === 'mspdi_unknown_predecessor'
              ? `${e.uid} → ${e.predecessor}`
              : e.code === 'mspdi_invalid_plan'
                ? (e.issues[0]?.pointer ?? '')
                : '',
    });
    hint = t('plan.file.invalidMspdiHint');
  } else {
    const e = error.error;
    if (e.code === 'invalid_document') {
      const first = e.issues[0];
      detail = t('plan.file.invalidPlan', {
        pointer: first?.pointer || '/',
        message: first?.message ?? '',
        count: e.issues.length,
      });
    } else detail = t('plan.file.notPlan', { code: e.code, pointer: e.pointer || '/' });
    hint = t('plan.file.invalidPlanHint');
  }
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{where}</strong>: {detail}
      </p>
      <p>{hint}</p>
    </div>
  );
}
