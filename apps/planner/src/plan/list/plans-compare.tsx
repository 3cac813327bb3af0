import type { Plan } from '@dsc/domain';
import { planMetrics } from '@dsc/roadmap';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

/** Several stored plans side by side on the same metrics as scenarios. */
export function PlansCompare({ plans }: { plans: readonly Plan[] }) {
  const { t, text, fmt } = useI18n();
  const rows = useMemo(() => plans.map((p) => ({ plan: p, m: planMetrics(p) })), [plans]);
  if (plans.length < 2) return <p className="muted">{t('plan.list.compareHint')}</p>;
  const cell = (
    r: (typeof rows)[number],
    f: (m: Extract<(typeof rows)[number]['m'], { ok: true }>['value']) => string,
  ) => (r.m.ok ? f(r.m.value) : t('plan.error.schedule', { code: r.m.error.code }));
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="compare">
        <caption>{t('plan.list.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.scenario.metric')}</th>
            {rows.map((r) => (
              <th key={r.plan.id} scope="col">
                {text(r.plan.title)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('plan.list.start')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{r.plan.start}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.scenario.finish')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{cell(r, (m) => m.finish)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.scenario.duration')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{cell(r, (m) => t('plan.editor.days', { count: m.projectDuration }))}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.list.activities')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{fmt.integer(r.plan.activities.length)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.editor.criticalPath')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>
                {cell(r, (m) => t('plan.scenario.criticalCount', { count: m.criticalPath.length }))}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.budget.total')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{cell(r, (m) => `${fmt.integer(m.totalCost)} ${r.plan.currency}`)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.budget.gap')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>{cell(r, (m) => `${fmt.integer(m.fundingGap)} ${r.plan.currency}`)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('plan.scenario.risks')}</th>
            {rows.map((r) => (
              <td key={r.plan.id}>
                {cell(r, (m) => t('plan.scenario.riskCounts', { count: m.riskCount, high: m.highRiskCount }))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
