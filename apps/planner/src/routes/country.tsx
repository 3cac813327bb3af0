import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { peerMean as peerMeanOf } from '@dsc/indicators';
import { useMemo } from 'react';
import { BarChart } from '../charts/bar-chart.js';
import { ChartFigure } from '../components/chart-figure.js';
import { computedNote } from '../components/computed-note.js';
import type { Column } from '../components/data-table.js';
import { DataTable, tableToCsv } from '../components/data-table.js';
import { CountryChecklist } from '../components/country-checklist.js';
import { DataGate } from '../components/data-gate.js';
import { GapTable } from '../components/gap-table.js';
import { PolicyAssessmentSection } from '../components/policy-assessment.js';
import { PresetSelect } from '../components/preset-select.js';
import { bandOf, cachedIndex, indexTrend, rankIntervals } from '../model/index-engine.js';
import type { IndexTrendPoint } from '../model/index-engine.js';
import { LineChart } from '../charts/line-chart.js';
import { useDeferred } from '../model/use-deferred.js';
import { pickPreset, usablePresets } from '../model/presets.js';
import type { IndicatorStanding, Trend } from '../model/profile.js';
import { standings, strengthsAndWeaknesses, trends } from '../model/profile.js';
import { countryNames, focusCountries, sourceById } from '../model/selectors.js';
import type { AppData } from '../model/types.js';
import { isFocusCountry } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { CoverageSection, PolicyInstrumentsSection, coverageRows } from './country-sections.js';
import { formatIsoList, parseIsoList } from './search.js';

const route = getRouteApi('/country/$iso3');

