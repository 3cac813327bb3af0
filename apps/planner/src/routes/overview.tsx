import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { scaleQuantize } from 'd3-scale';
import { useMemo } from 'react';
import { BarChart } from '../charts/bar-chart.js';
import { SCORE_CLASSES } from '../charts/palette.js';
import { ChartFigure } from '../components/chart-figure.js';
import { computedNote } from '../components/computed-note.js';
import type { Column } from '../components/data-table.js';
import { DataTable, tableToCsv } from '../components/data-table.js';
import { PresetSelect } from '../components/preset-select.js';
import { DataGate } from '../components/data-gate.js';
import { ViewTabs } from '../components/view-tabs.js';
import { bandOf, cachedIndex } from '../model/index-engine.js';
import type { IndexView } from '../model/index-engine.js';
import { measureValues } from '../model/measures.js';
import type { MeasureValue } from '../model/measures.js';
import { pickPreset, usablePresets } from '../model/presets.js';
import { countryNames, focusCountries, indexObservations, indicatorsWithData, sourceById, sourceLine } from '../model/selectors.js';
import type { AppData } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ChoroplethMap } from '../map/choropleth.js';
import type { MapDatum } from '../map/choropleth.js';

const route = getRouteApi('/');

interface Row extends MeasureValue {
  iso3: string;
  name: string;
  stage: string;
  pillars: (number | null)[];
}

