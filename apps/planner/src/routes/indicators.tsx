import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { LineChart } from '../charts/line-chart.js';
import type { LineSeries } from '../charts/line-chart.js';
import { ChartFigure } from '../components/chart-figure.js';
import { CountryChecklist } from '../components/country-checklist.js';
import type { Column } from '../components/data-table.js';
import { DataTable, tableToCsv } from '../components/data-table.js';
import { DataGate } from '../components/data-gate.js';
import { ViewTabs } from '../components/view-tabs.js';
import { countryNames, focusCountries, indexObservations, indicatorsWithData, sourceById, sourceLine } from '../model/selectors.js';
import type { AppData, AppObservation } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatIsoList, parseIsoList, parseYearRange } from './search.js';

const route = getRouteApi('/indicators');

function Explorer({ data }: { data: AppData }) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/indicators' });
  const names = useMemo(() => countryNames(data, text), [data, text]);
  const collator = useMemo(() => new Intl.Collator(i18n.base), [i18n.base]);
  const all = useMemo(() => focusCountries(names, collator), [names, collator]);
  const index = useMemo(() => indexObservations(data.observations), [data.observations]);
  const indicators = useMemo(() => indicatorsWithData(data, index), [data, index]);
  const sources = useMemo(() => sourceById(data), [data]);

  const indicator = indicators.find((i) => i.code === search.ind) ?? indicators[0];
  const chosen = search.countries ? parseIsoList(search.countries).filter((c) => all.includes(c)) : all;
  const byArea = indicator ? index.get(indicator.code) : undefined;
  const rows: AppObservation[] = chosen.flatMap((c) => byArea?.get(c) ?? []);
  const yearsAll = rows.map((r) => r.year);
  const dataRange: [number, number] = yearsAll.length ? [Math.min(...yearsAll), Math.max(...yearsAll)] : [2000, 2024];
  const range = parseYearRange(search.time) ?? dataRange;
  const shown = rows.filter((r) => r.year >= range[0] && r.year <= range[1]);

  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false });

  if (!indicator) return <p className="notice">{t('planner.state.noData')}</p>;
  const series: LineSeries[] = chosen.map((c) => ({
    key: c,
    label: names[c] ?? c,
    points: (byArea?.get(c) ?? []).map((o) => ({ year: o.year, value: o.value, flagged: o.status !== 'A' })),
  }));
  const name = text(indicator.name);
  const srcLine = sourceLine(
    shown.map((r) => r.source),
    sources,
    (source, licence) => t('planner.indicators.sourceLine', { source, licence }),
  );

  const columns: Column<AppObservation>[] = [
    { key: 'country', header: t('planner.col.country'), value: (r) => names[r.iso3] ?? r.iso3, rowHeader: true },
    { key: 'year', header: t('planner.col.year'), value: (r) => r.year, numeric: true },
    { key: 'value', header: t('planner.col.value'), value: (r) => r.value, render: (r) => fmt.number(r.value, 2), numeric: true },
    { key: 'unit', header: t('planner.col.unit'), value: (r) => r.unit },
    { key: 'status', header: t('planner.col.status'), value: (r) => r.status },
    {
      key: 'source',
      header: t('planner.col.source'),
      value: (r) => sources.get(r.source)?.title ?? r.source,
      render: (r) => (
        <>
          {sources.get(r.source)?.title ?? r.source}
          {r.userData && (
            <>
              {' '}
              <span className="badge badge--user">{t('planner.origin.user')}</span>
            </>
          )}
        </>
      ),
    },
    { key: 'licence', header: t('planner.col.licence'), value: (r) => sources.get(r.source)?.licence ?? '' },
  ];
  const fullRows = data.observations.filter((o) => o.indicator === indicator.code);
  const years: number[] = [];
  for (let y = dataRange[0]; y <= dataRange[1]; y++) years.push(y);

  return (
    <>
      <div className="toolbar card" style={{ padding: '1rem' }}>
        <label className="field">
          {t('planner.control.indicator')}
          <select value={indicator.code} onChange={(e) => set({ ind: e.target.value, time: undefined })}>
            {indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {text(i.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('planner.control.from')}
          <select
            value={range[0]}
            onChange={(e) => set({ time: `${e.target.value}..${Math.max(Number(e.target.value), range[1])}` })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('planner.control.to')}
          <select
            value={range[1]}
            onChange={(e) => set({ time: `${Math.min(Number(e.target.value), range[0])}..${e.target.value}` })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <CountryChecklist
          legend={t('planner.control.countries')}
          countries={all}
          names={names}
          chosen={chosen}
          onChange={(next) => set({ countries: next.length === all.length ? undefined : formatIsoList(next) })}
        />
        <ViewTabs
          tabs={[
            { id: 'chart', label: t('planner.view.chart') },
            { id: 'table', label: t('planner.view.table') },
          ]}
          current={search.tab}
          fallback="chart"
        />
      </div>
      {indicator.description && <p className="lead">{text(indicator.description)}</p>}
      <ChartFigure
        id="indicator"
        title={name}
        subtitle={`${indicator.unit}, ${range[0]}–${range[1]}`}
        source={srcLine}
        overlayOpen={search.overlay === 'download'}
        onOverlayChange={(open) => set({ overlay: open ? 'download' : undefined })}
        chart={
          search.tab === 'table' ? undefined : (
            <LineChart series={series} years={range} label={t('planner.indicators.caption', { indicator: name, unit: indicator.unit })} />
          )
        }
        table={<DataTable caption={name} columns={columns} rows={shown} rowKey={(r) => `${r.iso3}-${r.year}-${r.datasetId ?? ''}`} captionHidden />}
        shown={tableToCsv(columns, shown)}
        full={tableToCsv(columns, fullRows)}
        metadata={{
          indicator: {
            code: indicator.code,
            name: indicator.name,
            description: indicator.description,
            unit: indicator.unit,
            direction: indicator.direction,
            sdgCode: indicator.sdgCode,
            ituCode: indicator.ituCode,
            caveats: indicator.caveats,
          },
          sources: [...new Set(fullRows.map((r) => r.source))].map((id) => sources.get(id) ?? { id }),
          statusCodes: 'SDMX CL_OBS_STATUS: A normal, B break, E estimated, F forecast, I imputed, M missing, P provisional, U low reliability',
          countries: chosen,
          years: range,
        }}
      />
      <p className="source-line">{t('planner.indicators.gapNote')}</p>
      <p className="source-line">{t('planner.indicators.statusNote')}</p>
      {indicator.caveats && <p className="source-line">{indicator.caveats}</p>}
    </>
  );
}

export function IndicatorsPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.indicators.title')}</h1>
        <p className="lead">{t('planner.indicators.intro')}</p>
      </div>
      <DataGate>{(data) => <Explorer data={data} />}</DataGate>
    </section>
  );
}
