import type { IndexView } from '../model/index-engine.js';
import type { IndicatorStanding } from '../model/profile.js';
import { peerMean } from '../model/profile.js';
import type { AppObservation } from '../model/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Column } from './data-table.js';
import { DataTable } from './data-table.js';

export interface GapTableProps {
  standings: readonly IndicatorStanding[];
  /** The index of the chosen preset (its indicator targets); undefined when no preset runs. */
  view: IndexView | undefined;
  observations: readonly AppObservation[];
  peers: readonly string[];
}

/** Distance of each indicator to its target and to the peer mean, signed so that positive is a shortfall. */
export function GapTable({ standings, view, observations, peers }: GapTableProps) {
  const { t, text, fmt } = useI18n();
  const rows = standings.map((s) => {
    const node = view?.nodes.get(s.indicator.code);
    const target = node?.target ?? null;
    const pm = peerMean(observations, s.indicator.code, peers);
    const d = s.indicator.direction;
    return {
      s,
      target,
      gapTarget: target === null ? null : (target - s.value) * d,
      peer: pm?.mean ?? null,
      gapPeer: pm ? (pm.mean - s.value) * d : null,
    };
  });
  type GapRow = (typeof rows)[number];
  const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${fmt.number(v, 2)}`);
  const columns: Column<GapRow>[] = [
    {
      key: 'ind',
      header: t('planner.col.indicator'),
      value: (r) => text(r.s.indicator.name),
      rowHeader: true,
    },
    {
      key: 'value',
      header: t('planner.col.value'),
      numeric: true,
      value: (r) => r.s.value,
      render: (r) => fmt.number(r.s.value, 2),
    },
    {
      key: 'target',
      header: t('planner.col.target'),
      numeric: true,
      value: (r) => r.target,
      render: (r) => (r.target === null ? '—' : fmt.number(r.target, 2)),
    },
    {
      key: 'gapT',
      header: t('planner.country.gapTarget'),
      numeric: true,
      value: (r) => r.gapTarget,
      render: (r) => signed(r.gapTarget),
    },
    {
      key: 'peer',
      header: t('planner.col.peerMean'),
      numeric: true,
      value: (r) => r.peer,
      render: (r) => (r.peer === null ? '—' : fmt.number(r.peer, 2)),
    },
    {
      key: 'gapP',
      header: t('planner.country.gapPeers'),
      numeric: true,
      value: (r) => r.gapPeer,
      render: (r) => signed(r.gapPeer),
    },
  ];
  return (
    <section className="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('planner.country.gaps')}</h2>
      <p className="muted">{t('planner.country.gapsNote')}</p>
      <DataTable
        caption={t('planner.country.gaps')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.s.indicator.code}
        captionHidden
      />
    </section>
  );
}
