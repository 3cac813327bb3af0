import type { Plan, Scenario } from '@dsc/domain';
import { compareScenarios, promoteScenario } from '@dsc/roadmap';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Run } from '../common/command.js';


const scenarioId = (plan: Plan): string => {
  let n = plan.scenarios.length + 1;
  while (plan.scenarios.some((s) => s.id === `sc-${n}`)) n++;
  return `sc-${n}`;
};

/** Named overlays compared side by side on end date, critical path, cost, funding gap, KPI trajectory and risks. */
export function ScenarioView({ plan, run }: { plan: Plan; run: Run }) {
  const { t, text, fmt } = useI18n();
  const ids = useMemo(() => ['base', ...plan.scenarios.map((s) => s.id)], [plan]);
  const metrics = useMemo(() => compareScenarios(plan, ids), [plan, ids]);
  const [name, setName] = useState('');
  const [activity, setActivity] = useState(plan.activities[0]?.id ?? '');
  const [duration, setDuration] = useState('');
  const [costFactor, setCostFactor] = useState('');
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState<string>(plan.scenarios[0]?.id ?? '');
  const names = new Map(plan.activities.map((a) => [a.id, text(a.name)]));

  const create = (e: FormEvent) => {
    e.preventDefault();
    const patch: Scenario['patch'] = [];
    const i = plan.activities.findIndex((a) => a.id === activity);
    const d = Number(duration);
    if (i >= 0 && duration.trim() !== '' && Number.isInteger(d) && d >= 0)
      patch.push({ op: 'replace', path: `/activities/${i}/duration`, value: d });
    const f = Number(costFactor);
    if (costFactor.trim() !== '' && Number.isFinite(f) && f > 0)
      plan.budget.forEach((b, k) =>
        patch.push({
          op: 'replace',
          path: `/budget/${k}/money/amount`,
          value: Math.round(b.money.amount * f),
        }),
      );
    const label = name.trim() || t('plan.scenario.untitled', { n: plan.scenarios.length + 1 });
    run(t('plan.cmd.scenario'), (p) => ({
      ok: true,
      value: { ...p, scenarios: [...p.scenarios, { id: scenarioId(p), name: { en: label }, patch }] },
    }));
    setName('');
    setDuration('');
    setCostFactor('');
  };

  const promote = (e: FormEvent) => {
    e.preventDefault();
    if (!target || !reason.trim()) return;
    const today = new Date().toISOString().slice(0, 10);
    const s = plan.scenarios.find((x) => x.id === target);
    run(t('plan.cmd.promote'), (p) => {
      const r = promoteScenario(p, target, {
        id: `bl-${target}-${p.baselines.length + 1}`,
        name: t('plan.scenario.promotedName', { name: s ? text(s.name) : target, date: today }),
        capturedAt: today,
        reason: reason.trim(),
      });
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, error: { code: 'schedule', error: r.error as never } };
    });
    setReason('');
  };

  const remove = (id: string) =>
    run(t('plan.cmd.deleteScenario'), (p) => ({
      ok: true,
      value: { ...p, scenarios: p.scenarios.filter((s) => s.id !== id) },
    }));

  const label = (id: string) =>
    id === 'base' ? t('plan.scenario.base') : text(plan.scenarios.find((s) => s.id === id)?.name) || id;

  return (
    <div className="scenarios">
      {metrics.ok ? (
        <div className="card table-wrap" tabIndex={0}>
          <table className="compare">
            <caption>{t('plan.scenario.compare', { count: ids.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.scenario.metric')}</th>
                {metrics.value.map((m) => (
                  <th key={m.scenario} scope="col">
                    {label(m.scenario)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('plan.scenario.finish')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario}>{m.finish}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.scenario.duration')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="num">
                    {t('plan.editor.days', { count: m.projectDuration })}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.editor.criticalPath')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="compare__path">
                    {t('plan.scenario.criticalCount', { count: m.criticalPath.length })}
                    <span className="muted">
                      {' '}
                      {m.criticalPath
                        .map((id) => names.get(id) ?? id)
                        .slice(0, 6)
                        .join(' → ')}
                    </span>
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.scenario.cost', { currency: plan.currency })}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="num">
                    {fmt.integer(m.totalCost)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.budget.secured')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="num">
                    {fmt.integer(m.secured)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.budget.gap')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="num">
                    {fmt.integer(m.fundingGap)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.scenario.kpi')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario}>
                    {Object.entries(m.kpiTrajectory)
                      .map(([k, pts]) => {
                        const last = pts[pts.length - 1];
                        const kpi = plan.kpis.find((x) => x.id === k);
                        return last
                          ? `${kpi ? text(kpi.name) : k}: ${fmt.number(last.value, 2)} (${last.period})`
                          : '';
                      })
                      .filter(Boolean)
                      .join('; ') || '—'}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('plan.scenario.risks')}</th>
                {metrics.value.map((m) => (
                  <td key={m.scenario} className="num">
                    {t('plan.scenario.riskCounts', { count: m.riskCount, high: m.highRiskCount })}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice notice--error">{t('plan.error.schedule', { code: metrics.error.code })}</p>
      )}
      <div className="grid grid--2">
        <form className="card" onSubmit={create} aria-labelledby="sc-new-h">
          <h2 id="sc-new-h">{t('plan.scenario.create')}</h2>
          <p className="muted">{t('plan.scenario.createHint')}</p>
          <div className="toolbar">
            <label className="field">
              <span>{t('plan.scenario.name')}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('plan.col.name')}</span>
              <select value={activity} onChange={(e) => setActivity(e.target.value)}>
                {plan.activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {text(a.name)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('plan.scenario.newDuration')}</span>
              <input
                value={duration}
                onChange={(e) => setDuration(e.target.value)}
                inputMode="numeric"
                size={6}
              />
            </label>
            <label className="field">
              <span>{t('plan.scenario.costFactor')}</span>
              <input
                value={costFactor}
                onChange={(e) => setCostFactor(e.target.value)}
                inputMode="decimal"
                size={6}
              />
            </label>
            <button type="submit" className="button button--primary">
              {t('plan.scenario.add')}
            </button>
          </div>
        </form>
        <form className="card" onSubmit={promote} aria-labelledby="sc-promote-h">
          <h2 id="sc-promote-h">{t('plan.scenario.promote')}</h2>
          <div className="toolbar">
            <label className="field">
              <span>{t('plan.editor.scenario')}</span>
              <select value={target} onChange={(e) => setTarget(e.target.value)}>
                {plan.scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {text(s.name)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('plan.scenario.reason')}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} required />
            </label>
            <button type="submit" className="button" disabled={plan.scenarios.length === 0}>
              {t('plan.scenario.promoteButton')}
            </button>
          </div>
          {plan.baselines.length > 0 && (
            <ul className="plain">
              {plan.baselines.map((b) => (
                <li key={b.id}>
                  {b.name} <span className="muted">· {b.capturedAt}</span>
                </li>
              ))}
            </ul>
          )}
        </form>
      </div>
      {plan.scenarios.length > 0 && (
        <div className="card">
          <h2>{t('plan.scenario.list')}</h2>
          <ul className="plain">
            {plan.scenarios.map((s) => (
              <li key={s.id}>
                {text(s.name)}{' '}
                <span className="muted">· {t('plan.scenario.changes', { count: s.patch.length })}</span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => remove(s.id)}
                  aria-label={t('plan.scenario.deleteOne', { name: text(s.name) })}
                >
                  {t('plan.list.delete')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
