import type { Plan, RecommendationSet } from '@dsc/domain';
import { referencesRecommendations } from '@dsc/roadmap';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { traceability } from './traceability.js';

/**
 * Traceability to recommendations: which recommendation each activity serves, and the published recommendations
 * of the plan's countries that no activity serves. Shown when the plan names recommendations; the set is the one
 * packaged with @dsc/datasets (loaded on demand).
 */
export function TraceabilityView({ plan }: { plan: Plan }) {
  const { t, text } = useI18n();
  const [set, setSet] = useState<RecommendationSet | undefined>(undefined);
  const named = referencesRecommendations(plan);
  useEffect(() => {
    if (named) void import('@dsc/datasets').then((d) => setSet(d.recommendationSet()));
  }, [named]);
  const trace = useMemo(() => (set ? traceability(plan, set) : undefined), [plan, set]);
  if (!named || !trace) return null;
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));
  return (
    <section className="card" aria-labelledby="trace-h">
      <h2 id="trace-h">{t('planner.trace.title')}</h2>
      <p>{t('plan.logframe.summary', { errors: trace.report.errors, warnings: trace.report.warnings })}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('planner.trace.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planner.trace.activity')}</th>
              <th scope="col">{t('planner.trace.recommendations')}</th>
            </tr>
          </thead>
          <tbody>
            {trace.activities.map((a) => (
              <tr key={a.id}>
                <th scope="row">{names.get(a.id) ?? a.id}</th>
                <td>
                  <ul className="plain">
                    {a.recommendations.map((r) =>
                      typeof r === 'string' ? (
                        <li key={r}>
                          <span className="badge badge--error">{t('planner.trace.unknown')}</span> <code>{r}</code>
                        </li>
                      ) : (
                        <li key={r.id}>
                          {text(r.title)}{' '}
                          <span className="muted">
                            {r.level.scope === 'national' ? r.level.country : t('planner.trace.regional')} · {t(`planner.trace.priority.${r.priority}`)}
                          </span>
                        </li>
                      ),
                    )}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('planner.trace.withoutAction')}</h3>
      {trace.withoutAction.length === 0 ? (
        <p className="muted">{t('planner.trace.allServed')}</p>
      ) : (
        <ul className="findings">
          {trace.withoutAction.map((r) => (
            <li key={r.id}>
              <span className="badge badge--warn">{t('plan.severity.warning')}</span> {text(r.title)}{' '}
              <code className="muted">{r.id}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
