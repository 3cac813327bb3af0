import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ChartFigure } from '../components/chart-figure.js';
import { excludedNote } from '../components/computed-note.js';
import type { Column } from '../components/data-table.js';
import { DataTable, tableToCsv } from '../components/data-table.js';
import { DataGate } from '../components/data-gate.js';
import { PolicyRubricSection } from '../components/policy-rubric.js';
import { PresetSelect } from '../components/preset-select.js';
import type { IndexView, RankInterval } from '../model/index-engine.js';
import { CURRENT_STATUS, cachedIndex, rankIntervals, whatIf } from '../model/index-engine.js';
import { pickPreset, usablePresets } from '../model/presets.js';
import { countryNames, focusCountries } from '../model/selectors.js';
import type { AppData } from '../model/types.js';
import { useDeferred } from '../model/use-deferred.js';
import { useI18n } from '../i18n/i18n-context.js';

const route = getRouteApi('/methodology');

interface NodeRow {
  id: string;
  name: string;
  level: number;
  parent: string;
  nominal: number | null;
  effective: number | null;
  goalposts: string;
  direction: string;
}

function Method({ data }: { data: AppData }) {
  const i18n = useI18n();
  const { t, text, fmt } = i18n;
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/methodology' });
  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false });
  const names = useMemo(() => countryNames(data, text), [data, text]);
  const units = useMemo(() => focusCountries(names, new Intl.Collator(i18n.base)), [names, i18n.base]);
  const presets = usablePresets(data.presets);
  const preset = pickPreset(presets, search.preset);
  const other = presets.find((p) => p.id === search.compareTo && p.id !== preset?.id) ?? presets.find((p) => p.id !== preset?.id);
  const outA = preset ? cachedIndex(preset, data.observations) : undefined;
  const outB = other ? cachedIndex(other, data.observations) : undefined;
  const a: IndexView | undefined = outA?.ok ? outA.view : undefined;
  const b: IndexView | undefined = outB?.ok ? outB.view : undefined;
  const unc = useDeferred(() => (a ? rankIntervals(a) : undefined), a);
  const [weights, setWeights] = useState<Record<string, number>>({});
  const custom = a ? Object.fromEntries(a.pillars.map((p) => [p, weights[p] ?? a.result.weights.nominal[p] ?? 1])) : {};
  const changed = a ? a.pillars.some((p) => weights[p] !== undefined && weights[p] !== a.result.weights.nominal[p]) : false;
  const alt = useMemo(() => (a && changed ? whatIf(a, custom) : undefined), [a, changed, JSON.stringify(custom)]);

  if (!preset) return <p className="notice notice--warn">{t('planner.overview.noPresets')}</p>;
  const nodeName = (v: IndexView | undefined, id: string) => {
    const n = v?.nodes.get(id) ?? preset.nodes.find((x) => x.id === id);
    return n?.name ? text(n.name) : id;
  };

  const rows: NodeRow[] = [...preset.nodes]
    .sort((x, y) => y.level - x.level)
    .map((n) => ({
      id: n.id,
      name: nodeName(a, n.id),
      level: n.level,
      parent: n.parent ?? '',
      nominal: a?.result.weights.nominal[n.id] ?? n.weight ?? null,
      effective: a?.result.weights.effective[n.id] ?? null,
      goalposts: n.goalposts ? `${fmt.number(n.goalposts.min, 2)}–${fmt.number(n.goalposts.max, 2)}` : '',
      direction: n.direction === undefined ? '' : n.direction === 1 ? '↑' : '↓',
    }));
  const nodeCols: Column<NodeRow>[] = [
    { key: 'id', header: t('planner.methodology.node'), value: (r) => r.id, rowHeader: true,
      render: (r) => (
        <span style={{ paddingLeft: `${(Math.max(...rows.map((x) => x.level)) - r.level) * 1.25}rem`, display: 'inline-block' }}>
          {r.name} <span className="muted">({r.id})</span>
        </span>
      ) },
    { key: 'level', header: t('planner.methodology.level'), numeric: true, value: (r) => r.level },
    { key: 'nominal', header: t('planner.col.nominalWeight'), numeric: true, value: (r) => r.nominal, render: (r) => (r.nominal === null ? '—' : fmt.number(r.nominal, 3)) },
    { key: 'effective', header: t('planner.col.effectiveWeight'), numeric: true, value: (r) => r.effective, render: (r) => (r.effective === null ? '—' : fmt.number(r.effective, 3)) },
    { key: 'goalposts', header: t('planner.methodology.goalposts'), value: (r) => r.goalposts },
    { key: 'direction', header: t('planner.methodology.direction'), value: (r) => r.direction },
  ];

  const steps = Object.entries(preset.steps as Record<string, unknown>).filter(([k]) => k !== 'order');
  const order = ((preset.steps as { order?: string[] }).order ?? steps.map(([k]) => k)).join(' → ');

  interface EffectRow {
    iso3: string;
    name: string;
    sa: number | null;
    ra: number | null;
    sb: number | null;
    rb: number | null;
    sw: number | null;
    rw: number | null;
  }
  const effect: EffectRow[] = units.map((u) => ({
    iso3: u,
    name: names[u] ?? u,
    sa: a ? a.score(u, a.root) : null,
    ra: a ? a.rank(u, a.root) : null,
    sb: b ? b.score(u, b.root) : null,
    rb: b ? b.rank(u, b.root) : null,
    sw: alt?.get(u)?.score ?? null,
    rw: alt?.get(u)?.rank ?? null,
  }));
  const num = (v: number | null, d = 2) => (v === null ? '—' : fmt.number(v, d));
  const effectCols: Column<EffectRow>[] = [
    { key: 'c', header: t('planner.col.country'), value: (r) => r.name, rowHeader: true,
      render: (r) => <Link to="/country/$iso3" params={{ iso3: r.iso3 }}>{r.name}</Link> },
    { key: 'sa', header: `${t('planner.col.score')}: ${text(preset.name)}`, numeric: true, value: (r) => r.sa, render: (r) => num(r.sa) },
    { key: 'ra', header: `${t('planner.col.rank')}: ${text(preset.name)}`, numeric: true, value: (r) => r.ra },
    ...(other
      ? [
          { key: 'sb', header: `${t('planner.col.score')}: ${text(other.name)}`, numeric: true, value: (r: EffectRow) => r.sb, render: (r: EffectRow) => num(r.sb) },
          { key: 'rb', header: `${t('planner.col.rank')}: ${text(other.name)}`, numeric: true, value: (r: EffectRow) => r.rb },
          {
            key: 'd',
            header: t('planner.col.change'),
            numeric: true,
            value: (r: EffectRow) => (r.ra !== null && r.rb !== null ? r.ra - r.rb : null),
            render: (r: EffectRow) => (r.ra !== null && r.rb !== null ? (r.ra - r.rb > 0 ? `+${r.ra - r.rb}` : String(r.ra - r.rb)) : '—'),
          },
        ]
      : []),
  ];

  const whatIfCols: Column<EffectRow>[] = [
    effectCols[0]!,
    effectCols[1]!,
    effectCols[2]!,
    { key: 'sw', header: `${t('planner.col.score')}: ${t('planner.methodology.whatIfColumn')}`, numeric: true, value: (r) => r.sw, render: (r) => num(r.sw) },
    { key: 'rw', header: `${t('planner.col.rank')}: ${t('planner.methodology.whatIfColumn')}`, numeric: true, value: (r) => r.rw },
  ];
  const intervals: RankInterval[] = unc && !('code' in unc) ? [...unc.units.values()].sort((x, y) => x.nominal - y.nominal) : [];
  const uncCols: Column<RankInterval>[] = [
    { key: 'c', header: t('planner.col.country'), value: (r) => names[r.unit] ?? r.unit, rowHeader: true },
    { key: 'n', header: t('planner.col.rank'), numeric: true, value: (r) => r.nominal },
    { key: 'm', header: t('planner.methodology.medianRank'), numeric: true, value: (r) => r.median, render: (r) => fmt.number(r.median, 1) },
    { key: 'i', header: t('planner.col.rankInterval'), numeric: true, value: (r) => `${r.lo}–${r.hi}`, render: (r) => `${fmt.number(r.lo, 0)}–${fmt.number(r.hi, 0)}` },
  ];

  return (
    <>
      <div className="toolbar">
        <PresetSelect presets={presets} value={preset.id} onChange={(id) => set({ preset: id })} />
        {presets.length > 1 && other && (
          <PresetSelect
            label={t('planner.control.compareWith')}
            presets={presets.filter((p) => p.id !== preset.id)}
            value={other.id}
            onChange={(id) => set({ compareTo: id })}
          />
        )}
      </div>
      <section className="card" aria-labelledby="spec-title">
        <h2 id="spec-title">
          {text(preset.name)} <span className="muted">v{preset.version}</span>
        </h2>
        {preset.description && <p>{text(preset.description)}</p>}
        {a && (
          <p className="muted">
            {t('planner.methodology.reference', { year: a.year, from: a.cross.from })}
            {a.indicators.some((i) => CURRENT_STATUS.has(i)) && <> {t('planner.methodology.currentStatus')}</>}
          </p>
        )}
        {a && a.excluded.length > 0 && <p className="notice">{excludedNote(i18n, a, names)}</p>}
        {outA && !outA.ok && (
          <p className="notice notice--error">
            {t('planner.overview.engineError', { code: outA.reason === 'engine' ? outA.error.code : outA.reason })}
          </p>
        )}
        {preset.notes && preset.notes.length > 0 && (
          <details>
            <summary>{t('planner.methodology.notes')}</summary>
            <ul>
              {preset.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section className="card" aria-labelledby="tree-title">
        <h2 id="tree-title">{t('planner.methodology.tree')}</h2>
        <p className="muted">{t('planner.methodology.effectiveNote')}</p>
        <DataTable caption={t('planner.methodology.tree')} columns={nodeCols} rows={rows} rowKey={(r) => r.id} captionHidden />
      </section>
      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('planner.methodology.steps')}</h2>
        <p>
          <strong>{order}</strong>
        </p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('planner.methodology.steps')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.methodology.step')}</th>
                <th scope="col">{t('planner.methodology.method')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>
                    <code style={{ whiteSpace: 'pre-wrap', fontSize: '0.85rem' }}>{JSON.stringify(v)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ChartFigure
        id="effect"
        title={t('planner.methodology.effect')}
        subtitle={other ? t('planner.methodology.effectNote', { a: text(preset.name), b: text(other.name) }) : undefined}
        table={<DataTable caption={t('planner.methodology.effect')} columns={effectCols} rows={effect} rowKey={(r) => r.iso3} captionHidden />}
        shown={tableToCsv(effectCols, effect)}
      />
      {a && (
        <section className="card" aria-labelledby="whatif-title">
          <h2 id="whatif-title">{t('planner.methodology.whatIf')}</h2>
          <p className="muted">{t('planner.methodology.whatIfNote')}</p>
          <div className="toolbar">
            {a.pillars.map((p) => (
              <label key={p} className="field">
                {nodeName(a, p)}
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  value={custom[p] ?? 1}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 0) setWeights((w) => ({ ...w, [p]: v }));
                  }}
                />
              </label>
            ))}
            <button type="button" className="button" onClick={() => setWeights({})} disabled={!changed}>
              {t('planner.methodology.whatIfReset')}
            </button>
          </div>
          {changed && (
            <DataTable caption={t('planner.methodology.whatIf')} columns={whatIfCols} rows={effect} rowKey={(r) => r.iso3} captionHidden />
          )}
        </section>
      )}
      <section className="card" aria-labelledby="sens-title" aria-busy={unc === undefined}>
        <h2 id="sens-title">{t('planner.methodology.sensitivity')}</h2>
        {unc === undefined ? (
          <p className="muted" role="status">
            {t('planner.state.loading')}
          </p>
        ) : 'code' in unc ? (
          <p className="notice notice--error">{t('planner.overview.engineError', { code: unc.code })}</p>
        ) : (
          <>
            <p className="muted">
              {t('planner.methodology.sensitivityNote', { runs: unc.runs })} {t('planner.methodology.sensitivitySeed', { seed: unc.seed, failures: unc.failures })}
            </p>
            <DataTable caption={t('planner.methodology.sensitivity')} columns={uncCols} rows={intervals} rowKey={(r) => r.unit} captionHidden />
          </>
        )}
      </section>
      {data.policyRubric && <PolicyRubricSection rubric={data.policyRubric} />}
    </>
  );
}

export function MethodologyPage() {
  const { t } = useI18n();
  return (
    <section>
      <div className="page-head">
        <h1>{t('planner.methodology.title')}</h1>
        <p className="lead">{t('planner.methodology.intro')}</p>
      </div>
      <DataGate>{(data) => <Method data={data} />}</DataGate>
    </section>
  );
}
