import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { BarChart } from '../charts/bar-chart.js';
import { RadarChart } from '../charts/radar-chart.js';
import { ChartFigure } from '../components/chart-figure.js';
import { computedNote } from '../components/computed-note.js';
import { CountryChecklist } from '../components/country-checklist.js';
import type { Column } from '../components/data-table.js';
import { DataTable, tableToCsv } from '../components/data-table.js';
import { DataGate } from '../components/data-gate.js';
import { PolicyCompareTable } from '../components/policy-compare.js';
import { PresetSelect } from '../components/preset-select.js';
import { ViewTabs } from '../components/view-tabs.js';
import { bandOf, cachedIndex } from '../model/index-engine.js';
import { pickPreset, usablePresets } from '../model/presets.js';
import { countryNames, focusCountries } from '../model/selectors.js';
import type { AppData } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatIsoList, parseIsoList } from './search.js';

const route = getRouteApi('/compare');

interface Row {
  iso3: string;
  name: string;
  scores: (number | null)[];
  rank: number | null;
  stage: string;
}

function Compare({ data }: { data: AppData }) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/compare' });
  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false });
  const names = useMemo(() => countryNames(data, text), [data, text]);
  const all = useMemo(() => focusCountries(names, new Intl.Collator(i18n.base)), [names, i18n.base]);
  const chosen = search.countries ? parseIsoList(search.countries).filter((c) => all.includes(c)) : all;
  const presets = usablePresets(data.presets);
  const preset = pickPreset(presets, search.preset);
  const outcome = preset ? cachedIndex(preset, data.observations) : undefined;
  const view = outcome?.ok ? outcome.view : undefined;
  const policy = data.policyRubric && chosen.length > 0 && (
    <PolicyCompareTable rubric={data.policyRubric} assessments={data.policyAssessments} countries={chosen} names={names} />
  );

  const controls = (
    <div className="toolbar">
      {presets.length > 0 && preset && (
        <PresetSelect presets={presets} value={preset.id} onChange={(id) => set({ preset: id })} />
      )}
      <CountryChecklist
        legend={t('planner.control.countries')}
        countries={all}
        names={names}
        chosen={chosen}
        onChange={(next) => set({ countries: next.length === all.length ? undefined : formatIsoList(next) })}
      />
      <ViewTabs
        tabs={[
          { id: 'table', label: t('planner.view.table') },
          { id: 'bars', label: t('planner.view.bars') },
          { id: 'radar', label: t('planner.view.radar') },
        ]}
        current={search.tab}
        fallback="table"
      />
    </div>
  );
  if (!view)
    return (
      <>
        {controls}
        <p className="notice notice--warn">{t('planner.overview.noPresets')}</p>
        {policy}
      </>
    );

  const nodes = [view.root, ...view.pillars];
  const nodeName = (id: string) => {
    if (id === view.root) return t('planner.measure.composite');
    const n = view.nodes.get(id);
    return n?.name ? text(n.name) : data.pillars[id] ? text(data.pillars[id]) : id;
  };
  const rows: Row[] = chosen.map((iso3) => {
    const score = view.score(iso3, view.root);
    const band = bandOf(view.spec.bands, score);
    return {
      iso3,
      name: names[iso3] ?? iso3,
      scores: nodes.map((n) => view.score(iso3, n)),
      rank: view.rank(iso3, view.root),
      stage: band ? text(band.name) : '',
    };
  });
  const columns: Column<Row>[] = [
    {
      key: 'country',
      header: t('planner.col.country'),
      value: (r) => r.name,
      rowHeader: true,
      render: (r) => (
        <Link to="/country/$iso3" params={{ iso3: r.iso3 }}>
          {r.name}
        </Link>
      ),
    },
    ...nodes.map((n, k) => ({
      key: n,
      header: nodeName(n),
      numeric: true,
      value: (r: Row) => r.scores[k] ?? null,
      render: (r: Row) => {
        const v = r.scores[k];
        return v === null || v === undefined ? '—' : fmt.number(v, 1);
      },
    })),
    { key: 'rank', header: t('planner.col.rank'), numeric: true, value: (r) => r.rank },
    ...(view.spec.bands?.length ? [{ key: 'stage', header: t('planner.col.stage'), value: (r: Row) => r.stage }] : []),
  ];
  const title = t('planner.compare.title');
  const max = Math.max(...rows.flatMap((r) => r.scores).filter((v): v is number => v !== null)) <= 1 ? 1 : 100;
  const tab = search.tab ?? 'table';
  // A radar needs a value on every axis: pillars without a score for every chosen country are left out.
  const radarAxes = view.pillars.map((_, k) => k).filter((k) => rows.every((r) => r.scores[k + 1] !== null));
  const leftOut = view.pillars.filter((_, k) => !radarAxes.includes(k));
  return (
    <>
      {controls}
      {chosen.length < 2 && <p className="notice">{t('planner.compare.pickAtLeast')}</p>}
      <ChartFigure
        id="compare"
        title={`${title}: ${text(view.spec.name)}`}
        subtitle={t('planner.overview.scoreCaption', { preset: text(view.spec.name), year: view.year })}
        source={computedNote(i18n, view, names)}
        overlayOpen={search.overlay === 'download'}
        onOverlayChange={(open) => set({ overlay: open ? 'download' : undefined })}
        chart={
          tab === 'bars' ? (
            <BarChart
              label={title}
              max={max}
              series={rows.map((r) => ({ key: r.iso3, label: r.name }))}
              rows={nodes.map((n, k) => ({ key: n, label: nodeName(n), values: rows.map((r) => r.scores[k] ?? null), emphasis: n === view.root }))}
              width={900}
            />
          ) : tab === 'radar' ? (
            <>
              <RadarChart
                label={title}
                max={max}
                axes={radarAxes.map((k) => nodeName(view.pillars[k] ?? ''))}
                series={rows.map((r) => ({ key: r.iso3, label: r.name, values: radarAxes.map((k) => r.scores[k + 1] ?? null) }))}
              />
              {leftOut.length > 0 && (
                <p className="source-line">{t('planner.compare.radarLeftOut', { axes: leftOut.map(nodeName).join('; ') })}</p>
              )}
            </>
          ) : undefined
        }
        table={<DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.iso3} captionHidden />}
        shown={tableToCsv(columns, rows)}
      />
      {policy}
    </>
  );
}

export function ComparePage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.compare.title')}</h1>
        <p className="lead">{t('planner.compare.intro')}</p>
      </div>
      <DataGate>{(data) => <Compare data={data} />}</DataGate>
    </section>
  );
}
