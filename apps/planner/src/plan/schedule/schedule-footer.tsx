import type { Plan } from '@dsc/domain';
import type { PlanSchedule } from '@dsc/roadmap';
import { useI18n } from '../../i18n/i18n-context.js';

/** Finish date and critical path under the schedule, announced when they change. */
export function ScheduleFooter({ schedule, plan }: { schedule: PlanSchedule | undefined; plan: Plan }) {
  const { t, text } = useI18n();
  if (!schedule) return null;
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));
  return (
    <div className="schedule__footer" aria-live="polite" data-testid="schedule-summary">
      <p>{t('plan.editor.finish', { finish: schedule.projectFinish, duration: schedule.projectDuration })}</p>
      <p>
        <span className="crit-mark" aria-hidden="true">
          ◆
        </span>{' '}
        {t('plan.editor.criticalPath')}:{' '}
        <span data-testid="critical-path">
          {schedule.criticalPath.map((id) => names.get(id) ?? id).join(' → ') || '—'}
        </span>
      </p>
    </div>
  );
}
