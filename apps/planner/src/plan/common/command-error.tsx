import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { I18n } from '../../i18n/i18n-context.js';
import type { Plan } from '@dsc/domain';
import type { CommandError, Run } from './command.js';

export function describeCommandError(t: I18n['t'], e: CommandError): string {
  switch (e.code) {
    case 'unknown_activity':
      return t('plan.error.unknown_activity', { id: e.id });
    case 'bad_predecessor':
      return t('plan.error.bad_predecessor', { value: e.value, column: e.offset + 1 });
    case 'unknown_predecessor':
      return t('plan.error.unknown_predecessor', { value: e.value });
    case 'cannot_indent':
      return t('plan.error.cannot_indent');
    case 'cannot_outdent':
      return t('plan.error.cannot_outdent');
    case 'empty_name':
      return t('plan.error.empty_name');
    case 'bad_duration':
      return t('plan.error.bad_duration', { value: e.value });
    case 'bad_field':
      return t('plan.error.bad_field', { field: e.field, value: e.value });
    case 'schedule': {
      const s = e.error;
      if (s.code === 'dependency_cycle') return t('plan.error.cycle', { path: s.path.join(' → ') });
      if (s.code === 'parent_cycle') return t('plan.error.cycle', { path: s.path.join(' → ') });
      return t('plan.error.schedule', { code: s.code });
    }
  }
}

/** The last refused command, announced in a live region. */
export function useCommandError(): { report: (e: CommandError | undefined) => void; message: ReactNode } {
  const { t } = useI18n();
  const [error, setError] = useState<CommandError | undefined>(undefined);
  return {
    report: setError,
    message: (
      <p role="alert" className={error ? 'notice notice--error' : 'visually-hidden'}>
        {error ? describeCommandError(t, error) : ''}
      </p>
    ),
  };
}

/**
 * Checks a command on `plan` before running it, so that a refused field is announced (and a form keeps what was
 * typed); an accepted command runs as one undo step. Returns whether it ran.
 */
export function useCheckedRun(plan: Plan, run: Run): { attempt: Run; report: (e: CommandError | undefined) => void; message: ReactNode } {
  const { report, message } = useCommandError();
  const attempt: Run = (label, f) => {
    const r = f(plan);
    report(r.ok ? undefined : r.error);
    return r.ok && run(label, () => r);
  };
  return { attempt, report, message };
}
