import type { Plan } from '@dsc/domain';
import { captureBaseline } from '@dsc/roadmap';
import { useI18n } from '../../i18n/i18n-context.js';
import type { PlanSearch, Zoom } from '../common/search.js';
import { zooms } from '../common/search.js';
import { runCommand } from '../store/run-command.js';

export interface ScheduleOptionsProps {
  plan: Plan;
  zoom: Zoom;
  scenario: string | undefined;
  baseline: string | undefined;
  onSearch: (patch: Partial<PlanSearch>) => void;
}

/** Timeline scale, scenario and baseline overlay of the schedule (kept in the URL), and "Save baseline". */
export function ScheduleOptions({ plan, zoom, scenario, baseline, onSearch }: ScheduleOptionsProps) {
  const { t, text } = useI18n();
  const saveBaseline = () => {
    const n = plan.baselines.length + 1;
    const today = new Date().toISOString().slice(0, 10);
    const b = captureBaseline(plan, {
      id: `bl-${n}-${today}`,
      name: t('plan.editor.baselineName', { n, date: today }),
      capturedAt: today,
    });
    if (b.ok) {
      runCommand(t('plan.cmd.baseline'), (p) => ({
        ok: true,
        value: { ...p, baselines: [...p.baselines, b.value] },
      }));
      onSearch({ baseline: b.value.id });
    }
  };

  return (
    <div className="toolbar plan-options no-print">
      <label className="field">
        <span>{t('plan.editor.zoom')}</span>
        <select
          value={zoom}
          onChange={(e) =>
            onSearch({ zoom: e.target.value === 'month' ? undefined : (e.target.value as Zoom) })
          }
        >
          {zooms.map((z) => (
            <option key={z} value={z}>
              {t(`plan.zoom.${z}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('plan.editor.scenario')}</span>
        <select value={scenario ?? ''} onChange={(e) => onSearch({ scenario: e.target.value || undefined })}>
          <option value="">{t('plan.scenario.base')}</option>
          {plan.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {text(s.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('plan.editor.baseline')}</span>
        <select value={baseline ?? ''} onChange={(e) => onSearch({ baseline: e.target.value || undefined })}>
          <option value="">{t('plan.editor.noBaseline')}</option>
          {plan.baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" onClick={saveBaseline}>
        {t('plan.editor.saveBaseline')}
      </button>
    </div>
  );
}
