import type { Kpi, Plan } from '@dsc/domain';
import { baselineFromObservations } from '@dsc/roadmap';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { LineChart } from '../../charts/line-chart.js';
import type { LineSeries } from '../../charts/line-chart.js';
import { DataGate } from '../../components/data-gate.js';
import type { AppData } from '../../model/types.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CommandResult, Run } from '../common/command.js';


const updateKpi = (plan: Plan, id: string, f: (k: Kpi) => Kpi): CommandResult => ({
  ok: true,
  value: { ...plan, kpis: plan.kpis.map((k) => (k.id === id ? f(k) : k)) },
});

const yearOf = (period: string): number | undefined => {
  const m = /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : undefined;
};

function KpiCard({ kpi, plan, data, run }: { kpi: Kpi; plan: Plan; data: AppData; run: Run }) {
  const { t, text, fmt } = useI18n();
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const iso3 = kpi.country ?? (plan.countries.length === 1 ? plan.countries[0] : undefined);
  const fromData =
    kpi.indicator !== undefined && iso3 !== undefined
      ? baselineFromObservations(data.observations, kpi.indicator, iso3)
      : undefined;
  const indicator =
    kpi.indicator !== undefined ? data.indicators.find((i) => i.code === kpi.indicator) : undefined;
  const anchors = [
    ...(kpi.baseline ? [{ year: kpi.baseline.year, value: kpi.baseline.value }] : []),
    ...kpi.targets.flatMap((x) => {
      const y = yearOf(x.period);
      return y === undefined ? [] : [{ year: y, value: x.value }];
    }),
  ].sort((a, b) => a.year - b.year);
  // The planned path: straight lines from the baseline through each target (a planning convention, drawn as such).
  const points = anchors.flatMap((p, i) => {
    const next = anchors[i + 1];
    if (!next || next.year <= p.year) return [p];
    const out = [];
    for (let y = p.year; y < next.year; y++)
      out.push({ year: y, value: p.value + ((next.value - p.value) * (y - p.year)) / (next.year - p.year) });
    return out;
  });
  const actual = kpi.actuals.flatMap((x) => {
    const y = yearOf(x.period);
    return y === undefined ? [] : [{ year: y, value: x.value }];
  });
  const observed =
    kpi.indicator !== undefined && iso3 !== undefined
      ? data.observations
          .filter((o) => o.indicator === kpi.indicator && o.iso3 === iso3)
          .map((o) => ({ year: o.year, value: o.value }))
      : [];
  const series: LineSeries[] = [
    { key: 'target', label: t('plan.kpi.trajectory'), points },
    ...(observed.length > 0 ? [{ key: 'observed', label: t('plan.kpi.observed'), points: observed }] : []),
    ...(actual.length > 0 ? [{ key: 'actual', label: t('plan.kpi.actual'), points: actual }] : []),
  ];
  const years = [...points, ...observed, ...actual]
    .map((p) => p.year)
    .filter((y) => y >= (anchors[0]?.year ?? 0) - 10);
  const addTarget = (e: FormEvent) => {
    e.preventDefault();
    const v = Number(value);
    if (!period.trim() || !Number.isFinite(v)) return;
    run(t('plan.cmd.target'), (p) =>
      updateKpi(p, kpi.id, (k) => ({
        ...k,
        targets: [
          ...k.targets.filter((x) => x.period !== period.trim()),
          { period: period.trim(), value: v },
        ].sort((a, b) => a.period.localeCompare(b.period)),
      })),
    );
    setPeriod('');
    setValue('');
  };
  return (
    <article className="card kpi" aria-labelledby={`kpi-${kpi.id}`}>
      <h3 id={`kpi-${kpi.id}`}>{text(kpi.name)}</h3>
      <dl className="kpi__facts">
        <dt>{t('plan.kpi.indicator')}</dt>
        <dd>
          {indicator
            ? `${text(indicator.name)} (${kpi.indicator})`
            : (kpi.indicator ?? t('plan.kpi.unbound'))}
        </dd>
        <dt>{t('plan.kpi.baseline')}</dt>
        <dd>
          {kpi.baseline
            ? t('plan.kpi.baselineShort', {
                value: fmt.number(kpi.baseline.value, 2),
                year: kpi.baseline.year,
              })
            : t('plan.kpi.noBaseline')}
          {kpi.baseline?.source !== undefined && <span className="muted"> · {kpi.baseline.source}</span>}
        </dd>
      </dl>
      {fromData && (kpi.baseline?.value !== fromData.value || kpi.baseline.year !== fromData.year) && (
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              run(t('plan.cmd.baselineFromData'), (p) =>
                updateKpi(p, kpi.id, (k) => ({ ...k, baseline: fromData })),
              )
            }
          >
            {t('plan.kpi.useData', { value: fmt.number(fromData.value, 2), year: fromData.year })}
          </button>
        </p>
      )}
      {years.length > 0 && (
        <LineChart
          series={series}
          years={[Math.min(...years), Math.max(...years)]}
          label={t('plan.kpi.chartLabel', { name: text(kpi.name) })}
          width={440}
          height={220}
        />
      )}
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('plan.kpi.targets')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.kpi.period')}</th>
              <th scope="col" className="num">
                {t('plan.kpi.target')}
              </th>
              <th scope="col" className="num">
                {t('plan.kpi.actual')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kpi.targets.map((x) => (
              <tr key={x.period}>
                <th scope="row">{x.period}</th>
                <td className="num">{fmt.number(x.value, 2)}</td>
                <td className="num">
                  {(() => {
                    const a = kpi.actuals.find((y) => y.period === x.period);
                    return a ? fmt.number(a.value, 2) : '—';
                  })()}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="toolbar" onSubmit={addTarget}>
        <label className="field">
          <span>{t('plan.kpi.period')}</span>
          <input value={period} onChange={(e) => setPeriod(e.target.value)} size={8} />
        </label>
        <label className="field">
          <span>{t('plan.kpi.target')}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" size={8} />
        </label>
        <button type="submit" className="button button--small">
          {t('plan.kpi.setTarget')}
        </button>
      </form>
    </article>
  );
}

/** KPIs bound to indicators: baseline from the observations, targets per period, trajectory chart. */
export function KpiView({ plan, run }: { plan: Plan; run: Run }) {
  const { t } = useI18n();
  if (plan.kpis.length === 0) return <p className="muted">{t('plan.kpi.none')}</p>;
  return (
    <DataGate>
      {(data) => (
        <div className="grid grid--2">
          {plan.kpis.map((k) => (
            <KpiCard key={k.id} kpi={k} plan={plan} data={data} run={run} />
          ))}
        </div>
      )}
    </DataGate>
  );
}