function Overview({ data }: { data: AppData }) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/' });
  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false });

  const names = useMemo(() => countryNames(data, text), [data, text]);
  const collator = useMemo(() => new Intl.Collator(i18n.base), [i18n.base]);
  const units = useMemo(() => focusCountries(names, collator), [names, collator]);
  const presets = useMemo(() => usablePresets(data.presets), [data.presets]);
  const preset = pickPreset(presets, search.preset);
  const outcome = preset ? cachedIndex(preset, data.observations) : undefined;
  const view: IndexView | undefined = outcome?.ok ? outcome.view : undefined;
  const obsIndex = useMemo(() => indexObservations(data.observations), [data.observations]);
  const indicators = useMemo(() => indicatorsWithData(data, obsIndex), [data, obsIndex]);
  const sources = useMemo(() => sourceById(data), [data]);

  const nodeName = (id: string) => {
    const n = view?.nodes.get(id);
    if (id === view?.root) return t('planner.measure.composite');
    return n?.name ? text(n.name) : (data.pillars[id] ? text(data.pillars[id]) : id);
  };
  const measures = [
    ...(view ? [view.root, ...view.pillars].map((id) => ({ id, label: nodeName(id) })) : []),
    ...indicators.map((i) => ({ id: i.code, label: text(i.name) })),
  ];
  const measure = measures.find((m) => m.id === search.measure) ?? measures[0];
  if (!measure) return <p className="notice">{t('planner.state.noData')}</p>;
  const indicator = indicators.find((i) => i.code === measure.id);
  const isScore = view?.nodes.has(measure.id) === true;
  const values = measureValues(measure.id, units, view, indicator, data.observations);
  const bands = view?.spec.bands;

  const rows: Row[] = units.map((iso3) => {
    const v = values.get(iso3) ?? { value: null, year: null, rank: null, userData: false };
    const band = isScore && measure.id === view?.root ? bandOf(bands, v.value) : undefined;
    return {
      iso3,
      name: names[iso3] ?? iso3,
      ...v,
      stage: band ? text(band.name) : '',
      pillars: view && measure.id === view.root ? view.pillars.map((p) => view.score(iso3, p)) : [],
    };
  });
  const observed = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const scoreMax = Math.max(...observed) <= 1 ? 1 : 100;
  const domain: [number, number] = isScore ? [0, scoreMax] : [Math.min(...observed), Math.max(...observed)];
  const scale = scaleQuantize<string>().domain(domain[0] === domain[1] ? [domain[0], domain[0] + 1] : domain).range([...SCORE_CLASSES]);
  const valueText = (r: Row) => (r.value === null ? t('planner.state.noData') : fmt.number(r.value, isScore ? 1 : 2));
  const mapValues: Record<string, MapDatum> = {};
  for (const r of rows)
    mapValues[r.iso3] = {
      fill: r.value === null ? undefined : scale(r.value),
      value: r.value === null ? undefined : fmt.number(r.value, isScore ? 1 : 2),
      label: `${r.name}: ${valueText(r)}${!isScore && r.year !== null ? ` (${r.year})` : ''}`,
    };
  const legend = SCORE_CLASSES.map((c) => {
    const [a, b] = scale.invertExtent(c);
    return { colour: c, label: `${fmt.number(a ?? 0, 1)}–${fmt.number(b ?? 0, 1)}` };
  });

  const columns: Column<Row>[] = [
    {
      key: 'country',
      header: t('planner.col.country'),
      value: (r) => r.name,
      rowHeader: true,
      render: (r) => (
        <Link to="/country/$iso3" params={{ iso3: r.iso3 }} search={{ preset: search.preset }}>
          {r.name}
        </Link>
      ),
    },
    {
      key: 'value',
      header: isScore ? t('planner.col.score') : t('planner.col.value'),
      numeric: true,
      value: (r) => r.value,
      render: (r) => (
        <>
          {valueText(r)}
          {r.userData && (
            <>
              {' '}
              <span className="badge badge--user">{t('planner.origin.user')}</span>
            </>
          )}
        </>
      ),
    },
    ...(!isScore ? [{ key: 'year', header: t('planner.col.year'), numeric: true, value: (r: Row) => r.year }] : []),
    { key: 'rank', header: t('planner.col.rank'), numeric: true, value: (r) => r.rank },
    ...(bands?.length && measure.id === view?.root ? [{ key: 'stage', header: t('planner.col.stage'), value: (r: Row) => r.stage }] : []),
    ...(view && measure.id === view.root
      ? view.pillars.map((p, k) => ({
          key: p,
          header: nodeName(p),
          numeric: true,
          value: (r: Row) => r.pillars[k] ?? null,
          render: (r: Row) => {
            const v = r.pillars[k];
            return v === null || v === undefined ? '—' : fmt.number(v, 1);
          },
        }))
      : []),
  ];
  const sorted = [...rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || collator.compare(a.name, b.name));
  const presetName = preset ? text(preset.name) : '';
  const title = measure.label;
  const subtitle = isScore
    ? t('planner.overview.scoreCaption', { year: view?.year ?? 0, preset: presetName })
    : `${indicator?.unit ?? ''} · ${t('planner.overview.latestValue')}`;
  const sourceText = isScore
    ? (view ? computedNote(i18n, view, names) : t('planner.overview.computedNote', { preset: presetName }))
    : sourceLine(
        data.observations.filter((o) => o.indicator === measure.id).map((o) => o.source),
        sources,
        (source, licence) => t('planner.indicators.sourceLine', { source, licence }),
      );
  const tab = search.tab ?? 'map';
  // Full data: every node of the index (scores and ranks) per country, or every observation of the indicator.
  const fullCsv = view && isScore
    ? {
        header: [t('planner.col.country'), 'iso3', ...[view.root, ...view.pillars, ...view.indicators].flatMap((n) => [n, `${n} ${t('planner.col.rank')}`])],
        rows: units.map((u) => [
          names[u] ?? u,
          u,
          ...[view.root, ...view.pillars, ...view.indicators].flatMap((n) => [view.score(u, n), view.rank(u, n)]),
        ]),
      }
    : {
        header: ['iso3', t('planner.col.country'), t('planner.col.year'), t('planner.col.value'), t('planner.col.unit'), t('planner.col.status'), t('planner.col.source'), t('planner.col.origin')],
        rows: data.observations
          .filter((o) => o.indicator === measure.id)
          .map((o) => [o.iso3, names[o.iso3] ?? o.iso3, o.year, o.value, o.unit, o.status, sources.get(o.source)?.title ?? o.source, o.userData ? t('planner.origin.user') : t('planner.origin.embedded')]),
      };

  return (
    <>
      <p className="lead" style={{ marginBottom: '1rem' }}>
        {preset ? t('planner.overview.intro', { preset: presetName }) : t('planner.overview.introRaw')}
      </p>
      {!preset && <p className="notice notice--warn">{t('planner.overview.noPresets')}</p>}
      {outcome && !outcome.ok && (
        <p className="notice notice--error">
          {t('planner.overview.engineError', { code: outcome.reason === 'engine' ? outcome.error.code : outcome.reason })}
        </p>
      )}
      <div className="toolbar">
        {presets.length > 0 && (
          <PresetSelect presets={presets} value={preset?.id} onChange={(id) => set({ preset: id, measure: undefined })} />
        )}
        <label className="field">
          {t('planner.control.measure')}
          <select value={measure.id} onChange={(e) => set({ measure: e.target.value })}>
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <ViewTabs
          tabs={[
            { id: 'map', label: t('planner.view.map') },
            { id: 'chart', label: t('planner.view.chart') },
            { id: 'table', label: t('planner.view.table') },
          ]}
          current={search.tab}
          fallback="map"
        />
      </div>
      <div className={bands?.length ? 'grid grid--main' : 'grid'}>
        <ChartFigure
          id="overview"
          title={title}
          subtitle={subtitle}
          source={sourceText}
          disclaimer={tab === 'map' ? `${t('planner.map.disclaimer')} ${t('planner.map.attribution')}` : undefined}
          overlayOpen={search.overlay === 'download'}
          onOverlayChange={(open) => set({ overlay: open ? 'download' : undefined })}
          chart={
            tab === 'map' ? (
              <>
                <ChoroplethMap values={mapValues} names={names} label={t('planner.map.label', { measure: title })} />
                <ul className="legend" aria-label={t('planner.map.legend')}>
                  {legend.map((l) => (
                    <li key={l.colour}>
                      <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
                      {l.label}
                    </li>
                  ))}
                  <li>
                    <span className="swatch" style={{ background: '#f0f0f0' }} aria-hidden="true" />
                    {t('planner.map.noScore')}
                  </li>
                </ul>
              </>
            ) : tab === 'chart' ? (
              <BarChart
                label={title}
                series={[{ key: 'v', label: title }]}
                rows={sorted.map((r) => ({ key: r.iso3, label: r.name, values: [r.value] }))}
                {...(isScore ? { max: scoreMax } : {})}
              />
            ) : undefined
          }
          table={<DataTable caption={title} columns={columns} rows={sorted} rowKey={(r) => r.iso3} captionHidden />}
          shown={tableToCsv(columns, sorted)}
          full={fullCsv}
          metadata={
            view && isScore
              ? {
                  methodology: { id: view.spec.id, version: view.spec.version, name: view.spec.name, notes: view.spec.notes },
                  referenceYear: view.year,
                  lookBackFrom: view.cross.from,
                  contentHash: view.result.contentHash,
                  sources: [...new Set([...view.cross.cells.values()].map((c) => c.source))].map((id) => sources.get(id) ?? { id }),
                  userData: [...view.cross.cells.values()].some((c) => c.userData),
                }
              : indicator && {
                  indicator: { code: indicator.code, name: indicator.name, unit: indicator.unit, direction: indicator.direction },
                  sources: [...new Set(data.observations.filter((o) => o.indicator === indicator.code).map((o) => o.source))].map((id) => sources.get(id) ?? { id }),
                }
          }
        />
        {bands?.length ? (
          <section className="card" aria-labelledby="stages-title">
            <h2 id="stages-title">{t('planner.overview.stagesTitle')}</h2>
            <ul className="stage-list">
              {[...bands].reverse().map((b) => {
                const members = rows.filter((r) => view && bandOf(bands, view.score(r.iso3, view.root))?.id === b.id);
                return (
                  <li key={b.id}>
                    <span className="badge">{text(b.name)}</span>
                    <span>
                      {members.length
                        ? members.map((m, k) => (
                            <span key={m.iso3}>
                              {k > 0 && ', '}
                              <Link to="/country/$iso3" params={{ iso3: m.iso3 }}>
                                {m.name}
                              </Link>
                            </span>
                          ))
                        : '—'}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="source-line">{t('planner.overview.stagesNote')}</p>
          </section>
        ) : null}
      </div>
    </>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.overview.title')}</h1>
      </div>
      <DataGate>{(data) => <Overview data={data} />}</DataGate>
    </section>
  );
}
