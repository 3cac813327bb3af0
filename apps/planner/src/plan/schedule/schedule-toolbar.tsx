import type { Plan } from '@dsc/domain';
import type { PlanSchedule } from '@dsc/roadmap';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { action } from './actions.js';
import { exportTimeline } from './timeline-export.js';

export interface ScheduleToolbarProps {
  plan: Plan;
  schedule: PlanSchedule | undefined;
  /** The pane holding the timeline's SVG (exported as SVG or PNG). */
  paneRef: RefObject<HTMLDivElement | null>;
  onAdd: () => void;
  /** Sets the plan's status date (an empty value removes it). */
  onStatusDate: (value: string) => void;
}

/** Add an activity (the `add` action) and export the timeline; the keys of the grid are described here. */
export function ScheduleToolbar({ plan, schedule, paneRef, onAdd, onStatusDate }: ScheduleToolbarProps) {
  const { t, text } = useI18n();
  const exportSvg = (format: 'svg' | 'png') => {
    const svg = paneRef.current?.querySelector<SVGSVGElement>('svg.timeline');
    if (!svg || !schedule) return;
    void exportTimeline(
      svg,
      {
        title: text(plan.title),
        subtitle: t('plan.timeline.label', {
          start: schedule.projectStart,
          finish: schedule.projectFinish,
          count: plan.activities.length,
          critical: schedule.criticalPath.length,
        }),
        source: t('plan.export.timelineSource'),
      },
      format,
    );
  };
  return (
    <div className="schedule__bar toolbar">
      <button
        type="button"
        className="button button--small"
        onClick={onAdd}
        aria-keyshortcuts={action('add').shortcut}
      >
        {t('plan.editor.add')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => exportSvg('svg')}
        disabled={!schedule}
      >
        {t('plan.export.timelineSvg')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => exportSvg('png')}
        disabled={!schedule}
      >
        {t('plan.export.timelinePng')}
      </button>
      <label className="schedule__status-date">
        {t('roadmap.progress.statusDate')}{' '}
        <input
          key={plan.statusDate ?? ''}
          type="date"
          defaultValue={plan.statusDate ?? ''}
          onBlur={(e) => {
            if (e.currentTarget.value !== (plan.statusDate ?? '')) onStatusDate(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      </label>
      <p className="muted schedule__keys" id="plan-keys">
        {t('plan.editor.keys')}
      </p>
    </div>
  );
}
