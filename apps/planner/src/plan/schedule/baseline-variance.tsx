import type { Plan } from '@dsc/domain';
import { baselineVariance } from '@dsc/roadmap';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

const signed = (n: number, f: (n: number) => string) => (n > 0 ? `+${f(n)}` : f(n));

/** Changed fields against a baseline: start and finish slip in days, cost, with the reason noted. */
export function BaselineVariance({ plan, baselineId }: { plan: Plan; baselineId: string }) {
  const { t, text, fmt } = useI18n();
  const v = useMemo(() => baselineVariance(plan, baselineId), [plan, baselineId]);
  if (!v.ok)
    return <p className="notice notice--error">{t('plan.error.schedule', { code: v.error.code })}</p>;
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));
  const changed = v.value.activities.filter((a) => a.status !== 'unchanged');
  const base = plan.baselines.find((b) => b.id === baselineId);
  return (
    <div className="card table-wrap baseline-variance" tabIndex={0}>
      <table>
        <caption>
          {t('plan.baseline.caption', { name: base?.name ?? baselineId, count: changed.length })}{' '}
          <span className="muted">
            ·{' '}
            {t('plan.baseline.cost', {
              amount: signed(v.value.totalCostVariance, fmt.integer),
              currency: plan.currency,
            })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.name')}</th>
            <th scope="col">{t('plan.baseline.status')}</th>
            <th scope="col" className="num">
              {t('plan.baseline.startVar')}
            </th>
            <th scope="col" className="num">
              {t('plan.baseline.finishVar')}
            </th>
            <th scope="col" className="num">
              {t('plan.baseline.costVar')}
            </th>
            <th scope="col">{t('plan.scenario.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((a) => (
            <tr key={a.id}>
              <th scope="row">{names.get(a.id) ?? a.id}</th>
              <td>{t(`plan.baseline.${a.status}`)}</td>
              <td className="num">{signed(a.startVariance, fmt.integer)}</td>
              <td className="num">{signed(a.finishVariance, fmt.integer)}</td>
              <td className="num">{signed(a.costVariance, fmt.integer)}</td>
              <td>{a.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