function Profile({ data, iso3 }: { data: AppData; iso3: string }) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/country/$iso3' });
  const names = useMemo(() => countryNames(data, text), [data, text]);
  const collator = useMemo(() => new Intl.Collator(i18n.base), [i18n.base]);
  const all = useMemo(() => focusCountries(names, collator), [names, collator]);
  const sources = useMemo(() => sourceById(data), [data]);
  const country = data.countries.find((c) => c.iso3 === iso3);
  const others = all.filter((c) => c !== iso3);
  const peers = search.peers ? parseIsoList(search.peers).filter((c) => others.includes(c)) : others;
  const presets = usablePresets(data.presets);
  const preset = pickPreset(presets, search.preset);
  const outcome = preset ? cachedIndex(preset, data.observations) : undefined;
  const view = outcome?.ok ? outcome.view : undefined;
  const unc = useDeferred(() => (view ? rankIntervals(view) : undefined), view);
  const interval = unc && !('code' in unc) ? unc.units.get(iso3) : undefined;
  const trend = useDeferred(
    () => (view ? indexTrend(view, data.observations, iso3, peers) : undefined),
    view ? `${view.spec.id}|${iso3}|${peers.join()}|${data.observations.length}` : undefined,
  );

  const scored = data.indicators.filter((i) => i.pillar);
  const stand = useMemo(() => standings(data.observations, scored, iso3, all), [data.observations, scored, iso3, all]);
  const sw = strengthsAndWeaknesses(stand);
  const trendRows = useMemo(() => trends(data.observations, scored, iso3), [data.observations, scored, iso3]);
  const instruments = data.policyInstruments.filter((p) => p.iso3 === iso3);
  const assessment = data.policyAssessments.find((a) => a.iso3 === iso3);

  const setPeers = (next: string[]) =>
    void navigate({
      search: (prev) => ({ ...prev, peers: next.length === others.length ? undefined : formatIsoList(next) }),
      replace: true,
      resetScroll: false,
    });
  const name = names[iso3] ?? iso3;
  const indName = (i: { name: Parameters<typeof text>[0] }) => text(i.name);
  const pillarName = (id: string) => {
    const n = view?.nodes.get(id);
    return n?.name ? text(n.name) : data.pillars[id] ? text(data.pillars[id]) : id;
  };

  // Composite and pillars (when a methodology preset is available).
  const score = view ? view.score(iso3, view.root) : null;
  const rank = view ? view.rank(iso3, view.root) : null;
  const band = view ? bandOf(view.spec.bands, score) : undefined;
  const pillarRows = view
    ? view.pillars.map((p) => {
        const peer = peerMeanOf(new Map(peers.map((u) => [u, view.score(u, p)])), peers);
        return { id: p, name: pillarName(p), value: view.score(iso3, p), rank: view.rank(iso3, p), peer: peer?.mean ?? null };
      })
    : [];
  type PillarRow = (typeof pillarRows)[number];
  const pillarCols: Column<PillarRow>[] = [
    { key: 'pillar', header: t('planner.col.pillar'), value: (r) => r.name, rowHeader: true },
    { key: 'score', header: t('planner.col.score'), numeric: true, value: (r) => r.value, render: (r) => (r.value === null ? '—' : fmt.number(r.value, 1)) },
    { key: 'rank', header: t('planner.col.rank'), numeric: true, value: (r) => r.rank },
    { key: 'peer', header: t('planner.col.peerMean'), numeric: true, value: (r) => r.peer, render: (r) => (r.peer === null ? '—' : fmt.number(r.peer, 1)) },
  ];

  const standCols: Column<IndicatorStanding>[] = [
    { key: 'ind', header: t('planner.col.indicator'), value: (r) => indName(r.indicator), rowHeader: true },
    { key: 'value', header: t('planner.col.value'), numeric: true, value: (r) => r.value, render: (r) => `${fmt.number(r.value, 2)} ${r.indicator.unit}` },
    { key: 'year', header: t('planner.col.year'), numeric: true, value: (r) => r.year },
    { key: 'rank', header: t('planner.col.rank'), numeric: true, value: (r) => `${r.rank}/${r.of}` },
  ];

  const trendIndexCols: Column<IndexTrendPoint>[] = [
    { key: 'year', header: t('planner.col.year'), value: (r) => r.year, rowHeader: true },
    { key: 'score', header: name, numeric: true, value: (r) => r.score, render: (r) => (r.score === null ? '—' : fmt.number(r.score, 1)) },
    { key: 'peer', header: t('planner.col.peerMean'), numeric: true, value: (r) => r.peerMean, render: (r) => (r.peerMean === null ? '—' : fmt.number(r.peerMean, 1)) },
  ];
  const trendCols: Column<Trend>[] = [
    { key: 'ind', header: t('planner.col.indicator'), value: (r) => indName(r.indicator), rowHeader: true },
    { key: 'first', header: t('planner.country.firstValue'), numeric: true, value: (r) => r.first.value, render: (r) => `${fmt.number(r.first.value, 2)} (${r.first.year})` },
    { key: 'last', header: t('planner.country.lastValue'), numeric: true, value: (r) => r.last.value, render: (r) => `${fmt.number(r.last.value, 2)} (${r.last.year})` },
    { key: 'cagr', header: t('planner.country.cagr'), numeric: true, value: (r) => r.cagr, render: (r) => (r.cagr === null ? '—' : fmt.percent(r.cagr, 1)) },
  ];

  const coverage = coverageRows(data, iso3);
  const available = coverage.filter((c) => c.n > 0).length;

  return (
    <>
      <div className="toolbar no-print">
        <label className="field">
          {t('planner.control.country')}
          <select value={iso3} onChange={(e) => void navigate({ to: '/country/$iso3', params: { iso3: e.target.value }, search: (p) => ({ ...p, peers: undefined }) })}>
            {all.map((c) => (
              <option key={c} value={c}>
                {names[c]}
              </option>
            ))}
          </select>
        </label>
        {presets.length > 1 && preset && (
          <PresetSelect
            presets={presets}
            value={preset.id}
            onChange={(id) => void navigate({ search: (p) => ({ ...p, preset: id }), replace: true })}
          />
        )}
        <CountryChecklist legend={t('planner.control.peers')} countries={others} names={names} chosen={peers} onChange={setPeers} />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('planner.country.print')}
        </button>
      </div>
      <h1>{name}</h1>
      {country?.formalName && <p className="lead">{text(country.formalName)}</p>}

      <div className="grid grid--3" style={{ margin: '1.25rem 0' }}>
        <div className="card stat">
          <span className="stat__label">{view ? `${t('planner.country.composite')} · ${text(view.spec.name)}` : t('planner.country.composite')}</span>
          <span className="stat__value">{score === null ? '—' : fmt.number(score, 1)}</span>
          <span className="stat__note">
            {rank !== null && view ? t('planner.country.rank', { rank, total: view.ranked.length }) : view ? t('planner.state.noData') : t('planner.country.noIndex')}
          </span>
          {interval && (
            <span className="stat__note">
              {t('planner.country.rankInterval', { lo: interval.lo, hi: interval.hi })}{' '}
              <Link to="/methodology" search={{ preset: view?.spec.id }}>
                ({t('planner.methodology.sensitivity')})
              </Link>
            </span>
          )}
        </div>
        <div className="card stat">
          <span className="stat__label">{t('planner.country.stage')}</span>
          <span className="stat__value" style={{ fontSize: '1.4rem' }}>{band ? text(band.name) : '—'}</span>
          <span className="stat__note">{t('planner.overview.stagesNote')}</span>
        </div>
        <div className="card stat">
          <span className="stat__label">{t('planner.country.coverage')}</span>
          <span className="stat__value">
            {available}/{coverage.length}
          </span>
          <span className="stat__note">{t('planner.country.coverageNote', { available, total: coverage.length })}</span>
        </div>
      </div>

      {view && pillarRows.length > 0 && (
        <ChartFigure
          id="pillars"
          title={t('planner.country.pillars')}
          subtitle={t('planner.country.pillarsCaption', { country: name })}
          source={computedNote(i18n, view, names)}
          chart={
            <BarChart
              label={t('planner.country.pillarsCaption', { country: name })}
              series={[
                { key: 'c', label: name },
                { key: 'p', label: t('planner.country.peerMean') },
              ]}
              rows={pillarRows.map((r) => ({ key: r.id, label: r.name, values: [r.value, r.peer] }))}
            />
          }
          table={<DataTable caption={t('planner.country.pillars')} columns={pillarCols} rows={pillarRows} rowKey={(r) => r.id} captionHidden />}
          shown={tableToCsv(pillarCols, pillarRows)}
        />
      )}

      {view && trend && trend.some((p) => p.score !== null) && (
        <ChartFigure
          id="index-trend"
          title={t('planner.country.indexTrend')}
          subtitle={t('planner.country.indexTrendNote', { preset: text(view.spec.name) })}
          source={computedNote(i18n, view, names)}
          chart={
            <LineChart
              label={t('planner.country.indexTrend')}
              years={[trend[0]?.year ?? view.year, view.year]}
              series={[
                { key: 'c', label: name, points: trend.map((p) => ({ year: p.year, value: p.score })) },
                { key: 'p', label: t('planner.country.peerMean'), points: trend.map((p) => ({ year: p.year, value: p.peerMean })) },
              ]}
              height={300}
            />
          }
          table={
            <DataTable
              caption={t('planner.country.indexTrend')}
              columns={trendIndexCols}
              rows={trend}
              rowKey={(r) => String(r.year)}
              captionHidden
            />
          }
          shown={tableToCsv(trendIndexCols, trend)}
        />
      )}

      <section className="card" aria-labelledby="sw-title">
        <h2 id="sw-title">
          {t('planner.country.strengths')} · {t('planner.country.weaknesses')}
        </h2>
        <p className="muted">{t('planner.country.strengthsNote')}</p>
        <div className="grid grid--2">
          <DataTable caption={t('planner.country.strengths')} columns={standCols} rows={sw.strengths} rowKey={(r) => r.indicator.code} />
          <DataTable caption={t('planner.country.weaknesses')} columns={standCols} rows={sw.weaknesses} rowKey={(r) => r.indicator.code} />
        </div>
      </section>

      <GapTable standings={stand} view={view} observations={data.observations} peers={peers} />

      <section className="card" aria-labelledby="trends-title">
        <h2 id="trends-title">{t('planner.country.trends')}</h2>
        <p className="muted">{t('planner.country.trendsCaption')}</p>
        <DataTable caption={t('planner.country.trends')} columns={trendCols} rows={trendRows} rowKey={(r) => r.indicator.code} captionHidden />
      </section>

      {data.policyRubric && <PolicyAssessmentSection rubric={data.policyRubric} assessment={assessment} instruments={data.policyInstruments} />}

      <PolicyInstrumentsSection instruments={instruments} />

      <CoverageSection rows={coverage} iso3={iso3} hasSources={sources.size > 0} />
    </>
  );
}

export function CountryPage() {
  const { iso3 } = route.useParams();
  const { t } = useI18n();
  const code = iso3.toUpperCase();
  if (!isFocusCountry(code))
    return (
      <section>
        <h1>{t('planner.state.notFound')}</h1>
        <p>
          <Link to="/country">{t('planner.country.choose')}</Link>
        </p>
      </section>
    );
  return (
    <section>
      <DataGate>{(data) => <Profile data={data} iso3={code} />}</DataGate>
    </section>
  );
}

function CountryList({ data }: { data: AppData }) {
  const i18n = useI18n();
  const names = countryNames(data, i18n.text);
  const all = focusCountries(names, new Intl.Collator(i18n.base));
  return (
    <ul className="grid grid--3" style={{ listStyle: 'none', padding: 0 }}>
      {all.map((c) => (
        <li key={c} className="card">
          <Link to="/country/$iso3" params={{ iso3: c }} style={{ fontWeight: 600, fontSize: '1.1rem' }}>
            {names[c]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function CountryIndexPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.country.title')}</h1>
        <p className="lead">{t('planner.country.choose')}</p>
      </div>
      <DataGate>{(data) => <CountryList data={data} />}</DataGate>
    </section>
  );
}
