import type { PolicyInstrument } from '@dsc/domain';
import { Link } from '@tanstack/react-router';
import type { Column } from '../components/data-table.js';
import { DataTable } from '../components/data-table.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { AppData } from '../model/types.js';
import { formatIsoList } from './search.js';

/** Years and number of observations of every indicator for one country. */
export function coverageRows(data: AppData, iso3: string) {
  return data.indicators.map((ind) => {
    const years = data.observations
      .filter((o) => o.iso3 === iso3 && o.indicator === ind.code)
      .map((o) => o.year);
    return {
      ind,
      n: years.length,
      from: years.length ? Math.min(...years) : null,
      to: years.length ? Math.max(...years) : null,
    };
  });
}
type CovRow = ReturnType<typeof coverageRows>[number];

/** The data coverage table of a country profile. */
export function CoverageSection({
  rows,
  iso3,
  hasSources,
}: {
  rows: readonly CovRow[];
  iso3: string;
  hasSources: boolean;
}) {
  const { t, text } = useI18n();
  const indName = (i: { name: Parameters<typeof text>[0] }) => text(i.name);
  const columns: Column<CovRow>[] = [
    {
      key: 'ind',
      header: t('planner.col.indicator'),
      value: (r) => indName(r.ind),
      rowHeader: true,
      render: (r) => (
        <Link to="/indicators" search={{ ind: r.ind.code, countries: formatIsoList([iso3]) }}>
          {indName(r.ind)}
        </Link>
      ),
    },
    {
      key: 'years',
      header: t('planner.col.years'),
      value: (r) => (r.from === null ? '' : `${r.from}–${r.to}`),
      render: (r) =>
        r.from === null ? <span className="muted">{t('planner.state.noData')}</span> : `${r.from}–${r.to}`,
    },
    { key: 'n', header: t('planner.col.coverage'), numeric: true, value: (r) => r.n },
    { key: 'src', header: t('planner.col.source'), value: (r) => r.ind.source.title },
  ];
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('planner.country.coverage')}</h2>
      <DataTable
        caption={t('planner.country.coverage')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.ind.code}
        captionHidden
      />
      <p className="source-line">{hasSources && t('planner.footer.sources')}</p>
    </section>
  );
}

/** The policy instruments recorded for a country. */
export function PolicyInstrumentsSection({ instruments }: { instruments: readonly PolicyInstrument[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('planner.country.policy')}</h2>
      {instruments.length === 0 ? (
        <p className="muted">{t('planner.country.policyNone')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('planner.country.policy')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.country.instrument')}</th>
                <th scope="col">{t('planner.country.instrumentType')}</th>
                <th scope="col">{t('planner.country.adopted')}</th>
                <th scope="col">{t('planner.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {instruments.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name.en}
                    {p.name.original && p.name.original !== p.name.en && (
                      <div className="muted" style={{ fontWeight: 400 }}>
                        {p.name.original}
                      </div>
                    )}
                    {p.verified !== 'yes' && (
                      <>
                        {' '}
                        <span className="badge badge--warn">{t('planner.country.unverified')}</span>
                      </>
                    )}
                  </th>
                  <td>{p.type.replaceAll('_', ' ')}</td>
                  <td>{p.adopted ?? '—'}</td>
                  <td>
                    <a href={p.source.url} rel="noreferrer noopener" target="_blank">
                      {p.source.title}
                      <span className="visually-hidden"> {t('planner.a11y.external')}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
